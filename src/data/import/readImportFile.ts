import type { ImportTable } from '../../domain/register';

/** The part of a browser `File` (or a Node buffer wrapper) the reader needs. */
export interface ImportFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export class ImportFileError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'ImportFileError';
  }
}

/** A date cell as the day it shows: Excel stores dates as days, exceljs hands them over as UTC midnight. */
function dateText(value: Date): string {
  const pad = (part: number): string => String(part).padStart(2, '0');
  return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
}

/** An exceljs cell value as the text a user sees: rich text joined, hyperlinks by their address, formulas by their result. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'object') {
    const record = value as { richText?: { text: string }[]; hyperlink?: string; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(record.richText)) return record.richText.map((run) => run.text).join('');
    if (typeof record.hyperlink === 'string') return record.hyperlink.replace(/^mailto:/, '');
    if ('result' in record) return cellText(record.result);
    if (typeof record.text === 'string') return record.text;
    if (typeof record.error === 'string') return record.error;
  }
  return String(value);
}

/** The first worksheet of an .xlsx: row 1 the headers, the rows below the data (exceljs, in the browser and in Node). */
export async function readXlsx(data: ArrayBuffer): Promise<ImportTable> {
  const { Workbook } = await import(/* webpackChunkName: 'samenwerkingsmonitor-import' */ 'exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(data);
  } catch {
    throw new ImportFileError('Dit bestand kon niet als Excel-werkmap (.xlsx) worden gelezen. Sla het in Excel op als “Excel-werkmap” en probeer het opnieuw.');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new ImportFileError('De eerste werkblad van het bestand is leeg.');
  const width = sheet.columnCount;
  const rowValues = (rowNumber: number): string[] => {
    const row = sheet.getRow(rowNumber);
    return Array.from({ length: width }, (_unused, index) => cellText(row.getCell(index + 1).value));
  };
  const headers = rowValues(1);
  const rows: string[][] = [];
  for (let rowNumber = 2; rowNumber <= sheet.rowCount; rowNumber += 1) rows.push(rowValues(rowNumber));
  return { headers, rows };
}

/**
 * A CSV as exported by Excel (Dutch Excel uses `;`, others `,`: papaparse detects which), with or without a
 * byte-order mark, in UTF-8.
 */
export async function readCsv(data: ArrayBuffer): Promise<ImportTable> {
  const Papa = (await import(/* webpackChunkName: 'samenwerkingsmonitor-import' */ 'papaparse')).default;
  const text = new TextDecoder('utf-8').decode(data).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) throw new ImportFileError(`Het CSV-bestand is niet goed opgebouwd (rij ${(fatal.row ?? 0) + 1}: een aanhalingsteken wordt niet gesloten).`);
  const [headers = [], ...rows] = parsed.data;
  if (headers.length === 0) throw new ImportFileError('Het CSV-bestand is leeg.');
  return { headers, rows };
}

/** Reads an import file by its extension. */
export async function readImportFile(file: ImportFile): Promise<ImportTable> {
  const extension = file.name.toLowerCase().split('.').pop();
  if (extension === 'xlsx') return readXlsx(await file.arrayBuffer());
  if (extension === 'csv') return readCsv(await file.arrayBuffer());
  throw new ImportFileError(`‘${file.name}’ is geen .xlsx- of .csv-bestand. Gebruik het sjabloon samenwerkingen-import.xlsx.`);
}
