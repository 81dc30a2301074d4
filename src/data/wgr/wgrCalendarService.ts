import type { CalendarDate, MeetingBody, Municipality, Partnership, ProcessMoment, Stored } from '../../domain/models';
import type { InfluenceCase } from '../../domain/councilInfluence/models';
import { compareCalendarDates, wallTimeParts } from '../../domain/time';
import {
  buildYearView,
  computeWgrCalendar,
  formatWeekdayDate,
  internalProcessMomentsOf,
  isInternalMomentSubject,
  withCouncilRoutes,
  type OwnMunicipality,
  type RequestedZienswijzeDate,
  type WgrAbMeeting,
  type WgrCalendar,
  type WgrDeadline,
  type WorkingDayCalendar,
  type YearView,
} from '../../domain/wgr';
import { ConcurrencyConflictError } from '../ports/errors';
import type { Repositories } from '../ports/repositories';

/** The lists the calendar reads; a narrow view of `Repositories`, so callers and tests pass only these. */
export type WgrRepositories = Pick<
  Repositories,
  'partnerships' | 'municipalities' | 'meetingBodies' | 'meetings' | 'wgrSettings' | 'regulationChanges' | 'councilCalendar'
> &
  /** Issue 8: a zienswijze case's requested date plans the council route when it is earlier than the law's. */
  Partial<Pick<Repositories, 'influenceCases'>>;

/** A partnership the Wgr applies to: one of the five GR legal forms, and not ended. */
export function isWgrPartnership(partnership: Partnership): boolean {
  return partnership.legalForm.startsWith('gr-') && partnership.status !== 'beeindigd';
}

/** The general board: short name "AB", or a name starting with "Algemeen Bestuur" (any case). */
export function isGeneralBoard(body: MeetingBody): boolean {
  return body.shortName.trim().toUpperCase() === 'AB' || /^algemeen bestuur/i.test(body.name.trim());
}

/** The own municipality, found by name (case and spaces ignored) in the Gemeenten list. */
export function findOwnMunicipality(municipalities: readonly Stored<Municipality>[], name: string | undefined): OwnMunicipality | undefined {
  const wanted = (name ?? '').trim().toLocaleLowerCase('nl');
  if (wanted === '') {
    return undefined;
  }
  const found = municipalities.find((municipality) => municipality.name.trim().toLocaleLowerCase('nl') === wanted);
  return found ? { id: found.id, name: found.name, collegeLeadWeeks: found.collegeLeadWeeks } : undefined;
}

export interface WgrCalendarLoadOptions {
  /**
   * The own municipality's name ("Eigen gemeente"). With it, each zienswijze deadline of a GR the municipality takes
   * part in gets its council route (council meeting, committee, college deadline).
   */
  readonly ownMunicipalityName?: string;
}

/**
 * Reads the GRs, their AB meetings (not cancelled), their Wgr settings and proposals, and the councils' calendars,
 * and computes the legal calendar of each GR for each budget year asked. Only what the current user may read is
 * used: a confidential AB meeting the user cannot see is simply not there. With `ownMunicipalityName` (found in the
 * Gemeenten list) the calendars carry the council routes; a name that is not in the list plans none.
 */
