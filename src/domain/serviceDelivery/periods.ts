import type { CalendarDate } from '../models/time';
import { calendarDateParts, compareCalendarDates } from '../time/calendarDate';
import { formatDutchDate } from '../time/format';
import type { ReportingFrequency } from './models';

/*
 * Reporting periods of a performance indicator: a month (`2026-M03`), quarter (`2026-K3`), half-year (`2026-H1`)
 * or year (`2026`), as stored in the Periode column of Gerapporteerde waarden.
 */

/** A reporting period; `index` is the month (1–12), quarter (1–4), half-year (1–2) or 1 for a year. */
export interface ReportingPeriod {
  readonly frequency: ReportingFrequency;
  readonly year: number;
  readonly index: number;
  /** The period's code, e.g. `2026-K3`. */
  readonly code: string;
}

/**
 * Weeks after a period's end by which its report is due. Seed 002 (aanbeveling 9) asks for agreements on reports
 * without fixing a term; six weeks after the period is the common term in Dutch DVOs for a quarterly report
 * (the partnership closes its books for the period first). A report is missing from the day after.
 */
export const REPORT_GRACE_WEEKS = 6;

const MONTHS_PER_PERIOD: Readonly<Record<ReportingFrequency, number>> = { maand: 1, kwartaal: 3, halfjaar: 6, jaar: 12 };
const PERIODS_PER_YEAR: Readonly<Record<ReportingFrequency, number>> = { maand: 12, kwartaal: 4, halfjaar: 2, jaar: 1 };
const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

/** The number of periods of this frequency in a year (12, 4, 2 or 1). */
export function periodsPerYear(frequency: ReportingFrequency): number {
  return PERIODS_PER_YEAR[frequency];
}

/**
 * The period of a frequency, year and index; throws on an index outside the year.
 *
 * @example
 * reportingPeriod('kwartaal', 2026, 3).code //=> '2026-K3'
 */
export function reportingPeriod(frequency: ReportingFrequency, year: number, index: number): ReportingPeriod {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isInteger(index) || index < 1 || index > PERIODS_PER_YEAR[frequency]) {
    throw new RangeError(`No ${frequency} period ${index} in ${year}`);
  }
  return { frequency, year, index, code: codeOf(frequency, year, index) };
}

function codeOf(frequency: ReportingFrequency, year: number, index: number): string {
  const yearText = String(year).padStart(4, '0');
  switch (frequency) {
    case 'maand':
      return `${yearText}-M${String(index).padStart(2, '0')}`;
    case 'kwartaal':
      return `${yearText}-K${index}`;
    case 'halfjaar':
      return `${yearText}-H${index}`;
    case 'jaar':
      return yearText;
  }
}

const CODE_PATTERN = /^(\d{4})(?:-(M)(\d{2})|-(K)([1-4])|-(H)([12]))?$/;

/**
 * Reads a period code (`2026-M03`, `2026-K3`, `2026-H1`, `2026`); undefined for anything else.
 *
 * @example
 * parsePeriodCode('2026-H1') //=> { frequency: 'halfjaar', year: 2026, index: 1, code: '2026-H1' }
 * parsePeriodCode('2026-K5') //=> undefined
 */
export function parsePeriodCode(code: string): ReportingPeriod | undefined {
  const match = CODE_PATTERN.exec(code.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1000) return undefined;
  if (match[2]) {
    const month = Number(match[3]);
    return month >= 1 && month <= 12 ? reportingPeriod('maand', year, month) : undefined;
  }
  if (match[4]) return reportingPeriod('kwartaal', year, Number(match[5]));
  if (match[6]) return reportingPeriod('halfjaar', year, Number(match[7]));
  return reportingPeriod('jaar', year, 1);
}

/**
 * Reads a period as a person writes it in a report: the code, `Q3 2026`, `K3 2026`, `2026 Q3`, `3e kwartaal 2026`,
 * `maart 2026`, `2026-03`, `H1 2026`, `1e halfjaar 2026`, `2026`. Undefined when the text names no period or a
 * period of another frequency than expected.
 *
 * @example
 * parsePeriodText('3e kwartaal 2026', 'kwartaal')?.code //=> '2026-K3'
 * parsePeriodText('Q3 2026', 'maand') //=> undefined
 */
export function parsePeriodText(text: string, frequency: ReportingFrequency): ReportingPeriod | undefined {
  const period = readPeriodText(text);
  return period && period.frequency === frequency ? period : undefined;
}

