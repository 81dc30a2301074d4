import ICAL from 'ical.js';
import { TZDate } from '@date-fns/tz';
import { AMSTERDAM_TIME_ZONE, type CalendarDate } from '../models';
import { calendarDate, calendarDateOfInstant, compareCalendarDates, addDaysToCalendarDate } from '../time';
import type { CouncilCalendarEntry } from '../wgr/types';

/*
 * A council's meeting schedule as council information systems publish it (iCalendar, RFC 5545), read with ical.js.
 * A feed is accepted or refused as a whole: a refused feed changes nothing, so a council never ends up with half a
 * schedule. Within an accepted feed, events that are no council meeting, committee meeting or recess are skipped,
 * each with a reason the user sees in the dry run.
 */

/** An imported entry always carries the key it came from. */
export type ImportedCouncilEntry = CouncilCalendarEntry & { readonly sourceUid: string };

/** An event of the feed that is not imported, and why (Dutch). */
export interface SkippedCalendarEvent {
  readonly sourceUid?: string;
  readonly summary: string;
  readonly date?: CalendarDate;
  readonly reason: string;
  /** STATUS:CANCELLED in the feed: an entry imported earlier under this key is removed. */
  readonly cancelled?: boolean;
}

export interface ParsedCouncilSchedule {
  /** The feed's X-WR-CALNAME, when it has one. */
  readonly calendarName?: string;
  /** Sorted by date, then key. */
  readonly entries: readonly ImportedCouncilEntry[];
  readonly skipped: readonly SkippedCalendarEvent[];
}

export type CouncilScheduleParseResult =
  | { readonly ok: true; readonly schedule: ParsedCouncilSchedule }
  | { readonly ok: false; readonly message: string };

export interface CouncilScheduleParseOptions {
  readonly municipalityId: number;
  /**
   * Marks every entry as demo. When absent, a feed whose X-WR-CALNAME says "demo" is demo data: the product never
   * presents a demo schedule as a real one.
   */
  readonly isDemo?: boolean;
}

/** A recurring event is expanded this many years past its first occurrence at most, so an endless RRULE ends. */
const RECURRENCE_HORIZON_YEARS = 3;
/** And to at most this many occurrences per event, whatever the horizon. */
const MAX_OCCURRENCES_PER_EVENT = 500;
/** The SourceUid column's length (src/schema/wgrLists.ts). */
const MAX_SOURCE_UID_LENGTH = 255;
const MAX_TITLE_LENGTH = 255;

/**
 * Reads a council schedule from iCalendar text for one municipality.
 *
 * @example
 * parseCouncilSchedule(icsText, { municipalityId: 8 })
 * //=> { ok: true, schedule: { entries: [{ kind: 'raadsvergadering', date: '2027-01-26', sourceUid: '…', … }], skipped: [...] } }
 * parseCouncilSchedule('<html>', { municipalityId: 8 })
 * //=> { ok: false, message: 'Dit is geen iCalendar-bestand …' }
 */
export function parseCouncilSchedule(text: string, options: CouncilScheduleParseOptions): CouncilScheduleParseResult {
  const calendar = readCalendar(text);
  if (typeof calendar === 'string') {
    return { ok: false, message: calendar };
  }
  const events = calendar.getAllSubcomponents('vevent');
  if (events.length === 0) {
    return { ok: false, message: 'Het vergaderschema bevat geen enkele afspraak (VEVENT); er is niets geïmporteerd.' };
  }
  const calendarName = textValue(calendar, 'x-wr-calname');
  const isDemo = options.isDemo ?? /\bdemo/i.test(calendarName ?? '');
  try {
    const occurrences = expandOccurrences(events);
    const entries: ImportedCouncilEntry[] = [];
    const skipped: SkippedCalendarEvent[] = [];
    const seenKeys = new Set<string>();
    for (const occurrence of occurrences) {
      const classified = classify(occurrence, options.municipalityId, isDemo);
      if ('reason' in classified) {
        skipped.push(classified);
      } else if (seenKeys.has(classified.sourceUid)) {
        skipped.push({ sourceUid: classified.sourceUid, summary: occurrence.summary, date: classified.date, reason: 'Deze UID komt vaker voor in het vergaderschema; alleen de eerste is overgenomen.' });
      } else {
        seenKeys.add(classified.sourceUid);
        entries.push(classified);
      }
    }
    entries.sort((left, right) => compareCalendarDates(left.date, right.date) || left.sourceUid.localeCompare(right.sourceUid));
    return { ok: true, schedule: { calendarName, entries, skipped } };
  } catch (error) {
    if (error instanceof UnreadableEventError) {
      return { ok: false, message: error.message };
    }
    throw error;
  }
}

