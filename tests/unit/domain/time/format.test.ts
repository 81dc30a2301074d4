import { format } from 'date-fns';
import { nl } from 'date-fns/locale/nl';
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

describe('formatDutchDate without date-fns pattern parsing', () => {
  it("writes every day of 2024–2028 exactly as date-fns' Dutch 'd MMMM yyyy' does", () => {
    const written: string[] = [];
    const expected: string[] = [];
    for (let day = Date.UTC(2024, 0, 1); day <= Date.UTC(2028, 11, 31); day += 86_400_000) {
      const text = new Date(day).toISOString().slice(0, 10);
      written.push(formatDutchDate(parseCalendarDate(text)));
      expected.push(format(new Date(`${text}T12:00:00Z`), 'd MMMM yyyy', { locale: nl }));
    }
    expect(written).toEqual(expected);
    expect(written).toContain('29 februari 2028');
  });
});
