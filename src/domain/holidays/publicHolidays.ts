import Holidays from 'date-holidays';
import type { CalendarDate } from '../models/time';

/*
 * Dutch public holidays from `date-holidays` (a maintained library with the Dutch rules, including Easter
 * and Koningsdag moving off a Sunday). Avoided for meetings: the public holidays, plus Goede Vrijdag and
 * Bevrijdingsdag, which the library marks as "school" days: national holidays on which many municipal
 * offices and members are off.
 */

/** A day to avoid, with its Dutch name. */
export interface NamedDay {
  readonly date: CalendarDate;
  readonly name: string;
}

const AVOIDED_NON_PUBLIC = new Set(['Goede Vrijdag', 'Bevrijdingsdag']);
const cache = new Map<number, readonly NamedDay[]>();
let calendar: Holidays | undefined;

/**
 * The Dutch public holidays of a year (plus Goede Vrijdag and Bevrijdingsdag), sorted by date.
 *
 * @example
 * dutchPublicHolidays(2027).find((day) => day.date === '2027-04-27') //=> { date: '2027-04-27', name: 'Koningsdag' }
 */
export function dutchPublicHolidays(year: number): readonly NamedDay[] {
  const cached = cache.get(year);
  if (cached) {
    return cached;
  }
  calendar ??= new Holidays('NL', { languages: ['nl'], timezone: 'Europe/Amsterdam' });
  const days = calendar
    .getHolidays(year, 'nl')
    .filter((holiday) => holiday.type === 'public' || AVOIDED_NON_PUBLIC.has(holiday.name))
    .map((holiday) => ({ date: holiday.date.slice(0, 10) as CalendarDate, name: holiday.name }))
    .sort((left, right) => (left.date < right.date ? -1 : left.date > right.date ? 1 : 0));
  cache.set(year, days);
  return days;
}
