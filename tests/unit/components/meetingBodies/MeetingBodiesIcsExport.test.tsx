/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
import { deserialize, serialize } from 'node:v8';
import { TextEncoder } from 'node:util';
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import ICAL from 'ical.js';
import { MeetingBodies } from '../../../../src/webparts/meetingBodies/components';
import type { Meeting, MeetingBody, Stored, ZonedDateTime } from '../../../../src/domain/models';
import type { CalendarEvent, CalendarGateway } from '../../../../src/data/ports';
import { zonedDateTimeOfInstant } from '../../../../src/domain/time';
import { createInMemoryRepositories, InMemoryDirectory } from '../../../support/inMemoryRepository';
import { meetingBody, partnership } from '../../data/sampleValues';

/*
 * "Exporteren als agenda-bestand (.ics)" in the body's meetings tab: the file holds exactly that body's
 * meetings, read back by ical.js (an independent RFC 5545 parser) with the same Amsterdam times, and is
 * offered as a download through an object URL on an <a download>. A failure is told in Dutch.
 */

setIconOptions({ disableWarnings: true });
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}
// jsdom leaves out TextEncoder, which every browser has (the file is folded at 75 octets with it).
if (typeof globalThis.TextEncoder !== 'function') {
  (globalThis as { TextEncoder: unknown }).TextEncoder = TextEncoder;
}

/** Outlook is not asked anything by an export; a call here would be a defect. */
class UnusedCalendar implements CalendarGateway {
  public async createEvent(): Promise<CalendarEvent> {
    throw new Error('The export must not create events');
  }
  public async updateEvent(): Promise<CalendarEvent> {
    throw new Error('The export must not update events');
  }
  public async cancelEvent(): Promise<void> {
    throw new Error('The export must not cancel events');
  }
  public async listEvents(): Promise<readonly CalendarEvent[]> {
    throw new Error('The export must not read the calendar');
  }
}

const at = (value: string): ZonedDateTime => value as ZonedDateTime;

