import type { CalendarDate } from '../models';
import { addDaysToCalendarDate, calendarDateParts } from '../time';

/**
 * Which days are working days. Passed into the calendar computation, so the pure core stays free of the
 * (large) holiday data; `dutchWorkingDays` in `./dutchHolidays` is the product's implementation.
 */
export interface WorkingDayCalendar {
  /** The name of the public holiday on that day, or undefined. */
  holidayName(date: CalendarDate): string | undefined;
}

/** 0 = Sunday … 6 = Saturday, computed on the calendar date alone (no time zone involved). */
export function dayOfWeek(date: CalendarDate): number {
  const { year, month, day } = calendarDateParts(date);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

/**
 * Algemene termijnenwet art. 1 and 3: Saturday, Sunday and the generally recognised public holidays are no working days.
 *
 * @example
 * isWorkingDay('2028-04-29', calendar) //=> false (a Saturday)
 */
export function isWorkingDay(date: CalendarDate, calendar: WorkingDayCalendar): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && calendar.holidayName(date) === undefined;
}

/**
 * The last working day on or before a date.
 *
 * @example
 * latestWorkingDayOnOrBefore('2028-04-29', calendar) //=> '2028-04-28' (Saturday → Friday)
 */
export function latestWorkingDayOnOrBefore(date: CalendarDate, calendar: WorkingDayCalendar): CalendarDate {
  let day = date;
  // Two weeks is far more than any run of Dutch non-working days; the bound only guards against a broken calendar.
  for (let step = 0; step < 14 && !isWorkingDay(day, calendar); step += 1) {
    day = addDaysToCalendarDate(day, -1);
  }
  return day;
}

/** A calendar with weekends only, for callers that have no holiday data. */
export const WEEKENDS_ONLY: WorkingDayCalendar = { holidayName: () => undefined };
