import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator';

/** The emulator's Graph calendar endpoints answer the way Microsoft Graph documents them (raw HTTP, no adapter). */

const ORGANIZER = 'a.devries@hofvantwente.example';
const ATTENDEE = 'w.smit@hofvantwente.example';

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

interface GraphErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly innerError: Record<string, string> };
}

type Json = Record<string, unknown>;

async function graph(
  method: string,
  path: string,
  options: { user?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: Json | undefined }> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  if (options.user !== undefined) {
    headers.authorization = `Bearer emulator:${options.user}`;
  }
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
  }
  if (body !== undefined) {
    headers['content-type'] = 'application/json';
  }
  const response = await fetch(`${emulator.graphUrl}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : (JSON.parse(text) as Json) };
}

function meeting(overrides: Json = {}): Json {
  return {
    subject: 'Dagelijks bestuur',
    body: { contentType: 'HTML', content: '<p>Agenda volgt</p>' },
    start: { dateTime: '2026-03-05T14:00:00', timeZone: 'W. Europe Standard Time' },
    end: { dateTime: '2026-03-05T15:00:00', timeZone: 'W. Europe Standard Time' },
    location: { displayName: 'Gemeentehuis Goor' },
    attendees: [{ emailAddress: { address: ATTENDEE, name: 'Wim Smit' }, type: 'required' }],
    ...overrides,
  };
}

function expectGraphError(body: Json | undefined, code: string): void {
  const error = (body as unknown as GraphErrorBody).error;
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe('string');
  expect(Object.keys(error.innerError).sort()).toEqual(['client-request-id', 'date', 'request-id']);
}

describe('events', () => {
  it('answers a create with 201 and the full event shape, start and end in UTC by default', async () => {
    const { status, body } = await graph('POST', '/me/events', { user: ORGANIZER, body: meeting() });

    expect(status).toBe(201);
    expect(body).toMatchObject({
      subject: 'Dagelijks bestuur',
      body: { contentType: 'html', content: '<p>Agenda volgt</p>' },
      start: { dateTime: '2026-03-05T13:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-03-05T14:00:00.0000000', timeZone: 'UTC' },
      location: { displayName: 'Gemeentehuis Goor' },
      attendees: [{ type: 'required', status: { response: 'none', time: '0001-01-01T00:00:00Z' }, emailAddress: { name: 'Wim Smit', address: ATTENDEE } }],
      organizer: { emailAddress: { address: ORGANIZER } },
      isCancelled: false,
      isOrganizer: true,
    });
    expect(body?.['@odata.etag']).toBe(`W/"${String(body?.changeKey)}"`);
    expect(typeof body?.id).toBe('string');
    expect(typeof body?.iCalUId).toBe('string');
    expect(typeof body?.webLink).toBe('string');
    expect(body).not.toHaveProperty('transactionId');
  });

  it('answers start and end in the zone of Prefer: outlook.timezone, Windows or IANA name', async () => {
    const created = await graph('POST', '/me/events', { user: ORGANIZER, body: meeting({ transactionId: 'prefer-1' }) });
    const id = encodeURIComponent(String(created.body?.id));

    const windows = await graph('GET', `/me/events/${id}`, { user: ORGANIZER, headers: { prefer: 'outlook.timezone="W. Europe Standard Time"' } });
    const iana = await graph('GET', `/me/events/${id}`, { user: ORGANIZER, headers: { prefer: 'outlook.timezone="Europe/Amsterdam"' } });

    expect(windows.body?.start).toEqual({ dateTime: '2026-03-05T14:00:00.0000000', timeZone: 'W. Europe Standard Time' });
    expect(windows.headers.get('preference-applied')).toBe('outlook.timezone="W. Europe Standard Time"');
    expect(iana.body?.end).toEqual({ dateTime: '2026-03-05T15:00:00.0000000', timeZone: 'Europe/Amsterdam' });
    expect(created.body?.transactionId).toBe('prefer-1');
  });

  it('returns the existing event for a repeated transactionId of the same organiser, a new one for another organiser', async () => {
    const first = await graph('POST', '/me/events', { user: ORGANIZER, body: meeting({ transactionId: 'dup-1' }) });
    const repeat = await graph('POST', '/me/events', { user: ORGANIZER, body: meeting({ transactionId: 'dup-1' }) });
    const other = await graph('POST', '/me/events', { user: 'b.jansen@hofvantwente.example', body: meeting({ transactionId: 'dup-1' }) });

    expect(repeat.status).toBe(201);
    expect(repeat.body?.id).toBe(first.body?.id);
    expect(other.body?.id).not.toBe(first.body?.id);
  });

  it('gives an updated event a new changeKey and etag', async () => {
    const created = await graph('POST', '/me/events', { user: ORGANIZER, body: meeting() });
    const id = encodeURIComponent(String(created.body?.id));

    const updated = await graph('PATCH', `/me/events/${id}`, { user: ORGANIZER, body: { subject: 'DB (verplaatst)' } });

    expect(updated.status).toBe(200);
    expect(updated.body?.subject).toBe('DB (verplaatst)');
    expect(updated.body?.changeKey).not.toBe(created.body?.changeKey);
    expect(updated.body?.['@odata.etag']).not.toBe(created.body?.['@odata.etag']);
  });

  it('sends an update to attendees who stay, an invite to one added and a cancellation to one removed', async () => {
    const staying = { emailAddress: { address: ATTENDEE, name: 'Wim Smit' }, type: 'required' };
    const leaving = { emailAddress: { address: 'b.jansen@hofvantwente.example', name: 'Bram Jansen' }, type: 'optional' };
    const joining = { emailAddress: { address: 'griffie@regiotwente.example', name: 'Griffie Regio Twente' }, type: 'optional' };
    const created = await graph('POST', '/me/events', { user: ORGANIZER, body: meeting({ subject: 'Wisselende deelnemers', attendees: [staying, leaving] }) });

    await graph('PATCH', `/me/events/${encodeURIComponent(String(created.body?.id))}`, { user: ORGANIZER, body: { attendees: [staying, joining] } });

    const outbox = (await (await fetch(`${emulator.url}/_emulator/outbox`)).json()) as { value: Json[] };
    const messages = outbox.value.filter((message) => message.iCalUId === created.body?.iCalUId).map((message) => `${String(message.kind)} ${String(message.recipient)}`);
    expect(messages).toEqual([
      `invite ${ATTENDEE}`,
      'invite b.jansen@hofvantwente.example',
      `update ${ATTENDEE}`,
      'invite griffie@regiotwente.example',
      'cancellation b.jansen@hofvantwente.example',
    ]);
  });

  it('finds a user by the id /me reports as well as by address', async () => {
    const me = await graph('GET', '/me', { user: ORGANIZER });
    const byId = await graph('GET', `/users/${String(me.body?.id)}/calendarView?startDateTime=2026-03-05T00:00:00Z&endDateTime=2026-03-06T00:00:00Z`, { user: ORGANIZER });

    expect(me.body).toMatchObject({ mail: ORGANIZER, userPrincipalName: ORGANIZER });
    expect(byId.status).toBe(200);
    expect((byId.body?.value as Json[]).length).toBeGreaterThan(0);
  });

  it('deletes with 204, sends the attendees a cancellation and forgets the event', async () => {
    const created = await graph('POST', '/me/events', { user: ORGANIZER, body: meeting({ subject: 'Te verwijderen' }) });
    const id = encodeURIComponent(String(created.body?.id));

    const deleted = await graph('DELETE', `/me/events/${id}`, { user: ORGANIZER });
    const after = await graph('GET', `/me/events/${id}`, { user: ORGANIZER });

    expect(deleted.status).toBe(204);
    expectGraphError(after.body, 'ErrorItemNotFound');
    expect(after.status).toBe(404);
    const outbox = (await (await fetch(`${emulator.url}/_emulator/outbox?recipient=${ATTENDEE}`)).json()) as { value: Json[] };
    expect(outbox.value.filter((message) => message.iCalUId === created.body?.iCalUId).map((message) => message.kind)).toEqual(['invite', 'cancellation']);
  });

  it('answers 202 to the organiser’s cancel and 400 to an attendee’s', async () => {
    const created = await graph('POST', '/me/events', { user: ORGANIZER, body: meeting({ subject: 'Annuleren' }) });
    const view = await graph('GET', '/me/calendarView?startDateTime=2026-03-05T00:00:00Z&endDateTime=2026-03-06T00:00:00Z', { user: ATTENDEE });
    const copy = (view.body?.value as Json[]).find((event) => event.iCalUId === created.body?.iCalUId);

    const byAttendee = await graph('POST', `/me/events/${encodeURIComponent(String(copy?.id))}/cancel`, { user: ATTENDEE, body: { Comment: 'nee' } });
    const byOrganizer = await graph('POST', `/me/events/${encodeURIComponent(String(created.body?.id))}/cancel`, { user: ORGANIZER, body: { Comment: 'Vervalt' } });

    expect(byAttendee.status).toBe(400);
    expect((byAttendee.body as unknown as GraphErrorBody).error.message).toContain('You need to be an organizer to cancel a meeting.');
    expect(byOrganizer.status).toBe(202);
    expect(byOrganizer.body).toBeUndefined();
  });

  it('lets a user reach their own calendar by address and refuses another user’s', async () => {
    const own = await graph('POST', `/users/${ORGANIZER}/events`, { user: ORGANIZER, body: meeting() });
    const other = await graph('GET', `/users/${ATTENDEE}/calendarView?startDateTime=2026-03-05T00:00:00Z&endDateTime=2026-03-06T00:00:00Z`, { user: ORGANIZER });

    expect(own.status).toBe(201);
    expect(other.status).toBe(403);
    expectGraphError(other.body, 'ErrorAccessDenied');
  });
});

describe('bad requests', () => {
  it('answers an anonymous request with 401 InvalidAuthenticationToken', async () => {
    const { status, body } = await graph('GET', '/me/events');
    expect(status).toBe(401);
    expectGraphError(body, 'InvalidAuthenticationToken');
  });

  it('answers malformed JSON with 400 BadRequest', async () => {
    const { status, body } = await graph('POST', '/me/events', { user: ORGANIZER, rawBody: '{"subject": "kapot",' });
    expect(status).toBe(400);
    expectGraphError(body, 'BadRequest');
  });

  it('answers a property the event type does not have with 400 RequestBodyRead', async () => {
    const { status, body } = await graph('POST', '/me/events', { user: ORGANIZER, body: meeting({ startTime: '2026-03-05T14:00:00' }) });
    expect(status).toBe(400);
    expectGraphError(body, 'RequestBodyRead');
    expect((body as unknown as GraphErrorBody).error.message).toContain("'startTime'");
  });

  it('answers an unknown time zone with TimeZoneNotSupportedException', async () => {
    const { status, body } = await graph('POST', '/me/events', {
      user: ORGANIZER,
      body: meeting({ start: { dateTime: '2026-03-05T14:00:00', timeZone: 'Twente Time' } }),
    });
    expect(status).toBe(400);
    expectGraphError(body, 'TimeZoneNotSupportedException');
  });

  it('answers calendarView without its window with 400 ErrorInvalidParameter', async () => {
    const { status, body } = await graph('GET', '/me/calendarView', { user: ORGANIZER });
    expect(status).toBe(400);
    expectGraphError(body, 'ErrorInvalidParameter');
  });

  it('answers an unknown event with 404 ErrorItemNotFound', async () => {
    const { status, body } = await graph('PATCH', '/me/events/AAMkAGEunknown', { user: ORGANIZER, body: { subject: 'x' } });
    expect(status).toBe(404);
    expectGraphError(body, 'ErrorItemNotFound');
  });
});

describe('$batch', () => {
  it('runs the requests, honouring dependsOn, and answers each by id', async () => {
    const { status, body } = await graph('POST', '/$batch', {
      user: ORGANIZER,
      body: {
        requests: [
          { id: '2', method: 'GET', url: '/me/calendarView?startDateTime=2026-11-02T00:00:00Z&endDateTime=2026-11-03T00:00:00Z', dependsOn: ['1'] },
          {
            id: '1',
            method: 'POST',
            url: '/me/events',
            headers: { 'Content-Type': 'application/json' },
            body: meeting({ subject: 'Uit batch', start: { dateTime: '2026-11-02T10:00:00', timeZone: 'UTC' }, end: { dateTime: '2026-11-02T11:00:00', timeZone: 'UTC' } }),
          },
        ],
      },
    });

    expect(status).toBe(200);
    const responses = body?.responses as { id: string; status: number; body: Json }[];
    expect(responses.map((response) => response.id)).toEqual(['1', '2']);
    expect(responses[0].status).toBe(201);
    expect((responses[1].body.value as Json[]).map((event) => event.subject)).toEqual(['Uit batch']);
  });

  it('answers 424 for a request whose dependency failed', async () => {
    const { body } = await graph('POST', '/$batch', {
      user: ORGANIZER,
      body: {
        requests: [
          { id: 'a', method: 'GET', url: '/me/events/AAMkAGEmissing' },
          { id: 'b', method: 'PATCH', url: '/me/events/AAMkAGEmissing', headers: { 'content-type': 'application/json' }, body: { subject: 'x' }, dependsOn: ['a'] },
          { id: 'c', method: 'GET', url: '/me/calendarView' },
        ],
      },
    });

    const statuses = Object.fromEntries((body?.responses as { id: string; status: number }[]).map((response) => [response.id, response.status]));
    expect(statuses).toEqual({ a: 404, b: 424, c: 400 });
  });

  it('refuses more than 20 requests, duplicate ids and a body without Content-Type', async () => {
    const get = (id: string): Json => ({ id, method: 'GET', url: '/me' });
    const tooMany = await graph('POST', '/$batch', { user: ORGANIZER, body: { requests: Array.from({ length: 21 }, (_, index) => get(String(index))) } });
    const duplicate = await graph('POST', '/$batch', { user: ORGANIZER, body: { requests: [get('1'), get('1')] } });
    const noContentType = await graph('POST', '/$batch', { user: ORGANIZER, body: { requests: [{ id: '1', method: 'POST', url: '/me/events', body: meeting() }] } });

    for (const refused of [tooMany, duplicate, noContentType]) {
      expect(refused.status).toBe(400);
      expectGraphError(refused.body, 'BadRequest');
    }
  });
});
