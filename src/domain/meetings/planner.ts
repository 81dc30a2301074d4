import type { CalendarDate, ZonedDateTime } from '../models/time';
import { calendarDate } from '../time/calendarDate';
import { formatDutchDate } from '../time/format';
import { toInstant, zonedDateTime, zonedDateTimeOfInstant } from '../time/zonedDateTime';
import { dutchDayCalendar, schoolHolidayCoverage, type DayCalendar } from '../holidays';
import { normaliseShortName } from './compliance';
import { daysBetween, daysInRange, isInSeason, isoWeekday, periodsOfYear, shiftDays } from './periods';
import { bodyReference, distanceText, renderRule } from './renderRule';
import type { DayConflict, FrequencyRule, MeetingOccurrence, MeetingProposal, MinimumRule, PlannerPreferences, RelativeRule, YearPlan } from './types';

/*
 * The year planner: proposes the dates of a body's meetings in a calendar year so that its rules are
 * met, and so that bodies whose relative rules point at it still find a free day before each meeting.
 * Pure and deterministic: the same input gives the same proposal. Nothing is stored or sent.
 *
 * - Relative rules first: one meeting in the window before each meeting of the referenced body (stored
 *   or proposed), as close to "N weeks before" as the calendar allows.
 * - Then each minimum rule per period: the period is cut into `count` equal slots, empty slots get a
 *   meeting near their middle; existing meetings and earlier proposals count.
 * - A day is usable when it is a weekday after `today`, not a public holiday, not in the chosen
 *   region's school holidays, not already used by the body, and leaves each dependent body a free day in
 *   its window. The preferred weekday is tried first; other weekdays only when it cannot be.
 */

/** A body of the same partnership as the planner sees it. */
export interface PlannerBody {
  readonly id: number;
  readonly shortName: string;
  readonly rules: readonly FrequencyRule[];
}

export interface PlanYearInput {
  readonly year: number;
  readonly body: PlannerBody;
  readonly preferences: PlannerPreferences;
  /** The partnership's bodies (including this one), to resolve relative rules both ways. */
  readonly siblings: readonly PlannerBody[];
  /** Meetings already in the register for the partnership's bodies; cancelled ones are ignored. */
  readonly meetings: readonly MeetingOccurrence[];
  /** Proposals for other bodies not yet stored (e.g. the AB's, when planning its preparing meeting), by body id. */
  readonly proposedMeetings?: ReadonlyMap<number, readonly ZonedDateTime[]>;
  /** No proposal on or before this day. */
  readonly today: CalendarDate;
  /** Days to avoid; default: Dutch public holidays plus the preferences' school region. */
  readonly calendar?: DayCalendar;
}

const MINUTE_MS = 60_000;
const CANCELLED = 'geannuleerd';

/**
 * Proposes next year's meetings of one body.
 *
 * @example
 * planYear({ year: 2027, body: ab, siblings: [ab, db], meetings: [], today: '2026-11-26',
 *   preferences: { weekday: 4, startTime: '14:00', durationMinutes: 120, schoolRegion: 'noord' } })
 * //=> { bodyId, year: 2027, proposals: [3 Thursdays spread over the year with reasons], warnings: [] }
 */
