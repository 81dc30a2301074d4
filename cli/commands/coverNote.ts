import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { generateCoverNote } from '../../src/data/documents/coverNote';
import { NotFoundError } from '../../src/data/ports';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { toDomainError } from '../../src/data/sharepoint/errors';
import type { CalendarDate } from '../../src/domain/models';
import { calendarDateOfInstant, isCalendarDate } from '../../src/domain/time';
import type { CliCommand, OptionValues } from '../commandTypes';
import { checkReachable, CliError, connect, EXIT_CODES } from '../context';

/** The peildatum of a generated document: `--as-of`, or today on the Dutch calendar. */
export function asOfOption(values: OptionValues): CalendarDate {
  const asOf = values['as-of'];
  if (asOf === undefined) return calendarDateOfInstant(new Date());
  if (typeof asOf !== 'string' || !isCalendarDate(asOf)) {
    throw new CliError(`Give the date as --as-of yyyy-mm-dd (got ${String(asOf)}).`, EXIT_CODES.badArguments);
  }
  return asOf;
}

/** The file to write: `--out`, required. */
export function outOption(values: OptionValues): string {
  const out = values.out;
  if (typeof out !== 'string' || out.trim() === '') throw new CliError('Give the file to write as --out <file.docx>.', EXIT_CODES.badArguments);
  return resolve(out);
}

/** `cover-note`: the raadsoplegger of one zienswijze case (issue 8) as .docx. */
export const coverNoteCommand: CliCommand = {
  name: 'cover-note',
  summary: 'Write the cover note for the raad (raadsoplegger, .docx) of a zienswijze case.',
  usage: 'cover-note --case <id> --out <file.docx> [--municipality <name>] [--as-of <yyyy-mm-dd>] [--site <url>] [--as <email>]',
  options: { site: { type: 'string' }, as: { type: 'string' }, case: { type: 'string' }, municipality: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string' } },
  async run(values, io) {
    const caseId = Number(values.case);
    if (typeof values.case !== 'string' || !Number.isInteger(caseId) || caseId < 1) {
      throw new CliError(`Give the zienswijze case as --case <id>, the item id in Zienswijzetrajecten (got ${String(values.case ?? 'nothing')}).`, EXIT_CODES.badArguments);
    }
    const asOf = asOfOption(values);
    const path = outOption(values);
    const municipality = typeof values.municipality === 'string' && values.municipality.trim() !== '' ? values.municipality.trim() : undefined;
    const connection = connect(values.site as string | undefined, values.as as string | undefined, io);
    await checkReachable(connection);
    let note;
    try {
      note = await generateCoverNote(createSharePointRepositories(connection.sp), caseId, asOf, { ownMunicipalityName: municipality });
    } catch (error) {
      if (toDomainError(error) instanceof NotFoundError) {
        throw new CliError(`There is no zienswijze case ${caseId} (or its partnership), or you may not read it.`, EXIT_CODES.failed);
      }
      throw error;
    }
    await writeFile(path, note.bytes);
    io.stdout(`Cover note '${note.fileName}' as of ${asOf} written to ${path}${municipality ? `, council route of ${municipality}` : ', without a council route (no --municipality)'}.`);
    return EXIT_CODES.ok;
  },
};
