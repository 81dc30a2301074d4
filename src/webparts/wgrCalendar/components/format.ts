import * as strings from 'WgrCalendarWebPartStrings';
import type { CalendarDate } from '../../../domain/models';
import { calendarDateParts } from '../../../domain/time';

/** `{0}`-style placeholders, as SPFx string resources use them. */
export { formatText as fill } from '../../../components/forms/formFormat';

/** A day in the web part's language, short weekday and month ("di 25 mei 2027"). */
export function formatDay(date: CalendarDate, withYear = false): string {
  const { year, month, day } = calendarDateParts(date);
  return new Intl.DateTimeFormat(strings.DateLocale, { weekday: 'short', day: 'numeric', month: 'short', ...(withYear ? { year: 'numeric' } : {}), timeZone: 'UTC' })
    .format(new Date(Date.UTC(year, month - 1, day, 12)))
    .replace('.', '');
}
