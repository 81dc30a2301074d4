import type { CalendarDate } from '../models';
import { isCalendarDate } from '../time';

export type DayMonthResult = { readonly ok: true; readonly value: CalendarDate } | { readonly ok: false; readonly error: string };

const DAY_MONTH = /^\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*$/;

/**
 * Reads a GR's own send date written the Dutch way, day then month ("15-04", "1/5"), for a given year.
 *
 * @example
 * parseDayMonth('15-04', 2027) //=> { ok: true, value: '2027-04-15' }
 * parseDayMonth('31-04', 2027) //=> { ok: false, error: '…' }
 */
export function parseDayMonth(text: string, year: number): DayMonthResult {
  const match = DAY_MONTH.exec(text);
  const candidate = match ? `${String(year).padStart(4, '0')}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : '';
  if (!match || !isCalendarDate(candidate)) {
    return { ok: false, error: `"${text}" is geen dag en maand; schrijf dd-mm, bijvoorbeeld 15-04.` };
  }
  return { ok: true, value: candidate };
}