/** Thrown inside the parser when one event makes the whole feed unusable (a date that cannot be read). */
class UnreadableEventError extends Error {}

function readCalendar(text: string): ICAL.Component | string {
  const notICalendar = 'Dit is geen iCalendar-bestand (.ics): het begint niet met BEGIN:VCALENDAR. Controleer het bestand of het adres van de feed; er is niets geïmporteerd.';
  if (!/^\s*BEGIN:VCALENDAR/i.test(text.replace(/^\uFEFF/, ''))) {
    return notICalendar;
  }
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    return `Het iCalendar-bestand is onleesbaar (${error instanceof Error ? error.message : String(error)}); er is niets geïmporteerd.`;
  }
  // ical.js returns one jCal component, or a list of them when the text holds several.
  const components = Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : Array.isArray(parsed) ? parsed : [];
  if (components.length !== 1) {
    return 'Het bestand bevat meer dan één agenda (VCALENDAR); importeer de vergaderschema’s afzonderlijk. Er is niets geïmporteerd.';
  }
  const component = new ICAL.Component(components[0] as unknown[]);
  return component.name === 'vcalendar' ? component : notICalendar;
}

/** One occurrence of an event: a single event, or one instance of a recurring one. */
interface Occurrence {
  readonly sourceUid?: string;
  readonly summary: string;
  readonly categories: readonly string[];
  readonly cancelled: boolean;
  readonly start: ICAL.Time;
  readonly end?: ICAL.Time;
  /** The TZID parameters of DTSTART and DTEND: ical.js drops a TZID the feed does not define (no VTIMEZONE). */
  readonly startZone?: string;
  readonly endZone?: string;
}

function expandOccurrences(components: readonly ICAL.Component[]): readonly Occurrence[] {
  const masters = new Map<string, ICAL.Component>();
  const exceptions = new Map<string, ICAL.Component[]>();
  const withoutUid: ICAL.Component[] = [];
  for (const component of components) {
    const uid = textValue(component, 'uid');
    if (uid === undefined) {
      withoutUid.push(component);
    } else if (component.hasProperty('recurrence-id')) {
      exceptions.set(uid, [...(exceptions.get(uid) ?? []), component]);
    } else if (!masters.has(uid)) {
      masters.set(uid, component);
    } else {
      // A second event with the same UID: read like the others, then reported as a duplicate (see parseCouncilSchedule).
      withoutUid.push(component);
    }
  }
  const occurrences: Occurrence[] = [];
  for (const [uid, master] of masters) {
    const event = new ICAL.Event(master, { exceptions: exceptions.get(uid) ?? [] });
    exceptions.delete(uid);
    if (!event.isRecurring()) {
      occurrences.push(single(master, uid));
      continue;
    }
    occurrences.push(...recurring(event, uid));
  }
  // After the masters, so that of two events with one UID the first in the feed is the one kept.
  for (const component of withoutUid) {
    occurrences.push(single(component, textValue(component, 'uid')));
  }
  // RECURRENCE-ID instances whose series is not in the feed: each stands on its own.
  for (const [uid, orphans] of exceptions) {
    for (const orphan of orphans) {
      occurrences.push(single(orphan, `${uid}/${recurrenceKey(readTime(orphan, 'recurrence-id'), zoneParameterOf(orphan, 'recurrence-id'))}`));
    }
  }
  return occurrences;
}

function single(component: ICAL.Component, sourceUid: string | undefined): Occurrence {
  const start = readTime(component, 'dtstart');
  // No exceptions to look up for a single occurrence; without the option ical.js scans the whole feed for them,
  // once per event, which made a large feed quadratic (bench: 329 ms against 1 ms for 1,910 events).
  const event = new ICAL.Event(component, { exceptions: [] });
  return {
    sourceUid,
    summary: textValue(component, 'summary') ?? '',
    categories: categoriesOf(component),
    cancelled: isCancelled(component),
    start,
    end: component.hasProperty('dtend') || component.hasProperty('duration') ? guarded(component, () => event.endDate) : undefined,
    ...zonesOf(component),
  };
}

