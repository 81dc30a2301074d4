import type { Attendee as GraphAttendee, Event as GraphEvent } from '@microsoft/microsoft-graph-types';
import type { Attendee, CalendarEvent, CalendarEventDraft, CalendarGateway, CalendarOwner } from '../ports/calendar';
import type { ZonedDateTime } from '../../domain/models';
import { toDataAccessError } from './graphErrors';
import { fromGraphDateTime, toGraphDateTime, toUtcIso } from './graphTime';

/**
 * The part of a graph client the gateway calls. SPFx's `MSGraphClientV3` is not a `Client` (it wraps one
 * and bundles its own copy of the library), but both offer `api(path)` returning a request with these
 * methods, so either can be passed in.
 */
export interface GraphRequestLike {
  header(name: string, value: string): GraphRequestLike;
  query(parameters: Record<string, string>): GraphRequestLike;
  get(): Promise<unknown>;
  post(content: unknown): Promise<unknown>;
  patch(content: unknown): Promise<unknown>;
}

export interface GraphApi {
  api(path: string): GraphRequestLike;
}

export interface GraphCalendarGatewayOptions {
  /** `$top` for calendarView pages; without it Graph's default page size (10) applies. */
  readonly pageSize?: number;
}

/**
 * Responses are asked for in UTC: an Amsterdam wall time is ambiguous in the hour repeated when summer
 * time ends, a UTC one never is. https://learn.microsoft.com/en-us/graph/api/user-list-calendarview
 */
const PREFER_UTC = 'outlook.timezone="UTC"';

interface GraphPage {
  readonly value: readonly GraphEvent[];
  readonly '@odata.nextLink'?: string;
}

function ownerPath(owner: CalendarOwner): string {
  switch (owner.kind) {
    case 'me':
      return '/me';
    case 'user':
      return `/users/${encodeURIComponent(owner.userIdOrEmail)}`;
    case 'group':
      return `/groups/${encodeURIComponent(owner.groupId)}`;
  }
}

function toGraphAttendees(attendees: readonly Attendee[]): GraphAttendee[] {
  return attendees.map((attendee) => ({ type: attendee.type, emailAddress: { address: attendee.email, name: attendee.name } }));
}

/** The Graph body for the draft's fields that are present: the whole draft on create, the changes on update. */
function toGraphEventBody(draft: Partial<CalendarEventDraft>): GraphEvent {
  return {
    ...(draft.subject === undefined ? {} : { subject: draft.subject }),
    ...(draft.bodyHtml === undefined ? {} : { body: { contentType: 'html', content: draft.bodyHtml } }),
    ...(draft.start === undefined ? {} : { start: toGraphDateTime(draft.start) }),
    ...(draft.end === undefined ? {} : { end: toGraphDateTime(draft.end) }),
    ...(draft.location === undefined ? {} : { location: { displayName: draft.location } }),
    ...(draft.attendees === undefined ? {} : { attendees: toGraphAttendees(draft.attendees) }),
  };
}

function required<T>(value: T | null | undefined, property: string): T {
  if (value === null || value === undefined) {
    throw new Error(`Graph returned an event without '${property}'`);
  }
  return value;
}

/** Graph's event in the domain's terms; rooms (`resource` attendees) count as required. */
export function toCalendarEvent(event: GraphEvent): CalendarEvent {
  const start = required(event.start, 'start');
  const end = required(event.end, 'end');
  return {
    id: required(event.id, 'id'),
    iCalUId: event.iCalUId ?? '',
    changeKey: event.changeKey ?? '',
    isCancelled: event.isCancelled ?? false,
    ...(event.webLink ? { webLink: event.webLink } : {}),
    subject: event.subject ?? '',
    bodyHtml: event.body?.content ?? '',
    start: fromGraphDateTime({ dateTime: required(start.dateTime, 'start.dateTime'), timeZone: start.timeZone ?? 'UTC' }),
    end: fromGraphDateTime({ dateTime: required(end.dateTime, 'end.dateTime'), timeZone: end.timeZone ?? 'UTC' }),
    location: event.location?.displayName ?? '',
    attendees: (event.attendees ?? []).map((attendee) => {
      const address = attendee.emailAddress?.address ?? '';
      return { name: attendee.emailAddress?.name ?? address, email: address, type: attendee.type === 'optional' ? 'optional' : 'required' };
    }),
  };
}