function readPeriodText(text: string): ReportingPeriod | undefined {
  const cleaned = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const byCode = parsePeriodCode(cleaned.toUpperCase());
  if (byCode) return byCode;
  const attempt = (frequency: ReportingFrequency, year: string, index: string): ReportingPeriod | undefined => {
    const yearNumber = Number(year);
    const indexNumber = Number(index);
    return indexNumber >= 1 && indexNumber <= PERIODS_PER_YEAR[frequency] && yearNumber >= 1000 ? reportingPeriod(frequency, yearNumber, indexNumber) : undefined;
  };
  let match = /^(?:q|k)([1-4])[ -/]?(\d{4})$/.exec(cleaned) ?? null;
  if (match) return attempt('kwartaal', match[2], match[1]);
  match = /^(\d{4})[ -/]?(?:q|k)([1-4])$/.exec(cleaned);
  if (match) return attempt('kwartaal', match[1], match[2]);
  match = /^([1-4])e kwartaal (\d{4})$/.exec(cleaned);
  if (match) return attempt('kwartaal', match[2], match[1]);
  match = /^h([12])[ -/]?(\d{4})$/.exec(cleaned);
  if (match) return attempt('halfjaar', match[2], match[1]);
  match = /^([12])e (?:halfjaar|half jaar) (\d{4})$/.exec(cleaned);
  if (match) return attempt('halfjaar', match[2], match[1]);
  match = /^(\d{4})-(\d{1,2})$/.exec(cleaned);
  if (match) return attempt('maand', match[1], match[2]);
  match = /^(\d{1,2})[-/](\d{4})$/.exec(cleaned);
  if (match) return attempt('maand', match[2], match[1]);
  const named = /^([a-z]+)\.? (\d{4})$/.exec(cleaned);
  if (named) {
    const [, word, year] = named;
    // "mrt" is the Dutch abbreviation of maart that is not a prefix of it.
    const month = word === 'mrt' ? 2 : DUTCH_MONTHS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));
    if (month >= 0) return attempt('maand', year, String(month + 1));
  }
  return undefined;
}

/**
 * The Dutch name of a period, as in a report's title.
 *
 * @example
 * periodLabel(reportingPeriod('kwartaal', 2026, 3)) //=> '3e kwartaal 2026'
 * periodLabel(reportingPeriod('maand', 2026, 3)) //=> 'maart 2026'
 */
export function periodLabel(period: ReportingPeriod): string {
  switch (period.frequency) {
    case 'maand':
      return `${DUTCH_MONTHS[period.index - 1]} ${period.year}`;
    case 'kwartaal':
      return `${period.index}e kwartaal ${period.year}`;
    case 'halfjaar':
      return `${period.index}e halfjaar ${period.year}`;
    case 'jaar':
      return String(period.year);
  }
}

/** The Dutch name of a period code; the code itself when it is not one. */
export function periodCodeLabel(code: string): string {
  const period = parsePeriodCode(code);
  return period ? periodLabel(period) : code;
}

/** A short label for chart axes: `K3 2026`, `mrt 2026`, `H1 2026`, `2026`. */
export function periodShortLabel(period: ReportingPeriod): string {
  switch (period.frequency) {
    case 'maand':
      return `${['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'][period.index - 1]} ${period.year}`;
    case 'kwartaal':
      return `K${period.index} ${period.year}`;
    case 'halfjaar':
      return `H${period.index} ${period.year}`;
    case 'jaar':
      return String(period.year);
  }
}

/** The first day of the period. */
export function periodStart(period: ReportingPeriod): CalendarDate {
  return utcDayText(Date.UTC(period.year, (period.index - 1) * MONTHS_PER_PERIOD[period.frequency], 1));
}

/**
 * The last day of the period.
 *
 * @example
 * periodEnd(reportingPeriod('kwartaal', 2026, 4)) //=> '2026-12-31'
 * periodEnd(reportingPeriod('maand', 2028, 2)) //=> '2028-02-29'
 */
export function periodEnd(period: ReportingPeriod): CalendarDate {
  return utcDayText(periodEndMs(period));
}

/*
 * Period arithmetic on UTC day numbers rather than the time module's date-fns helpers: the cross-partnership view
 * computes due dates for 10,000 indicators × 20 periods (bench/serviceDelivery.bench.ts), and a TZDate per call
 * costs too much there. A calendar day has no zone, so UTC midnight represents it exactly.
 */
