import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { BBV_AMOUNT_KEYS, bbvAmountLabel, formatEuro, type BbvEntry, type BbvParagraph } from '../domain/bbv';
import { choiceLabel } from '../components/choices/choiceLabel';
import { LEGAL_FORM_CHOICES } from '../schema/choices';

/*
 * The paragraph verbonden partijen as a Word document (BBV art. 15). Dutch whatever the UI language:
 * it goes into the municipality's begroting or jaarstukken. Loaded lazily (webpack chunk 'bbv-paragraph').
 */

const MISSING = 'ontbreekt';

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
}

function row(label: string, value: string): TableRow {
  return new TableRow({ children: [cell(label, true), cell(value)] });
}

function entryBlock(entry: BbvEntry, paragraph: BbvParagraph): (Paragraph | Table)[] {
  const amounts = BBV_AMOUNT_KEYS.map((key) => {
    const amount = entry.amounts[key];
    return row(bbvAmountLabel(key, paragraph.kind, paragraph.year), amount === undefined ? MISSING : formatEuro(amount));
  });
  return [
    new Paragraph({ text: entry.name, heading: HeadingLevel.HEADING_3 }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        row('Rechtsvorm', choiceLabel(LEGAL_FORM_CHOICES, entry.legalForm)),
        row('Vestigingsplaats', entry.seat || MISSING),
        row('Wijze waarop het belang wordt gehouden', entry.interestHeld),
        row('Openbaar belang', entry.publicInterest || MISSING),
        ...amounts,
        row("Risico's", entry.risks || MISSING),
      ],
    }),
    ...(entry.missing.length > 0 ? [new Paragraph({ children: [new TextRun({ text: `Ontbrekende gegevens: ${entry.missing.join('; ')}.`, italics: true })] })] : []),
  ];
}

/** The paragraph as `.docx` bytes. */
export async function writeBbvParagraphDocx(paragraph: BbvParagraph): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: paragraph.title, heading: HeadingLevel.HEADING_1 }),
    new Paragraph({
      text: 'Een verbonden partij is een privaatrechtelijke of publiekrechtelijke organisatie waarin de gemeente een bestuurlijk én een financieel belang heeft (BBV art. 1). Per groep (BBV art. 15) volgen de verbonden partijen.',
    }),
    new Paragraph({ text: paragraph.basis }),
  ];
  for (const group of paragraph.groups) {
    children.push(new Paragraph({ text: group.title, heading: HeadingLevel.HEADING_2 }));
    if (group.entries.length === 0) {
      children.push(new Paragraph({ text: 'De gemeente heeft geen verbonden partijen in deze groep.' }));
      continue;
    }
    for (const entry of group.entries) children.push(...entryBlock(entry, paragraph));
  }
  children.push(new Paragraph({ text: 'Ontbrekende gegevens', heading: HeadingLevel.HEADING_2 }));
  if (paragraph.missing.length === 0) {
    children.push(new Paragraph({ text: 'Het register bevat alle gegevens die de paragraaf vraagt.' }));
  } else {
    children.push(new Paragraph({ text: 'Voor deze verbonden partijen ontbreken gegevens in het register; vul ze aan voordat de paragraaf wordt vastgesteld.' }));
    for (const missing of paragraph.missing) {
      children.push(new Paragraph({ text: `${missing.name}: ${missing.items.join('; ')}`, bullet: { level: 0 } }));
    }
  }
  if (paragraph.others !== undefined) {
    children.push(new Paragraph({ text: 'Overige samenwerkingsverbanden (geen verbonden partij)', heading: HeadingLevel.HEADING_2 }));
    for (const other of paragraph.others) {
      children.push(new Paragraph({ text: `${other.name} (${choiceLabel(LEGAL_FORM_CHOICES, other.legalForm)}): ${other.reason}`, bullet: { level: 0 } }));
    }
  }
  const document = new Document({
    creator: 'Samenwerkingsmonitor',
    title: paragraph.title,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
