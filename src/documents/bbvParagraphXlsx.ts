import { Workbook } from 'exceljs';
import { BBV_AMOUNT_KEYS, bbvAmountLabel, type BbvParagraph } from '../domain/bbv';
import { choiceLabel } from '../components/choices/choiceLabel';
import { LEGAL_FORM_CHOICES } from '../schema/choices';

/*
 * The paragraph verbonden partijen as a spreadsheet: one row per verbonden partij with its BBV group, the
 * amounts as numbers (empty cell + "ontbreekt" in the missing-data column when the register has none), a
 * sheet with the missing data, and optionally the other partnerships. Loaded lazily ('bbv-paragraph').
 */

const EURO_FORMAT = '"€" #,##0;"€" -#,##0';

/** The paragraph as `.xlsx` bytes. */
export async function writeBbvParagraphXlsx(paragraph: BbvParagraph): Promise<Uint8Array> {
  const workbook = new Workbook();
  workbook.creator = 'Samenwerkingsmonitor';
  workbook.title = paragraph.title;

  const sheet = workbook.addWorksheet('Verbonden partijen');
  const amountLabels = BBV_AMOUNT_KEYS.map((key) => bbvAmountLabel(key, paragraph.kind, paragraph.year));
  sheet.addRow([paragraph.title]).font = { bold: true, size: 14 };
  sheet.addRow([paragraph.basis]);
  sheet.addRow([]);
  const header = sheet.addRow(['Groep (BBV art. 15)', 'Naam', 'Rechtsvorm', 'Vestigingsplaats', 'Wijze waarop het belang wordt gehouden', 'Openbaar belang', ...amountLabels, "Risico's", 'Ontbrekende gegevens']);
  header.font = { bold: true };
  for (const group of paragraph.groups) {
    if (group.entries.length === 0) {
      sheet.addRow([group.title, 'Geen verbonden partijen in deze groep']);
      continue;
    }
    for (const entry of group.entries) {
      const row = sheet.addRow([
        group.title,
        entry.name,
        choiceLabel(LEGAL_FORM_CHOICES, entry.legalForm),
        entry.seat,
        entry.interestHeld,
        entry.publicInterest,
        ...BBV_AMOUNT_KEYS.map((key) => entry.amounts[key] ?? null),
        entry.risks,
        entry.missing.join('; '),
      ]);
      BBV_AMOUNT_KEYS.forEach((_key, index) => {
        row.getCell(7 + index).numFmt = EURO_FORMAT;
      });
    }
  }
  sheet.columns.forEach((column, index) => {
    column.width = index < 2 ? 34 : index < 6 ? 28 : 22;
  });

  const missingSheet = workbook.addWorksheet('Ontbrekende gegevens');
  missingSheet.addRow(['Verbonden partij', 'Ontbrekend gegeven']).font = { bold: true };
  for (const missing of paragraph.missing) {
    for (const item of missing.items) missingSheet.addRow([missing.name, item]);
  }
  if (paragraph.missing.length === 0) missingSheet.addRow(['Geen: het register bevat alle gegevens.']);
  missingSheet.getColumn(1).width = 45;
  missingSheet.getColumn(2).width = 55;

  if (paragraph.others !== undefined) {
    const others = workbook.addWorksheet('Overige samenwerkingen');
    others.addRow(['Naam', 'Rechtsvorm', 'Waarom geen verbonden partij']).font = { bold: true };
    for (const other of paragraph.others) others.addRow([other.name, choiceLabel(LEGAL_FORM_CHOICES, other.legalForm), other.reason]);
    others.getColumn(1).width = 45;
    others.getColumn(3).width = 45;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
