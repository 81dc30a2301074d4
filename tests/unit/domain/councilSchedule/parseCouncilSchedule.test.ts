import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCouncilSchedule, type ParsedCouncilSchedule } from '../../../../src/domain/councilSchedule';

const HOF_VAN_TWENTE = 8;
const DEMO_ICS = readFileSync(join(__dirname, '../../../../demo-data/hofVanTwenteRaad2027.demo.ics'), 'utf8');

/** A minimal feed around the given VEVENT lines, CRLF as RFC 5545 asks. */
function feed(...events: readonly (readonly string[])[]): string {
  const body = events.flatMap((lines) => ['BEGIN:VEVENT', 'DTSTAMP:20261101T090000Z', ...lines, 'END:VEVENT']);
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//NL', ...body, 'END:VCALENDAR', ''].join('\r\n');
}

function parsed(text: string): ParsedCouncilSchedule {
  const result = parseCouncilSchedule(text, { municipalityId: HOF_VAN_TWENTE });
  if (!result.ok) {
    throw new Error(`refused: ${result.message}`);
  }
  return result.schedule;
}

function refusal(text: string): string {
  const result = parseCouncilSchedule(text, { municipalityId: HOF_VAN_TWENTE });
  if (result.ok) {
    throw new Error('expected the feed to be refused');
  }
  return result.message;
}

