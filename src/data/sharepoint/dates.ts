import type { CalendarDate, ZonedDateTime } from '../../domain/models';
import { calendarDateOfInstant, toUtcIsoString, zonedDateTime, zonedDateTimeOfInstant } from '../../domain/time';

/*
 * SharePoint keeps every DateTime column as a UTC instant and answers `2026-03-04T23:00:00Z`; a date-only
 * column holds midnight of that day in the site's time zone (Europe/Amsterdam for a Dutch municipality).
 * https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
 * The domain's time functions do the zone arithmetic (DST included); this file only names the SharePoint side.
 */

/** `2026-03-05` → `2026-03-05T00:00:00+01:00`: midnight in Amsterdam, written with its offset, as SharePoint accepts it. */
export function calendarDateToSharePoint(date: CalendarDate): string {
  // Midnight always exists in Amsterdam: the clocks change at 02:00 and 03:00.
  return zonedDateTime(date, '00:00', 'reject');
}

/** `2026-03-05` → `2026-03-04T23:00:00Z`: the UTC instant SharePoint stores, used in `$filter` literals. */
export function calendarDateToUtc(date: CalendarDate): string {
  return toUtcIsoString(zonedDateTime(date, '00:00', 'reject'));
}

/** `2026-03-04T23:00:00Z` → `2026-03-05`: the Amsterdam day the stored instant falls on. */
export function calendarDateFromSharePoint(value: string): CalendarDate {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`Not a date-time: '${value}'`);
  }
  return calendarDateOfInstant(instant);
}

/** An Amsterdam date-time → the same instant in UTC (`2026-03-05T13:00:00Z`). */
export function zonedDateTimeToUtc(value: ZonedDateTime): string {
  return toUtcIsoString(value);
}

/** `2026-03-05T13:00:00Z` → `2026-03-05T14:00:00+01:00`: Amsterdam wall time with its offset. */
export function zonedDateTimeFromSharePoint(value: string): ZonedDateTime {
  return zonedDateTimeOfInstant(value);
}
