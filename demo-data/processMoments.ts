import type { Audience } from '../src/domain/models';
import { parseCalendarDate } from '../src/domain/time';
import { GBTWENTE, REGIO_TWENTE, VEILIGHEIDSREGIO_TWENTE } from './partnerships';
import type { DemoProcessMoment } from './types';

/*
 * Timelines (seed 004: information moments, influence moments, political choices, key meetings).
 * GBTwente and Veiligheidsregio Twente get the hand-entered part of a demo planning-and-control cycle for
 * 2026–2027 (AB meetings, quarterly reports); the dates are plausible demo dates, not the parties' real ones. Status is relative to
 * 26 November 2026. Regio Twente carries the dated milestones of seed 003's "Vervolgproces" (2015).
 */

const ALL: readonly Audience[] = ['raad', 'college', 'ambtelijke-organisatie'];
const COUNCIL: readonly Audience[] = ['raad'];
const COUNCIL_AND_EXECUTIVE: readonly Audience[] = ['raad', 'college'];

function moment(
  partnershipName: string,
  kind: DemoProcessMoment['kind'],
  subject: string,
  date: string,
  options: { isDeadline?: boolean; audiences?: readonly Audience[]; isPublic?: boolean; notes?: string; status?: DemoProcessMoment['status'] } = {},
): DemoProcessMoment {
  const day = parseCalendarDate(date);
  return {
    partnershipName,
    kind,
    subject,
    date: day,
    isDeadline: options.isDeadline ?? false,
    audiences: options.audiences ?? COUNCIL_AND_EXECUTIVE,
    // Demo "today" is 26 November 2026.
    status: options.status ?? (day < '2026-11-26' ? 'afgerond' : 'verwacht'),
    source: 'handmatig',
    isPublic: options.isPublic ?? true,
    notes: options.notes ?? '',
  };
}

/**
 * The hand-entered part of one planning-and-control year of a GR: the AB meeting and the quarterly reports.
 * The legal deadlines of the cycle (kaders, ontwerpbegroting, zienswijze, stukken naar GS) are not typed in:
 * the Wgr calendar derives them from the AB dates and writes them as `wgr` moments (demo-data/wgrLoader.ts).
 */
function cycle(partnershipName: string, budgetYear: number, dates: { ab: string; q1: string; q3: string }): DemoProcessMoment[] {
  const previous = budgetYear - 2;
  return [
    moment(partnershipName, 'bijeenkomst', `Algemeen bestuur: vaststelling begroting ${budgetYear} en jaarstukken ${previous}`, dates.ab, {
      notes: 'Wgr art. 34(1): de begroting wordt vastgesteld in het jaar voorafgaand aan het begrotingsjaar. Demo-datum.',
    }),
    moment(partnershipName, 'informatie', `Kwartaalrapportage Q1 ${budgetYear - 1}`, dates.q1, { audiences: ALL }),
    moment(partnershipName, 'informatie', `Kwartaalrapportage Q3 ${budgetYear - 1}`, dates.q3, { audiences: ALL }),
  ];
}

export const DEMO_PROCESS_MOMENTS: readonly DemoProcessMoment[] = [
  ...cycle(GBTWENTE, 2027, { ab: '2026-07-02', q1: '2026-05-15', q3: '2026-11-13' }),
  ...cycle(GBTWENTE, 2028, { ab: '2027-07-01', q1: '2027-05-14', q3: '2027-11-12' }),
  moment(GBTWENTE, 'politieke-keuze', 'Lokaal maatwerk: kwijtscheldingsbeleid afstemmen met GBTwente', '2027-03-11', {
    notes: 'Seed 004: politiek relevant keuzevraagstuk, lokaal maatwerk dat de raad via de samenwerking wil realiseren. Demo.',
  }),
  moment(GBTWENTE, 'bijeenkomst', 'Algemeen bestuur GBTwente (december)', '2026-12-10', { audiences: COUNCIL_AND_EXECUTIVE }),

  ...cycle(VEILIGHEIDSREGIO_TWENTE, 2027, { ab: '2026-06-25', q1: '2026-05-22', q3: '2026-11-20' }),
  ...cycle(VEILIGHEIDSREGIO_TWENTE, 2028, { ab: '2027-06-24', q1: '2027-05-21', q3: '2027-11-19' }),
  moment(VEILIGHEIDSREGIO_TWENTE, 'invloed', 'Zienswijze raad op begrotingswijziging 2027 (brandweerzorg)', '2027-02-25', {
    isDeadline: true,
    audiences: COUNCIL,
    notes: 'Wgr art. 35(6): dezelfde zienswijzeregels als de begroting, tenzij de GR de wijziging uitzondert. Demo.',
  }),

  // Seed 003, "Vervolgproces" of the Twente cooperation; every milestone with a date in the source.
  // Undated steps (Voorstel Twentse Agenda, Vaststellen Twentse Agenda door de gemeenteraden) have no date to show.
  moment(REGIO_TWENTE, 'invloed', 'Consultatie gemeentebesturen', '2015-02-28', { isDeadline: true, notes: 'Seed 003: januari / februari 2015.' }),
  moment(REGIO_TWENTE, 'informatie', 'Stuurgroep stelt definitief rapport op', '2015-03-31', { isDeadline: true, notes: 'Seed 003: maart 2015.' }),
  moment(REGIO_TWENTE, 'informatie', 'Toezending aan raden via voorzitter Regio', '2015-04-01', { audiences: COUNCIL, notes: 'Seed 003: 1 april 2015.' }),
  moment(REGIO_TWENTE, 'politieke-keuze', 'Voorstel nieuwe/aangepaste GR Regio Twente door DB', '2015-04-30', { isDeadline: true, notes: 'Seed 003: april 2015.' }),
  moment(REGIO_TWENTE, 'bijeenkomst', 'Programmaconferentie (‘Twenteberaad’) SamenwerkingsAgenda 2014-2018', '2015-05-28', { notes: 'Seed 003: 28 mei 2015.' }),
  moment(REGIO_TWENTE, 'bijeenkomst', 'Tweede programmaconferentie (‘Twenteberaad’)', '2015-06-30', {
    isDeadline: true,
    notes: 'Seed 003: "PM juni 2015": de datum stond nog niet vast.',
  }),
  moment(REGIO_TWENTE, 'invloed', 'Vaststellen nieuwe/aangepaste GR Regio Twente door de gemeentebesturen', '2015-07-01', {
    isDeadline: true,
    notes: 'Seed 003: uiterlijk 1 juli 2015.',
  }),
  moment(REGIO_TWENTE, 'informatie', 'Implementatie/ Kwartiermaken', '2015-12-21', { isDeadline: true, audiences: ['ambtelijke-organisatie'], notes: 'Seed 003: najaar 2015.' }),
  moment(REGIO_TWENTE, 'informatie', 'Inwerkingtreding nieuwe/aangepaste GR Regio Twente', '2016-01-01', { notes: 'Seed 003: 1 januari 2016.' }),
];
