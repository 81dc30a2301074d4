import * as strings from 'CouncilInformationWebPartStrings';
import type { CalendarDate, ZonedDateTime } from '../../../domain/models';
import { AMSTERDAM_TIME_ZONE } from '../../../domain/models';
import { toInstant } from '../../../domain/time';

/** `25 februari 2027` (nl) or `25 February 2027` (en), for a day without a time. */
export function displayDay(date: CalendarDate): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Intl.DateTimeFormat(strings.DateLocale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** `donderdag 10 december 2026, 14:00`, in Amsterdam time whatever the browser's zone. */
export function displayMeeting(value: ZonedDateTime): string {
  return new Intl.DateTimeFormat(strings.DateLocale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: AMSTERDAM_TIME_ZONE,
  }).format(toInstant(value));
}
