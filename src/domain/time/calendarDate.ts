import { addDays, addMonths, format, getDaysInMonth } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { AMSTERDAM_TIME_ZONE, type CalendarDate } from '../models/time';

const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a calendar date, month 1–12. */
export interface CalendarDateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Checks whether a string is a real day written as `yyyy-MM-dd`.
 *
 * @example
 * isCalendarDate('2028-02-29') //=> true (leap year)
 * isCalendarDate('2026-02-29') //=> false
 */
export function isCalendarDate(text: string): text is CalendarDate {
  return calendarDatePartsOf(text) !== undefined;
}

/**
 * Parses `yyyy-MM-dd` into a {@link CalendarDate}; anything else (other separators, Dutch
 * `dd-MM-yyyy`, a day that does not exist, a time part) is rejected with an Error.
 *
 * @example
 * parseCalendarDate('2026-04-30') //=> '2026-04-30'
 * parseCalendarDate('2026-02-30') // throws: not a day
 * parseCalendarDate('30-04-2026') // throws: not yyyy-MM-dd
 */
export function parseCalendarDate(text: string): CalendarDate {
  if (!isCalendarDate(text)) {
    throw new RangeError(`Not a calendar date (yyyy-MM-dd): '${text}'`);
  }
  return text;
}

/**
 * Builds a {@link CalendarDate} from its parts (month 1–12); throws when the day does not exist.
 *
 * @example
 * calendarDate(2028, 2, 29) //=> '2028-02-29'
 */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  return parseCalendarDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/**
 * The year, month (1–12) and day of a calendar date.
 *
 * @example
 * calendarDateParts(parseCalendarDate('2026-04-30')) //=> { year: 2026, month: 4, day: 30 }
 */
export function calendarDateParts(date: CalendarDate): CalendarDateParts {
  const parts = calendarDatePartsOf(date);
  if (!parts) {
    throw new RangeError(`Not a calendar date (yyyy-MM-dd): '${date}'`);
  }
  return parts;
}

/**
 * Negative when `left` is earlier, 0 when equal, positive when later; usable with `Array.prototype.sort`.
 *
 * @example
 * ['2026-05-01', '2026-04-30'].sort(compareCalendarDates) //=> ['2026-04-30', '2026-05-01']
 */
export function compareCalendarDates(left: CalendarDate, right: CalendarDate): number {
  // yyyy-MM-dd with four-digit years sorts chronologically as text.
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Adds whole months; like date-fns `addMonths`, a day that does not exist in the target month
 * becomes that month's last day.
 *
 * @example
 * addMonthsToCalendarDate(parseCalendarDate('2026-11-30'), 3) //=> '2027-02-28'
 * addMonthsToCalendarDate(parseCalendarDate('2028-02-29'), 12) //=> '2029-02-28'
 */
export function addMonthsToCalendarDate(date: CalendarDate, months: number): CalendarDate {
  // date-fns on a plain Date at local noon (a time every zone has on every day): constructing a TZDate costs
  // ~0.7 ms, too slow for a register of 1,000 partnerships whose refresh dates are derived on each load
  // (bench/register.bench.ts). Only the calendar day is read back, so the machine's zone does not matter.
  return fromLocalNoon(addMonths(localNoon(date), months));
}

/**
 * Adds whole days (negative to go back).
 *
 * @example
 * addDaysToCalendarDate(parseCalendarDate('2028-02-28'), 1) //=> '2028-02-29'
 */
export function addDaysToCalendarDate(date: CalendarDate, days: number): CalendarDate {
  return fromUtcMidnight(addDays(utcMidnight(date), days));
}

/**
 * The Dutch calendar day on which an instant falls, so "today" can be derived once, at the edge of
 * the program, from the clock and then passed into domain functions.
 *
 * @example
 * calendarDateOfInstant(new Date('2026-03-28T23:30:00Z')) //=> '2026-03-29' (00:30 in Amsterdam)
 */
export function calendarDateOfInstant(instant: Date): CalendarDate {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError('Invalid instant');
  }
  return parseCalendarDate(format(new TZDate(instant.getTime(), AMSTERDAM_TIME_ZONE), 'yyyy-MM-dd'));
}

function calendarDatePartsOf(text: string): CalendarDateParts | undefined {
  const match = CALENDAR_DATE_PATTERN.exec(text);
  if (!match) {
    return undefined;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1) {
    return undefined;
  }
  if (day > getDaysInMonth(new Date(year, month - 1, 1, 12))) {
    return undefined;
  }
  return { year, month, day };
}

function localNoon(date: CalendarDate): Date {
  const { year, month, day } = calendarDateParts(date);
  const noon = new Date(year, month - 1, day, 12);
  // Years 0–99 would be read as 1900–1999.
  noon.setFullYear(year);
  return noon;
}

function fromLocalNoon(date: Date): CalendarDate {
  return calendarDate(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

function utcMidnight(date: CalendarDate): TZDate {
  const { year, month, day } = calendarDateParts(date);
  return new TZDate(year, month - 1, day, 'UTC');
}

function fromUtcMidnight(date: Date): CalendarDate {
  return parseCalendarDate(format(new TZDate(date.getTime(), 'UTC'), 'yyyy-MM-dd'));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
