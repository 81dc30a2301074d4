import type { OutboxMessage } from '../../emulator/graph';
import type { Meeting, MeetingBody, Partnership, Stored, ZonedDateTime } from '../../src/domain/models';
import { createEmulatorGraphClient, GraphCalendarGateway } from '../../src/data/graph';
import type { CalendarOwner } from '../../src/data/ports/calendar';
import { ConcurrencyConflictError } from '../../src/data/ports/errors';
import { provisionSite } from '../../src/data/provisioning';
import { calendarKeyOf, generateBilateralBodies, MeetingInputError, MeetingScheduler } from '../../src/data/scheduling';
import { createSharePointRepositories, type SharePointRepositories } from '../../src/data/sharepoint';
import { meetingBody as sampleBody, partnership as samplePartnership } from '../unit/data/sampleValues';
import { ANNE_EMAIL, BRAM_EMAIL, OWNER, startHarness, WIM_EMAIL, type EmulatorHarness } from './support/emulatorHarness';

/*
 * Planning, sending, moving, cancelling, failed sends and syncing against the emulator: the real SharePoint
 * repositories and the real Graph calendar gateway over HTTP, with the emulator's outbox as the members' inboxes.
 */

const EXTERNALS = ['voorzitter@enschede.example', 'secretaris@regiotwente.example'];
const ME: CalendarOwner = { kind: 'me' };
/** "Now" for these tests: before every planned meeting. */
const NOW = new Date('2027-01-04T08:00:00Z');

let harness: EmulatorHarness;
let repositories: SharePointRepositories;
let partnership: Stored<Partnership>;
let body: Stored<MeetingBody>;

function at(value: string): ZonedDateTime {
  return value as ZonedDateTime;
}

function scheduler(options: { maxRetries?: number; now?: Date; as?: string } = {}): MeetingScheduler {
  const organiser = options.as ?? ANNE_EMAIL;
  const client = createEmulatorGraphClient(`${harness.url}/graph/v1.0`, organiser, { maxRetries: options.maxRetries ?? 1 });
  return new MeetingScheduler({ repositories, calendar: new GraphCalendarGateway(client), owner: ME, calendarKey: calendarKeyOf(ME, organiser), now: () => options.now ?? NOW });
}

async function outbox(): Promise<readonly OutboxMessage[]> {
  const response = await fetch(`${harness.url}/_emulator/outbox`);
  return ((await response.json()) as { value: OutboxMessage[] }).value;
}

async function clearOutbox(): Promise<void> {
  await fetch(`${harness.url}/_emulator/outbox`, { method: 'DELETE' });
}

function recipientsOf(messages: readonly OutboxMessage[], kind: OutboxMessage['kind']): readonly string[] {
  return messages.filter((message) => message.kind === kind).map((message) => message.recipient.toLowerCase()).sort();
}

const EVERY_MEMBER = [WIM_EMAIL, ...EXTERNALS].sort();

beforeAll(async () => {
  harness = await startHarness();
  await provisionSite(harness.spAs(OWNER));
  repositories = createSharePointRepositories(harness.spAs(ANNE_EMAIL));
  const municipalities = await Promise.all(
    ['Hof van Twente', 'Almelo', 'Enschede'].map((name) => repositories.municipalities.create({ name, region: 'Twente' })),
  );
  partnership = await repositories.partnerships.create({
    ...samplePartnership,
    name: 'GBTwente',
    participantIds: municipalities.map((municipality) => municipality.id),
    accountHolder: { displayName: 'Anne de Vries', email: ANNE_EMAIL },
    portfolioHolder: { displayName: 'Wim Smit', email: WIM_EMAIL },
  });
  body = await repositories.meetingBodies.create({
    ...sampleBody,
    partnershipId: partnership.id,
    members: [{ displayName: 'Wim Smit', email: WIM_EMAIL }],
    externalMemberEmails: EXTERNALS,
    location: 'kantoor GBTwente',
    bilateralMunicipalityId: undefined,
  });
});

afterAll(async () => {
  await harness.close();
});