export function planYear(input: PlanYearInput): YearPlan {
  const { year, body, preferences, today } = input;
  const calendar = input.calendar ?? dutchDayCalendar(preferences.schoolRegion ? { schoolRegion: preferences.schoolRegion } : {});
  const warnings: string[] = [];
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(preferences.startTime) || !(preferences.durationMinutes > 0)) {
    return { bodyId: body.id, year, proposals: [], warnings: ['De begintijd moet als uu:mm zijn gegeven en de duur groter dan 0 minuten.'] };
  }
  if (preferences.schoolRegion && !input.calendar && !schoolHolidayCoverage(year)) {
    warnings.push(`De schoolvakanties van ${year} zijn niet (volledig) bekend; alleen de feestdagen zijn vermeden.`);
  }
  const yearFrom = calendarDate(year, 1, 1);
  const yearTo = calendarDate(year, 12, 31);
  const inYear = (date: CalendarDate): boolean => date >= yearFrom && date <= yearTo;
  const datesOf = (bodyId: number): CalendarDate[] => [
    ...input.meetings.filter((meeting) => meeting.bodyId === bodyId && meeting.status !== CANCELLED).map((meeting) => dayOf(meeting.start)),
    ...(input.proposedMeetings?.get(bodyId) ?? []).map(dayOf),
  ];
  const existing = new Set(datesOf(body.id).filter(inYear));
  const chosen = new Map<CalendarDate, string[]>();
  const prepares = new Map<CalendarDate, ZonedDateTime>();
  const used = (date: CalendarDate): boolean => existing.has(date) || chosen.has(date);

  const dependents = input.siblings.flatMap((sibling) =>
    sibling.id === body.id
      ? []
      : sibling.rules.filter((rule): rule is RelativeRule => rule.kind === 'relative' && normaliseShortName(rule.referenceShortName) === normaliseShortName(body.shortName)).map((rule) => ({ sibling, rule })),
  );
  const plainFree = (date: CalendarDate): string | undefined => {
    if (date <= today) {
      return 'ligt niet na vandaag';
    }
    if (isoWeekday(date) > 5) {
      return 'weekend';
    }
    return calendar(date);
  };
  const blockedReason = (date: CalendarDate): string | undefined => {
    if (used(date)) {
      return `al een vergadering van ${body.shortName}`;
    }
    const plain = plainFree(date);
    if (plain) {
      return plain;
    }
    for (const { sibling, rule } of dependents) {
      let room = false;
      for (let back = 1; back <= rule.daysBefore && !room; back += 1) {
        room = plainFree(shiftDays(date, -back)) === undefined;
      }
      if (!room) {
        return `geen vrije dag voor ${sibling.shortName} in de ${distanceText(rule)} ervoor`;
      }
    }
    return undefined;
  };
  const choose = (date: CalendarDate, reasons: readonly string[]): void => {
    chosen.set(date, [...(chosen.get(date) ?? []), ...reasons]);
  };

  // 1. Relative rules: a meeting before each meeting of the referenced body.
  for (const rule of body.rules.filter((candidate): candidate is RelativeRule => candidate.kind === 'relative')) {
    const reference = input.siblings.find((sibling) => sibling.id !== body.id && normaliseShortName(sibling.shortName) === normaliseShortName(rule.referenceShortName));
    if (!reference) {
      warnings.push(`Het orgaan "${rule.referenceShortName}" bestaat niet bij deze samenwerking; de regel "${renderRule(rule)}" is niet ingepland.`);
      continue;
    }
    const referenceStarts = [
      ...input.meetings.filter((meeting) => meeting.bodyId === reference.id && meeting.status !== CANCELLED).map((meeting) => meeting.start),
      ...(input.proposedMeetings?.get(reference.id) ?? []),
    ]
      .filter((start) => inYear(dayOf(start)))
      .sort((left, right) => toInstant(left).getTime() - toInstant(right).getTime());
    if (referenceStarts.length === 0) {
      warnings.push(`Er zijn nog geen vergaderingen van ${reference.shortName} in ${year}: plan die eerst, dan volgt ${body.shortName} in de ${distanceText(rule)} ervoor.`);
    }
    for (const referenceStart of referenceStarts) {
      const referenceDay = dayOf(referenceStart);
      const windowFrom = shiftDays(referenceDay, -rule.daysBefore);
      const alreadyPrepared = [...existing, ...chosen.keys()].some((date) => date >= windowFrom && date < referenceDay);
      if (alreadyPrepared) {
        continue;
      }
      // Closest to "N weeks before" first: the distance the rule names is the usual rhythm.
      const window = rangeDays(windowFrom, shiftDays(referenceDay, -1)).filter(inYear);
      const pick = pickDay(window, windowFrom, preferences.weekday, blockedReason);
      const label = `de ${reference.shortName}-vergadering van ${formatDutchDate(referenceDay)}`;
      if (!pick.date) {
        warnings.push(`Geen geschikte dag gevonden in de ${distanceText(rule)} voor ${label}.`);
        continue;
      }
      const daysAhead = daysBetween(pick.date, referenceDay);
      choose(pick.date, [`Bereidt ${label} voor (${daysAhead === 1 ? '1 dag' : `${daysAhead} dagen`} ervoor).`, ...skippedSentences(pick.skipped)]);
      prepares.set(pick.date, referenceStart);
    }
  }

  // 2. Minimum rules, per period; existing meetings and earlier proposals count.
  for (const rule of body.rules.filter((candidate): candidate is MinimumRule => candidate.kind === 'minimum')) {
    for (const period of periodsOfYear(year, rule.per, rule.season)) {
      const inPeriod = (date: CalendarDate): boolean => date >= period.from && date <= period.to && (!rule.season || isInSeason(date, rule.season));
      const ruleText = `${minimumRuleText(rule, body.shortName)} (${period.label}).`;
      const counted = [...existing, ...chosen.keys()].filter(inPeriod);
      // Proposals made for other rules count here too; say so on them.
      for (const date of chosen.keys()) {
        if (inPeriod(date) && !chosen.get(date)?.includes(ruleText)) {
          choose(date, [ruleText]);
        }
      }
      const missing = rule.count - counted.length;
      if (missing <= 0) {
        continue;
      }
      const slots = slotsOf(period.from, period.to, rule.count, inPeriod);
      const emptySlots = slots.filter((slot) => !counted.some((date) => date >= slot.from && date <= slot.to));
      const targets = [...emptySlots, ...slots.filter((slot) => !emptySlots.includes(slot))].slice(0, missing);
      const candidates = rangeDays(period.from, period.to).filter(inPeriod);
      targets.forEach((slot, index) => {
        const pick = pickDay(candidates, slot.middle, preferences.weekday, blockedReason);
        if (!pick.date) {
          warnings.push(`${renderRule(rule)}: geen geschikte dag meer ${period.label} (nog ${missing - index} nodig).`);
          return;
        }
        choose(pick.date, [ruleText, ...skippedSentences(pick.skipped)]);
      });
    }
  }

  const dependentNote = dependents.map(({ sibling, rule }) => `Laat ruimte voor ${sibling.shortName} in de ${distanceText(rule)} ervoor.`);
  const proposals: MeetingProposal[] = [...chosen.entries()]
    .sort(([left], [right]) => (left < right ? -1 : 1))
    .map(([date, reasons]) => {
      const start = zonedDateTime(date, preferences.startTime);
      const end = zonedDateTimeOfInstant(new Date(toInstant(start).getTime() + preferences.durationMinutes * MINUTE_MS));
      const preparesStart = prepares.get(date);
      return { start, end, reasons: [...reasons, ...dependentNote], ...(preparesStart ? { prepares: preparesStart } : {}) };
    });
  return { bodyId: body.id, year, proposals, warnings };
}

