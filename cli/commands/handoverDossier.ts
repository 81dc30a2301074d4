import { writeFile } from 'node:fs/promises';
import { generateHandoverDossier } from '../../src/data/documents/handoverDossier';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { isDossierAudience, type DossierAudience } from '../../src/documents/handoverDossierData';
import type { CliCommand } from '../commandTypes';
import { checkReachable, CliError, connect, EXIT_CODES } from '../context';
import { asOfOption, outOption } from './coverNote';

/** `handover-dossier`: the hand-over dossier (issue 8) of one partnership, or of all, as .docx. */
export const handoverDossierCommand: CliCommand = {
  name: 'handover-dossier',
  summary: 'Write the hand-over dossier (overdrachtsdossier, .docx) of one partnership or of all.',
  usage: 'handover-dossier --out <file.docx> [--partnership <name>] [--audience raad|ambtelijk] [--as-of <yyyy-mm-dd>] [--site <url>] [--as <email>]',
  options: { site: { type: 'string' }, as: { type: 'string' }, partnership: { type: 'string' }, audience: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string' } },
  async run(values, io) {
    // The raad version is the default: it holds only public information, so a forgotten option discloses nothing.
    const audienceValue = values.audience ?? 'raad';
    if (typeof audienceValue !== 'string' || !isDossierAudience(audienceValue)) {
      throw new CliError(`--audience must be 'raad' or 'ambtelijk', not '${String(audienceValue)}'.`, EXIT_CODES.badArguments);
    }
    const audience: DossierAudience = audienceValue;
    const asOf = asOfOption(values);
    const path = outOption(values);
    const connection = connect(values.site as string | undefined, values.as as string | undefined, io);
    await checkReachable(connection);
    const repositories = createSharePointRepositories(connection.sp);

    let partnershipId: number | undefined;
    if (typeof values.partnership === 'string') {
      const wanted = values.partnership.trim().toLocaleLowerCase('nl');
      const partnerships = await repositories.partnerships.list();
      const exact = partnerships.filter((partnership) => partnership.name.toLocaleLowerCase('nl') === wanted);
      const matches = exact.length > 0 ? exact : partnerships.filter((partnership) => partnership.name.toLocaleLowerCase('nl').includes(wanted));
      if (matches.length !== 1) {
        const names = (matches.length === 0 ? partnerships : matches).map((partnership) => partnership.name).sort((left, right) => left.localeCompare(right, 'nl'));
        throw new CliError(
          `${matches.length === 0 ? `No partnership is named '${values.partnership}'` : `'${values.partnership}' matches ${matches.length} partnerships`}. Choose one of: ${names.join('; ')}.`,
          EXIT_CODES.badArguments,
        );
      }
      partnershipId = matches[0].id;
    }

    const dossier = await generateHandoverDossier(repositories, { partnershipId, audience, asOf });
    await writeFile(path, dossier.bytes);
    io.stdout(`Hand-over dossier '${dossier.fileName}' (${audience}) as of ${asOf} written to ${path}.`);
    return EXIT_CODES.ok;
  },
};
