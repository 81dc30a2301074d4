import { z } from 'zod';
import { DOCUMENT_TYPES, type PartnershipDocument } from '../models/document';
import { choice, itemId, optionalText, requiredText, text, wholeNumberBetween, yesNo, SINGLE_LINE_MAX_LENGTH } from './fields';
import type { ValidationResult } from './result';
import { runValidation } from './runValidation';
import { YEAR_MESSAGE, YEAR_RANGE } from './yearRange';

/**
 * Characters and names SharePoint Online refuses in a file name ("Restrictions and limitations in
 * OneDrive and SharePoint", learn.microsoft.com): `" * : < > ? / \ |`, a leading or trailing space,
 * a trailing dot, `_vti_` anywhere, and a name starting with `~$`.
 */
function fileNameProblem(name: string): string | undefined {
  if (/["*:<>?/\\|]/.test(name)) {
    return `Deze tekens mogen niet in een bestandsnaam: " * : < > ? / \\ | (${name})`;
  }
  if (name !== name.trim() || name.endsWith('.') || name.includes('_vti_') || name.startsWith('~$')) {
    return `SharePoint accepteert deze bestandsnaam niet: ${name}`;
  }
  return undefined;
}

const fileName = requiredText('Vul een bestandsnaam in.', 400).superRefine((name, context) => {
  const problem = fileNameProblem(name);
  if (problem !== undefined && name.trim() !== '') {
    context.addIssue({ code: z.ZodIssueCode.custom, message: problem });
  }
});

/**
 * Checks the metadata of a document in the Documenten library.
 *
 * @example
 * validateDocument({ ...document, fileName: 'begroting 2027?.pdf' }).errors.fileName
 * //=> 'Deze tekens mogen niet in een bestandsnaam: " * : < > ? / \ | (begroting 2027?.pdf)'
 */
export function validateDocument(input: unknown): ValidationResult<PartnershipDocument> {
  return runValidation<PartnershipDocument>(
    {
      partnershipId: itemId('Kies het samenwerkingsverband.'),
      title: text(SINGLE_LINE_MAX_LENGTH),
      fileName,
      fileUrl: optionalText(400),
      documentType: choice(DOCUMENT_TYPES, 'Kies het soort stuk.'),
      year: wholeNumberBetween(YEAR_RANGE.min, YEAR_RANGE.max, YEAR_MESSAGE).optional(),
      isPublic: yesNo('Geef aan of het stuk openbaar is.'),
    },
    input,
  );
}
