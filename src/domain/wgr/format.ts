import { format } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
import type { CalendarDate } from '../models';
import { calendarDateParts } from '../time';

/**
 * A calendar date with its weekday written out, as a deadline is best read ("vrijdag 28 april 2028").
 *
 * @example
 * formatWeekdayDate('2028-04-29') //=> 'zaterdag 29 april 2028'
 */
export function formatWeekdayDate(date: CalendarDate): string {
  const { year, month, day } = calendarDateParts(date);
  return format(new Date(Date.UTC(year, month - 1, day, 12)), 'EEEE d MMMM yyyy', { locale: nl });
}
