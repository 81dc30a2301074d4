import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import { IMPORT_COLUMNS } from '../src/domain/register';

/*
 * `npm run template:import` writes the register import templates from the one column list in the domain
 * (`IMPORT_COLUMNS`), so the template, the README's table and the importer cannot drift apart:
 * - samenwerkingen-import.xlsx: sheet "Samenwerkingen" with the headers, sheet "Toelichting" with what goes in each column;
 * - samenwerkingen-import.csv: the headers, `;`-separated with a byte-order mark, as Dutch Excel saves CSV.
 */

export const TEMPLATE_DIR = __dirname;
export const XLSX_TEMPLATE = path.join(TEMPLATE_DIR, 'samenwerkingen-import.xlsx');
export const CSV_TEMPLATE = path.join(TEMPLATE_DIR, 'samenwerkingen-import.csv');

export async function importTemplateXlsx(): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'Samenwerkingsmonitor';
  // A fixed date keeps the file the same from run to run.
  workbook.created = new Date('2026-01-01T00:00:00Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Samenwerkingen', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((column) => ({ header: column.header, key: column.key, width: Math.max(14, column.header.length + 4) }));
  sheet.getRow(1).font = { bold: true };
  const help = workbook.addWorksheet('Toelichting');
  help.columns = [
    { header: 'Kolom', key: 'header', width: 36 },
    { header: 'Wat vult u in', key: 'description', width: 90 },
    { header: 'Voorbeeld', key: 'example', width: 40 },
  ];
  help.getRow(1).font = { bold: true };
  for (const column of IMPORT_COLUMNS) help.addRow({ header: column.header, description: column.description, example: column.example });
  help.addRow({});
  help.addRow({ header: 'Let op', description: 'Alleen het eerste werkblad wordt ingelezen. Kolommen die ontbreken laten de opgeslagen waarde staan; een lege cel maakt het veld leeg.' });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function importTemplateCsv(): string {
  return `\uFEFF${IMPORT_COLUMNS.map((column) => (/[;"]/.test(column.header) ? `"${column.header.replace(/"/g, '""')}"` : column.header)).join(';')}\r\n`;
}

async function main(): Promise<void> {
  await fs.writeFile(XLSX_TEMPLATE, await importTemplateXlsx());
  await fs.writeFile(CSV_TEMPLATE, importTemplateCsv(), 'utf8');
  console.log(`Geschreven: ${path.relative(process.cwd(), XLSX_TEMPLATE)}, ${path.relative(process.cwd(), CSV_TEMPLATE)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
