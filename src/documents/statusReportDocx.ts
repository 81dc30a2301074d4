import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
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
import { worstState } from '../domain/meetings/compliance';
import type { ComplianceState } from '../domain/meetings/types';
import type { BudgetDeviation, PartnershipReportSection, ReportAction, StatusReportModel } from '../domain/steering';
import { formatDutchDate } from '../domain/time';
import { choiceLabel } from '../components/choices/choiceLabel';
import { PROCESS_MOMENT_KIND_CHOICES, PROCESS_MOMENT_SOURCE_CHOICES } from '../schema/choices';
import { SATISFACTION_OWNER_CHOICES } from '../schema/serviceDeliveryLists';
import type { DeliveryReportSection, ReportIndicatorLine } from '../domain/serviceDelivery/reportSection';

/*
 * The half-yearly status report for the MT (seed 002) as a Word document. The report is written for a
 * Dutch MT, so its text is Dutch whatever the user's UI language.
 */

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export function formatEuro(amount: number): string {
  return euro.format(amount);
}

function signedEuro(amount: number): string {
  return amount > 0 ? `+${formatEuro(amount)}` : amount < 0 ? `-${formatEuro(-amount)}` : formatEuro(amount);
}

export function halfYearLabel(model: Pick<StatusReportModel, 'halfYear' | 'year'>): string {
  return `${model.halfYear === 1 ? 'Eerste' : 'Tweede'} helft ${model.year}`;
}

/** One sentence on a partnership's budget deviation, as the report and the summary say it. */
export function budgetSentence(budget: BudgetDeviation): string {
  if (budget.budgeted === undefined) return `Geen begrote bijdrage voor ${budget.year} vastgelegd.`;
  if (budget.expected === undefined || budget.deviation === undefined) {
    return `Begroot ${formatEuro(budget.budgeted)}; nog geen prognose of realisatie vastgelegd.`;
  }
  const basis = budget.basis === 'jaarrekening' ? 'jaarrekening' : `${budget.basis}${budget.expectedAsOf ? ` van ${formatDutchDate(budget.expectedAsOf)}` : ''}`;
  const percentage = budget.deviationPercentage === undefined ? '' : ` (${budget.deviationPercentage > 0 ? '+' : ''}${budget.deviationPercentage.toLocaleString('nl-NL')}%)`;
  return `Begroot ${formatEuro(budget.budgeted)}, verwacht ${formatEuro(budget.expected)} volgens ${basis}: afwijking ${signedEuro(budget.deviation)}${percentage}.`;
}

function heading(text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph {
  return new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
}

function paragraph(text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, bold: options.bold, italics: options.italics })], spacing: { after: 80 } });
}

function labelled(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)], spacing: { after: 80 } });
}

function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}

const thinBorder = { style: BorderStyle.SINGLE, size: 4, color: '8A8886' };

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  const cell = (text: string, bold = false): TableCell =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
      borders: { top: thinBorder, bottom: thinBorder, left: thinBorder, right: thinBorder },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text) => cell(text, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text) => cell(text)) })),
    ],
  });
}

function actionLine(action: ReportAction): string {
  const owner = action.owner?.displayName ?? 'geen eigenaar';
  const planned = action.plannedDate ? `gepland ${formatDutchDate(action.plannedDate)}` : 'geen planning';
  return `${action.number}. ${action.description} (${owner}, ${planned}${action.overdue ? ', TE LAAT' : ''})`;
}

function refreshSentence(section: PartnershipReportSection): string {
  if (section.lastRefreshed === undefined) return 'Nooit geactualiseerd: achterstallig.';
  const due = section.refresh.dueOn ? formatDutchDate(section.refresh.dueOn) : '';
  return `Laatst geactualiseerd ${formatDutchDate(section.lastRefreshed)}; actualiseren uiterlijk ${due}${section.refresh.overdue ? ': achterstallig.' : '.'}`;
}

function evaluationSentence(section: PartnershipReportSection): string {
  const schedule = section.evaluation;
  const last = schedule.lastEvaluation ? `laatste evaluatie ${formatDutchDate(schedule.lastEvaluation)}` : 'nog niet geëvalueerd';
  const next = schedule.nextDue ? `volgende uiterlijk ${formatDutchDate(schedule.nextDue)}` : 'evaluatie nu nodig';
  const clause = schedule.clause
    ? `; evaluatiebepaling GR (Wgr art. 11a, elke ${schedule.clause.periodYears} jaar) ${schedule.clause.isDue ? 'is aan de beurt' : `volgende ${schedule.clause.dueOn ? formatDutchDate(schedule.clause.dueOn) : ''}`}`
    : '';
  return `${last}, ${next}${schedule.overdue ? ' (achterstallig)' : ''}${clause}.`.replace(/^./, (first) => first.toUpperCase());
}

const COMPLIANCE_LABELS: Readonly<Record<ComplianceState, string>> = { met: 'Op orde', 'at-risk': 'Risico', violated: 'Voldoet niet', unchecked: 'Niet te toetsen' };

