import { performance } from 'node:perf_hooks';
import type { Bench, BenchResult } from './harness';
import { bulkInsert, countRequests, OWNER_EMAIL, withProvisionedEmulator } from './harness';
import type { RunningEmulator } from '../emulator';
import { influenceCaseSteps, type InfluenceCase, type InfluenceCaseKind } from '../src/domain/councilInfluence';
import { parseCouncilSchedule, planCouncilScheduleImport, type ParsedCouncilSchedule } from '../src/domain/councilSchedule';
import type {
  CalendarDate,
  FinancialFigures,
  ImprovementAction,
  Meeting,
  MeetingBody,
  Municipality,
  Partnership,
  PartnershipDocument,
  ProcessMoment,
  Stored,
} from '../src/domain/models';
import { addDaysToCalendarDate, calendarDateParts, compareCalendarDates, parseCalendarDate, wallTimeParts, zonedDateTime } from '../src/domain/time';
import { computeWgrCalendar, type WgrDeadline } from '../src/domain/wgr';
import { dutchWorkingDays } from '../src/domain/wgr/dutchHolidays';
import type { CouncilCalendarEntry, RegulationChange, WgrSettings } from '../src/domain/wgr/types';
import { buildHandoverDossier, type HandoverDossierInput } from '../src/documents/handoverDossierData';
import { generateHandoverDossier } from '../src/data/documents/handoverDossier';
import type { GeneratedDocument } from '../src/data/documents/generatedDocument';
import { isGeneralBoard, isWgrPartnership } from '../src/data/wgr/wgrCalendarService';
import { createEmulatorSp } from '../src/data/sharepoint/spClient';
import { createSharePointRepositories } from '../src/data/sharepoint';
import { toSharePointBody, type DomainRecord } from '../src/data/sharepoint/fieldMapping';
import { listSchema, type ListKey } from '../src/schema';

/*
 * Issue 8, the council's influence cycle: importing a council's meeting schedule (iCalendar), the steps of the
 * zienswijze cases, and the hand-over dossier for the whole register. Every figure is a ratio of two measurements
 * taken in the same run; timed work is warmed up first and the median of interleaved rounds is compared, so both
 * sides of a ratio see the same load on the shared machine.
 */

const AS_OF = parseCalendarDate('2026-11-26');

/** The median of `rounds` interleaved runs of each work, after `warmUp` untimed runs of each. */
function interleavedMedians<K extends string>(works: Readonly<Record<K, () => unknown>>, rounds: number, warmUp = 2): Record<K, number> {
  const keys = Object.keys(works) as K[];
  for (let run = 0; run < warmUp; run += 1) for (const key of keys) works[key]();
  const samples = new Map<K, number[]>(keys.map((key) => [key, []]));
  for (let round = 0; round < rounds; round += 1) {
    for (const key of keys) {
      const started = performance.now();
      works[key]();
      samples.get(key)?.push(performance.now() - started);
    }
  }
  const result = {} as Record<K, number>;
  for (const key of keys) {
    const sorted = [...(samples.get(key) ?? [])].sort((left, right) => left - right);
    result[key] = sorted[Math.floor(sorted.length / 2)];
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Council schedule import
// ---------------------------------------------------------------------------------------------------------------

/** One "unit" is a year-round council's worth of a feed: 200 occurrences (see `councilFeed`). */
const EVENTS_PER_UNIT = 200;
const COMMITTEES = ['Bestuur', 'Ruimte', 'Samenleving', 'Financiën', 'Economie', 'Wonen', 'Veiligheid', 'Jeugd', 'Zorg', 'Mobiliteit'];

/** The zone as the demo feed (demo-data/hofVanTwenteRaad2027.demo.ics) and council information systems publish it. */
const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Amsterdam',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

function icsDay(date: CalendarDate): string {
  return date.replace(/-/g, '');
}

function timedEvent(uid: string, date: CalendarDate, summary: string, extra: readonly string[] = []): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    'DTSTAMP:20261101T090000Z',
    `DTSTART;TZID=Europe/Amsterdam:${icsDay(date)}T193000`,
    `DTEND;TZID=Europe/Amsterdam:${icsDay(date)}T223000`,
    `SUMMARY:${summary}`,
    ...extra,
    'END:VEVENT',
  ];
}

