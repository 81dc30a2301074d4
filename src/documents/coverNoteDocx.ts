import { BorderStyle, Document, ExternalHyperlink, Footer, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { formatDutchDate } from '../domain/time';
import type { CoverNoteModel } from './coverNoteData';

/*
 * The raadsoplegger as a one-page Word document. Dutch whatever the UI language: it goes to the raad. Loaded
 * lazily by the web part (through src/data/documents/coverNote.ts), directly by the CLI.
 */

const thinBorder = { style: BorderStyle.SINGLE, size: 4, color: '8A8886' };
const borders = { top: thinBorder, bottom: thinBorder, left: thinBorder, right: thinBorder };

function heading(text: string): Paragraph {
  return new Paragraph({ text, heading: HeadingLevel.HEADING_2, spacing: { before: 200, after: 80 } });
}

function paragraph(text: string, italics = false): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics })], spacing: { after: 60 } });
}

function factRow(label: string, value: Paragraph): TableRow {
  return new TableRow({
    children: [
      new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: label, bold: true })] })], borders, width: { size: 30, type: WidthType.PERCENTAGE } }),
      new TableCell({ children: [value], borders, width: { size: 70, type: WidthType.PERCENTAGE } }),
    ],
  });
}

function textValue(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(text)] });
}

function linkValue(url: string): Paragraph {
  return new Paragraph({ children: [new ExternalHyperlink({ link: url, children: [new TextRun({ text: url, style: 'Hyperlink' })] })] });
}

function factsTable(model: CoverNoteModel): Table {
  const rows = [
    factRow('Regeling', textValue(model.partnershipName)),
    factRow('Soort stuk', textValue(model.kindLabel)),
    factRow('Onderwerp', textValue(model.subject)),
    ...(model.budgetYear === undefined ? [] : [factRow('Begrotingsjaar', textValue(String(model.budgetYear)))]),
    factRow('Ontvangen op', textValue(formatDutchDate(model.receivedDate))),
    factRow('Document', model.documentUrl === undefined ? textValue('Geen link vastgelegd') : linkValue(model.documentUrl)),
    factRow('AB-vergadering die besluit', textValue(model.abDecisionMeetingDate === undefined ? 'Niet bekend' : formatDutchDate(model.abDecisionMeetingDate))),
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

function routeContent(model: CoverNoteModel): (Paragraph | Table)[] {
  if (model.route.kind === 'unavailable') return [paragraph(model.route.reason, true)];
  const { route, municipalityName } = model.route;
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        factRow('Besluit college uiterlijk', textValue(formatDutchDate(route.collegeDeadline))),
        factRow('Commissievergadering', textValue(route.committeeMeeting === undefined ? 'Geen commissievergadering in deze cyclus' : formatDutchDate(route.committeeMeeting))),
        factRow(`Raadsvergadering ${municipalityName}`, textValue(formatDutchDate(route.councilMeeting))),
      ],
    }),
    paragraph(route.explanation),
  ];
}

/** The Word document of one cover note. */
export function coverNoteDocument(model: CoverNoteModel): Document {
  const points = model.collegeProposalPoints;
  return new Document({
    creator: 'Samenwerkingsmonitor',
    title: model.title,
    description: `Raadsoplegger bij ${model.subject} (${model.partnershipName})`,
    // 10 pt keeps the note on one page with five short sections.
    styles: { default: { document: { run: { font: 'Calibri', size: 20 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 1100, right: 1100 } } },
        footers: {
          default: new Footer({
            children: [paragraph(`Gegenereerd uit de Samenwerkingsmonitor op ${formatDutchDate(model.asOf)}. Controleer de gegevens in het register voordat de raadsoplegger wordt verstuurd.`, true)],
          }),
        },
        children: [
          new Paragraph({ text: 'Raadsoplegger', heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun({ text: `${model.subject} – ${model.partnershipName}`, bold: true })], spacing: { after: 120 } }),
          heading('Wat is het?'),
          factsTable(model),
          heading(`Wat kan de raad doen? (${model.legalBasis.article})`),
          paragraph(model.legalBasis.sentence),
          heading('Wanneer?'),
          paragraph(model.deadlineSentence),
          ...routeContent(model),
          heading(`Financieel belang van de gemeente (begroting ${model.financialShare.year})`),
          ...model.financialShare.sentences.map((sentence) => paragraph(sentence)),
          heading('Voorstel van het college'),
          ...(points.length === 0
            ? [paragraph('Het college heeft (nog) geen punten voor de zienswijze voorgesteld.', true)]
            : points.map((point) => new Paragraph({ text: point, bullet: { level: 0 } }))),
        ],
      },
    ],
  });
}

/** The cover note as .docx bytes; works in the browser and in Node. */
export async function renderCoverNoteDocx(model: CoverNoteModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(coverNoteDocument(model)));
}
