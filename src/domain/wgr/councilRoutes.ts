import type { ProcessMoment } from '../models';
import { compareCalendarDates, formatDutchDate } from '../time';
import { missingCouncilRouteReason, planCouncilRouteWith, type CouncilRoute } from '../councilSchedule/councilRoute';
import type { CouncilCalendarEntry, WgrCalendar, WgrDeadline, WgrDeadlineRule } from './types';
import type { WorkingDayCalendar } from './workingDays';

/** The deadlines at which the raad itself must decide: the route through council, committee and college applies. */
export const ZIENSWIJZE_RULES = ['zienswijze-ontwerpbegroting', 'zienswijze-begrotingswijziging', 'zienswijze-regeling'] as const satisfies readonly WgrDeadlineRule[];
export type ZienswijzeRule = (typeof ZIENSWIJZE_RULES)[number];

export function isZienswijzeRule(rule: WgrDeadlineRule): rule is ZienswijzeRule {
  return (ZIENSWIJZE_RULES as readonly WgrDeadlineRule[]).includes(rule);
}

/** The municipality whose council, committee and college the calendar plans for (the web part's "Eigen gemeente"). */
export interface OwnMunicipality {
  readonly id: number;
  readonly name: string;
  /** Weeks the college decides before the committee; the planner's default (3) when absent. */
  readonly collegeLeadWeeks?: number;
}

/** For one zienswijze deadline: which council meeting adopts it, and the committee and college dates before it. */
export interface ZienswijzeCouncilRoute {
  readonly rule: ZienswijzeRule;
  /** The subject of the deadline the route belongs to. */
  readonly deadlineSubject: string;
  readonly deadline: WgrDeadline['lastAllowedDay'];
  readonly municipalityId: number;
  readonly municipalityName: string;
  /** Undefined when no council meeting can adopt the zienswijze in time; `missingReason` then says why. */
  readonly route?: CouncilRoute;
  readonly missingReason?: string;
  /** Dutch warning when the council meeting lies before the zienswijze period starts (the document is not there yet). */
  readonly warning?: string;
  /** Set when the GR asked for the zienswijze before the legal last day (its letter, on the zienswijze case): the route is planned for it. */
  readonly requestedByGr?: WgrDeadline['lastAllowedDay'];
}

/**
 * The date a GR asked the raden to give their zienswijze by, for a deadline, when a zienswijze case records one
 * (issue 8: the GR's letter is binding in practice, and often earlier than the legal last day).
 */
export type RequestedZienswijzeDate = (deadline: WgrDeadline) => WgrDeadline['lastAllowedDay'] | undefined;

/**
 * Adds, to a GR's calendar, the council route of the own municipality for each zienswijze deadline. A GR the
 * municipality does not take part in gets an empty list (no routes to plan), which is different from `undefined`
 * (the own municipality is not known, nothing was planned).
 *
 * @example
 * withCouncilRoutes(gbtwente2028, [8, 1, 2], hofVanTwente, councilCalendar, workingDays).councilRoutes?.[0].route?.collegeDeadline
 * //=> '2027-05-25'
 */
export function withCouncilRoutes(
  calendar: WgrCalendar,
  participantIds: readonly number[],
  own: OwnMunicipality,
  councilCalendar: readonly CouncilCalendarEntry[],
  workingDays: WorkingDayCalendar,
  requestedDate: RequestedZienswijzeDate = () => undefined,
): WgrCalendar {
  if (!participantIds.includes(own.id)) {
    return { ...calendar, councilRoutes: [] };
  }
  const entries = councilCalendar.filter((entry) => entry.municipalityId === own.id);
  const councilRoutes: ZienswijzeCouncilRoute[] = [];
  for (const deadline of calendar.deadlines) {
    if (!isZienswijzeRule(deadline.rule)) {
      continue;
    }
    const requested = requestedDate(deadline);
    const requestedByGr = requested !== undefined && compareCalendarDates(requested, deadline.lastAllowedDay) < 0 ? requested : undefined;
    const input = { deadline: requestedByGr ?? deadline.lastAllowedDay, entries, collegeLeadWeeks: own.collegeLeadWeeks };
    const planned = planCouncilRouteWith(input, workingDays);
    const route =
      planned && requestedByGr
        ? { ...planned, explanation: `De GR vraagt de zienswijze uiterlijk ${formatDutchDate(requestedByGr)}, vóór de wettelijke termijn van ${formatDutchDate(deadline.lastAllowedDay)}. ${planned.explanation}` }
        : planned;
    const base = {
      rule: deadline.rule,
      deadlineSubject: deadline.subject,
      deadline: deadline.lastAllowedDay,
      municipalityId: own.id,
      municipalityName: own.name,
      ...(requestedByGr ? { requestedByGr } : {}),
    };
    if (!route) {
      councilRoutes.push({ ...base, missingReason: missingCouncilRouteReason(input) });
      continue;
    }
    const windowStart = deadline.window?.start;
    const warning =
      windowStart !== undefined && compareCalendarDates(route.councilMeeting, windowStart) < 0
        ? `Let op: deze raadsvergadering is vóór ${formatDutchDate(windowStart)}, het begin van de zienswijzetermijn; de raad van ${own.name} heeft binnen de termijn geen vergadering.`
        : undefined;
    councilRoutes.push({ ...base, route, warning });
  }
  return { ...calendar, councilRoutes };
}

/** "Zienswijze raden op ontwerpbegroting 2028" → "zienswijze ontwerpbegroting 2028", the stem of the internal subjects. */
function internalStem(deadlineSubject: string): string {
  return `zienswijze ${deadlineSubject.replace(/^Zienswijze raden op /, '')}`;
}

/** The subjects of the internal moments start with these, so the sync can tell them from the legal deadlines. */
export const INTERNAL_MOMENT_PREFIXES = ['Collegebesluit zienswijze ', 'Commissie zienswijze ', 'Raadsbesluit zienswijze '] as const;

export function isInternalMomentSubject(subject: string): boolean {
  return INTERNAL_MOMENT_PREFIXES.some((prefix) => subject.startsWith(prefix));
}

/**
 * The internal moments a route adds to the partnership's timeline (seed 004: influence moments and key meetings):
 * the college's decision on the proposal, the committee and the council meeting. Their subjects hold no dates, so a
 * new schedule moves them instead of adding copies.
 */
export function internalProcessMomentsOf(calendar: WgrCalendar): readonly Omit<ProcessMoment, 'status'>[] {
  const moments: Omit<ProcessMoment, 'status'>[] = [];
  for (const item of calendar.councilRoutes ?? []) {
    const route = item.route;
    if (!route) {
      continue;
    }
    const stem = internalStem(item.deadlineSubject);
    const notes = `${route.explanation}${item.warning ? ` ${item.warning}` : ''} Afgeleid uit de Wgr-kalender en het vergaderschema van de raad van ${item.municipalityName}.`;
    const common = { partnershipId: calendar.partnershipId, source: 'wgr' as const, isPublic: true, notes, budgetYear: calendar.budgetYear };
    moments.push({ ...common, kind: 'invloed', subject: `Collegebesluit ${stem}`, date: route.collegeDeadline, isDeadline: true, audiences: ['college', 'ambtelijke-organisatie'] });
    if (route.committeeMeeting) {
      moments.push({ ...common, kind: 'bijeenkomst', subject: `Commissie ${stem}`, date: route.committeeMeeting, isDeadline: false, audiences: ['raad'] });
    }
    moments.push({ ...common, kind: 'invloed', subject: `Raadsbesluit ${stem}`, date: route.councilMeeting, isDeadline: false, audiences: ['raad'] });
  }
  return moments;
}
