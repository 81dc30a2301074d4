import type { LegalForm } from '../models/partnership';
import type { RiskLevel, RiskProfile } from '../riskProfile/models';
import { currentRiskProfile } from '../riskProfile/intensity';
import type { CalendarDate, ZonedDateTime } from '../models/time';
import { formatDutchDate as formatDutchDateUncached } from '../time/format';
import { compareZonedDateTimes } from '../time/zonedDateTime';
import { daysInRange, isInSeason, lastDayOfMonth, periodsOfYear, seasonMonths, shiftDays, type NamedRange } from './periods';
import { distanceText } from './renderRule';
import { riskFloorRules, rulesOfBody, type RuleSourceFields } from './storedRules';
import {
  COMPLIANCE_STATE_ORDER,
  type BodyCompliance,
  type ComplianceFinding,
  type ComplianceGroup,
  type OrganisationWideCompliance,
  type ComplianceState,
  type FrequencyRule,
  type MeetingOccurrence,
  type MinimumRule,
  type MinimumRuleCompliance,
  type PartnershipCompliance,
  type PeriodCount,
  type ReferenceMeetingCheck,
  type RelativeRule,
  type RelativeRuleCompliance,
  type RuleCompliance,
  type RulePeriod,
  type Season,
} from './types';

/*
 * Compliance of meeting bodies with their frequency rules, as of a day. Decisions (tested in
 * tests/unit/domain/meetings/compliance.test.ts):
 * - The year evaluated is the calendar year of `asOf`.
 * - A meeting counts as held when it is not cancelled and dated on or before `asOf` (Amsterdam date):
 *   only cancellation removes a meeting, since a held meeting not yet marked as held did take place.
 *   Not cancelled and dated after `asOf` is planned.
 * - A minimum rule is checked for every period of the year that has started by `asOf` (the year; or
 *   the quarters/months so far); a season still to come is checked as the next period.
 * - A period that has ended short is violated. A running period short of meetings is at risk when the
 *   planned meetings cover it or when enough days are left after the notice period to plan the rest,
 *   else violated.
 * - A body set up during a period (`activeFrom`) owes that period's minimum pro rata, rounded to the
 *   nearest whole meeting (3 a year from 1 July: 2; from 15 December: 0); earlier periods owe nothing.
 * - A relative rule checks each meeting of the referenced body in the year (from `activeFrom` on): a
 *   preparing meeting must start before it, on that day or at most `daysBefore` days earlier. For a
 *   reference meeting still to come a planned preparing meeting suffices.
 * - Risk-based control (issue 8): the partnership's current risk profile (newest `assessedOn`) adds a minimum
 *   to each of its internal (`intern`) bodies; a profile that asks for preparatory meetings while the
 *   partnership has no internal body is a finding, judged as that minimum with no meetings.
 * - Organisation-wide bodies (no partnership, seed 002's meeting of all regievoerders) form one group,
 *   "Organisatiebreed"; a relative rule there looks among the other organisation-wide bodies.
 */

/** The name of the group of bodies that belong to no single partnership. */
export const ORGANISATION_WIDE_GROUP_NAME = 'Organisatiebreed';

/** A body as compliance needs it: its rules already derived ({@link rulesOfBody}). */
export interface ComplianceBody {
  readonly id: number;
  /** Absent for an organisation-wide body. */
  readonly partnershipId?: number;
  readonly name: string;
  readonly shortName: string;
  readonly rules: readonly FrequencyRule[];
  /** The day the body was set up; see the pro-rata decision above. */
  readonly activeFrom?: CalendarDate;
}

export interface ComplianceOptions {
  /**
   * Days an invitation needs before a meeting; a missing meeting that can no longer be planned with this
   * notice inside its period makes the rule violated. Default 14.
   */
  readonly noticeDays?: number;
}

const DEFAULT_NOTICE_DAYS = 14;
const PERIOD_NOUNS: Readonly<Record<RulePeriod, string>> = { year: 'jaar', quarter: 'kwartaal', month: 'maand' };
const CANCELLED = 'geannuleerd';

