import { dutchWorkingDays } from '../wgr/dutchHolidays';
import type { WorkingDayCalendar } from '../wgr/workingDays';
import { planCouncilRouteWith, type CouncilRoute, type CouncilRouteInput } from './councilRoute';

let dutchCalendar: WorkingDayCalendar | undefined;

/**
 * Plans backwards from a deadline: the last council meeting on or before it (outside the recess), the committee
 * meeting that prepares it, and the college's internal deadline (`collegeLeadWeeks`, default 3, before the committee
 * or the council), moved to the previous working day under the Algemene termijnenwet (Dutch public holidays unless
 * `workingDays` is given). Undefined when no council meeting can adopt in time; `missingCouncilRouteReason` says why.
 *
 * @example
 * planCouncilRoute({ deadline: '2027-07-01', entries: hofVanTwente2027 })
 * //=> { councilMeeting: '2027-06-29', committeeMeeting: '2027-06-15', collegeDeadline: '2027-05-25', explanation: 'De raad …' }
 */
export function planCouncilRoute(input: CouncilRouteInput): CouncilRoute | undefined {
  return planCouncilRouteWith(input, input.workingDays ?? (dutchCalendar ??= dutchWorkingDays()));
}