beforeEach(async () => {
  await clearOutbox();
});

describe('planning and sending', () => {
  it('creates planned meetings and invites every member, storing the Outlook event id', async () => {
    const outcomes = await scheduler().planMeetings(body.id, [
      { start: at('2027-03-11T14:00:00+01:00'), end: at('2027-03-11T16:00:00+01:00') },
      { start: at('2027-07-01T14:00:00+02:00'), end: at('2027-07-01T16:00:00+02:00') },
    ]);

    expect(outcomes.map((outcome) => outcome.sent)).toEqual([true, true]);
    for (const { meeting } of outcomes) {
      const stored = await repositories.meetings.get(meeting.id);
      expect(stored).toMatchObject({ status: 'gepland', sendState: 'verzonden', location: 'kantoor GBTwente', bodyId: body.id });
      expect(stored.outlookEventId).toEqual(expect.any(String));
    }
    const messages = await outbox();
    expect(messages).toHaveLength(2 * EVERY_MEMBER.length);
    expect(recipientsOf(messages.filter((message) => message.start === '2027-03-11T13:00:00.000Z'), 'invite')).toEqual(EVERY_MEMBER);
    expect(messages[0].subject).toBe('AB GBTwente 11 maart 2027');
  });

  it('sends an invite once: sending the same meeting again sends nothing more', async () => {
    const [first] = await scheduler().planMeetings(body.id, [{ start: at('2027-04-08T14:00:00+02:00'), end: at('2027-04-08T16:00:00+02:00') }]);
    const again = await scheduler().send(first.meeting.id);

    expect(again.action).toBe('none');
    expect(await outbox()).toHaveLength(EVERY_MEMBER.length);
  });

  it('refuses a meeting that ends before it starts, or lies in the past, and stores nothing', async () => {
    const before = (await repositories.meetings.list()).length;
    await expect(
      scheduler().planMeetings(body.id, [{ start: at('2027-05-06T16:00:00+02:00'), end: at('2027-05-06T14:00:00+02:00') }]),
    ).rejects.toThrow('De eindtijd ligt vóór de begintijd.');
    await expect(
      scheduler().planMeetings(body.id, [{ start: at('2026-05-06T14:00:00+02:00'), end: at('2026-05-06T16:00:00+02:00') }]),
    ).rejects.toBeInstanceOf(MeetingInputError);
    expect((await repositories.meetings.list()).length).toBe(before);
    expect(await outbox()).toHaveLength(0);
  });
});

describe('a failed send', () => {
  it('leaves the meeting marked as not sent with the reason, and "opnieuw versturen" sends it once', async () => {
    // One try plus one retry, both answered 503: the retries are spent.
    await harness.admin('throttle', { target: 'graph', count: 2, status: 503, retryAfterSeconds: 0 });
    const [failed] = await scheduler({ maxRetries: 1 }).planMeetings(body.id, [
      { start: at('2027-09-16T14:00:00+02:00'), end: at('2027-09-16T16:00:00+02:00') },
    ]);

    expect(failed.sent).toBe(false);
    const marked = await repositories.meetings.get(failed.meeting.id);
    expect(marked.sendState).toBe('mislukt');
    expect(marked.sendFailureReason).toContain('overbelast (503)');
    expect(marked.outlookEventId ?? '').toBe('');
    expect(await outbox()).toHaveLength(0);

    const retried = await scheduler().send(failed.meeting.id);
    expect(retried.sent).toBe(true);
    expect(retried.meeting.sendState).toBe('verzonden');
    expect(retried.meeting.sendFailureReason ?? '').toBe('');
    const second = await scheduler().send(failed.meeting.id);
    expect(second.action).toBe('none');
    expect(recipientsOf(await outbox(), 'invite')).toEqual(EVERY_MEMBER);
  });

  it('a retry of an invite Graph did create (the answer was lost) finds that event instead of inviting twice', async () => {
    const [sent] = await scheduler().planMeetings(body.id, [{ start: at('2027-10-07T14:00:00+02:00'), end: at('2027-10-07T16:00:00+02:00') }]);
    const eventId = sent.meeting.outlookEventId;
    // As if the answer never arrived: the item still says "not sent" and has no event id.
    const stored = await repositories.meetings.get(sent.meeting.id);
    await repositories.meetings.update(stored.id, { outlookEventId: '', sendState: 'mislukt', sendFailureReason: 'Time-out' }, stored.etag);

    const retried = await scheduler().send(stored.id);

    expect(retried.sent).toBe(true);
    expect(retried.meeting.outlookEventId).toBe(eventId);
    expect(await outbox()).toHaveLength(EVERY_MEMBER.length);
  });
});