/**
 * The compliance of one body as of a day.
 *
 * @param body the body with its rules
 * @param meetingsOf the meetings of a body of the same partnership, by id (the body's own and, for
 *   relative rules, the referenced body's)
 * @param siblings the bodies of the same partnership, to find a relative rule's referenced body
 */
export function evaluateBodyCompliance(
  body: ComplianceBody,
  meetingsOf: (bodyId: number) => readonly MeetingOccurrence[],
  siblings: readonly ComplianceBody[],
  asOf: CalendarDate,
  options: ComplianceOptions = {},
): BodyCompliance {
  const year = Number(asOf.slice(0, 4));
  const own = activeMeetings(meetingsOf(body.id));
  const rules = body.rules.map((rule): RuleCompliance => {
    switch (rule.kind) {
      case 'minimum':
        return evaluateMinimum(body, rule, own, year, asOf, options.noticeDays ?? DEFAULT_NOTICE_DAYS);
      case 'relative':
        return evaluateRelative(body, rule, own, meetingsOf, siblings, year, asOf);
      case 'on-demand':
        return { kind: 'on-demand', rule, state: 'met', reason: `${body.shortName}: op behoefte, geen minimum aantal vergaderingen.` };
      case 'unparsed':
        return {
          kind: 'unparsed',
          rule,
          state: 'unchecked',
          reason: `${body.shortName}: frequentie "${rule.text}" is niet herkend en wordt niet gecontroleerd.`,
        };
    }
  });
  return {
    bodyId: body.id,
    ...(body.partnershipId === undefined ? {} : { partnershipId: body.partnershipId }),
    bodyName: body.name,
    shortName: body.shortName,
    asOf,
    year,
    state: worstState(rules.map((rule) => rule.state)),
    rules,
  };
}

/** A partnership as compliance needs it. */
export interface CompliancePartnership {
  readonly id: number;
  readonly name: string;
  readonly legalForm: LegalForm;
}

/** A stored meeting body as compliance needs it; without `partnershipId` it is organisation-wide. */
export interface CompliancePartnershipBody extends RuleSourceFields {
  readonly id: number;
  readonly partnershipId?: number;
}

export interface ComplianceData {
  readonly partnerships: readonly CompliancePartnership[];
  readonly bodies: readonly CompliancePartnershipBody[];
  readonly meetings: readonly MeetingOccurrence[];
  /** The day each body was set up, when known (e.g. the item's creation date). */
  readonly activeFrom?: (bodyId: number) => CalendarDate | undefined;
  /**
   * The risk profiles (issue 8); the newest of a partnership sets the floor of its internal bodies. Absent or
   * empty: no partnership has a profile, and only the bodies' own rules and the law are checked.
   */
  readonly riskProfiles?: readonly RiskProfile[];
}

/**
 * Compliance of every body of every partnership, as of a day; partnerships keep their order, bodies
 * too. Bodies whose partnership is not in `partnerships`, and organisation-wide bodies, are left out
 * (see {@link evaluateComplianceGroups} for the latter).
 */
export function evaluateAllCompliance(data: ComplianceData, asOf: CalendarDate, options: ComplianceOptions = {}): readonly PartnershipCompliance[] {
  const meetingsOf = meetingLookup(data.meetings);
  const bodiesByPartnership = new Map<number, CompliancePartnershipBody[]>();
  for (const body of data.bodies) {
    if (body.partnershipId === undefined) {
      continue;
    }
    const list = bodiesByPartnership.get(body.partnershipId);
    if (list) {
      list.push(body);
    } else {
      bodiesByPartnership.set(body.partnershipId, [body]);
    }
  }
  const profiles = data.riskProfiles ?? [];
  return data.partnerships.map((partnership): PartnershipCompliance => {
    const riskLevel = profiles.length === 0 ? undefined : currentRiskProfile(profiles, partnership.id)?.level;
    const stored = bodiesByPartnership.get(partnership.id) ?? [];
    const siblings = stored.map((body) => complianceBodyOf(body, partnership.legalForm, data.activeFrom, riskLevel));
    const bodies = siblings.map((body) => evaluateBodyCompliance(body, meetingsOf, siblings, asOf, options));
    const findings = riskLevel === undefined ? [] : missingInternalBodyFindings(stored, riskLevel, asOf, options);
    return {
      kind: 'partnership',
      partnershipId: partnership.id,
      partnershipName: partnership.name,
      asOf,
      state: worstState([...bodies.map((body) => body.state), ...findings.map((finding) => finding.state)]),
      bodies,
      ...(riskLevel === undefined ? {} : { riskLevel }),
      findings,
    };
  });
}

