import Holidays from 'date-holidays';
import type { CalendarDate } from '../models';
import { calendarDateParts } from '../time';
import type { WorkingDayCalendar } from './workingDays';

/**
 * Dutch public holidays from `date-holidays` (type "public"), plus 5 May, which the Algemene termijnenwet
 * (art. 3(1)) counts every year while `date-holidays` marks it public only once in five years. The holiday data
 * is large: web parts load this module lazily (webpackChunkName 'dutch-holidays').
 */
export function dutchWorkingDays(): WorkingDayCalendar {
  const holidays = new Holidays('NL', { types: ['public'] });
  const byYear = new Map<number, ReadonlyMap<string, string>>();
  const namesOf = (year: number): ReadonlyMap<string, string> => {
    let names = byYear.get(year);
    if (!names) {
      const map = new Map<string, string>();
      for (const holiday of holidays.getHolidays(year)) {
        map.set(holiday.date.slice(0, 10), holiday.name);
      }
      map.set(`${year}-05-05`, map.get(`${year}-05-05`) ?? 'Bevrijdingsdag');
      names = map;
      byYear.set(year, names);
    }
    return names;
  };
  return {
    holidayName: (date: CalendarDate) => namesOf(calendarDateParts(date).year).get(date),
  };
}
