import {
  compareZonedDateTimes,
  isZonedDateTime,
  parseZonedDateTime,
  resolveWallTime,
  toInstant,
  toUtcIsoString,
  wallTimeParts,
  zonedDateTime,
  zonedDateTimeOfInstant,
} from '../../../../src/domain/time';

describe('zonedDateTime', () => {
  it('writes a winter afternoon with +01:00', () => {
    expect(zonedDateTime('2026-03-05', '14:00')).toBe('2026-03-05T14:00:00+01:00');
  });

  it('writes a summer afternoon with +02:00', () => {
    expect(zonedDateTime('2026-07-01', '14:00')).toBe('2026-07-01T14:00:00+02:00');
  });

  it('uses the leap day', () => {
    expect(zonedDateTime('2028-02-29', '09:30')).toBe('2028-02-29T09:30:00+01:00');
  });

  it('uses the new offset right after the spring switch and the old one right before', () => {
    expect(zonedDateTime('2026-03-29', '01:59')).toBe('2026-03-29T01:59:00+01:00');
    expect(zonedDateTime('2026-03-29', '03:00')).toBe('2026-03-29T03:00:00+02:00');
  });

  it('moves a time in the spring gap forward by the hour the clock skips', () => {
    expect(zonedDateTime('2026-03-29', '02:30')).toBe('2026-03-29T03:30:00+02:00');
    expect(zonedDateTime('2026-03-29', '02:00')).toBe('2026-03-29T03:00:00+02:00');
  });

  it('takes the first (summer-time) occurrence of the repeated autumn hour by default', () => {
    expect(zonedDateTime('2026-10-25', '02:30')).toBe('2026-10-25T02:30:00+02:00');
  });

  it('takes the second occurrence when asked for the later one', () => {
    expect(zonedDateTime('2026-10-25', '02:30', 'later')).toBe('2026-10-25T02:30:00+01:00');
  });

  it('throws in the gap and in the repeated hour when asked to reject', () => {
    expect(() => zonedDateTime('2026-03-29', '02:30', 'reject')).toThrow(/does not exist/);
    expect(() => zonedDateTime('2026-10-25', '02:30', 'reject')).toThrow(/occurs twice/);
    expect(zonedDateTime('2026-10-25', '03:00', 'reject')).toBe('2026-10-25T03:00:00+01:00');
  });

  it.each([
    ['2026-02-30', '14:00'],
    ['05-03-2026', '14:00'],
    ['2026-03-05', '24:00'],
    ['2026-03-05', '14:60'],
    ['2026-03-05', '9:00'],
    ['2026-03-05', '14:00:00'],
  ])('rejects %s %s', (date, time) => {
    expect(() => zonedDateTime(date, time)).toThrow(RangeError);
  });
});

describe('resolveWallTime', () => {
  it('reports an ordinary time as exact', () => {
    expect(resolveWallTime('2026-03-05', '14:00')).toEqual({ kind: 'exact', value: '2026-03-05T14:00:00+01:00' });
  });

  it('reports the spring gap with the time it shifts to', () => {
    expect(resolveWallTime('2026-03-29', '02:30')).toEqual({ kind: 'gap', shifted: '2026-03-29T03:30:00+02:00' });
  });

  it('reports both instants of the repeated autumn hour, an hour apart', () => {
    const resolution = resolveWallTime('2026-10-25', '02:30');
    expect(resolution).toEqual({ kind: 'repeated', earlier: '2026-10-25T02:30:00+02:00', later: '2026-10-25T02:30:00+01:00' });
    if (resolution.kind === 'repeated') {
      expect(toInstant(resolution.later).getTime() - toInstant(resolution.earlier).getTime()).toBe(60 * 60 * 1000);
    }
  });
});

describe('parseZonedDateTime', () => {
  it('accepts an Amsterdam date-time with the offset in force', () => {
    expect(parseZonedDateTime('2026-10-25T02:30:00+01:00')).toBe('2026-10-25T02:30:00+01:00');
  });

  it.each([
    ['2026-07-01T14:00:00+01:00', 'a winter offset in summer'],
    ['2026-03-05T14:00:00Z', 'UTC'],
    ['2026-03-05T14:00:00', 'no offset'],
    ['2026-03-05 14:00', 'a space and no seconds'],
    ['2026-03-29T02:30:00+01:00', 'a time in the spring gap'],
    ['2026-02-30T14:00:00+01:00', 'a day that does not exist'],
    ['2026-03-05T14:00:00.000+01:00', 'milliseconds'],
  ])('rejects %s (%s)', (text) => {
    expect(isZonedDateTime(text)).toBe(false);
    expect(() => parseZonedDateTime(text)).toThrow(RangeError);
  });
});

describe('conversions to and from UTC', () => {
  it('turns a zoned date-time into the UTC string SharePoint and Graph use', () => {
    expect(toUtcIsoString(parseZonedDateTime('2026-03-05T14:00:00+01:00'))).toBe('2026-03-05T13:00:00Z');
    expect(toUtcIsoString(parseZonedDateTime('2026-07-01T14:00:00+02:00'))).toBe('2026-07-01T12:00:00Z');
  });

  it('reads a UTC instant back as Amsterdam wall time', () => {
    expect(zonedDateTimeOfInstant('2026-03-05T13:00:00Z')).toBe('2026-03-05T14:00:00+01:00');
    expect(zonedDateTimeOfInstant(new Date('2026-07-01T12:00:00Z'))).toBe('2026-07-01T14:00:00+02:00');
  });

  it('tells the two 02:30s of 25 October apart by their instants', () => {
    expect(zonedDateTimeOfInstant('2026-10-25T00:30:00Z')).toBe('2026-10-25T02:30:00+02:00');
    expect(zonedDateTimeOfInstant('2026-10-25T01:30:00Z')).toBe('2026-10-25T02:30:00+01:00');
  });

  it('round-trips every half hour across both DST switches', () => {
    for (const start of ['2026-03-28T20:00:00Z', '2026-10-24T20:00:00Z']) {
      for (let step = 0; step < 24; step += 1) {
        const instant = new Date(Date.parse(start) + step * 30 * 60 * 1000);
        const zoned = zonedDateTimeOfInstant(instant);
        expect(isZonedDateTime(zoned)).toBe(true);
        expect(toInstant(zoned).getTime()).toBe(instant.getTime());
      }
    }
  });

  it('accepts an instant with an offset and drops milliseconds', () => {
    expect(zonedDateTimeOfInstant('2026-03-05T15:00:00.999+02:00')).toBe('2026-03-05T14:00:00+01:00');
  });

  it('refuses a date-time without zone, which would depend on the host', () => {
    expect(() => zonedDateTimeOfInstant('2026-03-05T13:00:00')).toThrow(RangeError);
  });

  it('compares instants rather than text in the repeated hour', () => {
    const secondHalfPast = parseZonedDateTime('2026-10-25T02:30:00+01:00');
    const firstQuarterTo = parseZonedDateTime('2026-10-25T02:45:00+02:00');
    expect(compareZonedDateTimes(secondHalfPast, firstQuarterTo)).toBeGreaterThan(0);
  });

  it('splits a zoned date-time into the date and time a form shows', () => {
    expect(wallTimeParts(parseZonedDateTime('2026-03-05T14:00:00+01:00'))).toEqual({ date: '2026-03-05', time: '14:00' });
  });
});