/**
 * The bodies that belong to no partnership (seed 002: the periodic meeting of all regievoerders), as one
 * group "Organisatiebreed"; `undefined` when there are none. No legal form or risk profile applies to them.
 */
export function evaluateOrganisationWideCompliance(data: ComplianceData, asOf: CalendarDate, options: ComplianceOptions = {}): OrganisationWideCompliance | undefined {
  const stored = data.bodies.filter((body) => body.partnershipId === undefined);
  if (stored.length === 0) {
    return undefined;
  }
  const meetingsOf = meetingLookup(data.meetings);
  const siblings = stored.map((body) => complianceBodyOf(body, undefined, data.activeFrom));
  const bodies = siblings.map((body) => evaluateBodyCompliance(body, meetingsOf, siblings, asOf, options));
  return { kind: 'organisation', name: ORGANISATION_WIDE_GROUP_NAME, asOf, state: worstState(bodies.map((body) => body.state)), bodies };
}

/**
 * Every group: the partnerships (as {@link evaluateAllCompliance}) and then, when there are organisation-wide
 * bodies, the "Organisatiebreed" group.
 */
export function evaluateComplianceGroups(data: ComplianceData, asOf: CalendarDate, options: ComplianceOptions = {}): readonly ComplianceGroup[] {
  const organisation = evaluateOrganisationWideCompliance(data, asOf, options);
  return [...evaluateAllCompliance(data, asOf, options), ...(organisation ? [organisation] : [])];
}

/** Compliance of the bodies of one partnership, with its risk profile when `riskProfiles` holds one. */
export function evaluatePartnershipCompliance(
  partnership: CompliancePartnership,
  bodies: readonly CompliancePartnershipBody[],
  meetings: readonly MeetingOccurrence[],
  asOf: CalendarDate,
  options: ComplianceOptions & { readonly activeFrom?: ComplianceData['activeFrom']; readonly riskProfiles?: ComplianceData['riskProfiles'] } = {},
): PartnershipCompliance {
  return evaluateAllCompliance({ partnerships: [partnership], bodies, meetings, activeFrom: options.activeFrom, riskProfiles: options.riskProfiles }, asOf, options)[0];
}

/** A stored body with its rules derived: stored JSON, else the parsed text, plus the law's and the risk profile's floors. */
export function complianceBodyOf(
  body: CompliancePartnershipBody,
  legalForm: LegalForm | undefined,
  activeFrom?: (bodyId: number) => CalendarDate | undefined,
  riskLevel?: RiskLevel,
): ComplianceBody {
  const since = activeFrom?.(body.id);
  return {
    id: body.id,
    ...(body.partnershipId === undefined ? {} : { partnershipId: body.partnershipId }),
    name: body.name,
    shortName: body.shortName,
    rules: rulesOfBody(body, legalForm, riskLevel),
    ...(since ? { activeFrom: since } : {}),
  };
}

function meetingLookup(meetings: readonly MeetingOccurrence[]): (bodyId: number) => readonly MeetingOccurrence[] {
  const meetingsByBody = new Map<number, MeetingOccurrence[]>();
  for (const meeting of meetings) {
    const list = meetingsByBody.get(meeting.bodyId);
    if (list) {
      list.push(meeting);
    } else {
      meetingsByBody.set(meeting.bodyId, [meeting]);
    }
  }
  return (bodyId) => meetingsByBody.get(bodyId) ?? [];
}

/** The short name the finding's sentence uses for the internal body that does not exist. */
const MISSING_INTERNAL_BODY_NAME = 'Intern voorbereidend overleg';

