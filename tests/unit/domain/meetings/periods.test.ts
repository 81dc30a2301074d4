import { daysBetween, isoWeekday, lastDayOfMonth, periodsOfYear, shiftDays } from '../../../../src/domain/meetings';
import { addDaysToCalendarDate, parseCalendarDate } from '../../../../src/domain/time';

describe('periods of a rule', () => {
  it('cuts a leap year into quarters ending on the right days', () => {
    expect(periodsOfYear(2028, 'quarter').map((period) => [period.from, period.to])).toEqual([
      ['2028-01-01', '2028-03-31'],
      ['2028-04-01', '2028-06-30'],
      ['2028-07-01', '2028-09-30'],
      ['2028-10-01', '2028-12-31'],
    ]);
    expect(periodsOfYear(2028, 'month')[1]).toEqual({ from: '2028-02-01', to: '2028-02-29', label: 'in februari 2028' });
    expect(lastDayOfMonth(2027, 2)).toBe('2027-02-28');
  });

  it('names the season period in Dutch', () => {
    expect(periodsOfYear(2026, 'year', 'najaar')).toEqual([{ from: '2026-09-01', to: '2026-11-30', label: 'in het najaar van 2026' }]);
    expect(periodsOfYear(2026, 'year', 'winter')[0].label).toBe('in de winter van 2026');
  });
});

describe('shiftDays', () => {
  it('agrees with the time library across leap days, DST switches and year ends', () => {
    for (const start of ['2028-02-27', '2026-03-27', '2026-10-24', '2026-12-30', '2027-01-02']) {
      for (const days of [-15, -14, -1, 0, 1, 2, 14, 366]) {
        const date = parseCalendarDate(start);
        expect([start, days, shiftDays(date, days)]).toEqual([start, days, addDaysToCalendarDate(date, days)]);
      }
    }
  });

  it('counts days and weekdays', () => {
    expect(daysBetween(parseCalendarDate('2028-02-15'), parseCalendarDate('2028-03-01'))).toBe(15);
    expect(isoWeekday(parseCalendarDate('2027-03-04'))).toBe(4);
    expect(isoWeekday(parseCalendarDate('2027-03-07'))).toBe(7);
  });
});
