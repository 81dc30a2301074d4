import type { Meeting, MeetingBody, Stored, ZonedDateTime } from '../../domain/models';
import {
  afterFailedSend,
  afterSuccessfulSend,
  currentSendIntent,
  inviteDraftForMeeting,
  sendActionFor,
  syncChanges,
  syncWindow,
  transactionIdForMeeting,
  type SendAction,
  type SyncChange,
} from '../../domain/scheduling';
import { formatDutchDate, wallTimeParts, zonedDateTimeOfInstant } from '../../domain/time';
import { validateMeeting, type ValidationErrors } from '../../domain/validation';
import type { CalendarGateway, CalendarOwner } from '../ports/calendar';
import { ConcurrencyConflictError } from '../ports/errors';
import type { Repositories } from '../ports/repositories';
import { sendFailureReason } from './sendFailureReason';

/** A meeting the user confirmed in the year planner. */
export interface MeetingSlot {
  readonly start: ZonedDateTime;
  readonly end: ZonedDateTime;
  /** Defaults to the body's location. */
  readonly location?: string;
  readonly agendaUrl?: string;
}

/** The result of one send: the stored meeting as it is now, and whether Outlook got it. */
export interface SendOutcome {
  readonly meeting: Stored<Meeting>;
  readonly action: SendAction;
  readonly sent: boolean;
  /** The Dutch reason when `sent` is false and there was something to send. */
  readonly failureReason?: string;
}

/** Bad input for a meeting: the Dutch message per field, as `validateMeeting` gives them. */
export class MeetingInputError extends Error {
  public constructor(public readonly errors: ValidationErrors) {
    super(Object.values(errors).join(' '));
    this.name = 'MeetingInputError';
  }
}

export interface SyncSummary {
  readonly checked: number;
  readonly changes: readonly SyncChange[];
}

export interface MeetingSchedulerOptions {
  readonly repositories: Pick<Repositories, 'meetings' | 'meetingBodies' | 'partnerships'>;
  readonly calendar: CalendarGateway;
  /** The calendar events are made in: the organiser's (`me`) or the Microsoft 365 group's. */
  readonly owner: CalendarOwner;
  /**
   * Who that calendar is, written on each meeting it sends (`user:<e-mail>` for `me`, `group:<id>`), so a
   * meeting sent from someone else's calendar is neither changed nor synced from this one.
   */
  readonly calendarKey: string;
  readonly now?: () => Date;
}

/** Days added on both sides of a body's meetings when reading Outlook back, so a meeting moved a little way still shows. */
const SYNC_MARGIN_DAYS = 62;

/**
 * Plans, sends, moves, cancels and syncs a body's meetings: the Vergaderingen list through the repositories
 * and Outlook through the calendar gateway. The list item is the source of truth; Outlook follows it, and a
 * failed send is written on the item (state and reason) so anyone can send it again later.
 */
export class MeetingScheduler {
  private readonly now: () => Date;