/** jsdom's Blob has no text(); FileReader reads it as a browser would. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

interface Download {
  readonly blob: Blob;
  readonly fileName: string;
  readonly href: string;
}

let created: Blob[];
let clicked: { href: string; download: string }[];
let revoked: string[];
let createObjectURL: jest.Mock<string, [Blob]>;

beforeEach(() => {
  created = [];
  clicked = [];
  revoked = [];
  createObjectURL = jest.fn((blob: Blob) => {
    created.push(blob);
    return `blob:http://localhost/ics-${created.length}`;
  });
  // jsdom has no object URLs; the mock captures the Blob the web part offers.
  Object.assign(URL, { createObjectURL, revokeObjectURL: (url: string) => revoked.push(url) });
  // Clicking a link would make jsdom try to navigate; record what would be downloaded instead.
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ href: this.href, download: this.download });
  });
});

afterEach(() => {
  jest.restoreAllMocks();
});

async function setup() {
  const repositories = createInMemoryRepositories();
  const stored = await repositories.partnerships.create(partnership);
  const ab: Stored<MeetingBody> = await repositories.meetingBodies.create({ ...meetingBody, partnershipId: stored.id, name: 'Algemeen bestuur', shortName: 'AB' });
  const db: Stored<MeetingBody> = await repositories.meetingBodies.create({
    ...meetingBody,
    partnershipId: stored.id,
    name: 'Dagelijks bestuur',
    shortName: 'DB',
    bilateralMunicipalityId: undefined,
  });
  const meeting = (body: Stored<MeetingBody>, title: string, start: string, end: string, status: Meeting['status'] = 'gepland'): Promise<Stored<Meeting>> =>
    repositories.meetings.create({ bodyId: body.id, partnershipId: stored.id, title, start: at(start), end: at(end), location: 'Regiohuis, Enschede', status, isPublic: true });
  // Winter time, summer time, and a cancelled meeting on the day the clocks go back.
  await meeting(ab, 'AB 11 maart 2027', '2027-03-11T14:00:00+01:00', '2027-03-11T16:00:00+01:00');
  await meeting(ab, 'AB 1 juli 2027', '2027-07-01T10:00:00+02:00', '2027-07-01T12:00:00+02:00');
  await meeting(ab, 'AB 31 oktober 2027', '2027-10-31T09:30:00+01:00', '2027-10-31T11:00:00+01:00', 'geannuleerd');
  await meeting(db, 'DB 15 april 2027', '2027-04-15T09:00:00+02:00', '2027-04-15T10:00:00+02:00');

  render(
    <MeetingBodies
      repositories={repositories}
      directory={new InMemoryDirectory({}, 'a.devries@hofvantwente.example')}
      calendar={new UnusedCalendar()}
      calendarOwner={{ kind: 'me' }}
      calendarKey="user:a.devries@hofvantwente.example"
      calendarFileDomain="hofvantwente.example"
      now={() => new Date('2027-01-04T08:00:00Z')}
    />,
  );
  // Open the AB's meetings tab, as a user does from the bodies table.
  fireEvent.click(await screen.findByRole('button', { name: 'Algemeen bestuur' }));
  await screen.findByRole('tab', { name: 'Vergaderingen', selected: true });
  return { ab };
}

async function exported(): Promise<Download> {
  fireEvent.click(screen.getByRole('button', { name: 'Exporteren als agenda-bestand (.ics)' }));
  await screen.findByText(/is gedownload met/);
  expect(created).toHaveLength(1);
  expect(clicked).toHaveLength(1);
  return { blob: created[0], fileName: clicked[0].download, href: clicked[0].href };
}

describe('exporting a body\'s meetings as an .ics file', () => {
  it('downloads that body\'s meetings, which ical.js reads back with their summaries and Amsterdam start times', async () => {
    const { ab } = await setup();
    const download = await exported();

    expect(download.fileName).toBe('Algemeen bestuur.ics');
    expect(download.href).toBe('blob:http://localhost/ics-1');
    expect(download.blob.type).toBe('text/calendar;charset=utf-8');
    expect(screen.getByText('Algemeen bestuur.ics is gedownload met 3 vergaderingen.')).toBeTruthy();

    const text = await blobText(download.blob);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return {
        uid: event.uid,
        summary: event.summary,
        // DTSTART as written (UTC), and as the instant in Amsterdam time.
        dtstart: event.startDate.toString(),
        start: zonedDateTimeOfInstant(event.startDate.toJSDate()),
        end: zonedDateTimeOfInstant(event.endDate.toJSDate()),
        status: component.getFirstPropertyValue('status'),
        location: event.location,
      };
    });
    // Only the AB's meetings: the DB's meeting is not in the AB's file.
    expect(events).toEqual([
      { uid: expect.stringMatching(/@hofvantwente\.example$/), summary: 'AB 11 maart 2027', dtstart: '2027-03-11T13:00:00Z', start: '2027-03-11T14:00:00+01:00', end: '2027-03-11T16:00:00+01:00', status: 'CONFIRMED', location: 'Regiohuis, Enschede' },
      { uid: expect.stringMatching(/@hofvantwente\.example$/), summary: 'AB 1 juli 2027', dtstart: '2027-07-01T08:00:00Z', start: '2027-07-01T10:00:00+02:00', end: '2027-07-01T12:00:00+02:00', status: 'CONFIRMED', location: 'Regiohuis, Enschede' },
      { uid: expect.stringMatching(/@hofvantwente\.example$/), summary: 'AB 31 oktober 2027', dtstart: '2027-10-31T08:30:00Z', start: '2027-10-31T09:30:00+01:00', end: '2027-10-31T11:00:00+01:00', status: 'CANCELLED', location: 'Regiohuis, Enschede' },
    ]);
    expect(new Set(events.map((event) => event.uid)).size).toBe(3);
    expect(text).toContain(`X-WR-CALNAME:${ab.name}`);
  });

  it('tells in Dutch when the file cannot be offered, downloads nothing, and keeps the meetings on screen', async () => {
    await setup();
    createObjectURL.mockImplementation(() => {
      throw new Error('Blob-URL geweigerd door het beveiligingsbeleid van de pagina');
    });

    fireEvent.click(screen.getByRole('button', { name: 'Exporteren als agenda-bestand (.ics)' }));

    expect(
      await screen.findByText(
        'Het agendabestand kon niet worden gemaakt; er is niets gedownload. Probeer het opnieuw. Lukt het weer niet, geef dan deze melding door aan de beheerder: Blob-URL geweigerd door het beveiligingsbeleid van de pagina',
      ),
    ).toBeTruthy();
    expect(clicked).toEqual([]);
    expect(screen.getAllByText('Regiohuis, Enschede', { selector: 'td' })).toHaveLength(3);
    // The button is usable again for a retry.
    expect((screen.getByRole('button', { name: 'Exporteren als agenda-bestand (.ics)' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('offers no export for a body without meetings', async () => {
    const repositories = createInMemoryRepositories();
    const stored = await repositories.partnerships.create(partnership);
    await repositories.meetingBodies.create({ ...meetingBody, partnershipId: stored.id });
    render(
      <MeetingBodies
        repositories={repositories}
        directory={new InMemoryDirectory({}, 'a.devries@hofvantwente.example')}
        calendar={new UnusedCalendar()}
        calendarOwner={{ kind: 'me' }}
        calendarKey="user:a.devries@hofvantwente.example"
        now={() => new Date('2027-01-04T08:00:00Z')}
      />,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Algemeen bestuur' }));
    await screen.findByText('Nog geen vergaderingen. Plan ze in met de jaarplanner.');
    expect(screen.queryByRole('button', { name: 'Exporteren als agenda-bestand (.ics)' })).toBeNull();
  });
});
