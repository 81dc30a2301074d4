import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator';
import type { OutboxMessage } from '../../emulator/graph';
import type { ZonedDateTime } from '../../src/domain/models';
import { createEmulatorGraphClient, GraphCalendarGateway } from '../../src/data/graph';
import type { CalendarEventDraft, CalendarOwner } from '../../src/data/ports/calendar';
import { AccessDeniedError, InvalidRequestError, NotFoundError, ThrottledError } from '../../src/data/ports/errors';

/** The Graph calendar adapter against the emulator over HTTP: what a planner would do, end to end. */

const ORGANIZER = 'a.devries@hofvantwente.example';
const ATTENDEE = 'w.smit@hofvantwente.example';
const EXTERNAL = 'secretaris@regiotwente.example';
const ME: CalendarOwner = { kind: 'me' };

let emulator: RunningEmulator;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'graph-emulator-'));
  emulator = await startEmulator({ port: 0, dataDir, quiet: true });
});

afterAll(async () => {
  await emulator.close();
  await rm(dataDir, { recursive: true, force: true });
});

function gatewayFor(email: string, options: { pageSize?: number; maxRetries?: number } = {}): GraphCalendarGateway {
  return new GraphCalendarGateway(createEmulatorGraphClient(emulator.graphUrl, email, { maxRetries: options.maxRetries }), { pageSize: options.pageSize });
}

function at(value: string): ZonedDateTime {
  return value as ZonedDateTime;
}

function abMeeting(overrides: Partial<CalendarEventDraft> = {}): CalendarEventDraft {
  return {
    subject: 'Algemeen bestuur Regio Twente',
    bodyHtml: '<p>Agenda: <a href="https://example.invalid/agenda">agenda AB</a></p>',
    start: at('2026-03-05T14:00:00+01:00'),
    end: at('2026-03-05T16:00:00+01:00'),
    location: 'Regiohuis, Enschede',
    attendees: [
      { name: 'Wim Smit', email: ATTENDEE, type: 'required' },
      { name: 'Secretaris Regio Twente', email: EXTERNAL, type: 'optional' },
    ],
    ...overrides,
  };
}

async function outbox(iCalUId?: string): Promise<readonly OutboxMessage[]> {
  const response = await fetch(`${emulator.url}/_emulator/outbox`);
  const { value } = (await response.json()) as { value: OutboxMessage[] };
  return value.filter((message) => iCalUId === undefined || message.iCalUId === iCalUId);
}