const DAY_MS = 86_400_000;

function periodEndMs(period: ReportingPeriod): number {
  // Day 0 of the month after the period is the period's last day.
  return Date.UTC(period.year, period.index * MONTHS_PER_PERIOD[period.frequency], 0);
}

function utcDayText(ms: number): CalendarDate {
  const date = new Date(ms);
  const year = String(date.getUTCFullYear()).padStart(4, '0');
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const day = String(date.getUTCDate()).padStart(2, '0');
  return `${year}-${month}-${day}` as CalendarDate;
}

/** The period of this frequency that contains the date. */
export function periodContaining(frequency: ReportingFrequency, date: CalendarDate): ReportingPeriod {
  const { year, month } = calendarDateParts(date);
  return reportingPeriod(frequency, year, Math.floor((month - 1) / MONTHS_PER_PERIOD[frequency]) + 1);
}

/** The period after this one; the year rolls over after its last period. */
export function nextPeriod(period: ReportingPeriod): ReportingPeriod {
  return period.index === PERIODS_PER_YEAR[period.frequency]
    ? reportingPeriod(period.frequency, period.year + 1, 1)
    : reportingPeriod(period.frequency, period.year, period.index + 1);
}

/** The period before this one. */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  return period.index === 1
    ? reportingPeriod(period.frequency, period.year - 1, PERIODS_PER_YEAR[period.frequency])
    : reportingPeriod(period.frequency, period.year, period.index - 1);
}

/** Negative when `left` is earlier; both of the same frequency. */
export function comparePeriods(left: ReportingPeriod, right: ReportingPeriod): number {
  return left.year - right.year || left.index - right.index;
}

/**
 * The day by which the period's report is due: {@link REPORT_GRACE_WEEKS} weeks after the period's last day.
 *
 * @example
 * reportDueDate(reportingPeriod('kwartaal', 2026, 3)) //=> '2026-11-11'
 */
export function reportDueDate(period: ReportingPeriod): CalendarDate {
  return utcDayText(periodEndMs(period) + REPORT_GRACE_WEEKS * 7 * DAY_MS);
}

/** True when the period has ended on or before `asOf` (its last day is not after it), so a value may be reported. */
export function isPeriodOver(period: ReportingPeriod, asOf: CalendarDate): boolean {
  return compareCalendarDates(periodEnd(period), asOf) <= 0;
}

/** True when the report is overdue on `asOf`: the due date has passed (on the due date itself it is not yet). */
export function isReportOverdue(period: ReportingPeriod, asOf: CalendarDate): boolean {
  return compareCalendarDates(reportDueDate(period), asOf) < 0;
}

/** The first period reports are expected for: the one containing `reportingFrom`. */
export function firstReportingPeriod(frequency: ReportingFrequency, reportingFrom: CalendarDate): ReportingPeriod {
  return periodContaining(frequency, reportingFrom);
}

/**
 * The periods from the one containing `reportingFrom` whose report is overdue on `asOf`, oldest first.
 *
 * @example
 * duePeriods('kwartaal', '2026-01-01', '2026-11-26').map((p) => p.code) //=> ['2026-K1', '2026-K2', '2026-K3']
 */
export function duePeriods(frequency: ReportingFrequency, reportingFrom: CalendarDate, asOf: CalendarDate): readonly ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  for (let period = firstReportingPeriod(frequency, reportingFrom); isReportOverdue(period, asOf); period = nextPeriod(period)) {
    periods.push(period);
  }
  return periods;
}

/** The last `count` periods that are over on `asOf`, oldest first (for trend charts). */
export function lastEndedPeriods(frequency: ReportingFrequency, asOf: CalendarDate, count: number): readonly ReportingPeriod[] {
  let period = periodContaining(frequency, asOf);
  if (!isPeriodOver(period, asOf)) period = previousPeriod(period);
  const periods: ReportingPeriod[] = [];
  for (let index = 0; index < count; index += 1) {
    periods.unshift(period);
    period = previousPeriod(period);
  }
  return periods;
}

/** "verwacht uiterlijk 11 november 2026" for the period's due date. */
export function dueDateText(period: ReportingPeriod): string {
  return `verwacht uiterlijk ${formatDutchDate(reportDueDate(period))}`;
}
