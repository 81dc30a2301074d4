import type { CalendarDate } from '../models/time';
import type { SchoolRegion } from '../meetings/types';

/*
 * Dutch school holidays per region. No maintained npm library carries them, so they are data here, for
 * the school years 2025-2026 to 2027-2028, after the Rijksoverheid overview per school year:
 * https://www.rijksoverheid.nl/onderwerpen/schoolvakanties/overzicht-schoolvakanties-per-schooljaar
 * (e.g. …/overzicht-schoolvakanties-2027-2028). Dates run Saturday to Sunday, both included. The summer
 * dates are binding for schools; the others are the ministry's advice, which most schools follow. The
 * meivakantie is the fixed week plus the ministry's advisory week before it, because most schools take
 * both and members with children are away in either.
 * Checked: 2027-2028 against the Rijksoverheid page; 2025-2026 against several schools' published
 * calendars in all three regions. 2026-2027 follows the published summer rotation and schools' calendars;
 * its herfstvakantie noord and voorjaarsvakantie noord could not be checked against the ministry's page:
 * verify them there when it is at hand. Add the next school year when the ministry publishes it;
 * {@link schoolHolidayCoverage} tells the planner which years are known.
 */

export interface SchoolHoliday {
  /** Dutch name, e.g. "zomervakantie". */
  readonly name: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

type Entry = readonly [name: string, noord: readonly [string, string], midden: readonly [string, string], zuid: readonly [string, string]];

const both = (from: string, to: string): readonly [string, string] => [from, to];

const SCHOOL_YEARS: Readonly<Record<string, readonly Entry[]>> = {
  '2025-2026': [
    ['herfstvakantie', both('2025-10-18', '2025-10-26'), both('2025-10-18', '2025-10-26'), both('2025-10-11', '2025-10-19')],
    ['kerstvakantie', both('2025-12-20', '2026-01-04'), both('2025-12-20', '2026-01-04'), both('2025-12-20', '2026-01-04')],
    ['voorjaarsvakantie', both('2026-02-21', '2026-03-01'), both('2026-02-14', '2026-02-22'), both('2026-02-14', '2026-02-22')],
    ['meivakantie', both('2026-04-18', '2026-05-03'), both('2026-04-18', '2026-05-03'), both('2026-04-18', '2026-05-03')],
    ['zomervakantie', both('2026-07-04', '2026-08-16'), both('2026-07-18', '2026-08-30'), both('2026-07-11', '2026-08-23')],
  ],
  '2026-2027': [
    ['herfstvakantie', both('2026-10-10', '2026-10-18'), both('2026-10-17', '2026-10-25'), both('2026-10-17', '2026-10-25')],
    ['kerstvakantie', both('2026-12-19', '2027-01-03'), both('2026-12-19', '2027-01-03'), both('2026-12-19', '2027-01-03')],
    ['voorjaarsvakantie', both('2027-02-13', '2027-02-21'), both('2027-02-20', '2027-02-28'), both('2027-02-06', '2027-02-14')],
    ['meivakantie', both('2027-04-24', '2027-05-09'), both('2027-04-24', '2027-05-09'), both('2027-04-24', '2027-05-09')],
    ['zomervakantie', both('2027-07-03', '2027-08-15'), both('2027-07-10', '2027-08-22'), both('2027-07-17', '2027-08-29')],
  ],
  '2027-2028': [
    ['herfstvakantie', both('2027-10-16', '2027-10-24'), both('2027-10-16', '2027-10-24'), both('2027-10-23', '2027-10-31')],
    ['kerstvakantie', both('2027-12-25', '2028-01-09'), both('2027-12-25', '2028-01-09'), both('2027-12-25', '2028-01-09')],
    ['voorjaarsvakantie', both('2028-02-19', '2028-02-27'), both('2028-02-26', '2028-03-05'), both('2028-02-26', '2028-03-05')],
    ['meivakantie', both('2028-04-22', '2028-05-07'), both('2028-04-22', '2028-05-07'), both('2028-04-22', '2028-05-07')],
    ['zomervakantie', both('2028-07-15', '2028-08-27'), both('2028-07-08', '2028-08-20'), both('2028-07-22', '2028-09-03')],
  ],
};

const REGION_INDEX: Readonly<Record<SchoolRegion, 1 | 2 | 3>> = { noord: 1, midden: 2, zuid: 3 };

/**
 * The school holidays of a region that overlap a calendar year, sorted by start.
 *
 * @example
 * schoolHolidays('midden', 2026).find((holiday) => holiday.name === 'zomervakantie')
 * //=> { name: 'zomervakantie', from: '2026-07-18', to: '2026-08-30' }
 */
export function schoolHolidays(region: SchoolRegion, year: number): readonly SchoolHoliday[] {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  return Object.values(SCHOOL_YEARS)
    .flat()
    .map((entry) => {
      const [from, to] = entry[REGION_INDEX[region]];
      return { name: entry[0], from: from as CalendarDate, to: to as CalendarDate };
    })
    .filter((holiday) => holiday.to >= yearStart && holiday.from <= yearEnd)
    .sort((left, right) => (left.from < right.from ? -1 : 1));
}

/**
 * Whether the data cover a whole calendar year: the school years that end in it and start in it are
 * both present. The planner warns when they are not, instead of silently ignoring school holidays.
 */
export function schoolHolidayCoverage(year: number): boolean {
  return `${year - 1}-${year}` in SCHOOL_YEARS && `${year}-${year + 1}` in SCHOOL_YEARS;
}