/**
 * A risk profile that asks for preparatory meetings while none of the partnership's bodies is internal: the
 * minimum cannot be met by any body, so it is a finding, judged as that minimum with no meetings.
 */
function missingInternalBodyFindings(
  bodies: readonly CompliancePartnershipBody[],
  riskLevel: RiskLevel,
  asOf: CalendarDate,
  options: ComplianceOptions,
): readonly ComplianceFinding[] {
  const [rule] = riskFloorRules({ category: 'intern' }, riskLevel);
  if (rule === undefined || bodies.some((body) => body.category === 'intern')) {
    return [];
  }
  const missing: ComplianceBody = { id: 0, name: MISSING_INTERNAL_BODY_NAME, shortName: MISSING_INTERNAL_BODY_NAME, rules: [rule] };
  const year = Number(asOf.slice(0, 4));
  const judged = evaluateMinimum(missing, rule, [], year, asOf, options.noticeDays ?? DEFAULT_NOTICE_DAYS);
  return [
    {
      code: 'geen-intern-overleg',
      level: riskLevel,
      requiredPerYear: rule.count,
      state: judged.state,
      message: `Geen intern voorbereidend overleg vastgelegd; risicoprofiel ${riskLevel} vraagt minimaal ${rule.count} keer per jaar.`,
    },
  ];
}

/** The worst of several states (violated, at-risk, unchecked, met); `met` for none. */
export function worstState(states: readonly ComplianceState[]): ComplianceState {
  let worst = COMPLIANCE_STATE_ORDER.length - 1;
  for (const state of states) {
    worst = Math.min(worst, COMPLIANCE_STATE_ORDER.indexOf(state));
  }
  return COMPLIANCE_STATE_ORDER[worst];
}

// ---------------------------------------------------------------------------------------------

interface DatedMeeting {
  readonly date: CalendarDate;
  readonly start: ZonedDateTime;
}

/** By Dutch day first (text), by instant only within a day (the repeated hour in October). */
function compareMeetings(left: DatedMeeting, right: DatedMeeting): number {
  return left.date < right.date ? -1 : left.date > right.date ? 1 : compareZonedDateTimes(left.start, right.start);
}

/**
 * The meetings that count (not cancelled) with their Dutch day, sorted by time. Remembered per input
 * array, so a body referenced by several relative rules is prepared once per evaluation.
 */
const ACTIVE = new WeakMap<readonly MeetingOccurrence[], readonly DatedMeeting[]>();
function activeMeetings(meetings: readonly MeetingOccurrence[]): readonly DatedMeeting[] {
  const known = ACTIVE.get(meetings);
  if (known) {
    return known;
  }
  const result: DatedMeeting[] = [];
  for (const meeting of meetings) {
    if (meeting.status !== CANCELLED) {
      // A ZonedDateTime is written in Amsterdam wall time, so its first ten characters are its Dutch day.
      result.push({ date: meeting.start.slice(0, 10) as CalendarDate, start: meeting.start });
    }
  }
  result.sort(compareMeetings);
  ACTIVE.set(meetings, result);
  return result;
}

/** Index of the first meeting dated on or after `date` in meetings sorted by day. */
function firstOnOrAfter(meetings: readonly DatedMeeting[], date: CalendarDate): number {
  let low = 0;
  let high = meetings.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (meetings[middle].date < date) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return low;
}

function evaluateMinimum(
  body: ComplianceBody,
  rule: MinimumRule,
  meetings: readonly DatedMeeting[],
  year: number,
  asOf: CalendarDate,
  noticeDays: number,
): MinimumRuleCompliance {
  const all = periodsOfYear(year, rule.per, rule.season);
  const started = all.filter((period) => period.from <= asOf);
  const evaluated = started.length > 0 ? started : all.slice(0, 1);
  const yearFrom = all[0].from;
  const yearMeetings = meetings.slice(firstOnOrAfter(meetings, yearFrom), firstOnOrAfter(meetings, `${year + 1}-01-01` as CalendarDate));
  const counts = evaluated
    .map((period) => countPeriod(body, rule, period, yearMeetings, asOf, noticeDays))
    .filter((count): count is CountedPeriod => count !== undefined);
  const state = worstState(counts.map((count) => count.state));
  // The sentence names the worst period, or the current one when all are met.
  const named = counts.find((count) => count.state === state && state !== 'met') ?? counts[counts.length - 1];
  const reason = named ? minimumSentence(body, rule, named, asOf, evaluated.length > 1 && state === 'met') : `${body.shortName}: nog geen vergaderingen vereist.`;
  return {
    kind: 'minimum',
    rule,
    state,
    reason,
    periods: counts.map(({ label: _label, pastEnd: _pastEnd, ...count }) => count),
  };
}

