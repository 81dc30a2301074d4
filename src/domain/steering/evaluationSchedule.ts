import type { CalendarDate } from '../models/time';
import { addMonthsToCalendarDate, compareCalendarDates } from '../time/calendarDate';
import type { PartnershipEvaluation } from './models';

/** Seed 002, aanbeveling 9: "Voer een jaarlijkse evaluatie met de VP in": the local rule is once a year. */
export const LOCAL_EVALUATION_INTERVAL_MONTHS = 12;

export interface ClauseSchedule {
  /** Wgr art. 11a: the period of the GR's evaluation clause, in years. */
  readonly periodYears: number;
  /** The last finished evaluation that counted as the clause's evaluation. */
  readonly lastClauseEvaluation: CalendarDate | undefined;
  /** When the clause's next evaluation is due; absent when it was never held (it is due now). */
  readonly dueOn: CalendarDate | undefined;
  /** The clause's evaluation falls due at or before the next yearly evaluation (or is already late). */
  readonly isDue: boolean;
}

export interface EvaluationSchedule {
  readonly lastEvaluation: CalendarDate | undefined;
  /** The date of the next evaluation: a year after the last one, or earlier when the GR's clause falls due first. */
  readonly nextDue: CalendarDate | undefined;
  /** No finished evaluation yet, or `nextDue` has passed. */
  readonly overdue: boolean;
  /** Present when the GR has an evaluation clause. */
  readonly clause: ClauseSchedule | undefined;
}

type EvaluationDates = Pick<PartnershipEvaluation, 'date' | 'status' | 'isClauseEvaluation'>;

function latest(dates: readonly CalendarDate[]): CalendarDate | undefined {
  return dates.reduce<CalendarDate | undefined>((found, date) => (found === undefined || compareCalendarDates(date, found) > 0 ? date : found), undefined);
}

/**
 * When a partnership must be evaluated next, from its finished evaluations up to `asOf` (later ones are
 * ignored, so a past date gives the schedule as it was then). The local rule asks for a yearly evaluation
 * (seed 002); a GR with an evaluation clause (Wgr art. 11a, `evaluationPeriodYears`) also needs its formal
 * evaluation every so many years, and when that falls due first it sets the next date.
 *
 * @example
 * // evaluated on 1 October 2025, GR clause every 4 years, last clause evaluation 1 October 2022
 * evaluationSchedule({ evaluationPeriodYears: 4 }, evaluations, '2026-11-26')
 * //=> { lastEvaluation: '2025-10-01', nextDue: '2026-10-01', overdue: true,
 * //     clause: { periodYears: 4, lastClauseEvaluation: '2022-10-01', dueOn: '2026-10-01', isDue: true } }
 */
export function evaluationSchedule(
  partnership: { readonly evaluationPeriodYears?: number },
  evaluations: readonly EvaluationDates[],
  asOf: CalendarDate,
): EvaluationSchedule {
  const finished = evaluations.filter((evaluation) => evaluation.status === 'afgerond' && compareCalendarDates(evaluation.date, asOf) <= 0);
  const lastEvaluation = latest(finished.map((evaluation) => evaluation.date));
  const localDue = lastEvaluation === undefined ? undefined : addMonthsToCalendarDate(lastEvaluation, LOCAL_EVALUATION_INTERVAL_MONTHS);

  let clause: ClauseSchedule | undefined;
  const periodYears = partnership.evaluationPeriodYears;
  if (periodYears !== undefined && periodYears > 0) {
    const lastClauseEvaluation = latest(finished.filter((evaluation) => evaluation.isClauseEvaluation).map((evaluation) => evaluation.date));
    const dueOn = lastClauseEvaluation === undefined ? undefined : addMonthsToCalendarDate(lastClauseEvaluation, periodYears * 12);
    const horizon = localDue ?? asOf;
    const isDue = dueOn === undefined || compareCalendarDates(dueOn, horizon) <= 0 || compareCalendarDates(dueOn, asOf) <= 0;
    clause = { periodYears, lastClauseEvaluation, dueOn, isDue };
  }

  const candidates = [localDue, clause?.dueOn].filter((date): date is CalendarDate => date !== undefined);
  const nextDue = lastEvaluation === undefined ? undefined : candidates.sort(compareCalendarDates)[0];
  const overdue = nextDue === undefined || compareCalendarDates(nextDue, asOf) < 0;
  return { lastEvaluation, nextDue, overdue, clause };
}