describe('parseCouncilSchedule', () => {
  it('reads council, committee and recess entries of the demo schedule with their UIDs', () => {
    const schedule = parsed(DEMO_ICS);
    expect(schedule.calendarName).toContain('(demo)');
    const councils = schedule.entries.filter((entry) => entry.kind === 'raadsvergadering');
    const committees = schedule.entries.filter((entry) => entry.kind === 'commissievergadering');
    expect(councils.map((entry) => entry.date)).toEqual(['2027-01-26', '2027-03-09', '2027-04-13', '2027-05-25', '2027-06-29', '2027-07-06', '2027-09-21', '2027-11-02', '2027-12-14']);
    expect(committees).toHaveLength(8);
    expect(councils[0]).toEqual({
      municipalityId: HOF_VAN_TWENTE,
      kind: 'raadsvergadering',
      title: 'Raadsvergadering (demo)',
      date: '2027-01-26',
      isDemo: true,
      sourceUid: 'raad-20270126@demo.hofvantwente.example',
    });
    // The all-day recess ends on DTEND minus one day: RFC 5545 makes DTEND exclusive.
    expect(schedule.entries.find((entry) => entry.kind === 'zomerreces')).toMatchObject({ date: '2027-07-10', endDate: '2027-08-22' });
  });

  it('skips cancelled events and events that are no meeting of the raad, each with a reason', () => {
    const schedule = parsed(DEMO_ICS);
    const cancelled = schedule.skipped.find((event) => event.sourceUid === 'raad-20271005@demo.hofvantwente.example');
    expect(cancelled).toMatchObject({ cancelled: true, reason: expect.stringContaining('geannuleerd') });
    expect(schedule.entries.some((entry) => entry.date === '2027-10-05')).toBe(false);
    const informatieavond = schedule.skipped.find((event) => event.summary.startsWith('Raadsinformatieavond'));
    expect(informatieavond?.reason).toContain('Geen raadsvergadering');
    // The monthly presidium is expanded (first Tuesdays, August excluded by EXDATE), and every occurrence skipped.
    const presidium = schedule.skipped.filter((event) => event.summary.startsWith('Presidium'));
    expect(presidium).toHaveLength(11);
    expect(presidium.map((event) => event.date)).not.toContain('2027-08-03');
  });

  it('reads a timed event in UTC as its Amsterdam day: 20:00 UTC on 31 December is 1 January', () => {
    const schedule = parsed(feed(['UID:a', 'SUMMARY:Raadsvergadering', 'DTSTART:20271231T230000Z', 'DTEND:20280101T010000Z'], ['UID:b', 'SUMMARY:Raad', 'DTSTART:20271231T200000Z']));
    // 23:00 UTC on 31 December is 00:00 on 1 January in Amsterdam (CET, +01:00); 20:00 UTC is still 31 December.
    expect(schedule.entries.map((entry) => [entry.sourceUid, entry.date])).toEqual([
      ['b', '2027-12-31'],
      ['a', '2028-01-01'],
    ]);
  });

  it('uses the TZID of a timed event, also without a VTIMEZONE, and Amsterdam for floating times', () => {
    const schedule = parsed(
      feed(
        // 08:00 in Tokyo on 1 June is 01:00 in Amsterdam on the same day; 07:00 Tokyo is 31 May 00:00 Amsterdam.
        ['UID:tokyo-1', 'SUMMARY:Commissie', 'DTSTART;TZID=Asia/Tokyo:20270601T080000'],
        ['UID:tokyo-2', 'SUMMARY:Commissie', 'DTSTART;TZID=Asia/Tokyo:20270601T065959'],
        ['UID:floating', 'SUMMARY:Gemeenteraad', 'DTSTART:20270602T233000'],
      ),
    );
    expect(Object.fromEntries(schedule.entries.map((entry) => [entry.sourceUid, entry.date]))).toEqual({
      'tokyo-1': '2027-06-01',
      'tokyo-2': '2027-05-31',
      floating: '2027-06-02',
    });
  });

  it('uses a time zone the feed defines in a VTIMEZONE, also under a non-IANA name, and keys timed recurrences by their Amsterdam day', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//NL',
      'BEGIN:VTIMEZONE',
      'TZID:Tokio (eigen definitie)',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:+0900',
      'TZOFFSETTO:+0900',
      'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT',
      'UID:cie-tokio',
      'DTSTAMP:20261101T090000Z',
      // 05:00 at +09:00 is 20:00 UTC the day before: 22:00 in Amsterdam (CEST) on 31 May.
      'DTSTART;TZID=Tokio (eigen definitie):20270601T050000',
      'SUMMARY:Commissie',
      'RRULE:FREQ=WEEKLY;COUNT=2',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect(parsed(text).entries.map((entry) => [entry.sourceUid, entry.date])).toEqual([
      ['cie-tokio/2027-05-31', '2027-05-31'],
      ['cie-tokio/2027-06-07', '2027-06-07'],
    ]);
  });

  it('expands a recurring committee, keyed by UID and original day, with a moved and a cancelled occurrence', () => {
    const schedule = parsed(
      feed(
        ['UID:cie', 'SUMMARY:Commissie Samenleving', 'DTSTART;VALUE=DATE:20270105', 'RRULE:FREQ=WEEKLY;INTERVAL=4;COUNT=4'],
        ['UID:cie', 'RECURRENCE-ID;VALUE=DATE:20270202', 'SUMMARY:Commissie Samenleving (verplaatst)', 'DTSTART;VALUE=DATE:20270204'],
        ['UID:cie', 'RECURRENCE-ID;VALUE=DATE:20270302', 'SUMMARY:Commissie Samenleving', 'DTSTART;VALUE=DATE:20270302', 'STATUS:CANCELLED'],
      ),
    );
    expect(schedule.entries.map((entry) => [entry.sourceUid, entry.date, entry.title])).toEqual([
      ['cie/2027-01-05', '2027-01-05', 'Commissie Samenleving'],
      ['cie/2027-02-02', '2027-02-04', 'Commissie Samenleving (verplaatst)'],
      ['cie/2027-03-30', '2027-03-30', 'Commissie Samenleving'],
    ]);
    expect(schedule.skipped).toEqual([expect.objectContaining({ sourceUid: 'cie/2027-03-02', cancelled: true })]);
  });

  it('ends a timed recess on the day of its end, and an end at midnight on the day before', () => {
    const schedule = parsed(
      feed(
        ['UID:r1', 'SUMMARY:Kerstreces', 'DTSTART;TZID=Europe/Amsterdam:20271220T000000', 'DTEND;TZID=Europe/Amsterdam:20280103T000000'],
        ['UID:r2', 'SUMMARY:Reces', 'DTSTART;VALUE=DATE:20270710', 'DURATION:P6W1D'],
      ),
    );
    expect(schedule.entries.map((entry) => [entry.sourceUid, entry.date, entry.endDate])).toEqual([
      ['r2', '2027-07-10', '2027-08-21'],
      ['r1', '2027-12-20', '2028-01-02'],
    ]);
  });

  it('tells a committee of the raad from the raad, and skips events without a UID', () => {
    const schedule = parsed(
      feed(['UID:c', 'SUMMARY:Raadscommissie Ruimte', 'DTSTART;VALUE=DATE:20270301'], ['SUMMARY:Raadsvergadering', 'DTSTART;VALUE=DATE:20270302'], ['UID:x', 'SUMMARY:Overleg', 'CATEGORIES:Overig,Gemeenteraad', 'DTSTART;VALUE=DATE:20270303']),
    );
    expect(schedule.entries.map((entry) => [entry.sourceUid, entry.kind])).toEqual([
      ['c', 'commissievergadering'],
      ['x', 'raadsvergadering'],
    ]);
    expect(schedule.skipped).toEqual([expect.objectContaining({ summary: 'Raadsvergadering', reason: expect.stringContaining('geen UID') })]);
    expect(schedule.entries.every((entry) => !entry.isDemo)).toBe(true);
  });

  it('keeps the first of two events with the same UID and reports the second', () => {
    const schedule = parsed(feed(['UID:dubbel', 'SUMMARY:Raadsvergadering', 'DTSTART;VALUE=DATE:20270126'], ['UID:dubbel', 'SUMMARY:Raadsvergadering', 'DTSTART;VALUE=DATE:20270202']));
    expect(schedule.entries.map((entry) => entry.date)).toEqual(['2027-01-26']);
    expect(schedule.skipped).toEqual([expect.objectContaining({ date: '2027-02-02', reason: expect.stringContaining('UID komt vaker voor') })]);
  });

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body>Not found</body></html>', 'geen iCalendar-bestand'],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n', 'geen iCalendar-bestand'],
    ['a calendar without events', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n', 'geen enkele afspraak'],
    ['a truncated calendar', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:1\r\n', 'onleesbaar'],
    ['an empty file', '', 'geen iCalendar-bestand'],
  ])('refuses %s as a whole with a Dutch message', (_label, text, expected) => {
    const message = refusal(text);
    expect(message).toContain(expected);
    expect(message).toContain('niets geïmporteerd');
  });

  it('refuses the whole feed when one date is unreadable, even if other events are fine', () => {
    const message = refusal(feed(['UID:ok', 'SUMMARY:Raadsvergadering', 'DTSTART;VALUE=DATE:20270126'], ['UID:bad', 'SUMMARY:Commissie', 'DTSTART:2027foo']));
    expect(message).toContain("'Commissie'");
    expect(message).toContain('onleesbaar');
  });

  it('refuses a feed whose TZID is neither defined nor a known zone', () => {
    expect(refusal(feed(['UID:z', 'SUMMARY:Raadsvergadering', 'DTSTART;TZID=Mars/Olympus:20270126T193000']))).toContain("tijdzone 'Mars/Olympus'");
  });

  it('refuses an event without a start', () => {
    expect(refusal(feed(['UID:n', 'SUMMARY:Raadsvergadering']))).toContain('DTSTART ontbreekt');
  });
});