describe('moving and cancelling', () => {
  it('moving a meeting updates the Outlook event, and members receive an update', async () => {
    const [sent] = await scheduler().planMeetings(body.id, [{ start: at('2027-11-04T14:00:00+01:00'), end: at('2027-11-04T16:00:00+01:00') }]);
    await clearOutbox();

    const moved = await scheduler().move(sent.meeting.id, sent.meeting.etag, at('2027-11-11T10:00:00+01:00'), at('2027-11-11T12:00:00+01:00'));

    expect(moved).toMatchObject({ action: 'update', sent: true });
    expect(moved.meeting.start).toBe('2027-11-11T10:00:00+01:00');
    const messages = await outbox();
    expect(recipientsOf(messages, 'update')).toEqual(EVERY_MEMBER);
    expect(messages.every((message) => message.start === '2027-11-11T09:00:00.000Z')).toBe(true);
  });

  it('moving with a stale ETag surfaces the conflict and sends nothing', async () => {
    const [sent] = await scheduler().planMeetings(body.id, [{ start: at('2027-11-18T14:00:00+01:00'), end: at('2027-11-18T16:00:00+01:00') }]);
    const staleEtag = (await repositories.meetings.get(sent.meeting.id)).etag;
    const current = await repositories.meetings.get(sent.meeting.id);
    await repositories.meetings.update(current.id, { location: 'Raadzaal Goor' }, current.etag);
    await clearOutbox();

    await expect(
      scheduler().move(sent.meeting.id, staleEtag, at('2027-11-19T14:00:00+01:00'), at('2027-11-19T16:00:00+01:00')),
    ).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(await outbox()).toHaveLength(0);
  });

  it('cancelling marks the meeting geannuleerd and sends every member a cancellation with the comment', async () => {
    const [sent] = await scheduler().planMeetings(body.id, [{ start: at('2027-12-02T14:00:00+01:00'), end: at('2027-12-02T16:00:00+01:00') }]);
    await clearOutbox();

    const cancelled = await scheduler().cancel(sent.meeting.id, sent.meeting.etag, 'Vervalt wegens te weinig agendapunten.');

    expect(cancelled).toMatchObject({ action: 'cancel', sent: true });
    expect(cancelled.meeting).toMatchObject({ status: 'geannuleerd', sendState: 'verzonden' });
    const messages = await outbox();
    expect(recipientsOf(messages, 'cancellation')).toEqual(EVERY_MEMBER);
    expect(messages[0].comment).toBe('Vervalt wegens te weinig agendapunten.');
  });
});

