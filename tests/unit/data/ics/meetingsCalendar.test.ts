import ICAL from 'ical.js';
import { meetingsCalendarFileName, meetingsToIcs } from '../../../../src/data/ics';
import type { Meeting, Stored } from '../../../../src/domain/models';
import { zonedDateTime, zonedDateTimeOfInstant } from '../../../../src/domain/time';

const body = { name: 'Algemeen Bestuur – AB', shortName: 'AB', purpose: 'is geregeld in de GR' };

function meeting(id: number, date: string, from: string, until: string, status: Meeting['status'] = 'gepland'): Stored<Meeting> {
  return {
    id,
    etag: `"${id + 1}"`,
    bodyId: 1,
    partnershipId: 1,
    title: `AB GBTwente ${date}`,
    start: zonedDateTime(date, from),
    end: zonedDateTime(date, until),
    location: 'kantoor GBTwente, Hengelo',
    status,
    isPublic: true,
    agendaUrl: 'https://hofvantwente.example/agenda/ab.pdf',
  };
}

/** Parses the file with ical.js, an independent RFC 5545 reader, and answers each event's fields. */
function readEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      status: component.getFirstPropertyValue('status'),
      // The instant, written back in Amsterdam time by our own (separately tested) conversion.
      start: zonedDateTimeOfInstant(event.startDate.toJSDate()),
      end: zonedDateTimeOfInstant(event.endDate.toJSDate()),
    };
  });
}

describe('meetingsToIcs', () => {
  // Winter time, the day before summer time starts, the first day of summer time, and the repeated hour's day.
  const meetings = [
    meeting(3, '2027-07-01', '14:00', '16:00'),
    meeting(1, '2027-03-04', '14:00', '16:00'),
    meeting(2, '2027-03-27', '14:00', '16:00'),
    meeting(4, '2027-03-28', '14:00', '16:00', 'geannuleerd'),
    meeting(5, '2027-10-31', '09:30', '11:00'),
  ];

  it('writes events an independent parser reads back with the same Amsterdam times across both DST switches', () => {
    const events = readEvents(meetingsToIcs(body, meetings, { uidDomain: 'hofvantwente.example' }));
    expect(events.map((event) => [event.uid, event.start, event.end, event.status])).toEqual([
      ['meeting-1@hofvantwente.example', '2027-03-04T14:00:00+01:00', '2027-03-04T16:00:00+01:00', 'CONFIRMED'],
      ['meeting-2@hofvantwente.example', '2027-03-27T14:00:00+01:00', '2027-03-27T16:00:00+01:00', 'CONFIRMED'],
      ['meeting-4@hofvantwente.example', '2027-03-28T14:00:00+02:00', '2027-03-28T16:00:00+02:00', 'CANCELLED'],
      ['meeting-3@hofvantwente.example', '2027-07-01T14:00:00+02:00', '2027-07-01T16:00:00+02:00', 'CONFIRMED'],
      ['meeting-5@hofvantwente.example', '2027-10-31T09:30:00+01:00', '2027-10-31T11:00:00+01:00', 'CONFIRMED'],
    ]);
    expect(events[0]).toMatchObject({ summary: 'AB GBTwente 2027-03-04', location: 'kantoor GBTwente, Hengelo' });
  });

  it('is RFC 5545 text: CRLF line ends, lines folded at 75 octets, one VCALENDAR with a PRODID and VERSION', () => {
    const long = { ...meeting(6, '2027-05-20', '10:00', '12:00'), title: 'Vergadering over de begroting 2028 en de jaarstukken 2026 van het Gemeentelijk Belastingkantoor Twente' };
    const ics = meetingsToIcs(body, [long], { uidDomain: 'hofvantwente.example' });
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
    expect(ics).toMatch(/\r\nVERSION:2\.0\r\n/);
    expect(ics).toMatch(/\r\nPRODID:samenwerkingsmonitor\/ics\r\n/);
    const lines = ics.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line, 'utf8') <= 75)).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
    expect(readEvents(ics)[0].summary).toBe(long.title);
  });

  it('names the file after the body', () => {
    expect(meetingsCalendarFileName({ name: 'AB/DB: overleg?' })).toBe('AB-DB- overleg-.ics');
  });
});