/**
 * Plans several bodies of one partnership for a year, referenced bodies first (the AB before the
 * accounthoudersoverleg that prepares it), so each relative rule sees the proposals it depends on.
 * Plans come back in the order of `bodies`.
 */
export function planBodiesYear(
  input: Omit<PlanYearInput, 'body' | 'preferences' | 'proposedMeetings'> & {
    readonly bodies: readonly PlannerBody[];
    readonly preferences: (bodyId: number) => PlannerPreferences;
  },
): readonly YearPlan[] {
  const order = dependencyOrder(input.bodies);
  const proposed = new Map<number, readonly ZonedDateTime[]>();
  const plans = new Map<number, YearPlan>();
  for (const body of order) {
    const plan = planYear({ ...input, body, preferences: input.preferences(body.id), proposedMeetings: proposed });
    proposed.set(body.id, plan.proposals.map((proposal) => proposal.start));
    plans.set(body.id, plan);
  }
  return input.bodies.map((body) => plans.get(body.id) as YearPlan);
}

function dependencyOrder(bodies: readonly PlannerBody[]): readonly PlannerBody[] {
  const ordered: PlannerBody[] = [];
  const visiting = new Set<number>();
  const visit = (body: PlannerBody): void => {
    if (ordered.includes(body) || visiting.has(body.id)) {
      return; // a cycle is planned in the given order
    }
    visiting.add(body.id);
    for (const rule of body.rules) {
      if (rule.kind === 'relative') {
        const reference = bodies.find((other) => other.id !== body.id && normaliseShortName(other.shortName) === normaliseShortName(rule.referenceShortName));
        if (reference) {
          visit(reference);
        }
      }
    }
    visiting.delete(body.id);
    ordered.push(body);
  };
  bodies.forEach(visit);
  return ordered;
}

