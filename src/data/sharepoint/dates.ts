import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { AMSTERDAM_TIME_ZONE } from '../../domain/models';
import type { CalendarDate, ZonedDateTime } from '../../domain/models';

/*
 * SharePoint keeps every DateTime column as a UTC instant and answers `2026-03-04T23:00:00Z`; a date-only
 * column holds midnight of that day in the site's time zone (Europe/Amsterdam for a Dutch municipality).
 * https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
 * The conversions below go through the IANA zone so the DST switches (last Sundays of March and October)
 * come out right.
 */

const CALENDAR_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const ZONED_DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function parseInstant(value: string): number {
  const instant = Date.parse(value);
  if (Number.isNaN(instant)) {
    throw new RangeError(`Not a date-time: '${value}'`);
  }
  return instant;
}

/** `2026-03-05` → `2026-03-05T00:00:00+01:00`: midnight in Amsterdam, written with its offset, as SharePoint accepts it. */
export function calendarDateToSharePoint(date: CalendarDate): string {
  const match = CALENDAR_DATE_PATTERN.exec(date);
  if (!match) {
    throw new RangeError(`Not a calendar date (yyyy-mm-dd): '${date}'`);
  }
  const midnight = new TZDate(Number(match[1]), Number(match[2]) - 1, Number(match[3]), AMSTERDAM_TIME_ZONE);
  return format(midnight, "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** `2026-03-05` → `2026-03-04T23:00:00Z`: the UTC instant SharePoint stores, used in `$filter` literals. */
export function calendarDateToUtc(date: CalendarDate): string {
  return toUtcIso(parseInstant(calendarDateToSharePoint(date)));
}

/** `2026-03-04T23:00:00Z` → `2026-03-05`: the Amsterdam day the stored instant falls on. */
export function calendarDateFromSharePoint(value: string): CalendarDate {
  const local = new TZDate(parseInstant(value), AMSTERDAM_TIME_ZONE);
  return format(local, 'yyyy-MM-dd') as CalendarDate;
}

/** Any ISO instant with an offset → the same instant in UTC (`2026-03-05T13:00:00Z`). */
export function zonedDateTimeToUtc(value: ZonedDateTime): string {
  if (!ZONED_DATE_TIME_PATTERN.test(value)) {
    throw new RangeError(`Not a date-time with an offset: '${value}'`);
  }
  return toUtcIso(parseInstant(value));
}

/** `2026-03-05T13:00:00Z` → `2026-03-05T14:00:00+01:00`: Amsterdam wall time with its offset. */
export function zonedDateTimeFromSharePoint(value: string): ZonedDateTime {
  const local = new TZDate(parseInstant(value), AMSTERDAM_TIME_ZONE);
  return format(local, "yyyy-MM-dd'T'HH:mm:ssxxx") as ZonedDateTime;
}

/** ISO 8601 UTC to the second, the shape SharePoint answers with. */
function toUtcIso(instant: number): string {
  return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
