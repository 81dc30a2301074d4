import { format } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import { TZDate } from '@date-fns/tz';
import { AMSTERDAM_TIME_ZONE, type CalendarDate, type ZonedDateTime } from '../models/time';
import { calendarDateParts } from './calendarDate';
import { toInstant } from './zonedDateTime';

/**
 * A calendar date written out in Dutch, as in letters and council documents.
 *
 * @example
 * formatDutchDate(parseCalendarDate('2026-03-05')) //=> '5 maart 2026'
 */
export function formatDutchDate(date: CalendarDate): string {
  // date-fns' format parses its pattern on every call (about 50 µs); a calendar date needs only its parts and the
  // locale's month names (the zienswijze steps bench: 3,340× to 1,290× one linear pass).
  const { year, month, day } = calendarDateParts(date);
  return `${day} ${DUTCH_MONTH_NAMES[month - 1]} ${String(year).padStart(4, '0')}`;
}

/** "januari" … "december", from date-fns' Dutch locale, as `format(…, 'MMMM', { locale: nl })` writes them. */
const DUTCH_MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, index) => nl.localize.month(index as Parameters<typeof nl.localize.month>[0], { width: 'wide' }));

/**
 * A calendar date with a short weekday and month, for lists and timelines.
 *
 * @example
 * formatDutchShortDate(parseCalendarDate('2026-03-05')) //=> 'do 5 mrt 2026'
 */
export function formatDutchShortDate(date: CalendarDate): string {
  return shortDate(noonInUtc(date));
}

/**
 * A meeting time in Amsterdam wall time, short weekday and month, 24-hour clock.
 *
 * @example
 * formatDutchDateTime(parseZonedDateTime('2026-03-05T14:00:00+01:00')) //=> 'do 5 mrt 2026 14:00'
 */
export function formatDutchDateTime(value: ZonedDateTime): string {
  const wall = new TZDate(toInstant(value).getTime(), AMSTERDAM_TIME_ZONE);
  return `${shortDate(wall)} ${format(wall, 'HH:mm')}`;
}

/**
 * The wall time (`HH:mm`) of a meeting, e.g. for "14:00–16:00".
 *
 * @example
 * formatDutchTime(parseZonedDateTime('2026-03-05T14:00:00+01:00')) //=> '14:00'
 */
export function formatDutchTime(value: ZonedDateTime): string {
  return format(new TZDate(toInstant(value).getTime(), AMSTERDAM_TIME_ZONE), 'HH:mm');
}

function shortDate(date: Date): string {
  // date-fns writes Dutch abbreviated months with a full stop ("mrt."); Dutch house styles
  // (and Outlook) drop it in a date, so it is removed here.
  const month = format(date, 'MMM', { locale: nl }).replace(/\.$/, '');
  return `${format(date, 'EEEEEE', { locale: nl })} ${format(date, 'd')} ${month} ${format(date, 'yyyy')}`;
}

function noonInUtc(date: CalendarDate): TZDate {
  const { year, month, day } = calendarDateParts(date);
  return new TZDate(year, month - 1, day, 12, 0, 'UTC');
}