interface Pick {
  readonly date?: CalendarDate;
  readonly skipped: readonly DayConflict[];
}

/**
 * The usable day nearest to `target` among `candidates`: on the preferred weekday if any is usable,
 * otherwise on any weekday; ties go to the earlier day. Preferred-weekday days nearer to the target that
 * were passed over are returned with their reason.
 */
function pickDay(candidates: readonly CalendarDate[], target: CalendarDate, weekday: number, blocked: (date: CalendarDate) => string | undefined): Pick {
  const byDistance = [...candidates].sort((left, right) => {
    const difference = Math.abs(daysBetween(target, left)) - Math.abs(daysBetween(target, right));
    return difference !== 0 ? difference : left < right ? -1 : left > right ? 1 : 0;
  });
  const skipped: DayConflict[] = [];
  for (const preferredOnly of [true, false]) {
    for (const date of byDistance) {
      if (preferredOnly && isoWeekday(date) !== weekday) {
        continue;
      }
      const reason = blocked(date);
      if (reason === undefined) {
        return { date, skipped: skipped.slice(0, 3) };
      }
      if (preferredOnly && reason !== 'ligt niet na vandaag' && !reason.startsWith('al een vergadering')) {
        skipped.push({ date, reason });
      }
    }
  }
  return { skipped };
}

function minimumRuleText(rule: MinimumRule, shortName: string): string {
  return rule.source.kind === 'law' ? `${rule.source.citation}: ${bodyReference(shortName)} vergadert minimaal ${rule.count} keer per jaar` : renderRule(rule);
}

function skippedSentences(skipped: readonly DayConflict[]): readonly string[] {
  return skipped.map((conflict) => `Niet op ${formatDutchDate(conflict.date)}: ${conflict.reason}.`);
}

interface Slot {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly middle: CalendarDate;
}

/** `count` consecutive slots of about equal length covering the days of a period that count. */
function slotsOf(from: CalendarDate, to: CalendarDate, count: number, include: (date: CalendarDate) => boolean): readonly Slot[] {
  const days = rangeDays(from, to).filter(include);
  return Array.from({ length: count }, (_, index) => {
    const first = Math.floor((index * days.length) / count);
    const last = Math.max(first, Math.floor(((index + 1) * days.length) / count) - 1);
    return { from: days[first], to: days[last], middle: days[Math.floor((first + last) / 2)] };
  });
}

function rangeDays(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const total = daysInRange(from, to);
  const days: CalendarDate[] = [];
  let day = from;
  for (let index = 0; index < total; index += 1) {
    days.push(day);
    day = shiftDays(day, 1);
  }
  return days;
}

function dayOf(start: ZonedDateTime): CalendarDate {
  return start.slice(0, 10) as CalendarDate;
}
