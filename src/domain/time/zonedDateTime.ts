import { tzOffset } from '@date-fns/tz';
import { AMSTERDAM_TIME_ZONE, type CalendarDate, type ZonedDateTime } from '../models/time';
import { calendarDateParts, isCalendarDate } from './calendarDate';

const WALL_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ZONED_DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)([+-])(\d{2}):(\d{2})$/;
const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * How a wall-clock time in Amsterdam maps to instants:
 * - `exact`: one instant (almost always);
 * - `gap`: the clock skips this time (last Sunday of March, 02:00–03:00); `shifted` is the instant
 *   one would reach by moving the hands forward by the gap, e.g. 02:30 → 03:30+02:00;
 * - `repeated`: the clock shows this time twice (last Sunday of October, 02:00–03:00):
 *   `earlier` is still summer time (+02:00), `later` is winter time (+01:00).
 */
export type WallTimeResolution =
  | { readonly kind: 'exact'; readonly value: ZonedDateTime }
  | { readonly kind: 'gap'; readonly shifted: ZonedDateTime }
  | { readonly kind: 'repeated'; readonly earlier: ZonedDateTime; readonly later: ZonedDateTime };

/**
 * What {@link zonedDateTime} does with a time that does not exist or exists twice. `compatible` is the
 * rule of RFC 5545 (iCalendar) and of Temporal's default: a skipped time moves forward by the gap, a
 * repeated time takes the first (summer-time) occurrence. `reject` throws instead, for callers that
 * want to ask the user.
 */
export type WallTimeDisambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

/**
 * Tells how a date and a wall time (`HH:mm`) in Amsterdam map to instants, so a form can warn the
 * user about the DST switch instead of silently picking one.
 *
 * @example
 * resolveWallTime('2026-03-29', '02:30') //=> { kind: 'gap', shifted: '2026-03-29T03:30:00+02:00' }
 * resolveWallTime('2026-10-25', '02:30')
 * //=> { kind: 'repeated', earlier: '2026-10-25T02:30:00+02:00', later: '2026-10-25T02:30:00+01:00' }
 */
export function resolveWallTime(date: CalendarDate | string, time: string): WallTimeResolution {
  if (!isCalendarDate(date)) {
    throw new RangeError(`Not a calendar date (yyyy-MM-dd): '${date}'`);
  }
  const timeMatch = WALL_TIME_PATTERN.exec(time);
  if (!timeMatch) {
    throw new RangeError(`Not a time (HH:mm): '${time}'`);
  }
  const { year, month, day } = calendarDateParts(date);
  const wallAsUtc = Date.UTC(year, month - 1, day, Number(timeMatch[1]), Number(timeMatch[2]));
  // The offset in force a little before and a little after covers both sides of any transition.
  const offsetBefore = tzOffset(AMSTERDAM_TIME_ZONE, new Date(wallAsUtc - 12 * HOUR_MS));
  const offsetAfter = tzOffset(AMSTERDAM_TIME_ZONE, new Date(wallAsUtc + 12 * HOUR_MS));
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .filter((offset) => tzOffset(AMSTERDAM_TIME_ZONE, new Date(wallAsUtc - offset * MINUTE_MS)) === offset)
    .sort((left, right) => right - left); // larger offset = earlier instant
  if (candidates.length === 2) {
    return {
      kind: 'repeated',
      earlier: formatWithOffset(wallAsUtc - candidates[0] * MINUTE_MS, candidates[0]),
      later: formatWithOffset(wallAsUtc - candidates[1] * MINUTE_MS, candidates[1]),
    };
  }
  if (candidates.length === 1) {
    return { kind: 'exact', value: formatWithOffset(wallAsUtc - candidates[0] * MINUTE_MS, candidates[0]) };
  }
  // In the gap: read the wall time with the offset of before the switch, then write that instant
  // in the offset that applies to it, which moves the hands forward by the gap.
  const instant = wallAsUtc - offsetBefore * MINUTE_MS;
  return { kind: 'gap', shifted: zonedDateTimeOfInstant(new Date(instant)) };
}

/**
 * The Amsterdam {@link ZonedDateTime} for a date and a wall time (`HH:mm`). See
 * {@link WallTimeDisambiguation} for the DST switches; the default is `compatible`.
 *
 * @example
 * zonedDateTime('2026-03-05', '14:00') //=> '2026-03-05T14:00:00+01:00'
 * zonedDateTime('2026-07-01', '14:00') //=> '2026-07-01T14:00:00+02:00'
 * zonedDateTime('2026-03-29', '02:30') //=> '2026-03-29T03:30:00+02:00' (02:30 does not exist)
 * zonedDateTime('2026-10-25', '02:30') //=> '2026-10-25T02:30:00+02:00' (first of the two)
 * zonedDateTime('2026-10-25', '02:30', 'later') //=> '2026-10-25T02:30:00+01:00'
 */
export function zonedDateTime(
  date: CalendarDate | string,
  time: string,
  disambiguation: WallTimeDisambiguation = 'compatible',
): ZonedDateTime {
  const resolution = resolveWallTime(date, time);
  switch (resolution.kind) {
    case 'exact':
      return resolution.value;
    case 'gap':
      if (disambiguation === 'reject') {
        throw new RangeError(`${date} ${time} does not exist in Amsterdam: the clock moves forward an hour`);
      }
      return resolution.shifted;
    case 'repeated':
      if (disambiguation === 'reject') {
        throw new RangeError(`${date} ${time} occurs twice in Amsterdam: the clock moves back an hour`);
      }
      return disambiguation === 'later' ? resolution.later : resolution.earlier;
  }
}

