import type { FinancialFigures } from '../models/partnership';
import type { CalendarDate } from '../models/time';
import { calendarDateParts, compareCalendarDates } from '../time/calendarDate';
import type { BudgetProgress } from './models';

/** Where the expected contribution comes from. */
export type ExpectationBasis = 'prognose' | 'realisatie' | 'jaarrekening' | 'geen';

export interface BudgetDeviation {
  readonly partnershipId: number;
  readonly year: number;
  /** The contribution in the begroting (FinancialFigures, kind begroting); absent when none is recorded. */
  readonly budgeted: number | undefined;
  /** The latest expected or realised contribution up to the as-of date. */
  readonly expected: number | undefined;
  readonly basis: ExpectationBasis;
  /** The peildatum of the expectation, when it comes from Begrotingsvoortgang. */
  readonly expectedAsOf: CalendarDate | undefined;
  /** expected − budgeted, in euros: positive means the partnership costs more than budgeted. */
  readonly deviation: number | undefined;
  /** The deviation as a percentage of the budgeted contribution (one decimal); absent when nothing was budgeted. */
  readonly deviationPercentage: number | undefined;
  readonly explanation: string;
}

type Figures = Pick<FinancialFigures, 'partnershipId' | 'year' | 'kind' | 'contribution' | 'explanation'>;
type Progress = Pick<BudgetProgress, 'partnershipId' | 'year' | 'asOfDate' | 'kind' | 'expectedContribution' | 'explanation'>;

function roundToOneDecimal(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The budget progress of one partnership in one year (seed 002, aanbeveling 10), as it was known on `asOf`:
 * the begroting's contribution against the latest prognose or realisatie recorded on or before `asOf`
 * (a realisatie wins over a prognose of the same day). Without any, the year's realised figures count once the
 * year is over. Deviation and percentage are left out when either side is missing.
 *
 * @example
 * // begroting 2026: € 1.200.000; prognose of 30 September 2026: € 1.260.000
 * budgetDeviation(7, 2026, figures, progress, '2026-11-26')
 * //=> { budgeted: 1200000, expected: 1260000, basis: 'prognose', deviation: 60000, deviationPercentage: 5, … }
 */
export function budgetDeviation(
  partnershipId: number,
  year: number,
  figures: readonly Figures[],
  progress: readonly Progress[],
  asOf: CalendarDate,
): BudgetDeviation {
  const ofYear = figures.filter((figure) => figure.partnershipId === partnershipId && figure.year === year);
  const budgeted = ofYear.find((figure) => figure.kind === 'begroting')?.contribution;
  const recorded = progress
    .filter((entry) => entry.partnershipId === partnershipId && entry.year === year && compareCalendarDates(entry.asOfDate, asOf) <= 0)
    .sort((left, right) => compareCalendarDates(right.asOfDate, left.asOfDate) || (left.kind === 'realisatie' ? -1 : right.kind === 'realisatie' ? 1 : 0));
  const latest = recorded[0];
  const realisedFigures = calendarDateParts(asOf).year > year ? ofYear.find((figure) => figure.kind === 'realisatie' && figure.contribution !== undefined) : undefined;

  const expected = latest?.expectedContribution ?? realisedFigures?.contribution;
  const basis: ExpectationBasis = latest !== undefined ? latest.kind : realisedFigures !== undefined ? 'jaarrekening' : 'geen';
  const deviation = budgeted !== undefined && expected !== undefined ? expected - budgeted : undefined;
  const deviationPercentage = deviation !== undefined && budgeted !== undefined && budgeted !== 0 ? roundToOneDecimal((deviation / budgeted) * 100) : undefined;
  return {
    partnershipId,
    year,
    budgeted,
    expected,
    basis,
    expectedAsOf: latest?.asOfDate,
    deviation,
    deviationPercentage,
    explanation: latest?.explanation ?? realisedFigures?.explanation ?? '',
  };
}

/**
 * The budget progress of every partnership in `year`, largest deviation first (by amount, either direction);
 * partnerships whose deviation cannot be computed come last, in the order given.
 */
export function budgetOverview(
  partnershipIds: readonly number[],
  year: number,
  figures: readonly Figures[],
  progress: readonly Progress[],
  asOf: CalendarDate,
): BudgetDeviation[] {
  const rows = partnershipIds.map((id) => budgetDeviation(id, year, figures, progress, asOf));
  const known = rows.filter((row) => row.deviation !== undefined).sort((left, right) => Math.abs(right.deviation ?? 0) - Math.abs(left.deviation ?? 0));
  return [...known, ...rows.filter((row) => row.deviation === undefined)];
}