export async function loadWgrCalendars(
  repositories: WgrRepositories,
  budgetYears: readonly number[],
  workingDays: WorkingDayCalendar,
  options: WgrCalendarLoadOptions = {},
): Promise<readonly WgrCalendar[]> {
  const [partnerships, municipalities, bodies, meetings, settings, changes, councilCalendar, influenceCases] = await Promise.all([
    repositories.partnerships.list(),
    repositories.municipalities.list(),
    repositories.meetingBodies.list(),
    repositories.meetings.list(),
    repositories.wgrSettings.list(),
    repositories.regulationChanges.list(),
    repositories.councilCalendar.list(),
    repositories.influenceCases?.list() ?? [],
  ]);
  const requestedDate = requestedZienswijzeDates(influenceCases);
  const municipalityNames = new Map(municipalities.map((municipality) => [municipality.id, municipality.name] as const));
  const own = findOwnMunicipality(municipalities, options.ownMunicipalityName);
  const boardIds = new Set(bodies.filter(isGeneralBoard).map((body) => body.id));
  const calendars: WgrCalendar[] = [];
  for (const partnership of partnerships.filter(isWgrPartnership).sort((left, right) => left.name.localeCompare(right.name, 'nl'))) {
    const abMeetings: WgrAbMeeting[] = meetings
      .filter((meeting) => meeting.partnershipId === partnership.id && boardIds.has(meeting.bodyId) && meeting.status !== 'geannuleerd')
      .map((meeting) => ({ date: wallTimeParts(meeting.start).date, title: meeting.title }));
    for (const budgetYear of budgetYears) {
      const calendar = computeWgrCalendar(
          {
            partnershipId: partnership.id,
            partnershipName: partnership.name,
            budgetYear,
            participantIds: partnership.participantIds,
            abMeetings,
            settings: settings.find((candidate) => candidate.partnershipId === partnership.id),
            regulationChanges: changes.filter((change) => change.partnershipId === partnership.id),
            councilCalendar,
            municipalityNames,
          },
          workingDays,
        );
      calendars.push(own ? withCouncilRoutes(calendar, partnership.participantIds, own, councilCalendar, workingDays, requestedDate) : calendar);
    }
  }
  return calendars;
}

/** The budget cases' requested dates by partnership, kind and budget year; draft regelingen are matched by their own deadline. */
function requestedZienswijzeDates(cases: readonly InfluenceCase[]): RequestedZienswijzeDate {
  const byKey = new Map<string, CalendarDate>();
  for (const item of cases) {
    if (item.responseDeadline === undefined || item.budgetYear === undefined) continue;
    const rule = item.kind === 'ontwerpbegroting' ? 'zienswijze-ontwerpbegroting' : item.kind === 'begrotingswijziging' ? 'zienswijze-begrotingswijziging' : undefined;
    if (rule === undefined) continue;
    const key = `${item.partnershipId}/${rule}/${item.budgetYear}`;
    const known = byKey.get(key);
    // Several cases (begrotingswijzigingen in one year): the earliest date is the one the raad must meet.
    if (known === undefined || compareCalendarDates(item.responseDeadline, known) < 0) byKey.set(key, item.responseDeadline);
  }
  return (deadline) => byKey.get(`${deadline.partnershipId}/${deadline.rule}/${deadline.budgetYear}`);
}

/**
 * The year view of calendar year C: the cycle of budget year C+1 runs in C, and the begrotingswijzigingen of C follow
 * C's ABs, so both budget years are computed.
 */
export async function loadWgrYearView(repositories: WgrRepositories, calendarYear: number, workingDays: WorkingDayCalendar): Promise<YearView> {
  return buildYearView(await loadWgrCalendars(repositories, [calendarYear, calendarYear + 1], workingDays), calendarYear);
}

/** The process moment a derived deadline becomes on the partnership's timeline (seed 004). */
export function processMomentOf(deadline: WgrDeadline): Omit<ProcessMoment, 'status'> {
  const weekend =
    deadline.lastAllowedDayIsNonWorkingDay
      ? ` Let op: de laatste dag valt in een weekend of op een feestdag; verstuur uiterlijk op ${formatWeekdayDate(deadline.latestWorkingDay)}.`
      : '';
  // The AB meeting that adopts the begroting is a day, not a deadline.
  const isMeetingDay = deadline.rule === 'begroting-vaststelling' && deadline.abDate !== undefined;
  return {
    partnershipId: deadline.partnershipId,
    kind: deadline.kind,
    subject: deadline.subject,
    date: deadline.lastAllowedDay,
    isDeadline: !isMeetingDay,
    audiences: deadline.audiences,
    source: 'wgr',
    isPublic: true,
    notes: `${deadline.explanation}${weekend} Afgeleid uit de Wgr-kalender.`,
    budgetYear: deadline.budgetYear,
  };
}

