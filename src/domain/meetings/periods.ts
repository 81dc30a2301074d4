import type { CalendarDate } from '../models/time';
import type { DateRange, RulePeriod, Season } from './types';

const DAY_MS = 86_400_000;

/** Months (1–12) of each season within one calendar year; see {@link Season}. */
const SEASON_MONTHS: Readonly<Record<Season, readonly number[]>> = {
  voorjaar: [3, 4, 5],
  zomer: [6, 7, 8],
  najaar: [9, 10, 11],
  winter: [1, 2, 12],
};

const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** A period of a rule in a year, with its Dutch name for sentences ("in het 2e kwartaal van 2026"). */
export interface NamedRange extends DateRange {
  readonly label: string;
}

/**
 * The periods of a rule within a calendar year: the year, its four quarters or twelve months; with a
 * season, the season's months (winter: January–February and December, two ranges).
 *
 * @example
 * periodsOfYear(2028, 'quarter')[0] //=> { from: '2028-01-01', to: '2028-03-31', label: 'in het 1e kwartaal van 2028' }
 */
export function periodsOfYear(year: number, per: RulePeriod, season?: Season): readonly NamedRange[] {
  // Periods depend only on their arguments and are asked for once per body: computed once per key.
  const key = `${year}|${per}|${season ?? ''}`;
  let periods = PERIOD_CACHE.get(key);
  if (!periods) {
    periods = computePeriods(year, per, season);
    PERIOD_CACHE.set(key, periods);
  }
  return periods;
}

const PERIOD_CACHE = new Map<string, readonly NamedRange[]>();

function computePeriods(year: number, per: RulePeriod, season?: Season): readonly NamedRange[] {
  if (season) {
    const months = SEASON_MONTHS[season];
    // Winter in one calendar year is two ranges, evaluated as one period of that season.
    const first = months[0];
    const last = months[months.length - 1];
    const contiguous = last - first === months.length - 1;
    const from = ymd(year, contiguous ? first : 1, 1);
    const to = lastDayOfMonth(year, contiguous ? last : 12);
    return [{ from, to, label: `${seasonLabel(season)} van ${year}` }];
  }
  switch (per) {
    case 'year':
      return [{ from: ymd(year, 1, 1), to: ymd(year, 12, 31), label: `in ${year}` }];
    case 'quarter':
      return [1, 2, 3, 4].map((quarter) => ({
        from: ymd(year, quarter * 3 - 2, 1),
        to: lastDayOfMonth(year, quarter * 3),
        label: `in het ${quarter}e kwartaal van ${year}`,
      }));
    case 'month':
      return DUTCH_MONTHS.map((name, index) => ({
        from: ymd(year, index + 1, 1),
        to: lastDayOfMonth(year, index + 1),
        label: `in ${name} ${year}`,
      }));
  }
}

/** The months (1–12) of a season. */
export function seasonMonths(season: Season): readonly number[] {
  return SEASON_MONTHS[season];
}

/** Whether a day falls within a season (for winter: January, February or December). */
export function isInSeason(date: CalendarDate, season: Season): boolean {
  return SEASON_MONTHS[season].includes(Number(date.slice(5, 7)));
}

/** Days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function daysInRange(from: CalendarDate, to: CalendarDate): number {
  const days = Math.round((utcDay(to) - utcDay(from)) / DAY_MS) + 1;
  return Math.max(0, days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/**
 * Adds whole days with plain UTC arithmetic: the same result as `addDaysToCalendarDate`, without a
 * time-zone library, for the planner's and compliance's inner loops.
 *
 * @example
 * shiftDays(parseCalendarDate('2028-02-28'), 1) //=> '2028-02-29'
 */
export function shiftDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(utcDay(date) + days * DAY_MS);
  return ymd(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/** ISO weekday of a day: 1 = maandag … 7 = zondag. */
export function isoWeekday(date: CalendarDate): number {
  const day = new Date(utcDay(date)).getUTCDay();
  return day === 0 ? 7 : day;
}

export function lastDayOfMonth(year: number, month: number): CalendarDate {
  // Day 0 of the next month is the last day of this one.
  return ymd(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** A calendar date from parts the caller knows are valid (month 1–12, day within the month). */
function ymd(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as CalendarDate;
}

function seasonLabel(season: Season): string {
  return season === 'zomer' || season === 'winter' ? `in de ${season}` : `in het ${season}`;
}

function utcDay(date: CalendarDate): number {
  // Callers pass checked CalendarDates, so the fixed positions can be read directly.
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}
