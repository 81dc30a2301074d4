import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  InternalHyperlink,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { formatEuro } from '../domain/bbv/paragraph';
import { formatDutchDate } from '../domain/time';
import type { DossierAction, DossierFigureRow, DossierInfluenceMoment, DossierSection, HandoverDossierModel, InfluenceMomentSource } from './handoverDossierData';

/*
 * The hand-over dossier as a Word document: a section per partnership, with a linked table of contents when it
 * covers the whole register. Dutch whatever the UI language: it is for the raad and the organisation.
 */

type Block = Paragraph | Table;

const thinBorder = { style: BorderStyle.SINGLE, size: 4, color: '8A8886' };
const borders = { top: thinBorder, bottom: thinBorder, left: thinBorder, right: thinBorder };
const NOT_SET = 'Niet vastgelegd';

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ text, heading: level, spacing: { before: 240, after: 100 } });
}

function paragraph(text: string, italics = false): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics })], spacing: { after: 80 } });
}

function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}

function cell(text: string, bold = false): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })], borders, margins: { top: 40, bottom: 40, left: 80, right: 80 } });
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }), ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) }))],
  });
}

function factsTable(facts: readonly (readonly [string, string])[]): Table {
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: facts.map(([label, value]) => new TableRow({ children: [cell(label, true), cell(value)] })) });
}

function yesNo(value: boolean): string {
  return value ? 'Ja' : 'Nee';
}

function amount(value: number | undefined): string {
  return value === undefined ? '—' : formatEuro(value);
}

function figureRow(row: DossierFigureRow): readonly string[] {
  if (row.kind === undefined) return [String(row.year), 'Geen cijfers vastgelegd', '—', '—', '—', '—'];
  return [String(row.year), row.kind === 'begroting' ? 'Begroting' : 'Realisatie', amount(row.contribution), amount(row.result), amount(row.equityEnd), amount(row.debtEnd)];
}

function actionLine(action: DossierAction): string {
  const planned = action.plannedDate ? `gepland ${formatDutchDate(action.plannedDate)}` : 'geen planning';
  return `${action.number}. ${action.description} (${action.owner ?? 'geen eigenaar'}, ${planned}${action.overdue ? ', over de planning' : ''})`;
}

const SOURCE_LABELS: Readonly<Record<InfluenceMomentSource, string>> = {
  procesmoment: 'Tijdlijn',
  wgr: 'Wgr-kalender',
  zienswijzetraject: 'Zienswijzetraject',
};

function momentRow(moment: DossierInfluenceMoment): readonly string[] {
  const source = moment.article ? `${SOURCE_LABELS[moment.source]} (${moment.article})` : SOURCE_LABELS[moment.source];
  return [`${moment.isDeadline ? 'uiterlijk ' : ''}${formatDutchDate(moment.date)}`, moment.subject, source];
}

function anchorOf(section: Pick<DossierSection, 'partnershipId'>): string {
  return `samenwerking_${section.partnershipId}`;
}

function roleSentence(section: DossierSection): string {
  if (section.isVerbondenPartij) return 'Verbonden partij: de gemeente heeft een bestuurlijk én een financieel belang (BBV art. 1); de partij staat in de paragraaf verbonden partijen.';
  const missing = [section.hasAdministrativeInterest ? undefined : 'bestuurlijk', section.hasFinancialInterest ? undefined : 'financieel'].filter((part): part is string => part !== undefined);
  return `Geen verbonden partij: de gemeente heeft geen ${missing.join(' en geen ')} belang (BBV art. 1).`;
}

