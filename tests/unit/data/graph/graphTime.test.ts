import type { ZonedDateTime } from '../../../../src/domain/models';
import { fromGraphDateTime, instantOfZoned, toGraphDateTime, toUtcIso, toZonedDateTime } from '../../../../src/data/graph/graphTime';

const at = (value: string): ZonedDateTime => value as ZonedDateTime;

describe('toGraphDateTime', () => {
  it('writes a winter time as Amsterdam wall time in the Windows zone', () => {
    expect(toGraphDateTime(at('2026-03-05T14:00:00+01:00'))).toEqual({ dateTime: '2026-03-05T14:00:00', timeZone: 'W. Europe Standard Time' });
  });

  it('writes a summer time as Amsterdam wall time in the same zone', () => {
    expect(toGraphDateTime(at('2026-07-02T10:00:00+02:00'))).toEqual({ dateTime: '2026-07-02T10:00:00', timeZone: 'W. Europe Standard Time' });
  });

  it('reads the instant, not the offset text, when the offset is not Amsterdam’s', () => {
    expect(toGraphDateTime(at('2026-03-05T13:00:00Z'))).toEqual({ dateTime: '2026-03-05T14:00:00', timeZone: 'W. Europe Standard Time' });
  });

  it('writes the first hour after summer time starts on 2026-03-29 in Amsterdam time', () => {
    expect(toGraphDateTime(at('2026-03-29T03:00:00+02:00'))).toEqual({ dateTime: '2026-03-29T03:00:00', timeZone: 'W. Europe Standard Time' });
    expect(toGraphDateTime(at('2026-03-29T01:59:00+01:00'))).toEqual({ dateTime: '2026-03-29T01:59:00', timeZone: 'W. Europe Standard Time' });
  });

  it('writes both 02:30s of 2026-10-25 in UTC, because the wall time alone is ambiguous', () => {
    expect(toGraphDateTime(at('2026-10-25T02:30:00+02:00'))).toEqual({ dateTime: '2026-10-25T00:30:00', timeZone: 'UTC' });
    expect(toGraphDateTime(at('2026-10-25T02:30:00+01:00'))).toEqual({ dateTime: '2026-10-25T01:30:00', timeZone: 'UTC' });
  });

  it('writes the hours around the repeated hour of 2026-10-25 in Amsterdam time', () => {
    expect(toGraphDateTime(at('2026-10-25T01:59:00+02:00'))).toEqual({ dateTime: '2026-10-25T01:59:00', timeZone: 'W. Europe Standard Time' });
    expect(toGraphDateTime(at('2026-10-25T03:00:00+01:00'))).toEqual({ dateTime: '2026-10-25T03:00:00', timeZone: 'W. Europe Standard Time' });
  });

  it('refuses a date-time without an offset', () => {
    expect(() => toGraphDateTime(at('2026-03-05T14:00:00'))).toThrow(RangeError);
  });
});

describe('fromGraphDateTime', () => {
  it('reads a UTC time as Amsterdam time with the winter offset', () => {
    expect(fromGraphDateTime({ dateTime: '2026-03-05T13:00:00.0000000', timeZone: 'UTC' })).toBe('2026-03-05T14:00:00+01:00');
  });

  it('reads a UTC time as Amsterdam time with the summer offset', () => {
    expect(fromGraphDateTime({ dateTime: '2026-07-02T08:00:00.0000000', timeZone: 'UTC' })).toBe('2026-07-02T10:00:00+02:00');
  });

  it('jumps from 01:59 to 03:00 when summer time starts at 01:00 UTC on 2026-03-29', () => {
    expect(fromGraphDateTime({ dateTime: '2026-03-29T00:59:00.0000000', timeZone: 'UTC' })).toBe('2026-03-29T01:59:00+01:00');
    expect(fromGraphDateTime({ dateTime: '2026-03-29T01:00:00.0000000', timeZone: 'UTC' })).toBe('2026-03-29T03:00:00+02:00');
  });

  it('repeats 02:00 with the winter offset when summer time ends at 01:00 UTC on 2026-10-25', () => {
    expect(fromGraphDateTime({ dateTime: '2026-10-25T00:59:00.0000000', timeZone: 'UTC' })).toBe('2026-10-25T02:59:00+02:00');
    expect(fromGraphDateTime({ dateTime: '2026-10-25T01:00:00.0000000', timeZone: 'UTC' })).toBe('2026-10-25T02:00:00+01:00');
  });

  it('reads a wall time in the Windows zone Graph answers with when asked for Amsterdam time', () => {
    expect(fromGraphDateTime({ dateTime: '2026-07-02T10:00:00.0000000', timeZone: 'W. Europe Standard Time' })).toBe('2026-07-02T10:00:00+02:00');
    expect(fromGraphDateTime({ dateTime: '2026-12-01T10:00:00.0000000', timeZone: 'Europe/Amsterdam' })).toBe('2026-12-01T10:00:00+01:00');
  });

  it('refuses a zone it does not know', () => {
    expect(() => fromGraphDateTime({ dateTime: '2026-07-02T10:00:00', timeZone: 'Middle Earth Time' })).toThrow(RangeError);
  });
});

describe('round trip through Graph', () => {
  it('keeps every quarter of an hour on both switch days, whichever zone Graph answers in', () => {
    for (const day of ['2026-03-29', '2026-10-25']) {
      const midnightUtc = Date.parse(`${day}T00:00:00Z`) - 2 * 3600_000;
      for (let quarter = 0; quarter < 4 * 6; quarter += 1) {
        const zoned = toZonedDateTime(new Date(midnightUtc + quarter * 15 * 60_000));
        const sent = toGraphDateTime(zoned);
        expect(fromGraphDateTime(sent)).toBe(zoned);
        expect(fromGraphDateTime({ dateTime: `${toUtcIso(zoned).slice(0, 19)}.0000000`, timeZone: 'UTC' })).toBe(zoned);
      }
    }
  });

  it('names the same instant as the ISO offset string', () => {
    expect(instantOfZoned(at('2026-10-25T02:30:00+01:00')).toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(toUtcIso(at('2026-03-29T03:00:00+02:00'))).toBe('2026-03-29T01:00:00Z');
  });
});
