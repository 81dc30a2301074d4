import type { CalendarDate } from '../models/time';
import type { SchoolRegion } from '../meetings/types';
import { dutchPublicHolidays } from './publicHolidays';
import { schoolHolidays } from './schoolHolidays';

/** Tells why a day is not suitable for a meeting (a Dutch reason), or `undefined` when it is free. */
export type DayCalendar = (date: CalendarDate) => string | undefined;

/**
 * The days a planner avoids: Dutch public holidays and, with a region, that region's school holidays.
 * Built once per planning run; lookups are by date.
 *
 * @example
 * const calendar = dutchDayCalendar({ schoolRegion: 'midden' });
 * calendar('2027-04-27') //=> 'Koningsdag'
 * calendar('2027-07-14') //=> 'zomervakantie (regio midden)'
 */
export function dutchDayCalendar(options: { readonly schoolRegion?: SchoolRegion } = {}): DayCalendar {
  const known = new Map<number, ReadonlyMap<string, string>>();
  const daysOf = (year: number): ReadonlyMap<string, string> => {
    let days = known.get(year);
    if (!days) {
      const map = new Map<string, string>();
      for (const holiday of dutchPublicHolidays(year)) {
        map.set(holiday.date, holiday.name);
      }
      days = map;
      known.set(year, days);
    }
    return days;
  };
  const region = options.schoolRegion;
  const schoolByYear = new Map<number, ReturnType<typeof schoolHolidays>>();
  const schoolOf = (year: number): ReturnType<typeof schoolHolidays> => {
    let holidays = schoolByYear.get(year);
    if (!holidays) {
      holidays = region ? schoolHolidays(region, year) : [];
      schoolByYear.set(year, holidays);
    }
    return holidays;
  };
  return (date) => {
    const holiday = daysOf(Number(date.slice(0, 4))).get(date);
    if (holiday) {
      return holiday;
    }
    if (region) {
      const school = schoolOf(Number(date.slice(0, 4))).find((range) => date >= range.from && date <= range.to);
      if (school) {
        return `${school.name} (regio ${region})`;
      }
    }
    return undefined;
  };
}
