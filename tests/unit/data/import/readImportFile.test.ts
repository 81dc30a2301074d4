import { promises as fs } from 'node:fs';
import { Workbook } from 'exceljs';
import * as XLSX from 'xlsx';
import { cellText, ImportFileError, readImportFile } from '../../../../src/data/import';
import { IMPORT_COLUMNS } from '../../../../src/domain/register';
import { CSV_TEMPLATE, importTemplateCsv, importTemplateXlsx, XLSX_TEMPLATE } from '../../../../templates/generateImportTemplate';

function fileOf(name: string, data: Uint8Array | string): { name: string; arrayBuffer: () => Promise<ArrayBuffer> } {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return { name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

describe('reading an import file', () => {
  it('reads the first sheet of an .xlsx with dates, booleans, numbers, rich text and hyperlinks as text', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Samenwerkingen');
    sheet.addRow(['Naam', 'Laatst geactualiseerd', 'Bestuurlijk belang', 'Evaluatieperiode (jaren)', 'Openbaar belang', 'Website']);
    sheet.addRow([
      'GBTwente',
      new Date(Date.UTC(2026, 9, 1)),
      true,
      4,
      { richText: [{ text: 'Belasting' }, { text: 'heffing' }] },
      { text: 'site', hyperlink: 'https://www.gbtwente.nl' },
    ]);
    sheet.addRow(['Leeg daarna']);
    const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());

    const table = await readImportFile(fileOf('register.XLSX', buffer));
    expect(table.headers).toEqual(['Naam', 'Laatst geactualiseerd', 'Bestuurlijk belang', 'Evaluatieperiode (jaren)', 'Openbaar belang', 'Website']);
    expect(table.rows).toEqual([
      ['GBTwente', '2026-10-01', 'ja', '4', 'Belastingheffing', 'https://www.gbtwente.nl'],
      ['Leeg daarna', '', '', '', '', ''],
    ]);
    expect(cellText({ formula: 'A1', result: 12 })).toBe('12');
  });

  it('reads a Dutch Excel CSV (semicolons, byte-order mark, quoted cells with line breaks) and a comma CSV', async () => {
    const dutch = await readImportFile(fileOf('register.csv', '\uFEFFNaam;Risico\'s;Taaklagen\r\n"GBTwente";"Eerste regel\nTweede; met puntkomma";Beleid\r\n'));
    expect(dutch).toEqual({ headers: ['Naam', "Risico's", 'Taaklagen'], rows: [['GBTwente', 'Eerste regel\nTweede; met puntkomma', 'Beleid']] });
    const comma = await readImportFile(fileOf('register.csv', 'Naam,Taaklagen\nRegio Twente,"Beleid; Strategie"\n\n'));
    expect(comma).toEqual({ headers: ['Naam', 'Taaklagen'], rows: [['Regio Twente', 'Beleid; Strategie']] });
  });

  it('refuses other file types and broken workbooks with a Dutch message', async () => {
    await expect(readImportFile(fileOf('register.xls', 'x'))).rejects.toThrow(new ImportFileError('‘register.xls’ is geen .xlsx- of .csv-bestand. Gebruik het sjabloon samenwerkingen-import.xlsx.'));
    await expect(readImportFile(fileOf('kapot.xlsx', 'geen zip'))).rejects.toThrow(/kon niet als Excel-werkmap/);
  });
});

describe('the shipped import templates', () => {
  it('are what the script generates from IMPORT_COLUMNS (run `npm run template:import` after changing the columns)', async () => {
    expect(await fs.readFile(CSV_TEMPLATE, 'utf8')).toBe(importTemplateCsv());
    // Read with SheetJS, an independent reader: the headers of the committed file and of a fresh one agree.
    const headersOf = (data: Buffer): unknown[] => {
      const workbook = XLSX.read(data, { type: 'buffer' });
      return XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets[workbook.SheetNames[0]], { header: 1 })[0];
    };
    const expected = IMPORT_COLUMNS.map((column) => column.header);
    expect(headersOf(await fs.readFile(XLSX_TEMPLATE))).toEqual(expected);
    expect(headersOf(await importTemplateXlsx())).toEqual(expected);
  });

  it('read back through the importer with every column recognised', async () => {
    const xlsx = await readImportFile(fileOf('samenwerkingen-import.xlsx', new Uint8Array(await fs.readFile(XLSX_TEMPLATE))));
    const csv = await readImportFile(fileOf('samenwerkingen-import.csv', new Uint8Array(await fs.readFile(CSV_TEMPLATE))));
    expect(xlsx.headers).toEqual(IMPORT_COLUMNS.map((column) => column.header));
    expect(csv.headers).toEqual(xlsx.headers);
    expect(xlsx.rows).toEqual([]);
  });
});
