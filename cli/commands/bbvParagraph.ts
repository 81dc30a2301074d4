import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { loadBbvParagraph } from '../../src/data/bbv/loadBbvParagraph';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { writeBbvParagraphFiles } from '../../src/documents/bbvParagraphFiles';
import type { CliCommand } from '../commandTypes';
import { CliError, EXIT_CODES, checkReachable, connect } from '../context';

export const bbvParagraphCommand: CliCommand = {
  name: 'bbv-paragraph',
  summary: 'Write the paragraph verbonden partijen (BBV art. 15) of a year as .docx and .xlsx.',
  usage: 'bbv-paragraph --year <Y> --kind begroting|jaarstukken --out <dir> [--include-others] [--json] [--site <url>] [--as <email>]',
  options: {
    site: { type: 'string' },
    as: { type: 'string' },
    year: { type: 'string' },
    kind: { type: 'string' },
    out: { type: 'string' },
    'include-others': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  async run(values, io) {
    const year = Number(values.year);
    if (!Number.isInteger(year) || year < 1990 || year > 2100) {
      throw new CliError(`--year must be a year such as 2027, not '${String(values.year ?? '')}'.`, EXIT_CODES.badArguments);
    }
    const kind = values.kind;
    if (kind !== 'begroting' && kind !== 'jaarstukken') {
      throw new CliError(`--kind must be 'begroting' or 'jaarstukken', not '${String(kind ?? '')}'.`, EXIT_CODES.badArguments);
    }
    if (typeof values.out !== 'string' || values.out.length === 0) {
      throw new CliError('--out <dir> is required: the folder the .docx and .xlsx are written to.', EXIT_CODES.badArguments);
    }
    const connection = connect(values.site as string | undefined, values.as as string | undefined, io);
    await checkReachable(connection);
    const paragraph = await loadBbvParagraph(createSharePointRepositories(connection.sp), { kind, year, includeOthers: values['include-others'] === true });
    const files = await writeBbvParagraphFiles(paragraph);
    await fs.mkdir(values.out, { recursive: true });
    const written: string[] = [];
    for (const file of files) {
      const target = path.join(values.out, file.name);
      await fs.writeFile(target, file.content);
      written.push(target);
    }
    if (values.json === true) {
      io.stdout(JSON.stringify({ files: written, paragraph }, null, 2));
      return EXIT_CODES.ok;
    }
    const count = paragraph.groups.reduce((sum, group) => sum + group.entries.length, 0);
    io.stdout(`${paragraph.title}: ${count} verbonden partijen.`);
    for (const group of paragraph.groups) io.stdout(`  ${group.title}: ${group.entries.map((entry) => entry.name).join(', ') || 'geen'}`);
    if (paragraph.missing.length > 0) {
      io.stdout('Ontbrekende gegevens:');
      for (const missing of paragraph.missing) io.stdout(`  ${missing.name}: ${missing.items.join('; ')}`);
    }
    for (const file of written) io.stdout(`Geschreven: ${file}`);
    return EXIT_CODES.ok;
  },
};
