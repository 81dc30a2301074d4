import {
  addDaysToCalendarDate,
  addMonthsToCalendarDate,
  calendarDate,
  calendarDateOfInstant,
  calendarDateParts,
  compareCalendarDates,
  isCalendarDate,
  parseCalendarDate,
} from '../../../../src/domain/time';

describe('parseCalendarDate', () => {
  it('accepts a real day written as yyyy-MM-dd', () => {
    expect(parseCalendarDate('2026-04-30')).toBe('2026-04-30');
  });

  it('accepts the leap day of a leap year', () => {
    expect(parseCalendarDate('2028-02-29')).toBe('2028-02-29');
  });

  it.each([
    ['2026-02-30', 'a day February does not have'],
    ['2026-02-29', 'a leap day in a common year'],
    ['2100-02-29', 'a leap day in a century year that is no leap year'],
    ['2026-13-01', 'month 13'],
    ['2026-04-31', 'the 31st of a 30-day month'],
    ['2026-00-10', 'month 0'],
    ['2026-04-00', 'day 0'],
    ['30-04-2026', 'the Dutch dd-MM-yyyy order'],
    ['2026/04/30', 'slashes'],
    ['2026-4-30', 'a month without leading zero'],
    ['2026-04-30T00:00:00Z', 'a date-time'],
    [' 2026-04-30', 'leading whitespace'],
    ['', 'an empty string'],
  ])('rejects %s (%s)', (text) => {
    expect(() => parseCalendarDate(text)).toThrow(RangeError);
    expect(isCalendarDate(text)).toBe(false);
  });
});

describe('calendarDate', () => {
  it('builds a date from year, month (1-12) and day', () => {
    expect(calendarDate(2026, 3, 5)).toBe('2026-03-05');
  });

  it('refuses a day that does not exist', () => {
    expect(() => calendarDate(2027, 2, 29)).toThrow(RangeError);
  });

  it('splits a date into its parts', () => {
    expect(calendarDateParts(parseCalendarDate('2028-02-29'))).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('calendar arithmetic', () => {
  it('adds three months', () => {
    expect(addMonthsToCalendarDate(parseCalendarDate('2026-07-15'), 3)).toBe('2026-10-15');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonthsToCalendarDate(parseCalendarDate('2026-11-30'), 3)).toBe('2027-02-28');
    expect(addMonthsToCalendarDate(parseCalendarDate('2027-11-30'), 3)).toBe('2028-02-29');
  });

  it('moves the leap day to 28 February a year later', () => {
    expect(addMonthsToCalendarDate(parseCalendarDate('2028-02-29'), 12)).toBe('2029-02-28');
  });

  it('adds days across the leap day and the DST switch without losing a day', () => {
    expect(addDaysToCalendarDate(parseCalendarDate('2028-02-28'), 1)).toBe('2028-02-29');
    expect(addDaysToCalendarDate(parseCalendarDate('2026-03-28'), 2)).toBe('2026-03-30');
    expect(addDaysToCalendarDate(parseCalendarDate('2026-10-24'), 2)).toBe('2026-10-26');
  });

  it('goes back with a negative number', () => {
    expect(addDaysToCalendarDate(parseCalendarDate('2026-01-01'), -1)).toBe('2025-12-31');
  });

  it('sorts dates chronologically', () => {
    const dates = ['2027-01-01', '2026-12-31', '2026-04-30'].map(parseCalendarDate);
    expect([...dates].sort(compareCalendarDates)).toEqual(['2026-04-30', '2026-12-31', '2027-01-01']);
  });
});

describe('calendarDateOfInstant', () => {
  it('gives the Amsterdam day, not the UTC day, just after midnight', () => {
    expect(calendarDateOfInstant(new Date('2026-03-28T23:30:00Z'))).toBe('2026-03-29');
    expect(calendarDateOfInstant(new Date('2026-07-31T22:30:00Z'))).toBe('2026-08-01');
  });

  it('keeps the day before midnight in Amsterdam', () => {
    expect(calendarDateOfInstant(new Date('2026-11-26T22:59:59Z'))).toBe('2026-11-26');
  });

  it('refuses an invalid Date', () => {
    expect(() => calendarDateOfInstant(new Date('not a date'))).toThrow(RangeError);
  });
});