  public constructor(private readonly options: MeetingSchedulerOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Creates the confirmed meetings (status gepland) and sends each invite. Every slot is validated before
   * anything is stored, so one bad slot stores nothing.
   */
  public async planMeetings(bodyId: number, slots: readonly MeetingSlot[]): Promise<readonly SendOutcome[]> {
    const { meetingBodies, meetings } = this.options.repositories;
    const body = await meetingBodies.get(bodyId);
    const partnershipName = await this.partnershipName(body.partnershipId);
    const drafts = slots.map((slot) => this.meetingFor(body, partnershipName, slot));
    const now = this.now();
    drafts.forEach((draft, index) => {
      const result = validateMeeting(draft, { now });
      if (!result.ok) {
        throw new MeetingInputError(Object.fromEntries(Object.entries(result.errors).map(([key, message]) => [key, `${formatDutchDate(wallTimeParts(slots[index].start).date)}: ${message}`])));
      }
    });
    const outcomes: SendOutcome[] = [];
    for (const draft of drafts) {
      const created = await meetings.create(draft);
      outcomes.push(await this.sendStored(created, body, partnershipName));
    }
    return outcomes;
  }

  /** Sends what Outlook is missing for this meeting (the invite, the change or the cancellation), once. */
  public async send(meetingId: number): Promise<SendOutcome> {
    const meeting = await this.options.repositories.meetings.get(meetingId);
    const body = await this.options.repositories.meetingBodies.get(meeting.bodyId);
    return this.sendStored(meeting, body, await this.partnershipName(body.partnershipId));
  }

  /** Moves a planned meeting; the ETag is the one the user saw, so a concurrent change is surfaced, not overwritten. */
  public async move(meetingId: number, etag: string, start: ZonedDateTime, end: ZonedDateTime, location?: string): Promise<SendOutcome> {
    const { meetings } = this.options.repositories;
    const current = await meetings.get(meetingId);
    const changes: Partial<Meeting> = { start, end, ...(location === undefined ? {} : { location }) };
    const result = validateMeeting({ ...current, ...changes }, { now: this.now() });
    if (!result.ok) throw new MeetingInputError(result.errors);
    const updated = await meetings.update(meetingId, { ...changes, sendState: current.outlookEventId ? 'niet-verzonden' : current.sendState }, etag);
    return this.send(updated.id);
  }

  /** Cancels a meeting: status geannuleerd, and Outlook sends the members a cancellation with the comment. */
  public async cancel(meetingId: number, etag: string, comment: string): Promise<SendOutcome> {
    const updated = await this.options.repositories.meetings.update(meetingId, { status: 'geannuleerd', sendState: 'niet-verzonden' }, etag);
    const body = await this.options.repositories.meetingBodies.get(updated.bodyId);
    return this.sendStored(updated, body, await this.partnershipName(body.partnershipId), comment);
  }

  /**
   * Reads the body's meetings back from Outlook: cancelled in Outlook → geannuleerd, moved → new start and end,
   * ended → gehouden. Returns what changed.
   */
  public async syncBody(bodyId: number): Promise<SyncSummary> {
    const { meetings } = this.options.repositories;
    const stored = await meetings.list({ where: { property: 'bodyId', op: 'eq', value: bodyId } });
    // Only meetings whose event lives in this calendar: another organiser's event is absent here, not cancelled.
    const syncable = stored
      .filter((meeting) => meeting.status === 'gepland' && meeting.outlookEventId && this.isOurCalendar(meeting))
      .map((meeting) => ({ id: meeting.id, meeting }));
    const window = syncWindow(syncable, SYNC_MARGIN_DAYS);
    if (window === undefined) return { checked: 0, changes: [] };
    const events = await this.options.calendar.listEvents(this.options.owner, zonedDateTimeOfInstant(window.from), zonedDateTimeOfInstant(window.to));
    const changes = syncChanges(syncable, events, this.now());
    const byId = new Map(stored.map((meeting) => [meeting.id, meeting]));
    for (const change of changes) {
      const patch: Partial<Meeting> =
        change.kind === 'moved'
          ? { start: change.start, end: change.end }
          : change.kind === 'cancelled'
            ? { status: 'geannuleerd', sendState: 'verzonden', sendFailureReason: '' }
            : { status: 'gehouden' };
      await this.updateFresh(change.meetingId, patch, byId.get(change.meetingId)?.etag);
    }
    return { checked: syncable.length, changes };
  }

  private meetingFor(body: Stored<MeetingBody>, partnershipName: string, slot: MeetingSlot): Meeting {
    const label = body.shortName.trim() !== '' ? body.shortName : body.name;
    return {
      bodyId: body.id,
      // An organisation-wide body (seed 002: all regievoerders) has no partnership, so neither have its meetings.
      ...(body.partnershipId === undefined ? {} : { partnershipId: body.partnershipId }),
      // An organisation-wide body has no partnership name: no double space in its title.
      title: [label, partnershipName, formatDutchDate(wallTimeParts(slot.start).date)].filter((part) => part.trim() !== '').join(' '),
      start: slot.start,
      end: slot.end,
      location: slot.location ?? body.location,
      status: 'gepland',
      isPublic: body.isPublic,
      ...(slot.agendaUrl ? { agendaUrl: slot.agendaUrl } : {}),
      sendState: 'niet-verzonden',
      sendIntent: 1,
    };
  }

  private async sendStored(meeting: Stored<Meeting>, body: MeetingBody, partnershipName: string, cancelComment?: string): Promise<SendOutcome> {
    const action = sendActionFor(meeting);
    if (action === 'none') return { meeting, action, sent: false };
    const { calendar, owner } = this.options;
    if (action !== 'create' && !this.isOurCalendar(meeting)) {
      // Exchange lets only the organiser's calendar change or cancel the event.
      const failureReason = `De uitnodiging is verstuurd vanuit een andere agenda (${calendarLabel(meeting.outlookCalendar ?? '')}); alleen vanuit die agenda kan ze worden gewijzigd of geannuleerd.`;
      const marked = await this.updateFresh(meeting.id, afterFailedSend(failureReason), meeting.etag);
      return { meeting: marked, action, sent: false, failureReason };
    }
    let eventId: string | undefined;
    try {
      switch (action) {
        case 'create': {
          const draft = inviteDraftForMeeting(meeting, body, { partnershipName });
          // The same transactionId on every retry of this intent: Graph returns the first event, no second invite.
          const event = await calendar.createEvent(owner, draft, transactionIdForMeeting(meeting.id, currentSendIntent(meeting)));
          eventId = event.id;
          break;
        }
        case 'update': {
          const { subject, bodyHtml, start, end, location, attendees } = inviteDraftForMeeting(meeting, body, { partnershipName });
          await calendar.updateEvent(owner, meeting.outlookEventId!, { subject, bodyHtml, start, end, location, attendees });
          break;
        }
        case 'cancel':
          await calendar.cancelEvent(owner, meeting.outlookEventId!, cancelComment?.trim() || `${meeting.title} gaat niet door.`);
          break;
      }
    } catch (error) {
      const failureReason = sendFailureReason(error);
      const marked = await this.updateFresh(meeting.id, afterFailedSend(failureReason), meeting.etag);
      return { meeting: marked, action, sent: false, failureReason };
    }
    const updated = await this.updateFresh(
      meeting.id,
      { ...afterSuccessfulSend(eventId), ...(action === 'create' ? { outlookCalendar: this.options.calendarKey } : {}) },
      meeting.etag,
    );
    return { meeting: updated, action, sent: true };
  }

  /**
   * Writes the send result. Outlook has already acted, so the result must land: on a conflict the item is
   * read again and the same fields written once more (they are ours alone; the user's fields are untouched).
   */
  private async updateFresh(id: number, changes: Partial<Meeting>, etag: string | undefined): Promise<Stored<Meeting>> {
    const { meetings } = this.options.repositories;
    try {
      return await meetings.update(id, changes, etag ?? (await meetings.get(id)).etag);
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError)) throw error;
      return meetings.update(id, changes, (await meetings.get(id)).etag);
    }
  }

  /** Meetings sent before the calendar was recorded count as this calendar's. */
  private isOurCalendar(meeting: Meeting): boolean {
    return meeting.outlookCalendar === undefined || meeting.outlookCalendar === '' || meeting.outlookCalendar.toLowerCase() === this.options.calendarKey.toLowerCase();
  }

  /** The partnership's name for titles and invites; empty for an organisation-wide body, which has none. */
  private async partnershipName(partnershipId: number | undefined): Promise<string> {
    if (partnershipId === undefined) return '';
    try {
      return (await this.options.repositories.partnerships.get(partnershipId)).name;
    } catch {
      return '';
    }
  }
}

/** `user:a@b` → `a@b`, `group:<id>` → `groep <id>`, for the Dutch reason. */
function calendarLabel(key: string): string {
  if (key.startsWith('user:')) return key.slice('user:'.length);
  if (key.startsWith('group:')) return `groep ${key.slice('group:'.length)}`;
  return key;
}

/** The calendar key for an owner: `me` needs the signed-in user's e-mail address. */
export function calendarKeyOf(owner: CalendarOwner, signedInEmail: string): string {
  switch (owner.kind) {
    case 'me':
      return `user:${signedInEmail.toLowerCase()}`;
    case 'user':
      return `user:${owner.userIdOrEmail.toLowerCase()}`;
    case 'group':
      return `group:${owner.groupId.toLowerCase()}`;
  }
}