function meetingState(state: ComplianceState): string {
  return COMPLIANCE_LABELS[state];
}

const JUDGEMENT_LABELS: Readonly<Record<ReportIndicatorLine['judgement'], string>> = {
  'on-target': 'Op norm',
  'off-target': 'Onder de norm',
  'no-target': 'Geen norm',
  'no-value': 'Geen waarde',
};

/** "2 van 3 indicatoren op norm, 1 rapportage ontbreekt", or a dash without indicators. */
export function deliveryOverviewText(delivery: DeliveryReportSection | undefined): string {
  if (!delivery || delivery.indicators.length === 0) return '—';
  const missing = delivery.missingReports.length;
  return `${delivery.onTarget} van ${delivery.indicators.length} op norm${missing > 0 ? `, ${missing} ${missing === 1 ? 'rapportage ontbreekt' : 'rapportages ontbreken'}` : ''}`;
}

/** Seed 002 (aanvullende lessen): the state of the delivery of services, next to the budget. */
function deliveryContent(delivery: DeliveryReportSection | undefined): (Paragraph | Table)[] {
  const content: (Paragraph | Table)[] = [heading('Levering van diensten', HeadingLevel.HEADING_3)];
  if (!delivery) {
    content.push(paragraph('Geen dienstverleningsafspraken, prestatie-indicatoren of tevredenheidsmetingen vastgelegd.', { italics: true }));
    return content;
  }
  if (delivery.indicators.length === 0) content.push(paragraph('Geen actieve prestatie-indicatoren afgesproken.', { italics: true }));
  else {
    content.push(
      table(
        ['Indicator', 'Norm', 'Laatste waarde', 'Periode', 'Oordeel'],
        delivery.indicators.map((line) => [line.name, line.target, line.latestValue ?? '—', line.latestPeriod ?? '—', JUDGEMENT_LABELS[line.judgement]]),
      ),
    );
    content.push(paragraph(`${delivery.onTarget} van de ${delivery.indicators.length} indicatoren halen de norm; ${delivery.offTarget} niet.`));
  }
  if (delivery.missingReports.length > 0) {
    content.push(labelled('Ontbrekende rapportages', `${delivery.missingReports.length}`));
    delivery.missingReports.forEach((report) => content.push(bullet(`${report.indicatorName}: ${report.message}`)));
  }
  const satisfaction = delivery.latestSatisfaction;
  content.push(
    labelled(
      'Laatste tevredenheidsmeting',
      satisfaction
        ? `${satisfaction.subject}, ${formatDutchDate(satisfaction.measuredOn)}: ${satisfaction.score} (gemeten door ${choiceLabel(SATISFACTION_OWNER_CHOICES, satisfaction.measuredBy).toLowerCase()}${satisfaction.method.trim() !== '' ? `; ${satisfaction.method}` : ''}).`
        : 'geen meting vastgelegd.',
    ),
  );
  delivery.agreementNotes.forEach((note) => content.push(bullet(note)));
  return content;
}

function sectionContent(section: PartnershipReportSection): (Paragraph | Table)[] {
  const content: (Paragraph | Table)[] = [heading(section.name, HeadingLevel.HEADING_2)];
  content.push(labelled('Accounthouder', section.accountHolder?.displayName ?? 'niet toegewezen'));
  content.push(labelled('Actualiteit gegevens', refreshSentence(section)));

  content.push(heading('Vergaderingen', HeadingLevel.HEADING_3));
  if (section.meetingCompliance.length === 0) {
    content.push(paragraph('Geen overlegorganen vastgelegd.', { italics: true }));
  } else {
    content.push(
      table(
        ['Overlegorgaan', 'Frequentie', 'Oordeel', 'Toelichting'],
        section.meetingCompliance.map((body) => [body.bodyName, body.frequencyText || '—', meetingState(body.state), body.reasons.join(' ')]),
      ),
    );
  }

  content.push(heading('Termijnen en procesmomenten (komende 6 maanden)', HeadingLevel.HEADING_3));
  if (section.deadlines.length === 0) content.push(paragraph('Geen termijnen in de komende zes maanden.', { italics: true }));
  for (const deadline of section.deadlines) {
    content.push(
      bullet(
        `${formatDutchDate(deadline.date)}${deadline.isDeadline ? ' (uiterlijk)' : ''}: ${deadline.subject}. ${choiceLabel(PROCESS_MOMENT_KIND_CHOICES, deadline.kind)}, bron ${choiceLabel(PROCESS_MOMENT_SOURCE_CHOICES, deadline.source)}.`,
      ),
    );
  }

  content.push(...deliveryContent(section.delivery));

  content.push(heading(`Begroting ${section.budget.year}`, HeadingLevel.HEADING_3));
  content.push(paragraph(budgetSentence(section.budget)));
  if (section.budget.explanation.trim() !== '') content.push(labelled('Toelichting', section.budget.explanation));

  content.push(heading("Risico's", HeadingLevel.HEADING_3));
  content.push(paragraph(section.risks.trim() !== '' ? section.risks : "Geen risico's vastgelegd.", { italics: section.risks.trim() === '' }));

  content.push(heading('Evaluatie', HeadingLevel.HEADING_3));
  content.push(paragraph(evaluationSentence(section)));

  content.push(heading('Open acties', HeadingLevel.HEADING_3));
  if (section.openActions.length === 0) content.push(paragraph('Geen open acties.', { italics: true }));
  section.openActions.forEach((action) => content.push(bullet(actionLine(action))));
  return content;
}