async function throttleGraph(count: number, retryAfterSeconds: number): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/throttle`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ target: 'graph', count, status: 429, retryAfterSeconds }),
  });
  expect(response.ok).toBe(true);
}

describe('creating a meeting', () => {
  it('creates a winter meeting in Amsterdam time and invites each attendee', async () => {
    const created = await gatewayFor(ORGANIZER).createEvent(ME, abMeeting(), 'tx-winter');

    expect(created.start).toBe('2026-03-05T14:00:00+01:00');
    expect(created.end).toBe('2026-03-05T16:00:00+01:00');
    expect(created.subject).toBe('Algemeen bestuur Regio Twente');
    expect(created.location).toBe('Regiohuis, Enschede');
    expect(created.isCancelled).toBe(false);
    expect(created.attendees).toEqual([
      { name: 'Wim Smit', email: ATTENDEE, type: 'required' },
      { name: 'Secretaris Regio Twente', email: EXTERNAL, type: 'optional' },
    ]);
    const invites = await outbox(created.iCalUId);
    expect(invites.map((message) => [message.kind, message.recipient, message.start]).sort()).toEqual([
      ['invite', EXTERNAL, '2026-03-05T13:00:00.000Z'],
      ['invite', ATTENDEE, '2026-03-05T13:00:00.000Z'],
    ]);
  });

  it('creates a summer meeting at the same wall time with the summer offset', async () => {
    const created = await gatewayFor(ORGANIZER).createEvent(
      ME,
      abMeeting({ start: at('2026-07-02T10:00:00+02:00'), end: at('2026-07-02T11:30:00+02:00') }),
      'tx-summer',
    );

    expect(created.start).toBe('2026-07-02T10:00:00+02:00');
    expect(created.end).toBe('2026-07-02T11:30:00+02:00');
    const raw = await fetch(`${emulator.graphUrl}/me/events/${encodeURIComponent(created.id)}`, {
      headers: { authorization: `Bearer emulator:${ORGANIZER}`, prefer: 'outlook.timezone="W. Europe Standard Time"' },
    });
    const event = (await raw.json()) as { start: { dateTime: string; timeZone: string }; originalStartTimeZone: string };
    expect(event.start).toEqual({ dateTime: '2026-07-02T10:00:00.0000000', timeZone: 'W. Europe Standard Time' });
    expect(event.originalStartTimeZone).toBe('W. Europe Standard Time');
  });

  it('keeps the first of the two 02:30s on the night summer time ends', async () => {
    const firstHalfPastTwo = at('2026-10-25T02:30:00+02:00');
    const created = await gatewayFor(ORGANIZER).createEvent(ME, abMeeting({ start: firstHalfPastTwo, end: at('2026-10-25T02:45:00+01:00') }), 'tx-fallback');

    expect(created.start).toBe('2026-10-25T02:30:00+02:00');
    expect(created.end).toBe('2026-10-25T02:45:00+01:00');
  });

  it('creates one event and one set of invites when the same transactionId is posted twice', async () => {
    const gateway = gatewayFor(ORGANIZER);
    const draft = abMeeting({ subject: 'DB Regio Twente', start: at('2026-04-14T09:00:00+02:00'), end: at('2026-04-14T10:00:00+02:00') });

    const first = await gateway.createEvent(ME, draft, 'tx-retry-1');
    const second = await gateway.createEvent(ME, draft, 'tx-retry-1');

    expect(second.id).toBe(first.id);
    const onThatDay = await gateway.listEvents(ME, at('2026-04-14T00:00:00+02:00'), at('2026-04-15T00:00:00+02:00'));
    expect(onThatDay.filter((event) => event.subject === 'DB Regio Twente')).toHaveLength(1);
    expect(await outbox(first.iCalUId)).toHaveLength(2);
  });

  it('creates an event in a group calendar for a member and refuses a non-member', async () => {
    const group: CalendarOwner = { kind: 'group', groupId: '7c3e9a52-2f41-4d8e-9a0b-5d6f1e2c3b4a' };
    const created = await gatewayFor('b.jansen@hofvantwente.example').createEvent(group, abMeeting({ subject: 'Accounthoudersoverleg' }), 'tx-group');
    expect(created.subject).toBe('Accounthoudersoverleg');

    await expect(gatewayFor('raadslid@hofvantwente.example').createEvent(group, abMeeting(), 'tx-group-2')).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('changing a meeting', () => {
  it('updates the time, gives a new changeKey and sends the attendees an update', async () => {
    const gateway = gatewayFor(ORGANIZER);
    const created = await gateway.createEvent(ME, abMeeting({ subject: 'AB Twente', start: at('2026-05-12T14:00:00+02:00'), end: at('2026-05-12T16:00:00+02:00') }), 'tx-update');

    const updated = await gateway.updateEvent(ME, created.id, { start: at('2026-05-19T15:00:00+02:00'), end: at('2026-05-19T17:00:00+02:00') });

    expect(updated.id).toBe(created.id);
    expect(updated.changeKey).not.toBe(created.changeKey);
    expect(updated.start).toBe('2026-05-19T15:00:00+02:00');
    expect(updated.subject).toBe('AB Twente');
    const updates = (await outbox(created.iCalUId)).filter((message) => message.kind === 'update');
    expect(updates.map((message) => message.recipient).sort()).toEqual([EXTERNAL, ATTENDEE]);
    expect(updates.every((message) => message.start === '2026-05-19T13:00:00.000Z')).toBe(true);
    const attendeeView = await gatewayFor(ATTENDEE).listEvents(ME, at('2026-05-19T00:00:00+02:00'), at('2026-05-20T00:00:00+02:00'));
    expect(attendeeView.find((event) => event.iCalUId === created.iCalUId)?.start).toBe('2026-05-19T15:00:00+02:00');
  });

  it('answers an unknown event with NotFoundError', async () => {
    await expect(gatewayFor(ORGANIZER).updateEvent(ME, 'AAMkAGEdoesnotexist', { subject: 'x' })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('cancelling a meeting', () => {
  it('cancels for the organiser and sends each attendee the cancellation with the comment', async () => {
    const gateway = gatewayFor(ORGANIZER);
    const window = [at('2026-06-09T00:00:00+02:00'), at('2026-06-10T00:00:00+02:00')] as const;
    const created = await gateway.createEvent(ME, abMeeting({ subject: 'Bestuurlijk overleg', start: at('2026-06-09T10:00:00+02:00'), end: at('2026-06-09T11:00:00+02:00') }), 'tx-cancel');

    await gateway.cancelEvent(ME, created.id, 'Vervalt wegens gebrek aan agendapunten.');

    const cancellations = (await outbox(created.iCalUId)).filter((message) => message.kind === 'cancellation');
    expect(cancellations.map((message) => message.recipient).sort()).toEqual([EXTERNAL, ATTENDEE]);
    expect(cancellations[0].comment).toBe('Vervalt wegens gebrek aan agendapunten.');
    expect((await gateway.listEvents(ME, ...window)).some((event) => event.id === created.id)).toBe(false);
    const attendeeCopy = (await gatewayFor(ATTENDEE).listEvents(ME, ...window)).find((event) => event.iCalUId === created.iCalUId);
    expect(attendeeCopy?.isCancelled).toBe(true);
  });

  it('refuses a cancellation by an attendee', async () => {
    const created = await gatewayFor(ORGANIZER).createEvent(
      ME,
      abMeeting({ subject: 'Bilateraal overleg', start: at('2026-06-16T10:00:00+02:00'), end: at('2026-06-16T11:00:00+02:00') }),
      'tx-attendee-cancel',
    );
    const attendee = gatewayFor(ATTENDEE);
    const [copy] = (await attendee.listEvents(ME, at('2026-06-16T00:00:00+02:00'), at('2026-06-17T00:00:00+02:00'))).filter(
      (event) => event.iCalUId === created.iCalUId,
    );

    const refusal = attendee.cancelEvent(ME, copy.id, 'Ik kan niet');

    await expect(refusal).rejects.toBeInstanceOf(InvalidRequestError);
    await expect(refusal).rejects.toThrow(/organizer to cancel/);
    expect((await outbox(created.iCalUId)).filter((message) => message.kind === 'cancellation')).toHaveLength(0);
  });
});

describe('reading a calendar', () => {
  const PLANNER = 'b.jansen@hofvantwente.example';
  const september = [at('2026-09-01T00:00:00+02:00'), at('2026-10-01T00:00:00+02:00')] as const;

  beforeAll(async () => {
    const gateway = gatewayFor(PLANNER);
    // 23 meetings on weekdays in September, created out of order.
    for (const day of [30, 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 28, 29, 12]) {
      const date = `2026-09-${String(day).padStart(2, '0')}`;
      await gateway.createEvent(ME, abMeeting({ subject: `Overleg ${date}`, attendees: [], start: at(`${date}T09:00:00+02:00`), end: at(`${date}T10:00:00+02:00`) }), `tx-sep-${day}`);
    }
  });

  it('follows @odata.nextLink across pages of Graph’s default size', async () => {
    const firstPage = await fetch(
      `${emulator.graphUrl}/me/calendarView?startDateTime=2026-09-01T00:00:00Z&endDateTime=2026-10-01T00:00:00Z`,
      { headers: { authorization: `Bearer emulator:${PLANNER}` } },
    );
    const page = (await firstPage.json()) as { value: unknown[]; '@odata.nextLink'?: string };
    expect(page.value).toHaveLength(10);
    expect(page['@odata.nextLink']).toContain('$skip=10');

    const events = await gatewayFor(PLANNER).listEvents(ME, ...september);

    expect(events).toHaveLength(23);
    const starts = events.map((event) => event.start);
    expect(starts).toEqual([...starts].sort());
    expect(starts[0]).toBe('2026-09-01T09:00:00+02:00');
    expect(starts[22]).toBe('2026-09-30T09:00:00+02:00');
  });

  it('reads the same events with a chosen page size', async () => {
    const events = await gatewayFor(PLANNER, { pageSize: 4 }).listEvents(ME, ...september);
    expect(events).toHaveLength(23);
  });

  it('returns only the events that overlap the window', async () => {
    const events = await gatewayFor(PLANNER).listEvents(ME, at('2026-09-07T09:30:00+02:00'), at('2026-09-08T09:00:00+02:00'));
    expect(events.map((event) => event.subject)).toEqual(['Overleg 2026-09-07']);
  });
});

describe('throttling', () => {
  it('retries a 429 after the Retry-After the emulator sends', async () => {
    await throttleGraph(2, 1);

    const created = await gatewayFor(ORGANIZER).createEvent(ME, abMeeting({ subject: 'Na throttling' }), 'tx-throttled');

    expect(created.subject).toBe('Na throttling');
  });

  it('gives up with ThrottledError when the retries are spent', async () => {
    await throttleGraph(3, 1);

    const attempt = gatewayFor(ORGANIZER, { maxRetries: 1 }).listEvents(ME, at('2026-01-01T00:00:00+01:00'), at('2026-01-02T00:00:00+01:00'));

    await expect(attempt).rejects.toBeInstanceOf(ThrottledError);
    await expect(attempt).rejects.toMatchObject({ status: 429, retryAfterSeconds: 1 });
    await throttleGraph(0, 1);
  });
});
