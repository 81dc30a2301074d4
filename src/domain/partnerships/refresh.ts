import type { CalendarDate } from '../models/time';
import type { Importance } from '../models/partnership';
import { addMonthsToCalendarDate, compareCalendarDates } from '../time/calendarDate';
import { isImportant } from './classification';

/** Seed 004: important partnerships at least once a quarter, the others once a year. */
export const REFRESH_INTERVAL_MONTHS = { important: 3, other: 12 } as const;

export interface RefreshDue {
  /** The last day the dashboard counts as current; absent when it was never refreshed. */
  readonly dueOn: CalendarDate | undefined;
  readonly overdue: boolean;
}

/**
 * Months between two refreshes of the partnership's dashboard (seed 004: "belangrijke
 * samenwerkingsverbanden minimaal 1 keer per kwartaal … minder belangrijke 1 keer per jaar").
 *
 * @example
 * refreshIntervalMonths({ importance: { societalTask: false, opportunities: false, risks: false, money: true, audiences: ['raad'], explanation: '' } }) //=> 3
 */
export function refreshIntervalMonths(partnership: { readonly importance: Importance }): number {
  return isImportant(partnership) ? REFRESH_INTERVAL_MONTHS.important : REFRESH_INTERVAL_MONTHS.other;
}

/**
 * When the accounthouder must refresh the dashboard next, and whether that day has passed.
 * A partnership that was never refreshed is overdue. On the due day itself it is not yet overdue.
 *
 * @example
 * // an important partnership, last refreshed 15 July 2026
 * refreshDue(gbTwente, parseCalendarDate('2026-11-26')) //=> { dueOn: '2026-10-15', overdue: true }
 * // a partnership that was never refreshed
 * refreshDue({ ...gbTwente, lastRefreshed: undefined }, parseCalendarDate('2026-11-26')) //=> { dueOn: undefined, overdue: true }
 */
export function refreshDue(
  partnership: { readonly importance: Importance; readonly lastRefreshed?: CalendarDate },
  today: CalendarDate,
): RefreshDue {
  if (partnership.lastRefreshed === undefined) {
    return { dueOn: undefined, overdue: true };
  }
  const dueOn = addMonthsToCalendarDate(partnership.lastRefreshed, refreshIntervalMonths(partnership));
  return { dueOn, overdue: compareCalendarDates(today, dueOn) > 0 };
}
