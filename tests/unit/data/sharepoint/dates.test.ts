import type { CalendarDate, ZonedDateTime } from '../../../../src/domain/models';
import {
  calendarDateFromSharePoint,
  calendarDateToSharePoint,
  calendarDateToUtc,
  zonedDateTimeFromSharePoint,
  zonedDateTimeToUtc,
} from '../../../../src/data/sharepoint/dates';

const date = (value: string): CalendarDate => value as CalendarDate;
const zoned = (value: string): ZonedDateTime => value as ZonedDateTime;

describe('date-only values (CalendarDate ⇄ SharePoint)', () => {
  it('writes midnight in Amsterdam with the winter offset', () => {
    expect(calendarDateToSharePoint(date('2026-03-05'))).toBe('2026-03-05T00:00:00+01:00');
  });

  it('writes midnight with the summer offset after the March switch', () => {
    expect(calendarDateToSharePoint(date('2026-03-30'))).toBe('2026-03-30T00:00:00+02:00');
  });

  it('reads the UTC instant SharePoint stores back as the Amsterdam day', () => {
    expect(calendarDateFromSharePoint('2026-03-04T23:00:00Z')).toBe('2026-03-05');
    expect(calendarDateFromSharePoint('2026-07-14T22:00:00Z')).toBe('2026-07-15');
  });

  it.each(['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26', '2026-12-31', '2027-01-01'])(
    'round-trips %s through the stored UTC instant across the DST switches',
    (day) => {
      const stored = calendarDateToUtc(date(day));
      expect(calendarDateFromSharePoint(stored)).toBe(day);
    },
  );

  it('gives the UTC instants of the DST days themselves (midnight is before both switches)', () => {
    expect(calendarDateToUtc(date('2026-03-29'))).toBe('2026-03-28T23:00:00Z');
    expect(calendarDateToUtc(date('2026-10-25'))).toBe('2026-10-24T22:00:00Z');
  });

  it('rejects text that is not a calendar date', () => {
    expect(() => calendarDateToSharePoint(date('5 maart 2026'))).toThrow(RangeError);
  });
});

describe('date-time values (ZonedDateTime ⇄ SharePoint)', () => {
  it('writes the instant in UTC', () => {
    expect(zonedDateTimeToUtc(zoned('2026-03-05T14:00:00+01:00'))).toBe('2026-03-05T13:00:00Z');
  });

  it('reads UTC back as Amsterdam wall time with its offset', () => {
    expect(zonedDateTimeFromSharePoint('2026-03-05T13:00:00Z')).toBe('2026-03-05T14:00:00+01:00');
  });

  it('skips the missing hour on 29 March 2026: 01:30 UTC is 03:30 summer time', () => {
    expect(zonedDateTimeFromSharePoint('2026-03-29T00:30:00Z')).toBe('2026-03-29T01:30:00+01:00');
    expect(zonedDateTimeFromSharePoint('2026-03-29T01:30:00Z')).toBe('2026-03-29T03:30:00+02:00');
  });

  it('keeps the two 02:30s of 25 October 2026 apart by their offsets', () => {
    const firstHalf = zonedDateTimeFromSharePoint('2026-10-25T00:30:00Z');
    const secondHalf = zonedDateTimeFromSharePoint('2026-10-25T01:30:00Z');
    expect(firstHalf).toBe('2026-10-25T02:30:00+02:00');
    expect(secondHalf).toBe('2026-10-25T02:30:00+01:00');
    expect(zonedDateTimeToUtc(firstHalf)).toBe('2026-10-25T00:30:00Z');
    expect(zonedDateTimeToUtc(secondHalf)).toBe('2026-10-25T01:30:00Z');
  });

  it('rejects a date-time without an offset, which would be ambiguous', () => {
    expect(() => zonedDateTimeToUtc(zoned('2026-03-05T14:00:00'))).toThrow(RangeError);
  });
});