describe('syncing with Outlook', () => {
  async function graph(path: string, method: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${harness.url}/graph/v1.0/me/${path}`, {
      method,
      headers: { Authorization: `Bearer emulator:${ANNE_EMAIL}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect(response.status).toBeLessThan(300);
    return response;
  }

  it('reads moves, cancellations and held meetings back from Outlook into the list', async () => {
    const syncBody = await repositories.meetingBodies.create({ ...body, name: 'Dagelijks bestuur', shortName: 'DB', members: [{ displayName: 'Wim Smit', email: WIM_EMAIL }] } as MeetingBody);
    const [toMove, toCancel, toHold, unchanged] = await scheduler().planMeetings(syncBody.id, [
      { start: at('2027-02-04T09:30:00+01:00'), end: at('2027-02-04T11:00:00+01:00') },
      { start: at('2027-03-04T09:30:00+01:00'), end: at('2027-03-04T11:00:00+01:00') },
      { start: at('2027-01-14T09:30:00+01:00'), end: at('2027-01-14T11:00:00+01:00') },
      { start: at('2027-06-03T09:30:00+02:00'), end: at('2027-06-03T11:00:00+02:00') },
    ]);
    // Someone moves one meeting and cancels another in Outlook itself.
    await graph(`events/${toMove.meeting.outlookEventId}`, 'PATCH', {
      start: { dateTime: '2027-02-11T13:00:00', timeZone: 'W. Europe Standard Time' },
      end: { dateTime: '2027-02-11T14:30:00', timeZone: 'W. Europe Standard Time' },
    });
    await graph(`events/${toCancel.meeting.outlookEventId}/cancel`, 'POST', { Comment: 'Gaat niet door' });

    // A day after the January meeting.
    const summary = await scheduler({ now: new Date('2027-01-15T12:00:00Z') }).syncBody(syncBody.id);

    expect(summary.checked).toBe(4);
    const read = async (outcome: { meeting: Stored<Meeting> }): Promise<Stored<Meeting>> => repositories.meetings.get(outcome.meeting.id);
    expect(await read(toMove)).toMatchObject({ status: 'gepland', start: '2027-02-11T13:00:00+01:00', end: '2027-02-11T14:30:00+01:00' });
    expect(await read(toCancel)).toMatchObject({ status: 'geannuleerd' });
    expect(await read(toHold)).toMatchObject({ status: 'gehouden' });
    expect(await read(unchanged)).toMatchObject({ status: 'gepland', start: '2027-06-03T09:30:00+02:00' });

    const again = await scheduler({ now: new Date('2027-01-15T12:00:00Z') }).syncBody(syncBody.id);
    expect(again.changes).toEqual([]);
  });
});

describe('meetings sent from another calendar', () => {
  it('are neither synced nor changed from another organiser\'s own calendar, and say why', async () => {
    const [sent] = await scheduler().planMeetings(body.id, [{ start: at('2027-05-20T14:00:00+02:00'), end: at('2027-05-20T16:00:00+02:00') }]);
    expect(sent.meeting.outlookCalendar).toBe(`user:${ANNE_EMAIL}`);
    await clearOutbox();

    // Bram's calendar does not hold Anne's event: that is no cancellation.
    const summary = await scheduler({ as: BRAM_EMAIL }).syncBody(body.id);
    expect(summary.changes.filter((change) => change.meetingId === sent.meeting.id)).toEqual([]);
    expect((await repositories.meetings.get(sent.meeting.id)).status).toBe('gepland');

    const moved = await scheduler({ as: BRAM_EMAIL }).move(sent.meeting.id, sent.meeting.etag, at('2027-05-27T14:00:00+02:00'), at('2027-05-27T16:00:00+02:00'));
    expect(moved.sent).toBe(false);
    expect(moved.failureReason).toContain(`andere agenda (${ANNE_EMAIL})`);
    expect(await outbox()).toHaveLength(0);

    // Anne sends the pending change from her own calendar.
    const resent = await scheduler().send(sent.meeting.id);
    expect(resent).toMatchObject({ action: 'update', sent: true });
    expect(recipientsOf(await outbox(), 'update')).toEqual(EVERY_MEMBER);
  });
});

describe('bilateral bodies', () => {
  it('generates one bilateral body per participating municipality, and nothing the second time', async () => {
    const first = await generateBilateralBodies(repositories, partnership.id);
    const second = await generateBilateralBodies(repositories, partnership.id);

    expect(first.map((created) => created.name).sort()).toEqual([
      'Periodiek bilateraal overleg Almelo',
      'Periodiek bilateraal overleg Enschede',
      'Periodiek bilateraal overleg Hof van Twente',
    ]);
    expect(new Set(first.map((created) => created.bilateralMunicipalityId)).size).toBe(3);
    expect(first.every((created) => created.partnershipId === partnership.id && !created.isPublic)).toBe(true);
    expect(second).toEqual([]);
  });
});
