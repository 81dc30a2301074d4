import {
  formatDutchDate,
  formatDutchDateTime,
  formatDutchShortDate,
  formatDutchTime,
  parseCalendarDate,
  parseZonedDateTime,
} from '../../../../src/domain/time';

describe('Dutch formatting', () => {
  it('writes a date out in full', () => {
    expect(formatDutchDate(parseCalendarDate('2026-03-05'))).toBe('5 maart 2026');
    expect(formatDutchDate(parseCalendarDate('2028-02-29'))).toBe('29 februari 2028');
  });

  it('writes a short date with weekday and a month without full stop', () => {
    expect(formatDutchShortDate(parseCalendarDate('2026-03-05'))).toBe('do 5 mrt 2026');
    expect(formatDutchShortDate(parseCalendarDate('2026-05-05'))).toBe('di 5 mei 2026');
  });

  it('writes a meeting time in Amsterdam wall time', () => {
    expect(formatDutchDateTime(parseZonedDateTime('2026-03-05T14:00:00+01:00'))).toBe('do 5 mrt 2026 14:00');
    expect(formatDutchDateTime(parseZonedDateTime('2026-07-01T14:00:00+02:00'))).toBe('wo 1 jul 2026 14:00');
    expect(formatDutchTime(parseZonedDateTime('2026-10-25T02:30:00+01:00'))).toBe('02:30');
  });
});