function recurring(event: ICAL.Event, uid: string): readonly Occurrence[] {
  const occurrences: Occurrence[] = [];
  const first = guarded(event.component, () => event.startDate);
  const horizonYear = first.year + RECURRENCE_HORIZON_YEARS;
  const iterator = guarded(event.component, () => event.iterator());
  for (let next = iterator.next(); next && occurrences.length < MAX_OCCURRENCES_PER_EVENT && next.year <= horizonYear; next = iterator.next()) {
    const details = event.getOccurrenceDetails(next);
    const component = details.item.component;
    occurrences.push({
      sourceUid: `${uid}/${recurrenceKey(details.recurrenceId, zoneParameterOf(event.component, 'dtstart'))}`,
      summary: textValue(component, 'summary') ?? '',
      categories: categoriesOf(component),
      cancelled: isCancelled(component),
      start: details.startDate,
      end: details.endDate,
      ...zonesOf(component),
    });
  }
  return occurrences;
}

function zonesOf(component: ICAL.Component): Pick<Occurrence, 'startZone' | 'endZone'> {
  const startZone = zoneParameterOf(component, 'dtstart');
  // A DURATION end lies in the start's zone.
  return { startZone, endZone: zoneParameterOf(component, 'dtend') ?? startZone };
}

function zoneParameterOf(component: ICAL.Component, property: string): string | undefined {
  const value = component.getFirstProperty(property)?.getParameter('tzid');
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The key part of an occurrence: its original Amsterdam day (the RECURRENCE-ID), stable when the occurrence moves. */
function recurrenceKey(recurrenceId: ICAL.Time, zone: string | undefined): string {
  return amsterdamDate(recurrenceId, 'RECURRENCE-ID', zone);
}

function readTime(component: ICAL.Component, property: string): ICAL.Time {
  return guarded(component, () => {
    const value = component.getFirstPropertyValue(property);
    if (!(value instanceof ICAL.Time)) {
      throw new Error(`${property.toUpperCase()} ontbreekt`);
    }
    return value;
  });
}

/** Runs an ical.js read that may hit an unreadable date, and turns the failure into a refusal of the feed. */
function guarded<T>(component: ICAL.Component, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw unreadable(component, error);
  }
}

function unreadable(component: ICAL.Component, error: unknown): UnreadableEventError {
  const summary = textValue(component, 'summary') ?? textValue(component, 'uid') ?? 'zonder titel';
  const detail = error instanceof Error ? error.message : String(error);
  return new UnreadableEventError(`De datum van de afspraak '${summary}' is onleesbaar (${detail}); het hele vergaderschema is geweigerd en er is niets geïmporteerd.`);
}

type Classified = ImportedCouncilEntry | SkippedCalendarEvent;

function classify(occurrence: Occurrence, municipalityId: number, isDemo: boolean): Classified {
  const summary = occurrence.summary.trim();
  const date = amsterdamDate(occurrence.start, summary, occurrence.startZone);
  const skip = (reason: string): SkippedCalendarEvent => ({ sourceUid: occurrence.sourceUid, summary, date, reason });
  if (occurrence.sourceUid === undefined) {
    return skip('De afspraak heeft geen UID, dus een volgende import zou haar niet herkennen (RFC 5545 vereist een UID).');
  }
  if (occurrence.sourceUid.length > MAX_SOURCE_UID_LENGTH) {
    return skip(`De UID is langer dan ${MAX_SOURCE_UID_LENGTH} tekens en past niet in de lijst.`);
  }
  if (occurrence.cancelled) {
    return { ...skip('De afspraak is geannuleerd (STATUS:CANCELLED).'), cancelled: true };
  }
  const kind = kindOf([summary, ...occurrence.categories].join(' ').toLowerCase());
  if (kind === undefined) {
    return skip('Geen raadsvergadering, commissievergadering of reces volgens de titel en categorieën.');
  }
  const base = { municipalityId, title: (summary || defaultTitle(kind)).slice(0, MAX_TITLE_LENGTH), date, isDemo, sourceUid: occurrence.sourceUid };
  if (kind !== 'zomerreces') {
    return { ...base, kind };
  }
  const endDate = lastDayOf(occurrence, date);
  return { ...base, kind, endDate };
}

