import type { CalendarDate } from '../models/time';
import type { WgrSettings } from '../wgr/types';
import { addMonthsToCalendarDate, calendarDate, calendarDateParts, compareCalendarDates, isCalendarDate } from '../time/calendarDate';
import { formatDutchDate } from '../time/format';

/*
 * The exit notice moment (issue 8, Wgr art. 9 with art. 1(2)-(3)): a regeling sets a notice period and the day of the
 * year on which leaving takes effect (usually 1 January). A raad that wants to leave must decide no later than that
 * day minus the notice period; the product shows that as a dated influence moment, so the option to leave is not lost
 * by waiting a week too long.
 */

/** When the regeling names no day, leaving takes effect on 1 January, the start of the budget year. */
export const DEFAULT_EXIT_EFFECTIVE_DAY = '01-01';

/** The subject of the process moment; with the partnership it identifies the moment, so it holds no dates. */
export const EXIT_NOTICE_SUBJECT = 'Uiterlijke datum raadsbesluit over uittreding';

export interface ExitNoticeMoment {
  /** The next day on which leaving can still take effect, given the notice period. */
  readonly effectiveDate: CalendarDate;
  /** The last day the raad's decision to leave can be made: the effective date minus the notice period. */
  readonly lastDecisionDay: CalendarDate;
  readonly noticeMonths: number;
  /** The effective day as "dd-MM". */
  readonly effectiveDay: string;
  /** Dutch explanation with both dates, the notice period and the article. */
  readonly explanation: string;
}

export type ExitNoticeResult =
  | { readonly ok: true; readonly moment: ExitNoticeMoment }
  /** `geen-opzegtermijn`: the settings name no notice period, so there is no moment; `ongeldig`: a setting cannot be read. */
  | { readonly ok: false; readonly reason: 'geen-opzegtermijn' | 'ongeldig'; readonly message: string };

export type DayMonth = { readonly day: number; readonly month: number };

const DAY_MONTH = /^\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$/;

/**
 * Reads the day leaving takes effect, written day then month ("01-01", "1/7"). 29 February is refused: a regeling's
 * date must exist every year.
 *
 * @example
 * parseExitEffectiveDay('1-7') //=> { ok: true, value: { day: 1, month: 7 } }
 * parseExitEffectiveDay('29-02') //=> { ok: false, error: '…' }
 */
export function parseExitEffectiveDay(text: string): { readonly ok: true; readonly value: DayMonth } | { readonly ok: false; readonly error: string } {
  const match = DAY_MONTH.exec(text);
  const day = match ? Number(match[1]) : Number.NaN;
  const month = match ? Number(match[2]) : Number.NaN;
  if (match && day === 29 && month === 2) {
    return { ok: false, error: '29 februari bestaat niet elk jaar; kies een dag die elk jaar bestaat, bijvoorbeeld 01-03.' };
  }
  // 2027 is not a leap year, so every day accepted here exists in every year.
  if (!match || !isCalendarDate(`2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`)) {
    return { ok: false, error: `"${text}" is geen dag en maand; schrijf dd-mm, bijvoorbeeld 01-01.` };
  }
  return { ok: true, value: { day, month } };
}

/**
 * Dutch message for a notice period that cannot be used, or undefined when it is fine. The schema allows 0–120.
 *
 * @example
 * exitNoticeMonthsError(12) //=> undefined
 * exitNoticeMonthsError(1.5) //=> 'Vul een heel aantal maanden in, van 0 tot en met 120.'
 */
export function exitNoticeMonthsError(months: number): string | undefined {
  return Number.isInteger(months) && months >= 0 && months <= 120 ? undefined : 'Vul een heel aantal maanden in, van 0 tot en met 120.';
}

/**
 * The next moment a raad can still decide to leave: the first effective day whose decision day (effective day minus
 * the notice period, month-end clamped like date-fns: 31 August minus 6 months is the last day of February) is on or
 * after `asOf`. On the decision day itself the decision is still in time.
 *
 * @example
 * exitNoticeMoment({ exitNoticeMonths: 12, exitEffectiveDay: '01-01' }, parseCalendarDate('2026-11-26'))
 * //=> { ok: true, moment: { effectiveDate: '2028-01-01', lastDecisionDay: '2027-01-01', … } }
 */
export function exitNoticeMoment(
  settings: Pick<WgrSettings, 'exitNoticeMonths' | 'exitEffectiveDay'> | undefined,
  asOf: CalendarDate,
): ExitNoticeResult {
  const noticeMonths = settings?.exitNoticeMonths;
  if (noticeMonths === undefined || noticeMonths === null) {
    return { ok: false, reason: 'geen-opzegtermijn', message: 'De opzegtermijn voor uittreding is niet ingevuld.' };
  }
  const monthsError = exitNoticeMonthsError(noticeMonths);
  if (monthsError !== undefined) {
    return { ok: false, reason: 'ongeldig', message: `Opzegtermijn: ${monthsError}` };
  }
  const effectiveDayText = settings?.exitEffectiveDay?.trim() || DEFAULT_EXIT_EFFECTIVE_DAY;
  const effectiveDay = parseExitEffectiveDay(effectiveDayText);
  if (!effectiveDay.ok) {
    return { ok: false, reason: 'ongeldig', message: `Uittreding gaat in op: ${effectiveDay.error}` };
  }
  const { day, month } = effectiveDay.value;
  // The first candidate year whose decision day has not passed; the notice can be up to 120 months, so search that far.
  for (let year = calendarDateParts(asOf).year; ; year += 1) {
    const effectiveDate = calendarDate(year, month, day);
    const lastDecisionDay = addMonthsToCalendarDate(effectiveDate, -noticeMonths);
    if (compareCalendarDates(lastDecisionDay, asOf) >= 0) {
      const normalizedDay = `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}`;
      return {
        ok: true,
        moment: {
          effectiveDate,
          lastDecisionDay,
          noticeMonths,
          effectiveDay: normalizedDay,
          explanation:
            `Om per ${formatDutchDate(effectiveDate)} uit te treden moet de raad uiterlijk ${formatDutchDate(lastDecisionDay)} besluiten ` +
            `(opzegtermijn ${noticeMonths} ${noticeMonths === 1 ? 'maand' : 'maanden'}, uittreding gaat in op ${normalizedDay}; Wgr art. 9 en de regeling).`,
        },
      };
    }
  }
}