export interface WgrSyncReport {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  /** Derived moments that no longer follow from the planning (an AB moved or was cancelled), moved to the recycle bin. */
  readonly removed: number;
  /** One Dutch line per moment that could not be written (e.g. changed by someone else meanwhile). */
  readonly failures: readonly string[];
}

/**
 * Writes the derived deadlines as process moments, idempotently: a moment is recognised by partnership, budget year
 * and subject; its date and text follow the calendar (an AB that moves moves its deadlines), its status is left to
 * the people who keep it. Moments entered by hand (`source: 'handmatig'`) are never touched.
 */
export async function syncWgrProcessMoments(processMoments: Repositories['processMoments'], calendars: readonly WgrCalendar[]): Promise<WgrSyncReport> {
  let created = 0;
  let updated = 0;
  let unchanged = 0;
  let removed = 0;
  const failures: string[] = [];
  const byPartnership = new Map<number, WgrCalendar[]>();
  for (const calendar of calendars) {
    byPartnership.set(calendar.partnershipId, [...(byPartnership.get(calendar.partnershipId) ?? []), calendar]);
  }
  for (const [partnershipId, partnershipCalendars] of byPartnership) {
    const stored = (await processMoments.list({ where: { property: 'partnershipId', op: 'eq', value: partnershipId } })).filter((moment) => moment.source === 'wgr');
    for (const calendar of partnershipCalendars) {
      const existing = new Map<string, Stored<ProcessMoment>>();
      for (const moment of stored.filter((candidate) => candidate.budgetYear === calendar.budgetYear)) {
        existing.set(moment.subject, moment);
      }
      const derived = new Set<string>();
      const toCreate: ProcessMoment[] = [];
      const wantedMoments = [...calendar.deadlines.map(processMomentOf), ...internalProcessMomentsOf(calendar)];
      if (calendar.councilRoutes === undefined) {
        for (const subject of existing.keys()) {
          if (isInternalMomentSubject(subject)) derived.add(subject);
        }
      }
      for (const wanted of wantedMoments) {
        derived.add(wanted.subject);
        const current = existing.get(wanted.subject);
        try {
          if (!current) {
            toCreate.push({ ...wanted, status: 'verwacht' });
          } else if (differs(current, wanted)) {
            await processMoments.update(current.id, { date: wanted.date, kind: wanted.kind, isDeadline: wanted.isDeadline, audiences: wanted.audiences, notes: wanted.notes, isPublic: wanted.isPublic }, current.etag);
            updated += 1;
          } else {
            unchanged += 1;
          }
        } catch (error) {
          failures.push(failureLine(wanted.subject, error));
        }
      }
      // New moments in one round trip (SharePoint $batch).
      if (toCreate.length > 0) {
        const results = await processMoments.createMany(toCreate);
        results.forEach((result, index) => {
          if (result.ok) {
            created += 1;
          } else {
            failures.push(failureLine(toCreate[index].subject, result.error));
          }
        });
      }
      for (const [subject, moment] of existing) {
        if (!derived.has(subject)) {
          try {
            await processMoments.recycle(moment.id, moment.etag);
            removed += 1;
          } catch (error) {
            failures.push(failureLine(subject, error));
          }
        }
      }
    }
  }
  return { created, updated, unchanged, removed, failures };
}

function differs(current: ProcessMoment, wanted: Omit<ProcessMoment, 'status'>): boolean {
  return (
    current.date !== wanted.date ||
    current.kind !== wanted.kind ||
    current.isDeadline !== wanted.isDeadline ||
    current.notes !== wanted.notes ||
    current.isPublic !== wanted.isPublic ||
    [...current.audiences].sort().join() !== [...wanted.audiences].sort().join()
  );
}

function failureLine(subject: string, error: unknown): string {
  if (error instanceof ConcurrencyConflictError) {
    return `${subject}: het procesmoment is intussen door iemand anders gewijzigd en is niet overschreven; synchroniseer opnieuw.`;
  }
  return `${subject}: ${error instanceof Error ? error.message : String(error)}`;
}