function sectionContent(section: DossierSection, model: HandoverDossierModel): Block[] {
  const forRaad = model.audience === 'raad';
  const blocks: Block[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { before: 240, after: 120 }, children: [new Bookmark({ id: anchorOf(section), children: [new TextRun(section.name)] })] }),
    heading('Doel', HeadingLevel.HEADING_2),
    paragraph(section.purpose !== '' ? section.purpose : 'Het openbaar belang is niet vastgelegd in het register.', section.purpose === ''),
    heading('Kerngegevens', HeadingLevel.HEADING_2),
    factsTable([
      ['Rechtsvorm', section.legalFormLabel],
      ['BBV-groep', section.bbvGroupLabel],
      ['Status', section.statusLabel],
      ['Vestigingsplaats', section.seat || NOT_SET],
      ['Beleidsdomein', section.domain || NOT_SET],
      ['Taaklagen', section.taskLayers || NOT_SET],
      ['Deelnemers', section.participants.length > 0 ? section.participants.join(', ') : NOT_SET],
      ['Website', section.website ?? NOT_SET],
    ]),
    heading('Rol van de gemeente', HeadingLevel.HEADING_2),
    paragraph(roleSentence(section)),
    factsTable([
      ['Bestuurlijk belang', yesNo(section.hasAdministrativeInterest)],
      ['Financieel belang', yesNo(section.hasFinancialInterest)],
      ['Portefeuillehouder', section.portfolioHolder ?? NOT_SET],
      ['Accounthouder', section.accountHolder ?? NOT_SET],
    ]),
    heading('Overlegorganen en leden', HeadingLevel.HEADING_2),
  ];
  if (forRaad) blocks.push(paragraph('Deze versie voor de raad noemt alleen de openbare overlegorganen.', true));
  if (section.bodies.length === 0) blocks.push(paragraph('Geen overlegorganen vastgelegd.', true));
  for (const body of section.bodies) {
    blocks.push(heading(body.name, HeadingLevel.HEADING_3));
    blocks.push(
      factsTable([
        ['Soort', body.categoryLabel],
        ['Openbaar', body.isPublic ? 'Openbaar' : 'Niet openbaar'],
        ['Taak en doel', body.purpose || NOT_SET],
        ['Leden', body.members || NOT_SET],
        ['Frequentie', body.frequency || NOT_SET],
      ]),
    );
  }

  blocks.push(heading(`Financiële cijfers ${section.figureYears[0]}–${section.figureYears[section.figureYears.length - 1]}`, HeadingLevel.HEADING_2));
  blocks.push(table(['Jaar', 'Soort', 'Bijdrage gemeente', 'Resultaat', 'Eigen vermogen einde jaar', 'Vreemd vermogen einde jaar'], section.figures.map(figureRow)));

  blocks.push(heading('Open acties', HeadingLevel.HEADING_2));
  if (section.openActions.length === 0) blocks.push(paragraph('Geen open acties.', true));
  section.openActions.forEach((action) => blocks.push(bullet(actionLine(action))));

  blocks.push(heading(forRaad ? 'Openbare documenten' : 'Documenten', HeadingLevel.HEADING_2));
  if (section.documents.length === 0) blocks.push(paragraph('Geen documenten in de bibliotheek.', true));
  section.documents.forEach((document) => blocks.push(bullet(`${document.title} (${document.typeLabel}${document.year === undefined ? '' : `, ${document.year}`})`)));

  blocks.push(heading('Komende invloedsmomenten', HeadingLevel.HEADING_2));
  if (section.influenceMoments.length === 0) {
    blocks.push(paragraph(`Geen invloedsmomenten vanaf ${formatDutchDate(model.asOf)} bekend.`, true));
  } else {
    blocks.push(table(['Datum', 'Onderwerp', 'Bron'], section.influenceMoments.map(momentRow)));
  }
  return blocks;
}

function introduction(model: HandoverDossierModel): Block[] {
  const audience =
    model.audience === 'raad'
      ? 'Versie voor de raad: alleen openbare overlegorganen, documenten en momenten.'
      : 'Ambtelijke versie: bevat ook niet-openbare overlegorganen, documenten en momenten. Niet delen buiten de organisatie.';
  return [
    new Paragraph({ text: 'Overdrachtsdossier', heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: model.isComplete ? 'Alle samenwerkingsverbanden' : (model.sections[0]?.name ?? ''), bold: true })], spacing: { after: 80 } }),
    paragraph(`Peildatum ${formatDutchDate(model.asOf)}. ${audience}`),
    paragraph(
      'Voor nieuwe raadsleden en medewerkers: doel, rechtsvorm, de rol van de gemeente, de overlegorganen en hun leden, de cijfers van de laatste drie jaar, de open acties en de komende invloedsmomenten, gegenereerd uit het register van de Samenwerkingsmonitor.',
    ),
  ];
}

function tableOfContents(model: HandoverDossierModel): Block[] {
  return [
    heading('Inhoud', HeadingLevel.HEADING_1),
    ...model.sections.map((section) => new Paragraph({ children: [new InternalHyperlink({ anchor: anchorOf(section), children: [new TextRun({ text: section.name, style: 'Hyperlink' })] })] })),
  ];
}

/** The Word document of the dossier. */
export function handoverDossierDocument(model: HandoverDossierModel): Document {
  const children: Block[] = [...introduction(model)];
  if (model.isComplete) children.push(...tableOfContents(model));
  if (model.sections.length === 0) children.push(paragraph('Het register bevat geen samenwerkingsverbanden.', true));
  model.sections.forEach((section, index) => {
    if (model.isComplete || index > 0) children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(...sectionContent(section, model));
  });
  return new Document({
    creator: 'Samenwerkingsmonitor',
    title: model.title,
    description: `Overdrachtsdossier (${model.audience === 'raad' ? 'raad' : 'ambtelijk'}), peildatum ${model.asOf}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun(`${model.title}, peildatum ${formatDutchDate(model.asOf)}, pagina `), new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/** The dossier as .docx bytes; works in the browser and in Node. */
export async function renderHandoverDossierDocx(model: HandoverDossierModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(handoverDossierDocument(model)));
}