interface CountedPeriod extends PeriodCount {
  readonly label: string;
  readonly pastEnd: boolean;
}

function countPeriod(
  body: ComplianceBody,
  rule: MinimumRule,
  period: NamedRange,
  meetings: readonly DatedMeeting[],
  asOf: CalendarDate,
  noticeDays: number,
): CountedPeriod | undefined {
  const inPeriod = (date: CalendarDate): boolean => date >= period.from && date <= period.to && (!rule.season || isInSeason(date, rule.season));
  let required = rule.count;
  if (body.activeFrom && body.activeFrom > period.from) {
    if (body.activeFrom > period.to) {
      return undefined;
    }
    const total = countDays(period.from, period.to, rule.season);
    const active = countDays(body.activeFrom, period.to, rule.season);
    required = Math.round((rule.count * active) / total);
  }
  let held = 0;
  let planned = 0;
  for (const meeting of meetings) {
    if (inPeriod(meeting.date)) {
      if (meeting.date <= asOf) {
        held += 1;
      } else {
        planned += 1;
      }
    }
  }
  const pastEnd = period.to <= asOf;
  let state: ComplianceState;
  if (held >= required) {
    state = 'met';
  } else if (pastEnd) {
    state = 'violated';
  } else if (held + planned >= required) {
    state = 'at-risk';
  } else {
    const earliest = maxDate(shiftDays(asOf, noticeDays), period.from);
    const daysLeft = countDays(earliest, period.to, rule.season);
    state = daysLeft >= required - held - planned ? 'at-risk' : 'violated';
  }
  return { period: { from: period.from, to: period.to }, required, held, planned, state, label: period.label, pastEnd };
}

function minimumSentence(body: ComplianceBody, rule: MinimumRule, count: CountedPeriod, asOf: CalendarDate, allPeriods: boolean): string {
  const noun = count.required === 1 ? 'vergadering' : 'vergaderingen';
  const where = allPeriods ? count.label.replace(/^in het \d+e kwartaal van/, 'in elk kwartaal tot nu toe van').replace(/^in \w+ (\d{4})$/, 'in elke maand tot nu toe van $1') : count.label;
  const law = rule.source.kind === 'law' ? ` (${rule.source.citation})` : rule.source.kind === 'risk-profile' ? ` (risicoprofiel ${rule.source.level})` : '';
  const proRata = count.required !== rule.count ? ` (naar rato van ${rule.count} per ${PERIOD_NOUNS[rule.per]}, orgaan actief sinds ${formatDutchDate(body.activeFrom as CalendarDate)})` : '';
  const head = `${body.shortName}: ${count.held} van minimaal ${count.required} ${noun} ${where} gehouden${proRata}${law}`;
  if (count.state === 'met') {
    return `${head}.`;
  }
  if (count.pastEnd) {
    return `${head}; de periode is voorbij.`;
  }
  const plannedText = count.planned === 0 ? 'geen meer gepland' : `${count.planned} gepland`;
  if (count.state === 'violated') {
    return `${head}, ${plannedText}, en er is na ${formatDutchDate(asOf)} te weinig tijd om de rest nog met uitnodigingstermijn te plannen.`;
  }
  return `${head}, ${plannedText}.`;
}

