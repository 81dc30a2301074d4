import type { CalendarDate } from '../models/time';
import type { Importance } from '../models/partnership';
import type { RiskLevel } from '../riskProfile/models';
import { appliedIntensity } from '../riskProfile/intensity';
import { addMonthsToCalendarDate, compareCalendarDates } from '../time/calendarDate';
import { isImportant } from './classification';

/** Seed 004: important partnerships at least once a quarter, the others once a year. */
export const REFRESH_INTERVAL_MONTHS = { important: 3, other: 12 } as const;

/** What decided the interval: the partnership's risk profile (issue 8), else seed 004's importance. */
export type RefreshBasis = { readonly kind: 'risk-profile'; readonly level: RiskLevel } | { readonly kind: 'importance'; readonly important: boolean };

export interface RefreshDue {
  /** The last day the dashboard counts as current; absent when it was never refreshed. */
  readonly dueOn: CalendarDate | undefined;
  readonly overdue: boolean;
  /** Months between two refreshes that applied. */
  readonly intervalMonths: number;
  readonly basis: RefreshBasis;
  /** Why, in Dutch: "Risicoprofiel midden: elk halfjaar actualiseren". */
  readonly explanation: string;
}

/** The risk profile's part refresh needs: its level. */
export type RefreshRiskProfile = { readonly level: RiskLevel } | undefined;

/**
 * Months between two refreshes of the partnership's dashboard: the current risk profile's refresh interval
 * (`controlIntensity(level).refreshIntervalMonths`: laag 12, midden 6, hoog 3) when it has one; otherwise seed
 * 004's rule ("belangrijke samenwerkingsverbanden minimaal 1 keer per kwartaal … minder belangrijke 1 keer per jaar").
 *
 * @example
 * refreshIntervalMonths({ importance: { societalTask: false, opportunities: false, risks: false, money: true, audiences: ['raad'], explanation: '' } }) //=> 3
 * refreshIntervalMonths({ importance: notImportant }, { level: 'midden' }) //=> 6
 */
export function refreshIntervalMonths(partnership: { readonly importance: Importance }, riskProfile?: RefreshRiskProfile): number {
  if (riskProfile === undefined) {
    return isImportant(partnership) ? REFRESH_INTERVAL_MONTHS.important : REFRESH_INTERVAL_MONTHS.other;
  }
  return appliedIntensity(riskProfile, isImportant(partnership)).refreshIntervalMonths;
}

/**
 * When the accounthouder must refresh the dashboard next, whether that day has passed, and why that
 * interval. A partnership that was never refreshed is overdue. On the due day itself it is not yet overdue.
 *
 * @param riskProfile the partnership's current risk profile (`currentRiskProfile`); absent: seed 004's rule
 * @example
 * // an important partnership, last refreshed 15 July 2026
 * refreshDue(gbTwente, parseCalendarDate('2026-11-26')) //=> { dueOn: '2026-10-15', overdue: true, intervalMonths: 3, … }
 * // the same with a risk profile midden: every half year
 * refreshDue(gbTwente, parseCalendarDate('2026-11-26'), { level: 'midden' }).explanation //=> 'Risicoprofiel midden: elk halfjaar actualiseren'
 * // a partnership that was never refreshed
 * refreshDue({ ...gbTwente, lastRefreshed: undefined }, parseCalendarDate('2026-11-26')).overdue //=> true
 */
export function refreshDue(
  partnership: { readonly importance: Importance; readonly lastRefreshed?: CalendarDate },
  today: CalendarDate,
  riskProfile?: RefreshRiskProfile,
): RefreshDue {
  const intervalMonths = refreshIntervalMonths(partnership, riskProfile);
  const basis: RefreshBasis = riskProfile === undefined ? { kind: 'importance', important: isImportant(partnership) } : { kind: 'risk-profile', level: riskProfile.level };
  const why = { intervalMonths, basis, explanation: refreshExplanation(basis, intervalMonths) };
  if (partnership.lastRefreshed === undefined) {
    return { dueOn: undefined, overdue: true, ...why };
  }
  const dueOn = addMonthsToCalendarDate(partnership.lastRefreshed, intervalMonths);
  return { dueOn, overdue: compareCalendarDates(today, dueOn) > 0, ...why };
}

/**
 * The Dutch sentence the register shows for the interval.
 *
 * @example
 * refreshExplanation({ kind: 'risk-profile', level: 'hoog' }, 3) //=> 'Risicoprofiel hoog: elk kwartaal actualiseren'
 * refreshExplanation({ kind: 'importance', important: false }, 12) //=> 'Niet als belangrijk aangemerkt: elk jaar actualiseren'
 */
export function refreshExplanation(basis: RefreshBasis, intervalMonths: number): string {
  const head = basis.kind === 'risk-profile' ? `Risicoprofiel ${basis.level}` : basis.important ? 'Belangrijk samenwerkingsverband' : 'Niet als belangrijk aangemerkt';
  return `${head}: ${intervalText(intervalMonths)} actualiseren`;
}

function intervalText(months: number): string {
  switch (months) {
    case 1:
      return 'elke maand';
    case 3:
      return 'elk kwartaal';
    case 6:
      return 'elk halfjaar';
    case 12:
      return 'elk jaar';
    default:
      return `elke ${months} maanden`;
  }
}