/**
 * Checks a string is `yyyy-MM-ddTHH:mm:ss±HH:mm` with the offset Amsterdam really had at that
 * instant, so `2026-07-01T14:00:00+01:00` (winter offset in summer) is rejected.
 *
 * @example
 * isZonedDateTime('2026-03-05T14:00:00+01:00') //=> true
 * isZonedDateTime('2026-03-05T14:00:00Z') //=> false
 */
export function isZonedDateTime(text: string): text is ZonedDateTime {
  const match = ZONED_DATE_TIME_PATTERN.exec(text);
  if (!match || !isCalendarDate(match[1])) {
    return false;
  }
  const instant = instantOfWellFormed(match);
  return zonedDateTimeOfInstant(new Date(instant)) === text;
}

/**
 * Parses a {@link ZonedDateTime}; throws for anything else, including a UTC (`Z`) string or an
 * offset Amsterdam did not have at that moment.
 *
 * @example
 * parseZonedDateTime('2026-10-25T02:30:00+01:00') //=> '2026-10-25T02:30:00+01:00'
 */
export function parseZonedDateTime(text: string): ZonedDateTime {
  if (!isZonedDateTime(text)) {
    throw new RangeError(`Not an Amsterdam date-time (yyyy-MM-ddTHH:mm:ss±HH:mm): '${text}'`);
  }
  return text;
}

/**
 * The instant as a JavaScript Date.
 *
 * @example
 * toInstant(parseZonedDateTime('2026-03-05T14:00:00+01:00')).toISOString() //=> '2026-03-05T13:00:00.000Z'
 */
export function toInstant(value: ZonedDateTime): Date {
  const match = ZONED_DATE_TIME_PATTERN.exec(value);
  if (!match) {
    throw new RangeError(`Not an Amsterdam date-time: '${value}'`);
  }
  return new Date(instantOfWellFormed(match));
}

/**
 * The instant in UTC to the second, as SharePoint REST and Microsoft Graph write it.
 *
 * @example
 * toUtcIsoString(parseZonedDateTime('2026-07-01T14:00:00+02:00')) //=> '2026-07-01T12:00:00Z'
 */
export function toUtcIsoString(value: ZonedDateTime): string {
  return toInstant(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The Amsterdam {@link ZonedDateTime} of an instant (a Date or an ISO 8601 string with `Z` or an
 * offset). Seconds are kept, milliseconds dropped.
 *
 * @example
 * zonedDateTimeOfInstant('2026-03-05T13:00:00Z') //=> '2026-03-05T14:00:00+01:00'
 * zonedDateTimeOfInstant(new Date('2026-10-25T01:30:00Z')) //=> '2026-10-25T02:30:00+01:00'
 */
export function zonedDateTimeOfInstant(instant: Date | string): ZonedDateTime {
  const milliseconds = typeof instant === 'string' ? parseIsoInstant(instant) : instant.getTime();
  if (Number.isNaN(milliseconds)) {
    throw new RangeError(`Invalid instant: '${String(instant)}'`);
  }
  const wholeSeconds = Math.floor(milliseconds / 1000) * 1000;
  return formatWithOffset(wholeSeconds, tzOffset(AMSTERDAM_TIME_ZONE, new Date(wholeSeconds)));
}

/**
 * Negative when `left` is the earlier instant; compares instants, not text, so the repeated hour in
 * October sorts correctly.
 *
 * @example
 * compareZonedDateTimes(parseZonedDateTime('2026-10-25T02:30:00+01:00'), parseZonedDateTime('2026-10-25T02:45:00+02:00')) //=> 1
 */
export function compareZonedDateTimes(left: ZonedDateTime, right: ZonedDateTime): number {
  return toInstant(left).getTime() - toInstant(right).getTime();
}

/**
 * The calendar date and wall time (`HH:mm`) of a zoned date-time, as a form shows them.
 *
 * @example
 * wallTimeParts(parseZonedDateTime('2026-03-05T14:00:00+01:00')) //=> { date: '2026-03-05', time: '14:00' }
 */
export function wallTimeParts(value: ZonedDateTime): { readonly date: CalendarDate; readonly time: string } {
  return { date: value.slice(0, 10) as CalendarDate, time: value.slice(11, 16) };
}

function instantOfWellFormed(match: RegExpExecArray): number {
  const [, datePart, hours, minutes, seconds, sign, offsetHours, offsetMinutes] = match;
  const [year, month, day] = datePart.split('-').map(Number);
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  return Date.UTC(year, month - 1, day, Number(hours), Number(minutes), Number(seconds)) - offset * MINUTE_MS;
}

function parseIsoInstant(text: string): number {
  // Only full ISO 8601 instants: a date-time without zone would be read in the host's zone.
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    return Number.NaN;
  }
  return Date.parse(text);
}

function formatWithOffset(instant: number, offsetMinutes: number): ZonedDateTime {
  const wall = new Date(instant + offsetMinutes * MINUTE_MS);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const text =
    `${String(wall.getUTCFullYear()).padStart(4, '0')}-${two(wall.getUTCMonth() + 1)}-${two(wall.getUTCDate())}` +
    `T${two(wall.getUTCHours())}:${two(wall.getUTCMinutes())}:${two(wall.getUTCSeconds())}` +
    `${sign}${two(Math.floor(absolute / 60))}:${two(absolute % 60)}`;
  return text as ZonedDateTime;
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}