function evaluateRelative(
  body: ComplianceBody,
  rule: RelativeRule,
  own: readonly DatedMeeting[],
  meetingsOf: (bodyId: number) => readonly MeetingOccurrence[],
  siblings: readonly ComplianceBody[],
  year: number,
  asOf: CalendarDate,
): RelativeRuleCompliance {
  const wanted = normaliseShortName(rule.referenceShortName);
  const reference = siblings.find((sibling) => sibling.id !== body.id && normaliseShortName(sibling.shortName) === wanted);
  if (!reference) {
    return {
      kind: 'relative',
      rule,
      state: 'unchecked',
      reason: `${body.shortName}: het orgaan "${rule.referenceShortName}" bestaat niet bij deze samenwerking, dus de regel "voorafgaand aan ${rule.referenceShortName}" wordt niet gecontroleerd.`,
      checks: [],
    };
  }
  const yearPrefix = String(year);
  const from = body.activeFrom;
  const referenceMeetings = activeMeetings(meetingsOf(reference.id)).filter((meeting) => meeting.date.startsWith(yearPrefix) && (!from || meeting.date >= from));
  const checks: ReferenceMeetingCheck[] = referenceMeetings.map((referenceMeeting) => {
    const window = { from: shiftDays(referenceMeeting.date, -rule.daysBefore), to: referenceMeeting.date };
    let preparing: DatedMeeting | undefined;
    for (let index = firstOnOrAfter(own, window.from); index < own.length && own[index].date <= window.to; index += 1) {
      const candidate = own[index];
      if (candidate.date < referenceMeeting.date || compareZonedDateTimes(candidate.start, referenceMeeting.start) < 0) {
        preparing = candidate;
        break;
      }
    }
    const past = referenceMeeting.date <= asOf;
    const state: ComplianceState = preparing ? 'met' : past ? 'violated' : 'at-risk';
    return { referenceStart: referenceMeeting.start, ...(preparing ? { preparingStart: preparing.start } : {}), window, state };
  });
  const state = worstState(checks.map((check) => check.state));
  const distance = distanceText(rule);
  const ref = reference.shortName;
  const datesOf = (wantedState: ComplianceState): string =>
    dutchList(checks.filter((check) => check.state === wantedState).map((check) => formatDutchDate(check.referenceStart.slice(0, 10) as CalendarDate)));
  let reason: string;
  if (checks.length === 0) {
    reason = `${body.shortName}: geen vergaderingen van ${ref} in ${year} om voor te bereiden.`;
  } else if (state === 'violated') {
    reason = `${body.shortName}: geen vergadering in de ${distance} voor de ${ref}-vergadering van ${datesOf('violated')}.`;
  } else if (state === 'at-risk') {
    reason = `${body.shortName}: voor de ${ref}-vergadering van ${datesOf('at-risk')} is in de ${distance} ervoor nog geen vergadering gepland.`;
  } else {
    reason = `${body.shortName}: elke ${ref}-vergadering in ${year} (${checks.length}) heeft een vergadering in de ${distance} ervoor.`;
  }
  return { kind: 'relative', rule, state, reason, referenceBodyId: reference.id, checks };
}

/** Short names match without regard to case, spaces or diacritics ("AB" = "ab"). */
export function normaliseShortName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Dates repeat across bodies (a few hundred days a year): each is written out in Dutch once. */
const DUTCH_DATES = new Map<string, string>();
function formatDutchDate(date: CalendarDate): string {
  let text = DUTCH_DATES.get(date);
  if (text === undefined) {
    text = formatDutchDateUncached(date);
    DUTCH_DATES.set(date, text);
  }
  return text;
}

function dutchList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** Days from `from` to `to` that count for a rule: all, or only those in its season's months. */
function countDays(from: CalendarDate, to: CalendarDate, season: Season | undefined): number {
  if (!season) {
    return daysInRange(from, to);
  }
  const year = Number(from.slice(0, 4));
  return seasonMonths(season).reduce((total, month) => {
    const monthFrom = `${lastDayOfMonth(year, month).slice(0, 8)}01` as CalendarDate;
    const monthTo = lastDayOfMonth(year, month);
    return total + daysInRange(maxDate(from, monthFrom), to < monthTo ? to : monthTo);
  }, 0);
}

function maxDate(left: CalendarDate, right: CalendarDate): CalendarDate {
  return left > right ? left : right;
}
