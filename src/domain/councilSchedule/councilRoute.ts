import type { CalendarDate } from '../models';
import { addDaysToCalendarDate, compareCalendarDates, formatDutchDate } from '../time';
import type { CouncilCalendarEntry } from '../wgr/types';
import { latestWorkingDayOnOrBefore, type WorkingDayCalendar } from '../wgr/workingDays';

/** Issue 8: weeks the college decides before the committee (or council) meeting when the municipality sets none. */
export const DEFAULT_COLLEGE_LEAD_WEEKS = 3;

export interface CouncilRouteInput {
  /** The last day the raad's decision is still in time (e.g. a zienswijze deadline's last allowed day). */
  readonly deadline: CalendarDate;
  /** The council calendar of ONE municipality: meetings, committee meetings and its recess. */
  readonly entries: readonly CouncilCalendarEntry[];
  /** The municipality's `collegeLeadWeeks`; {@link DEFAULT_COLLEGE_LEAD_WEEKS} when absent. */
  readonly collegeLeadWeeks?: number;
  /** Which days are working days; `planCouncilRoute` from the index defaults to the Dutch public holidays. */
  readonly workingDays?: WorkingDayCalendar;
}

/** The route a proposal takes backwards from a deadline: council meeting ← committee ← college. */
export interface CouncilRoute {
  /** The last council meeting on or before the deadline, outside the recess. */
  readonly councilMeeting: CalendarDate;
  /** The last committee meeting in that council meeting's cycle (after the previous council meeting), if any. */
  readonly committeeMeeting?: CalendarDate;
  /** The college's internal deadline: committee (or council) minus the lead weeks, on a working day. */
  readonly collegeDeadline: CalendarDate;
  /** Dutch: why these dates. */
  readonly explanation: string;
}

/**
 * Plans backwards from a deadline through the council's own schedule, with an explicit working-day calendar.
 * Web parts that load the holiday data lazily call this; others use `planCouncilRoute` from the index.
 *
 * @example
 * planCouncilRouteWith({ deadline: '2027-07-01', entries }, WEEKENDS_ONLY)
 * //=> { councilMeeting: '2027-06-29', committeeMeeting: '2027-06-15', collegeDeadline: '2027-05-25', … }
 */
export function planCouncilRouteWith(input: CouncilRouteInput, workingDays: WorkingDayCalendar): CouncilRoute | undefined {
  const meetings = meetingsOutsideRecess(input.entries);
  const councilMeeting = lastOnOrBefore(meetings.council, input.deadline);
  if (councilMeeting === undefined) {
    return undefined;
  }
  const previousCouncilMeeting = lastOnOrBefore(meetings.council, addDaysToCalendarDate(councilMeeting, -1));
  // The committee that prepares a council meeting meets in the same cycle: after the previous council meeting.
  const committeeMeeting = lastOnOrBefore(meetings.committee, addDaysToCalendarDate(councilMeeting, -1), previousCouncilMeeting);
  const leadWeeks = validLeadWeeks(input.collegeLeadWeeks);
  const anchor = committeeMeeting ?? councilMeeting;
  const leadDay = addDaysToCalendarDate(anchor, -7 * leadWeeks);
  const collegeDeadline = latestWorkingDayOnOrBefore(leadDay, workingDays);
  return {
    councilMeeting,
    committeeMeeting,
    collegeDeadline,
    explanation: explain(input.deadline, councilMeeting, committeeMeeting, leadWeeks, leadDay, collegeDeadline),
  };
}

/**
 * Dutch reason why no route exists for a deadline, for the calendar to show instead of a route.
 *
 * @example
 * missingCouncilRouteReason({ deadline: '2027-01-10', entries: [] }) //=> 'Er is geen vergaderschema van de raad bekend; …'
 */
export function missingCouncilRouteReason(input: Pick<CouncilRouteInput, 'deadline' | 'entries'>): string {
  const meetings = meetingsOutsideRecess(input.entries);
  if (input.entries.every((entry) => entry.kind !== 'raadsvergadering')) {
    return 'Er is geen vergaderschema van de raad bekend; importeer het vergaderschema om de raadsvergadering, commissie en collegedatum te bepalen.';
  }
  if (meetings.council.length === 0) {
    return 'Alle bekende raadsvergaderingen vallen in het zomerreces; er is geen raadsvergadering om de zienswijze vast te stellen.';
  }
  return `Er is geen raadsvergadering (buiten het zomerreces) op of vóór ${formatDutchDate(input.deadline)}; de raad kan de zienswijze niet tijdig vaststellen. Vraag het bestuur van de regeling om uitstel of plan een extra raadsvergadering.`;
}

interface SortedMeetings {
  readonly council: readonly CalendarDate[];
  readonly committee: readonly CalendarDate[];
}

function meetingsOutsideRecess(entries: readonly CouncilCalendarEntry[]): SortedMeetings {
  const recesses = entries.filter((entry) => entry.kind === 'zomerreces');
  const inRecess = (date: CalendarDate): boolean =>
    recesses.some((recess) => compareCalendarDates(recess.date, date) <= 0 && compareCalendarDates(date, recess.endDate ?? recess.date) <= 0);
  const daysOf = (kind: CouncilCalendarEntry['kind']): readonly CalendarDate[] =>
    [...new Set(entries.filter((entry) => entry.kind === kind && !inRecess(entry.date)).map((entry) => entry.date))].sort(compareCalendarDates);
  return { council: daysOf('raadsvergadering'), committee: daysOf('commissievergadering') };
}

/** The last date on or before `latest`, and strictly after `after` when given; dates sorted ascending. */
function lastOnOrBefore(dates: readonly CalendarDate[], latest: CalendarDate, after?: CalendarDate): CalendarDate | undefined {
  for (let index = dates.length - 1; index >= 0; index -= 1) {
    const date = dates[index];
    if (compareCalendarDates(date, latest) <= 0) {
      return after !== undefined && compareCalendarDates(date, after) <= 0 ? undefined : date;
    }
  }
  return undefined;
}

function validLeadWeeks(weeks: number | undefined): number {
  return weeks !== undefined && Number.isInteger(weeks) && weeks >= 0 ? weeks : DEFAULT_COLLEGE_LEAD_WEEKS;
}

function explain(
  deadline: CalendarDate,
  councilMeeting: CalendarDate,
  committeeMeeting: CalendarDate | undefined,
  leadWeeks: number,
  leadDay: CalendarDate,
  collegeDeadline: CalendarDate,
): string {
  const council = `De raad stelt de zienswijze vast in de raadsvergadering van ${formatDutchDate(councilMeeting)}, de laatste buiten het zomerreces op of vóór ${formatDutchDate(deadline)}.`;
  const committee = committeeMeeting
    ? ` De commissie bespreekt het voorstel op ${formatDutchDate(committeeMeeting)}.`
    : ' Er is geen commissievergadering bekend tussen de vorige raadsvergadering en deze; het voorstel gaat direct naar de raad.';
  const weeks = leadWeeks === 1 ? '1 week' : `${leadWeeks} weken`;
  const shifted = leadDay === collegeDeadline ? '' : ` (${formatDutchDate(leadDay)} is geen werkdag)`;
  const college = ` Het college besluit uiterlijk ${formatDutchDate(collegeDeadline)}: ${weeks} vóór de ${committeeMeeting ? 'commissie' : 'raad'}${shifted}.`;
  return council + committee + college;
}
