import * as strings from 'WgrCalendarWebPartStrings';
import type { CalendarDate } from '../../../domain/models';
import { calendarDateParts } from '../../../domain/time';

/** `{0}`-style placeholders, as SPFx string resources use them. */
export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => (values[Number(index)] === undefined ? match : String(values[Number(index)])));
}

/** A day in the web part's language, short weekday and month ("di 25 mei 2027"). */
export function formatDay(date: CalendarDate, withYear = false): string {
  const { year, month, day } = calendarDateParts(date);
  return new Intl.DateTimeFormat(strings.DateLocale, { weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, day, 12)))
    .replace('.', '');
}
