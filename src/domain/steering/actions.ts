import type { ImprovementAction } from '../models/action';
import type { PersonRef } from '../models/person';
import type { CalendarDate } from '../models/time';
import { compareCalendarDates } from '../time/calendarDate';

/**
 * An action is overdue when it is not finished and its planned date lies before `today`.
 * On the planned day itself it is not yet overdue; an action without a planned date never is.
 *
 * @example
 * isActionOverdue({ status: 'open', plannedDate: '2026-10-01' }, '2026-11-26') //=> true
 * isActionOverdue({ status: 'afgerond', plannedDate: '2026-10-01' }, '2026-11-26') //=> false
 */
export function isActionOverdue(action: Pick<ImprovementAction, 'status' | 'plannedDate'>, today: CalendarDate): boolean {
  return action.status !== 'afgerond' && action.plannedDate !== undefined && compareCalendarDates(action.plannedDate, today) < 0;
}

/** True for actions that are not finished. */
export function isActionOpen(action: Pick<ImprovementAction, 'status'>): boolean {
  return action.status !== 'afgerond';
}

/**
 * Whether `person` owns the action: the same site user, or else the same e-mail address (case-insensitive),
 * since an owner known only by address may have been resolved to a site user later.
 */
export function isOwnedBy(action: Pick<ImprovementAction, 'owner'>, person: PersonRef): boolean {
  const owner = action.owner;
  if (owner === undefined) return false;
  if (owner.userId !== undefined && person.userId !== undefined) return owner.userId === person.userId;
  return owner.email !== undefined && person.email !== undefined && owner.email.toLowerCase() === person.email.toLowerCase();
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * The register order: by plan, then by number the way people count ("2" before "10"), so A–F and 1–10 of
 * seed 002 read as in the source. Returns a new array; the input is not changed.
 */
export function sortActions<T extends Pick<ImprovementAction, 'plan' | 'number'>>(actions: readonly T[]): T[] {
  return [...actions].sort((left, right) => collator.compare(left.plan, right.plan) || collator.compare(left.number, right.number));
}

/**
 * "Mijn acties": the actions the person owns, overdue ones first, then by planned date (none last), then in
 * register order. Finished actions are left out unless `includeFinished`.
 */
export function actionsOwnedBy<T extends ImprovementAction>(
  actions: readonly T[],
  person: PersonRef,
  today: CalendarDate,
  includeFinished = false,
): T[] {
  const own = sortActions(actions.filter((action) => isOwnedBy(action, person) && (includeFinished || isActionOpen(action))));
  return own.sort((left, right) => {
    const overdue = Number(isActionOverdue(right, today)) - Number(isActionOverdue(left, today));
    if (overdue !== 0) return overdue;
    if (left.plannedDate === right.plannedDate) return 0;
    if (left.plannedDate === undefined) return 1;
    if (right.plannedDate === undefined) return -1;
    return compareCalendarDates(left.plannedDate, right.plannedDate);
  });
}