function summaryContent(model: StatusReportModel): (Paragraph | Table)[] {
  const { summary } = model;
  return [
    heading('Samenvatting', HeadingLevel.HEADING_1),
    table(
      ['Onderwerp', 'Aantal'],
      [
        ['Samenwerkingsverbanden', String(summary.partnershipCount)],
        ['Gegevens niet actueel', String(summary.staleCount)],
        ['Overlegorganen die hun vergaderfrequentie niet halen', String(summary.bodiesViolated)],
        ['Overlegorganen met risico op de vergaderfrequentie', String(summary.bodiesAtRisk)],
        ['Termijnen in de komende 6 maanden', String(summary.upcomingDeadlines)],
        ['Open acties', String(summary.openActions)],
        ['Acties over de planning', String(summary.overdueActions)],
        ['Evaluaties achterstallig', String(summary.evaluationsOverdue)],
        ['Prestatie-indicatoren onder de norm', String(summary.indicatorsOffTarget)],
        ['Ontbrekende rapportages van samenwerkingsverbanden', String(summary.missingReports)],
      ],
    ),
    heading(`Grootste afwijkingen begroting ${model.budgetYear}`, HeadingLevel.HEADING_2),
    ...(summary.largestDeviations.length === 0
      ? [paragraph('Geen afwijkingen vastgelegd.', { italics: true })]
      : summary.largestDeviations.map((entry) => bullet(`${entry.name}: ${budgetSentence(entry.deviation)}`))),
    heading('Per samenwerkingsverband', HeadingLevel.HEADING_2),
    table(
      ['Samenwerkingsverband', 'Actueel', 'Vergaderingen', 'Termijnen', 'Dienstverlening', 'Afwijking', 'Open acties'],
      model.sections.map((section) => [
        section.name,
        section.refresh.overdue ? 'Nee' : 'Ja',
        section.meetingCompliance.length === 0 ? '—' : meetingState(worstState(section.meetingCompliance.map((body) => body.state))),
        String(section.deadlines.length),
        deliveryOverviewText(section.delivery),
        section.budget.deviation === undefined ? '—' : signedEuro(section.budget.deviation),
        `${section.openActions.length}${section.openActions.some((action) => action.overdue) ? ' (te laat)' : ''}`,
      ]),
    ),
    paragraph(
      'Vergaderingen: de vergaderingen van het kalenderjaar van de peildatum, getoetst aan de frequentie van elk overlegorgaan en aan de Wgr (algemeen bestuur minstens twee keer per jaar, art. 22). Een vergadering telt als gehouden als zij niet is geannuleerd en op of vóór de peildatum valt.',
      { italics: true },
    ),
  ];
}

/** The Word document of the report. */
export function statusReportDocument(model: StatusReportModel): Document {
  const title = 'Statusrapportage verbonden partijen';
  return new Document({
    creator: 'Samenwerkingsmonitor',
    title: `${title} ${halfYearLabel(model).toLowerCase()}`,
    description: `Statusoverzicht voor het MT, peildatum ${model.asOf}`,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun(`${title}, peildatum ${formatDutchDate(model.asOf)}, pagina `), new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: title, heading: HeadingLevel.TITLE }),
          paragraph(`${halfYearLabel(model)}, peildatum ${formatDutchDate(model.asOf)}`, { bold: true }),
          paragraph('Statusoverzicht voor het MT (verbeterplan verbonden partijen), gegenereerd uit de actuele gegevens van de Samenwerkingsmonitor.'),
          ...summaryContent(model),
          new Paragraph({ children: [new PageBreak()] }),
          heading('Samenwerkingsverbanden', HeadingLevel.HEADING_1),
          ...model.sections.flatMap(sectionContent),
          heading('Acties voor alle verbonden partijen', HeadingLevel.HEADING_1),
          ...(model.generalActions.length === 0 ? [paragraph('Geen open acties.', { italics: true })] : model.generalActions.map((action) => bullet(actionLine(action)))),
        ],
      },
    ],
  });
}

/** The report as .docx bytes; works in the browser and in Node. */
export async function renderStatusReportDocx(model: StatusReportModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(statusReportDocument(model)));
}

/** The file name the report is saved under. */
export function statusReportFileName(model: Pick<StatusReportModel, 'asOf'>): string {
  return `statusrapportage-verbonden-partijen-${model.asOf}.docx`;
}