/**
 * A generated feed of `units × 200` occurrences. Per unit, over 2025–2028: 150 weekly committee meetings (six of them
 * STATUS:CANCELLED), 33 monthly council meetings, a monthly council series (RRULE, COUNT=12) with one occurrence moved
 * and one cancelled through RECURRENCE-ID, three summer recesses (all-day, DTEND exclusive) and two raadsinformatie-
 * avonden (no council meeting, so skipped). Expected: 191 entries and 9 skipped events per unit.
 */
function councilFeed(units: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Samenwerkingsmonitor//Bench vergaderschema//NL', 'X-WR-CALNAME:Vergaderschema bench (demo)', ...AMSTERDAM_VTIMEZONE];
  const firstTuesday = parseCalendarDate('2025-01-07');
  for (let unit = 0; unit < units; unit += 1) {
    const committee = COMMITTEES[unit % COMMITTEES.length];
    for (let week = 0; week < 150; week += 1) {
      const cancelled = week % 25 === 12 ? ['STATUS:CANCELLED'] : [];
      lines.push(...timedEvent(`commissie-${unit}-${week}@raad.example.org`, addDaysToCalendarDate(firstTuesday, 7 * week), `Commissie ${committee} (demo)`, cancelled));
    }
    for (let month = 0; month < 33; month += 1) {
      const date = `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(10 + unit).padStart(2, '0')}` as CalendarDate;
      lines.push(...timedEvent(`raad-${unit}-${month}@raad.example.org`, date, 'Raadsvergadering (demo)', ['CATEGORIES:Gemeenteraad']));
    }
    const series = `raad-reeks-${unit}@raad.example.org`;
    const seriesDay = String(10 + unit).padStart(2, '0');
    lines.push(...timedEvent(series, `2027-10-${seriesDay}` as CalendarDate, 'Raadsvergadering (demo)', ['RRULE:FREQ=MONTHLY;COUNT=12']));
    lines.push(...timedEvent(series, `2027-12-${String(3 + unit).padStart(2, '0')}` as CalendarDate, 'Raadsvergadering, verplaatst (demo)', [`RECURRENCE-ID;TZID=Europe/Amsterdam:202712${seriesDay}T193000`]));
    lines.push(
      ...timedEvent(series, `2028-03-${seriesDay}` as CalendarDate, 'Raadsvergadering (demo)', [`RECURRENCE-ID;TZID=Europe/Amsterdam:202803${seriesDay}T193000`, 'STATUS:CANCELLED']),
    );
    for (const year of [2025, 2026, 2027]) {
      lines.push('BEGIN:VEVENT', `UID:reces-${unit}-${year}@raad.example.org`, 'DTSTAMP:20261101T090000Z', `DTSTART;VALUE=DATE:${year}0712`, `DTEND;VALUE=DATE:${year}0825`, 'SUMMARY:Zomerreces (demo)', 'END:VEVENT');
    }
    for (const date of ['2025-03-03', '2026-03-02'] as CalendarDate[]) {
      lines.push(...timedEvent(`ria-${unit}-${date}@raad.example.org`, date, 'Raadsinformatieavond (demo)'));
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.join('\r\n')}\r\n`;
}

function parsedFeed(text: string): ParsedCouncilSchedule {
  const parsed = parseCouncilSchedule(text, { municipalityId: 1, isDemo: true });
  if (!parsed.ok) throw new Error(`the bench feed was refused: ${parsed.message}`);
  return parsed.schedule;
}

/** What the list holds after the first import: every entry created, with an id. */
function storedAfterImport(schedule: ParsedCouncilSchedule): Stored<CouncilCalendarEntry>[] {
  return schedule.entries.map((entry, index) => ({ ...entry, id: index + 1, etag: '"1"' }));
}

function councilScheduleResults(): BenchResult[] {
  const small = councilFeed(1);
  const large = councilFeed(10);
  const largeSchedule = parsedFeed(large);
  const expectedEntries = 10 * (EVENTS_PER_UNIT - 9);
  if (largeSchedule.entries.length !== expectedEntries || largeSchedule.skipped.length !== 90) {
    throw new Error(`the 2,000-event feed gave ${largeSchedule.entries.length} entries and ${largeSchedule.skipped.length} skipped, expected ${expectedEntries} and 90`);
  }
  const stored = storedAfterImport(largeSchedule);
  const first = planCouncilScheduleImport(largeSchedule, [], 1);
  const again = planCouncilScheduleImport(largeSchedule, stored, 1);
  if (first.counts.create !== expectedEntries || again.counts.unchanged !== expectedEntries || !again.isNoOp) {
    throw new Error(`import plans: first ${JSON.stringify(first.counts)}, again ${JSON.stringify(again.counts)}`);
  }
  const importFeed = (text: string, current: readonly Stored<CouncilCalendarEntry>[]) => planCouncilScheduleImport(parsedFeed(text), current, 1);
  const times = interleavedMedians(
    {
      small: () => importFeed(small, []),
      large: () => importFeed(large, []),
      reimport: () => importFeed(large, stored),
      largePlanOnly: () => planCouncilScheduleImport(largeSchedule, [], 1),
      reimportPlanOnly: () => planCouncilScheduleImport(largeSchedule, stored, 1),
    },
    // The checks above parsed and planned the large feed: that was the warm-up.
    3,
    0,
  );
  return [
    {
      name: `council schedule: parse + plan a 2,000-event iCalendar feed vs a 200-event one`,
      figures: { smallMs: times.small, largeMs: times.large, entries: largeSchedule.entries.length, skipped: largeSchedule.skipped.length },
      ratio: { label: 'large / small (10 = linear)', value: times.large / times.small },
    },
    {
      name: 'council schedule: re-import of the same 2,000 events (all unchanged) vs the first import',
      figures: { firstMs: times.large, reimportMs: times.reimport, firstPlanOnlyMs: times.largePlanOnly, reimportPlanOnlyMs: times.reimportPlanOnly },
      ratio: { label: 're-import / first import (parse + plan)', value: times.reimport / times.large },
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Zienswijze steps
// ---------------------------------------------------------------------------------------------------------------

const CASE_KINDS: readonly InfluenceCaseKind[] = ['ontwerpbegroting', 'begrotingswijziging', 'ontwerp-regeling', 'besluit-art-10-5'];

/**
 * `count` cases received over 2024–2027 (around AS_OF), each at a different stage: from only received to fully
 * answered, with and without the GR's term and the AB meeting, so every state and rule of the steps occurs.
 */
function influenceCases(count: number): InfluenceCase[] {
  const firstDay = parseCalendarDate('2024-01-01');
  return Array.from({ length: count }, (_unused, index): InfluenceCase => {
    const received = addDaysToCalendarDate(firstDay, (index * 37) % 1400);
    const stage = index % 7;
    const at = (days: number, fromStage: number): CalendarDate | undefined => (stage >= fromStage ? addDaysToCalendarDate(received, days) : undefined);
    return {
      partnershipId: (index % 1000) + 1,
      subject: `Ontwerpbegroting ${2025 + (index % 4)} van samenwerking ${(index % 1000) + 1}`,
      kind: CASE_KINDS[index % CASE_KINDS.length],
      budgetYear: 2025 + (index % 4),
      receivedDate: received,
      responseDeadline: index % 3 === 0 ? addDaysToCalendarDate(received, 84) : undefined,
      abDecisionMeetingDate: index % 5 === 0 ? undefined : addDaysToCalendarDate(received, 98),
      collegeProposalPoints: ['Instemmen met de ontwerpbegroting.'],
      coverNoteDate: at(10, 2),
      councilPosition: stage >= 3 ? 'met-opmerkingen' : undefined,
      councilAdoptedDate: at(70, 3),
      councilZienswijzeSummary: '',
      abMemberPosition: '',
      abMemberPositionDate: at(98, 4),
      abDecision: '',
      abDecisionDate: at(98, 5),
      grAnswerDate: at(110, 6),
      grAnswerSummary: '',
    };
  });
}

/** The least a view of the cases must do: read each case once and compare one of its dates with today. */
function casesLinearPass(cases: readonly InfluenceCase[]): number {
  let unanswered = 0;
  for (const influenceCase of cases) {
    if (influenceCase.grAnswerDate === undefined && compareCalendarDates(influenceCase.receivedDate, AS_OF) < 0) unanswered += 1;
  }
  return unanswered;
}

function zienswijzeStepResults(): BenchResult[] {
  const small = influenceCases(1_000);
  const large = influenceCases(10_000);
  const steps = (cases: readonly InfluenceCase[]) => cases.map((influenceCase) => influenceCaseSteps(influenceCase, AS_OF));
  const overviews = steps(large);
  const progress = { open: 0, 'te-laat': 0, afgerond: 0 };
  for (const overview of overviews) progress[overview.progress] += 1;
  if (progress.open === 0 || progress['te-laat'] === 0 || progress.afgerond === 0) throw new Error(`the cases do not cover every progress: ${JSON.stringify(progress)}`);
  if (casesLinearPass(large) === 0) throw new Error('the linear pass over the cases counted nothing');
  const times = interleavedMedians(
    {
      small: () => steps(small),
      large: () => steps(large),
      linear: () => casesLinearPass(large),
    },
    // The checks above computed the steps of the 10,000 cases: that was the warm-up. Three rounds keep this under 20 s.
    3,
    0,
  );
  return [
    {
      name: 'zienswijze steps (influenceCaseSteps) of 10,000 cases vs 1,000',
      figures: { smallMs: times.small, largeMs: times.large, open: progress.open, overdue: progress['te-laat'], finished: progress.afgerond },
      ratio: { label: 'large / small (10 = linear)', value: times.large / times.small },
    },
    {
      name: 'zienswijze steps of 10,000 cases vs one linear pass over the same cases (six steps, six Dutch sentences per case)',
      figures: { stepsMs: times.large, linearPassMs: times.linear },
      ratio: { label: 'steps / linear pass', value: times.large / times.linear },
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Hand-over dossier for the whole register
// ---------------------------------------------------------------------------------------------------------------

const FEW_PARTNERSHIPS = 100;
const MANY_PARTNERSHIPS = 1_000;
const MUNICIPALITY_COUNT = 10;
/** The adapter's page size (src/data/sharepoint/listRepository.ts, DEFAULT_PAGE_SIZE). */
const PAGE_SIZE = 500;

/** The register's related items of partnerships `from`..`to` (ids as the empty lists hand them out, in order). */
interface RegisterSlice {
  readonly partnerships: Partnership[];
  readonly financialFigures: FinancialFigures[];
  readonly meetingBodies: MeetingBody[];
  readonly meetings: Meeting[];
  readonly documents: PartnershipDocument[];
  readonly processMoments: ProcessMoment[];
  readonly actions: ImprovementAction[];
  readonly influenceCases: InfluenceCase[];
  readonly wgrSettings: WgrSettings[];
  readonly regulationChanges: RegulationChange[];
}

const BODY_TEMPLATE: Omit<MeetingBody, 'partnershipId' | 'name' | 'shortName' | 'isPublic'> = {
  category: 'formeel',
  purpose: 'Besluiten over begroting en jaarstukken.',
  membersDescription: 'Eén lid per deelnemende gemeente',
  participantsDescription: 'Wethouders',
  occasionalGuests: '',
  members: [],
  externalMemberEmails: [],
  frequencyText: 'minimaal drie keer per jaar',
  frequencyRuleJson: '',
  agendaOwner: 'Voorzitter',
  organiser: 'Secretaris',
  minutesBy: 'Bestuurssecretariaat',
  location: 'Hengelo',
};

/**
 * Per partnership (one in four a stichting, one in twenty ended): 3 years of figures, an AB and a DB, 4 meetings in
 * 2027, 2 documents, 2 process moments, 1 open action, 1 zienswijze case; per GR the Wgr settings, and one regeling
 * change per ten partnerships. About 16 items per partnership.
 */
function registerSlice(from: number, to: number): RegisterSlice {
  const slice: RegisterSlice = { partnerships: [], financialFigures: [], meetingBodies: [], meetings: [], documents: [], processMoments: [], actions: [], influenceCases: [], wgrSettings: [], regulationChanges: [] };
  for (let id = from; id <= to; id += 1) {
    const isGr = id % 4 !== 0;
    slice.partnerships.push({
      name: `Samenwerkingsverband ${String(id).padStart(4, '0')}`,
      legalForm: isGr ? 'gr-openbaar-lichaam' : 'stichting',
      bbvGroup: isGr ? 'gemeenschappelijke-regelingen' : 'stichtingen-en-verenigingen',
      hasAdministrativeInterest: true,
      hasFinancialInterest: true,
      taskLayers: ['uitvoering'],
      domain: 'Sociaal domein',
      participantIds: [1 + (id % MUNICIPALITY_COUNT), 1 + ((id + 3) % MUNICIPALITY_COUNT), 1 + ((id + 6) % MUNICIPALITY_COUNT)],
      seat: 'Hengelo',
      publicInterest: `Gezamenlijke uitvoering van taak ${id}.`,
      importance: { societalTask: id % 2 === 0, opportunities: false, risks: id % 3 === 0, money: true, audiences: ['raad'], explanation: '' },
      risks: '',
      status: id % 20 === 0 ? 'beeindigd' : 'actief',
    });
    for (const [year, kind] of [[2024, 'realisatie'], [2025, 'realisatie'], [2026, 'begroting']] as const) {
      slice.financialFigures.push({ partnershipId: id, year, kind, contribution: 100_000 + id * 10 + year, result: (id % 7) * 1000 - 3000, equityEnd: 50_000, debtEnd: 200_000, explanation: '' });
    }
    // Body ids: the AB is 2·id − 1, the DB 2·id (checked after inserting).
    slice.meetingBodies.push({ ...BODY_TEMPLATE, partnershipId: id, name: 'Algemeen Bestuur', shortName: 'AB', isPublic: true });
    slice.meetingBodies.push({ ...BODY_TEMPLATE, partnershipId: id, name: 'Dagelijks Bestuur', shortName: 'DB', isPublic: false });
    for (const [bodyId, date] of [[2 * id - 1, '2027-03-11'], [2 * id - 1, '2027-07-01'], [2 * id - 1, '2027-11-04'], [2 * id, '2027-02-18']] as const) {
      const day = parseCalendarDate(date);
      slice.meetings.push({ bodyId, partnershipId: id, title: 'Vergadering', start: zonedDateTime(day, '14:00'), end: zonedDateTime(day, '16:00'), location: 'Hengelo', status: 'gepland', isPublic: bodyId % 2 === 1 });
    }
    slice.documents.push({ partnershipId: id, title: 'Ontwerpbegroting 2027', fileName: `ontwerpbegroting-2027-${id}.pdf`, documentType: 'ontwerpbegroting', year: 2027, isPublic: true });
    slice.documents.push({ partnershipId: id, title: 'Jaarstukken 2025', fileName: `jaarstukken-2025-${id}.pdf`, documentType: 'jaarstukken', year: 2025, isPublic: id % 2 === 0 });
    slice.processMoments.push({ partnershipId: id, kind: 'invloed', subject: 'Zienswijze begrotingswijziging', date: parseCalendarDate('2027-02-15'), isDeadline: true, audiences: ['raad'], status: 'verwacht', source: 'handmatig', isPublic: true, notes: '' });
    slice.processMoments.push({ partnershipId: id, kind: 'informatie', subject: 'Kwartaalrapportage', date: parseCalendarDate('2027-01-15'), isDeadline: false, audiences: ['college'], status: 'verwacht', source: 'handmatig', isPublic: false, notes: '' });
    slice.actions.push({ number: `A${id}`, plan: 'Verbeterplan', recommendation: 'Stel een regievoerder aan.', response: 'overgenomen', responseExplanation: '', action: 'Regievoerder benoemen', plannedDate: parseCalendarDate(id % 2 === 0 ? '2026-10-01' : '2027-03-01'), status: 'lopend', partnershipId: id });
    slice.influenceCases.push({ ...influenceCases(1)[0], partnershipId: id, subject: `Ontwerpbegroting 2028 van samenwerking ${id}`, receivedDate: parseCalendarDate('2026-11-10'), responseDeadline: parseCalendarDate('2027-02-01') });
    if (isGr) slice.wgrSettings.push({ partnershipId: id, budgetAmendmentsExempt: id % 2 === 0, notes: '' });
    if (id % 10 === 0) slice.regulationChanges.push({ partnershipId: id, kind: 'wijziging', subject: `Wijziging regeling ${id}`, sentDate: parseCalendarDate('2027-01-20') });
  }
  return slice;
}

const MUNICIPALITIES: readonly Municipality[] = Array.from({ length: MUNICIPALITY_COUNT }, (_unused, index) => ({ name: `Gemeente ${index + 1}`, region: 'Twente' }));

const SLICE_LISTS: readonly (keyof RegisterSlice & ListKey)[] = [
  'partnerships',
  'financialFigures',
  'meetingBodies',
  'meetings',
  'documents',
  'processMoments',
  'actions',
  'influenceCases',
  'wgrSettings',
  'regulationChanges',
];

async function insertSlice(emulator: RunningEmulator, slice: RegisterSlice): Promise<void> {
  for (const key of SLICE_LISTS) {
    const schema = listSchema(key);
    const rows = (slice[key] as readonly object[]).map((value) => {
      const body = toSharePointBody(schema, value as DomainRecord, 'create');
      // A library item's file name is set by the upload, which the bulk insert stands in for.
      return key === 'documents' ? { ...body, FileLeafRef: (value as PartnershipDocument).fileName } : body;
    });
    if (rows.length > 0) await insertOnFreshSocket(emulator, schema.title, rows);
  }
}

/**
 * After the dossier's CPU-bound rendering the keep-alive socket may have been closed by the server while idle; fetch
 * then fails with ECONNRESET before the request reached the emulator, so nothing was inserted and one retry is safe.
 */
async function insertOnFreshSocket(emulator: RunningEmulator, listTitle: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  try {
    await bulkInsert(emulator, listTitle, rows);
  } catch (error) {
    const cause = error instanceof TypeError ? (error.cause as { code?: string } | undefined) : undefined;
    if (cause?.code !== 'ECONNRESET') throw error;
    await bulkInsert(emulator, listTitle, rows);
  }
}

/** The least the dossier can ask: one call per list it reads, plus one per further page of 500. */
function expectedListCalls(partnershipCount: number): number {
  const slice = registerSlice(1, partnershipCount);
  const counts = [MUNICIPALITIES.length, ...SLICE_LISTS.map((key) => (slice[key] as readonly unknown[]).length)];
  return counts.reduce((total, count) => total + Math.max(1, Math.ceil(count / PAGE_SIZE)), 0);
}

function stored<T extends object>(values: readonly T[]): Stored<T>[] {
  return values.map((value, index) => ({ ...value, id: index + 1, etag: '"1"' }));
}

/** The pure builder's input for the whole register, with the Wgr deadlines the entry point would compute (not timed). */
function dossierInput(partnershipCount: number): HandoverDossierInput {
  const slice = registerSlice(1, partnershipCount);
  const partnerships = stored(slice.partnerships);
  const municipalities = stored(MUNICIPALITIES);
  const included = partnerships.filter((partnership) => partnership.status !== 'beeindigd');
  const bodies = stored(slice.meetingBodies);
  const boardIds = new Set(bodies.filter(isGeneralBoard).map((body) => body.id));
  const municipalityNames = new Map(municipalities.map((municipality) => [municipality.id, municipality.name] as const));
  const workingDays = dutchWorkingDays();
  const year = calendarDateParts(AS_OF).year;
  const meetingsByPartnership = new Map<number, Meeting[]>();
  for (const meeting of slice.meetings) meetingsByPartnership.set(meeting.partnershipId ?? 0, [...(meetingsByPartnership.get(meeting.partnershipId ?? 0) ?? []), meeting]);
  const wgrDeadlines: WgrDeadline[] = included.filter(isWgrPartnership).flatMap((partnership) => {
    const abMeetings = (meetingsByPartnership.get(partnership.id) ?? []).filter((meeting) => boardIds.has(meeting.bodyId)).map((meeting) => ({ date: wallTimeParts(meeting.start).date, title: meeting.title }));
    return [year, year + 1, year + 2].flatMap(
      (budgetYear) =>
        computeWgrCalendar(
          {
            partnershipId: partnership.id,
            partnershipName: partnership.name,
            budgetYear,
            participantIds: partnership.participantIds,
            abMeetings,
            settings: slice.wgrSettings.find((settings) => settings.partnershipId === partnership.id),
            regulationChanges: slice.regulationChanges.filter((change) => change.partnershipId === partnership.id),
            councilCalendar: [],
            municipalityNames,
          },
          workingDays,
        ).deadlines,
    );
  });
  return {
    partnerships: included,
    isComplete: true,
    municipalities,
    financialFigures: slice.financialFigures,
    meetingBodies: bodies,
    documents: slice.documents,
    processMoments: slice.processMoments,
    actions: slice.actions,
    influenceCases: slice.influenceCases,
    wgrDeadlines,
    audience: 'ambtelijk',
    asOf: AS_OF,
  };
}

/** The least the builder must do: read every item once and put it with its partnership. */
function dossierLinearPass(input: HandoverDossierInput): number {
  const perPartnership = new Map<number, number>();
  const lists: readonly (readonly { readonly partnershipId?: number }[])[] = [
    input.financialFigures,
    input.meetingBodies,
    input.documents,
    input.processMoments,
    input.actions,
    input.influenceCases,
    input.wgrDeadlines,
  ];
  for (const list of lists) for (const item of list) perPartnership.set(item.partnershipId ?? 0, (perPartnership.get(item.partnershipId ?? 0) ?? 0) + 1);
  return perPartnership.size;
}

async function timeOnce(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function handoverRequestResults(): Promise<BenchResult[]> {
  return withProvisionedEmulator(async (emulator): Promise<BenchResult[]> => {
    const sp = createEmulatorSp(emulator.siteUrl(), OWNER_EMAIL);
    const repositories = createSharePointRepositories(sp);
    await bulkInsert(emulator, listSchema('municipalities').title, MUNICIPALITIES.map((municipality) => toSharePointBody(listSchema('municipalities'), municipality as unknown as DomainRecord, 'create')));
    const request = { audience: 'ambtelijk' as const, asOf: AS_OF };
    const measure = async (partnershipCount: number) => {
      const bodies = await repositories.meetingBodies.list();
      const misplaced = bodies.find((body) => body.id !== 2 * (body.partnershipId ?? 0) - (body.shortName === 'AB' ? 1 : 0));
      if (bodies.length !== 2 * partnershipCount || misplaced) throw new Error(`the emulator handed out other body ids than the fixture assumes (${misplaced?.id})`);
      // One run each: the one at 1,000 partnerships takes some 20 s, and the request count does not vary.
      let counted: { readonly result: GeneratedDocument; readonly requests: number } | undefined;
      const ms = await timeOnce(async () => {
        counted = await countRequests(() => generateHandoverDossier(repositories, request));
      });
      if (counted === undefined || counted.result.bytes.byteLength === 0) throw new Error('the dossier is empty');
      return { requests: counted.requests, expected: expectedListCalls(partnershipCount), ms, kilobytes: Math.round(counted.result.bytes.byteLength / 1024) };
    };
    await insertSlice(emulator, registerSlice(1, FEW_PARTNERSHIPS));
    const few = await measure(FEW_PARTNERSHIPS);
    await insertSlice(emulator, registerSlice(FEW_PARTNERSHIPS + 1, MANY_PARTNERSHIPS));
    const many = await measure(MANY_PARTNERSHIPS);
    return [
      {
        name: `hand-over dossier for all: HTTP requests with ${MANY_PARTNERSHIPS} vs ${FEW_PARTNERSHIPS} partnerships (≈16 related items each) against the emulator`,
        figures: { requestsFew: few.requests, requestsMany: many.requests, listCallsAndPagesFew: few.expected, listCallsAndPagesMany: many.expected },
        ratio: { label: `requests at ${MANY_PARTNERSHIPS} / (one call per list + paging) (1 = nothing per partnership)`, value: many.requests / many.expected },
      },
      {
        name: `hand-over dossier for all, end to end (read + Wgr deadlines + build + .docx, one run each): ${MANY_PARTNERSHIPS} vs ${FEW_PARTNERSHIPS} partnerships`,
        figures: { fewMs: few.ms, manyMs: many.ms, docxKbFew: few.kilobytes, docxKbMany: many.kilobytes, requestsRatio: many.requests / few.requests },
        ratio: { label: `time ${MANY_PARTNERSHIPS} / ${FEW_PARTNERSHIPS} (10 = linear)`, value: many.ms / few.ms },
      },
    ];
  });
}

function handoverBuildResults(): BenchResult[] {
  const few = dossierInput(FEW_PARTNERSHIPS);
  const many = dossierInput(MANY_PARTNERSHIPS);
  const model = buildHandoverDossier(many);
  if (model.sections.length !== many.partnerships.length || model.sections.some((section) => section.bodies.length !== 2 || section.influenceMoments.length === 0)) {
    throw new Error('the dossier model did not cover the register');
  }
  if (dossierLinearPass(many) === 0) throw new Error('the linear pass over the dossier input counted nothing');
  const times = interleavedMedians({ few: () => buildHandoverDossier(few), many: () => buildHandoverDossier(many), linear: () => dossierLinearPass(many) }, 5);
  const items = (input: HandoverDossierInput) =>
    input.financialFigures.length + input.meetingBodies.length + input.documents.length + input.processMoments.length + input.actions.length + input.influenceCases.length + input.wgrDeadlines.length;
  return [
    {
      name: `hand-over dossier data (buildHandoverDossier, pure) for ${MANY_PARTNERSHIPS} vs ${FEW_PARTNERSHIPS} partnerships`,
      figures: { fewMs: times.few, manyMs: times.many, itemsFew: items(few), itemsMany: items(many) },
      ratio: { label: `${MANY_PARTNERSHIPS} / ${FEW_PARTNERSHIPS} (10 = linear, 100 = quadratic)`, value: times.many / times.few },
    },
    {
      name: `hand-over dossier data for ${MANY_PARTNERSHIPS} partnerships vs one pass grouping the same items by partnership`,
      figures: { buildMs: times.many, linearPassMs: times.linear },
      ratio: { label: 'build / linear pass', value: times.many / times.linear },
    },
  ];
}

/** Issue 8: council schedule import, zienswijze steps and the hand-over dossier, each at 10× the data. */
export const councilInfluenceBench: Bench = {
  name: 'Council influence (issue 8)',
  async run(): Promise<readonly BenchResult[]> {
    return [...councilScheduleResults(), ...zienswijzeStepResults(), ...handoverBuildResults(), ...(await handoverRequestResults())];
  },
};