/**
 * The path and query of a nextLink relative to the version root (`/me/calendarView?...&$skip=10`).
 * The graph client strips only an `https://` host from a full URL, so an `http://` emulator link would
 * be glued onto the base URL; a relative path works for both.
 */
function relativeToVersionRoot(nextLink: string): string {
  const url = new URL(nextLink);
  const match = /^(.*?\/(?:v1\.0|beta))(\/.*)$/i.exec(url.pathname);
  return `${match === null ? url.pathname : match[2]}${url.search}`;
}

/**
 * Outlook calendars through Microsoft Graph, on SPFx's `MSGraphClientV3` in SharePoint and Teams and on
 * `createEmulatorGraphClient` (a graph-client v3 `Client`) locally.
 */
export class GraphCalendarGateway implements CalendarGateway {
  public constructor(
    private readonly client: GraphApi,
    private readonly options: GraphCalendarGatewayOptions = {},
  ) {}

  public async createEvent(owner: CalendarOwner, draft: CalendarEventDraft, transactionId: string): Promise<CalendarEvent> {
    try {
      // transactionId lets Graph recognise a retried POST instead of sending a second invite.
      // https://learn.microsoft.com/en-us/graph/api/resources/event (transactionId)
      const created = (await this.client
        .api(`${ownerPath(owner)}/events`)
        .header('Prefer', PREFER_UTC)
        .post({ ...toGraphEventBody(draft), transactionId })) as GraphEvent;
      return toCalendarEvent(created);
    } catch (error) {
      throw toDataAccessError(error, 'Creating the event');
    }
  }

  public async updateEvent(owner: CalendarOwner, eventId: string, changes: Partial<CalendarEventDraft>): Promise<CalendarEvent> {
    try {
      const updated = (await this.client
        .api(`${ownerPath(owner)}/events/${encodeURIComponent(eventId)}`)
        .header('Prefer', PREFER_UTC)
        .patch(toGraphEventBody(changes))) as GraphEvent;
      return toCalendarEvent(updated);
    } catch (error) {
      throw toDataAccessError(error, 'Updating the event');
    }
  }

  public async cancelEvent(owner: CalendarOwner, eventId: string, comment: string): Promise<void> {
    try {
      // Only the organiser may cancel; Graph sends the attendees the cancellation with the comment.
      // https://learn.microsoft.com/en-us/graph/api/event-cancel
      await this.client.api(`${ownerPath(owner)}/events/${encodeURIComponent(eventId)}/cancel`).post({ Comment: comment });
    } catch (error) {
      throw toDataAccessError(error, 'Cancelling the event');
    }
  }

  public async listEvents(owner: CalendarOwner, from: ZonedDateTime, to: ZonedDateTime): Promise<readonly CalendarEvent[]> {
    const query: Record<string, string> = {
      startDateTime: encodeURIComponent(toUtcIso(from)),
      endDateTime: encodeURIComponent(toUtcIso(to)),
    };
    if (this.options.pageSize !== undefined) {
      query.$top = String(this.options.pageSize);
    }
    const events: CalendarEvent[] = [];
    try {
      let page = (await this.client.api(`${ownerPath(owner)}/calendarView`).query(query).header('Prefer', PREFER_UTC).get()) as GraphPage;
      events.push(...page.value.map(toCalendarEvent));
      while (page['@odata.nextLink'] !== undefined) {
        page = (await this.client.api(relativeToVersionRoot(page['@odata.nextLink'])).header('Prefer', PREFER_UTC).get()) as GraphPage;
        events.push(...page.value.map(toCalendarEvent));
      }
    } catch (error) {
      throw toDataAccessError(error, 'Reading the calendar');
    }
    return events;
  }
}
