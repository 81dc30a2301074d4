import { TZDate } from '@date-fns/tz';
import { AMSTERDAM_TIME_ZONE, type ZonedDateTime } from '../../domain/models';

/** Graph's `dateTimeTimeZone`: a wall-clock time and the zone it is read in. */
export interface GraphDateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

/**
 * The Windows name of Amsterdam's zone. Graph's `dateTimeTimeZone` takes Windows names and a list of IANA
 * names that does not include Europe/Amsterdam, so invites are written in this one.
 * https://learn.microsoft.com/en-us/graph/api/resources/datetimetimezone
 */
export const AMSTERDAM_WINDOWS_TIME_ZONE = 'W. Europe Standard Time';

/** Zone names Graph may answer with, mapped to IANA zones with the same rules. */
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  'w. europe standard time': AMSTERDAM_TIME_ZONE,
  'romance standard time': 'Europe/Paris',
  'gmt standard time': 'Europe/London',
  'utc': 'UTC',
  'coordinated universal time': 'UTC',
};

const ZONED_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const GRAPH_WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?$/;

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** The instant a ZonedDateTime names; throws on anything but `yyyy-MM-ddTHH:mm:ss±hh:mm`. */
export function instantOfZoned(value: ZonedDateTime): Date {
  if (!ZONED_DATE_TIME.test(value)) {
    throw new RangeError(`Not a zoned date-time with offset: '${value}'`);
  }
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError(`Not a valid date-time: '${value}'`);
  }
  return instant;
}

/** The instant as Amsterdam wall time with its offset, `2026-03-05T14:00:00+01:00`. */
export function toZonedDateTime(instant: Date): ZonedDateTime {
  const local = new TZDate(instant.getTime(), AMSTERDAM_TIME_ZONE);
  // getTimezoneOffset is minutes *behind* UTC, so Amsterdam's +01:00 is -60.
  const offsetMinutes = -local.getTimezoneOffset();
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  const text =
    `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}` +
    `T${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}${offset}`;
  return text as ZonedDateTime;
}

/** The instant as a UTC ISO string without milliseconds, for query parameters. */
export function toUtcIso(value: ZonedDateTime): string {
  return instantOfZoned(value).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function wallTime(date: Date, zone: string): string {
  const local = new TZDate(date.getTime(), zone);
  return (
    `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}` +
    `T${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}`
  );
}

/**
 * A ZonedDateTime as Graph's `{dateTime, timeZone}` in Amsterdam time, so Outlook shows the meeting in
 * the zone it was planned in. The one wall time that cannot say which instant it means, the hour repeated
 * when summer time ends (02:00–03:00 on the last Sunday of October), is sent in UTC instead.
 */
export function toGraphDateTime(value: ZonedDateTime): GraphDateTimeTimeZone {
  const instant = instantOfZoned(value);
  const local = wallTime(instant, AMSTERDAM_TIME_ZONE);
  const hour = 3600 * 1000;
  // The wall time is ambiguous when an hour earlier or later reads the same on Amsterdam's clocks.
  const ambiguous =
    wallTime(new Date(instant.getTime() - hour), AMSTERDAM_TIME_ZONE) === local ||
    wallTime(new Date(instant.getTime() + hour), AMSTERDAM_TIME_ZONE) === local;
  return ambiguous ? { dateTime: wallTime(instant, 'UTC'), timeZone: 'UTC' } : { dateTime: local, timeZone: AMSTERDAM_WINDOWS_TIME_ZONE };
}

function ianaZone(name: string): string {
  const known = WINDOWS_TO_IANA[name.trim().toLowerCase()];
  if (known !== undefined) {
    return known;
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name.trim() });
    return name.trim();
  } catch {
    throw new RangeError(`Unknown time zone from Graph: '${name}'`);
  }
}

/** Graph's `{dateTime: "2026-03-05T13:00:00.0000000", timeZone: "UTC"}` as a ZonedDateTime in Amsterdam time. */
export function fromGraphDateTime(value: GraphDateTimeTimeZone): ZonedDateTime {
  const match = GRAPH_WALL_TIME.exec(value.dateTime.trim());
  if (match === null) {
    throw new RangeError(`Not a Graph dateTime: '${value.dateTime}'`);
  }
  const [, year, month, day, hour, minute, second = '0'] = match;
  const instant = TZDate.tz(ianaZone(value.timeZone), Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  return toZonedDateTime(new Date(instant.getTime()));
}
