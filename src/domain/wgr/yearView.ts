import { getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import type { CalendarDate } from '../models';
import { addDaysToCalendarDate, calendarDate, calendarDateParts, compareCalendarDates } from '../time';
import type { WgrCalendar, WgrCheck, WgrDeadline } from './types';

export interface YearViewPartnership {
  readonly partnershipId: number;
  readonly name: string;
}

/** One ISO week (Monday to Sunday) with its deadlines per GR. */
export interface YearViewWeek {
  readonly isoYear: number;
  readonly week: number;
  readonly monday: CalendarDate;
  readonly sunday: CalendarDate;
  /** Deadlines of that week by partnership id, each list sorted by day. */
  readonly deadlinesByPartnership: ReadonlyMap<number, readonly WgrDeadline[]>;
  readonly total: number;
  /** The week has the year's highest number of deadlines (and at least two). */
  readonly isBusiest: boolean;
}

export interface YearView {
  readonly calendarYear: number;
  readonly partnerships: readonly YearViewPartnership[];
  /** Only weeks with at least one deadline, in order. */
  readonly weeks: readonly YearViewWeek[];
  readonly busiestTotal: number;
  /** The checks of every calendar that contributed, most severe first. */
  readonly checks: readonly WgrCheck[];
}

const SEVERITY_ORDER: Readonly<Record<WgrCheck['severity'], number>> = { fout: 0, waarschuwing: 1, info: 2 };

/**
 * Lays the deadlines of several GRs that fall in one calendar year over its ISO weeks, so the griffie sees the busy
 * weeks. Pass the calendars of budget years C and C+1 for calendar year C: the cycle of budget year C+1 runs in C,
 * and the begrotingswijzigingen of C follow C's ABs.
 *
 * @example
 * buildYearView([gbtwente2027, gbtwente2028], 2027).weeks[0] //=> { week: 14, total: 2, … }
 */
export function buildYearView(calendars: readonly WgrCalendar[], calendarYear: number): YearView {
  const partnerships = new Map<number, string>();
  const weeks = new Map<string, { isoYear: number; week: number; monday: CalendarDate; byPartnership: Map<number, WgrDeadline[]> }>();
  const checks: WgrCheck[] = [];
  for (const calendar of calendars) {
    partnerships.set(calendar.partnershipId, calendar.partnershipName);
    const inYear = calendar.deadlines.filter((deadline) => calendarDateParts(deadline.lastAllowedDay).year === calendarYear);
    for (const deadline of inYear) {
      const { year, month, day } = calendarDateParts(deadline.lastAllowedDay);
      const noon = new Date(Date.UTC(year, month - 1, day, 12));
      const isoYear = getISOWeekYear(noon);
      const week = getISOWeek(noon);
      const key = `${isoYear}-${week}`;
      let entry = weeks.get(key);
      if (!entry) {
        const monday = startOfISOWeek(noon);
        entry = { isoYear, week, monday: calendarDate(monday.getFullYear(), monday.getMonth() + 1, monday.getDate()), byPartnership: new Map() };
        weeks.set(key, entry);
      }
      const list = entry.byPartnership.get(calendar.partnershipId) ?? [];
      list.push(deadline);
      entry.byPartnership.set(calendar.partnershipId, list);
    }
    // Only the findings about this year's deadlines: budget year C's kaders and adoption lie in C-1.
    const rulesInYear = new Set(inYear.map((deadline) => deadline.rule));
    checks.push(...calendar.checks.filter((check) => (check.rule === undefined ? calendar.budgetYear === calendarYear + 1 : rulesInYear.has(check.rule))));
  }
  const counted = [...weeks.values()].map((entry) => ({
    ...entry,
    total: [...entry.byPartnership.values()].reduce((sum, list) => sum + list.length, 0),
  }));
  const busiestTotal = counted.reduce((max, entry) => Math.max(max, entry.total), 0);
  return {
    calendarYear,
    partnerships: [...partnerships].map(([partnershipId, name]) => ({ partnershipId, name })).sort((left, right) => left.name.localeCompare(right.name, 'nl')),
    weeks: counted
      .sort((left, right) => compareCalendarDates(left.monday, right.monday))
      .map((entry) => ({
        isoYear: entry.isoYear,
        week: entry.week,
        monday: entry.monday,
        sunday: addDaysToCalendarDate(entry.monday, 6),
        deadlinesByPartnership: new Map(
          [...entry.byPartnership].map(([id, list]) => [id, [...list].sort((left, right) => compareCalendarDates(left.lastAllowedDay, right.lastAllowedDay))] as const),
        ),
        total: entry.total,
        isBusiest: busiestTotal >= 2 && entry.total === busiestTotal,
      })),
    busiestTotal,
    checks: [...checks].sort((left, right) => SEVERITY_ORDER[left.severity] - SEVERITY_ORDER[right.severity]),
  };
}