/**
 * "Commissie" first: a raadscommissie is a committee, not the council. "Raad" as a word (raad, gemeenteraad,
 * raadsvergadering), so a raadsinformatieavond, which decides nothing, is not taken for a council meeting.
 */
function kindOf(text: string): CouncilCalendarEntry['kind'] | undefined {
  if (/commissie/.test(text)) {
    return 'commissievergadering';
  }
  if (/reces/.test(text)) {
    return 'zomerreces';
  }
  if (/(^|[^\p{L}])(gemeente)?raad(svergadering)?($|[^\p{L}])/u.test(text)) {
    return 'raadsvergadering';
  }
  return undefined;
}

function defaultTitle(kind: CouncilCalendarEntry['kind']): string {
  return kind === 'raadsvergadering' ? 'Raadsvergadering' : kind === 'commissievergadering' ? 'Commissievergadering' : 'Reces';
}

/** The recess's last day: RFC 5545 3.6.1 makes DTEND exclusive, for all-day events the day after the last day. */
function lastDayOf(occurrence: Occurrence, start: CalendarDate): CalendarDate {
  const end = occurrence.end;
  if (end === undefined) {
    return start;
  }
  const last = end.isDate
    ? addDaysToCalendarDate(amsterdamDate(end, occurrence.summary, occurrence.endZone), -1)
    : amsterdamDateOfInstant(instantOf(end, occurrence.summary, occurrence.endZone) - 1);
  return compareCalendarDates(last, start) < 0 ? start : last;
}

/** The Amsterdam calendar day of an iCalendar date or date-time. */
function amsterdamDate(time: ICAL.Time, summary: string, tzid: string | undefined): CalendarDate {
  if (time.isDate) {
    return checkedCalendarDate(time, summary);
  }
  return amsterdamDateOfInstant(instantOf(time, summary, tzid));
}

function amsterdamDateOfInstant(epochMilliseconds: number): CalendarDate {
  return calendarDateOfInstant(new Date(epochMilliseconds));
}

/**
 * The instant of a date-time: UTC ("Z") and zones defined by the feed's VTIMEZONE through ical.js; a TZID without a
 * VTIMEZONE as an IANA zone; a floating time (no zone) as Amsterdam wall time, the zone of every Dutch council.
 */
function instantOf(time: ICAL.Time, summary: string, tzid: string | undefined): number {
  checkedCalendarDate(time, summary);
  const zone = time.zone;
  if (zone && zone.tzid !== 'floating') {
    return time.toUnixTime() * 1000;
  }
  const ianaZone = tzid === undefined ? AMSTERDAM_TIME_ZONE : tzid;
  if (!isIanaZone(ianaZone)) {
    throw new UnreadableEventError(`De tijdzone '${ianaZone}' van de afspraak '${summary}' is onbekend en het bestand beschrijft haar niet (VTIMEZONE); het hele vergaderschema is geweigerd en er is niets geïmporteerd.`);
  }
  return new TZDate(time.year, time.month - 1, time.day, time.hour, time.minute, time.second, ianaZone).getTime();
}

function isIanaZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function checkedCalendarDate(time: ICAL.Time, summary: string): CalendarDate {
  try {
    return calendarDate(time.year, time.month, time.day);
  } catch {
    throw new UnreadableEventError(`De datum van de afspraak '${summary || 'zonder titel'}' is onleesbaar; het hele vergaderschema is geweigerd en er is niets geïmporteerd.`);
  }
}

function textValue(component: ICAL.Component, property: string): string | undefined {
  const value = component.getFirstPropertyValue(property);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function categoriesOf(component: ICAL.Component): readonly string[] {
  return component.getAllProperties('categories').flatMap((property) => property.getValues().filter((value): value is string => typeof value === 'string'));
}

function isCancelled(component: ICAL.Component): boolean {
  return (textValue(component, 'status') ?? '').toUpperCase() === 'CANCELLED';
}
