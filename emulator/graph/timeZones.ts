import { TZDate } from '@date-fns/tz';

/**
 * Graph's `dateTimeTimeZone` is a wall-clock time plus a zone name. The zone may be a Windows name
 * ("W. Europe Standard Time") or one of the IANA names the calendar API accepts, and `UTC`.
 * https://learn.microsoft.com/en-us/graph/api/resources/datetimetimezone
 */
export interface GraphDateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

/**
 * The Windows zone names the emulator understands, mapped to an IANA zone with the same rules.
 * Inferred (I): a short table of the zones a Dutch municipality meets; add a line when a client sends another.
 */
const WINDOWS_TO_IANA: Readonly<Record<string, string>> = {
  'w. europe standard time': 'Europe/Amsterdam',
  'romance standard time': 'Europe/Paris',
  'central europe standard time': 'Europe/Budapest',
  'central european standard time': 'Europe/Warsaw',
  'gmt standard time': 'Europe/London',
  'greenwich standard time': 'Atlantic/Reykjavik',
  'pacific standard time': 'America/Los_Angeles',
  'eastern standard time': 'America/New_York',
  'utc': 'UTC',
  'coordinated universal time': 'UTC',
};

/** The IANA zone for a Graph zone name, or undefined when neither Windows nor the runtime knows it. */
export function resolveTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  const windows = WINDOWS_TO_IANA[trimmed.toLowerCase()];
  if (windows !== undefined) {
    return windows;
  }
  if (trimmed === '') {
    return undefined;
  }
  try {
    // Intl throws a RangeError for a zone it does not know, which is the check we want.
    new Intl.DateTimeFormat('en-US', { timeZone: trimmed });
    return trimmed;
  } catch {
    return undefined;
  }
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * The instant a Graph `{dateTime, timeZone}` names, or undefined when either part is not understood.
 * A wall time that falls in a daylight-saving gap moves forward, as Exchange does; a repeated hour
 * takes its later occurrence (I: what @date-fns/tz does; Exchange's choice is not documented).
 */
export function instantOf(value: GraphDateTimeTimeZone): Date | undefined {
  const match = WALL_TIME.exec(value.dateTime.trim());
  const zone = resolveTimeZone(value.timeZone ?? '');
  if (match === null || zone === undefined) {
    return undefined;
  }
  const [, year, month, day, hour, minute, second = '0', fraction = '0', offset] = match;
  if (offset !== undefined) {
    // An explicit offset names the instant itself (I: Graph's handling of this form is not documented).
    const parsed = new Date(value.dateTime.trim());
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
  }
  const milliseconds = Math.floor(Number(`0.${fraction}`) * 1000);
  const instant = TZDate.tz(zone, Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), milliseconds);
  return Number.isNaN(instant.getTime()) ? undefined : new Date(instant.getTime());
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/**
 * The instant as Graph writes it in a response: wall time in the zone with seven fractional digits,
 * `{"dateTime": "2026-03-05T14:00:00.0000000", "timeZone": "W. Europe Standard Time"}`; the zone name
 * is echoed as the client asked for it.
 */
export function formatInZone(instant: Date, zoneName: string): GraphDateTimeTimeZone {
  const zone = resolveTimeZone(zoneName) ?? 'UTC';
  const local = new TZDate(instant.getTime(), zone);
  const dateTime =
    `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}` +
    `T${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}.${pad(local.getMilliseconds(), 3)}0000`;
  return { dateTime, timeZone: zoneName };
}

/**
 * The zone a client asked for with `Prefer: outlook.timezone="..."`, or undefined for Graph's default (UTC).
 * https://learn.microsoft.com/en-us/graph/api/user-list-calendarview ("Prefer: outlook.timezone")
 */
export function preferredTimeZone(preferHeader: string | undefined): string | undefined {
  if (preferHeader === undefined) {
    return undefined;
  }
  const match = /outlook\.timezone\s*=\s*"([^"]*)"|outlook\.timezone\s*=\s*([^,;\s]+)/i.exec(preferHeader);
  const name = match?.[1] ?? match?.[2];
  if (name === undefined || resolveTimeZone(name) === undefined) {
    // I: an unknown zone in Prefer is ignored rather than refused.
    return undefined;
  }
  return name;
}
