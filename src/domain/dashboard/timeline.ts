import type { ImprovementAction, ProcessMoment } from '../models';
import { compareCalendarDates } from '../time';

/**
 * Seed 004's timeline: information and influence moments, political choices and key meetings, by date;
 * on the same day a deadline comes first (it needs action), then by subject. The input is not changed.
 */
export function timelineOrder<M extends Pick<ProcessMoment, 'date' | 'isDeadline' | 'subject'>>(moments: readonly M[]): readonly M[] {
  return [...moments].sort(
    (left, right) =>
      compareCalendarDates(left.date, right.date) ||
      Number(right.isDeadline) - Number(left.isDeadline) ||
      left.subject.localeCompare(right.subject, 'nl'),
  );
}

/** Actions that still need work: open or running, by planned date (unplanned last), then by number. */
export function openActions<A extends Pick<ImprovementAction, 'status' | 'plannedDate' | 'number'>>(actions: readonly A[]): readonly A[] {
  return actions
    .filter((action) => action.status !== 'afgerond')
    .sort((left, right) => {
      if (left.plannedDate !== right.plannedDate) {
        if (left.plannedDate === undefined) return 1;
        if (right.plannedDate === undefined) return -1;
        const byDate = compareCalendarDates(left.plannedDate, right.plannedDate);
        if (byDate !== 0) return byDate;
      }
      return left.number.localeCompare(right.number, 'nl', { numeric: true });
    });
}
