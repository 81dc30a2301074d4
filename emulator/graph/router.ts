import type { DatabaseSync } from 'node:sqlite';
import type { EmulatorRequest, EmulatorResponse, RouteHandler } from '../http';
import { handleBatch } from './batch';
import { accessDenied, graphError, GraphRequestError, itemNotFound } from './errors';
import {
  instantOfInput,
  newChangeKey,
  newEventId,
  newICalUId,
  parseEventInput,
  parseJsonBody,
  toGraphEvent,
  toStoredAttendees,
  type EventInput,
  type EventView,
} from './events';
import {
  clearOutbox,
  deleteEvent,
  ensureGraphTables,
  eventsInCalendar,
  eventsOverlapping,
  findAttendeeCopies,
  findByTransactionId,
  findEvent,
  findGroup,
  findUserById,
  insertEvent,
  readOutbox,
  recordOutbox,
  rememberUser,
  saveEvent,
  type OutboxKind,
  type StoredAttendee,
  type StoredEvent,
} from './store';
import { preferredTimeZone } from './timeZones';

/**
 * Microsoft Graph calendar endpoints, the subset the product's calendar adapter uses:
 * events on `/me`, `/users/{id|upn}` and `/groups/{id}` (create, read, update, cancel, delete),
 * `calendarView` with paging and `Prefer: outlook.timezone`, and JSON `$batch`.
 * Facts come from Microsoft's docs (cited per handler); where a behaviour is inferred the comment says "I".
 */
export function createGraphRouter(db: DatabaseSync): RouteHandler {
  ensureGraphTables(db);
  const route = async (request: EmulatorRequest): Promise<EmulatorResponse> => {
    ensureGraphTables(db);
    try {
      return await dispatch(db, request, route);
    } catch (error) {
      if (error instanceof GraphRequestError) {
        return graphError(error.status, error.code, error.message, request);
      }
      const message = error instanceof Error ? error.message : String(error);
      return graphError(500, 'generalException', `An unexpected error occurred: ${message}`, request);
    }
  };
  return route;
}

/** `GET /_emulator/outbox`: the meeting messages sent so far (`?recipient=` filters); `DELETE` empties it. */
export function outboxHandler(db: DatabaseSync): RouteHandler {
  return async (request) => {
    if (request.method === 'DELETE') {
      clearOutbox(db);
      return { status: 204 };
    }
    const recipient = request.url.searchParams.get('recipient')?.toLowerCase();
    const messages = readOutbox(db).filter((message) => recipient === undefined || message.recipient.toLowerCase() === recipient);
    return { status: 200, headers: { 'content-type': 'application/json' }, body: { value: messages } };
  };
}

export { readOutbox } from './store';

const GRAPH_PREFIX = /^\/graph\/v1\.0(?=\/|$)/i;

/** The path below `/graph/v1.0`, split into decoded segments. */
function graphSegments(url: URL): readonly string[] {
  const path = url.pathname.replace(GRAPH_PREFIX, '');
  return path
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => decodeURIComponent(segment));
}

/** Whose calendar a request addresses, and who acts on it. */
interface CalendarScope {
  readonly calendar: string;
  readonly contextOwner: string;
  /** The organiser written into new events: the user, or the group for a group calendar. */
  readonly organizer: { readonly name: string; readonly address: string };
}

function dispatch(db: DatabaseSync, request: EmulatorRequest, route: RouteHandler): Promise<EmulatorResponse> | EmulatorResponse {
  if (request.user === undefined) {
    // https://learn.microsoft.com/en-us/graph/errors — a request without a token.
    return graphError(401, 'InvalidAuthenticationToken', 'Access token is empty.', request);
  }
  rememberUser(db, request.user.email, request.user.displayName);
  const segments = graphSegments(request.url);
  const [first = ''] = segments;
  if (first.toLowerCase() === '$batch') {
    requireMethod(request, ['POST']);
    return handleBatch(request, route);
  }
  const { scope, rest, profile } = resolveScope(db, request, segments);
  const lowered = rest.map((segment) => segment.toLowerCase());
  if (rest.length === 0) {
    requireMethod(request, ['GET']);
    return json(200, { '@odata.context': `${request.url.origin}/graph/v1.0/$metadata#users/$entity`, ...profile() });
  }
  if (lowered[0] === 'calendarview' && rest.length === 1) {
    requireMethod(request, ['GET']);
    return calendarView(db, request, scope);
  }
  if (lowered[0] === 'events') {
    if (rest.length === 1) {
      requireMethod(request, ['GET', 'POST']);
      return request.method === 'POST' ? createEvent(db, request, scope) : listEvents(db, request, scope);
    }
    const eventId = rest[1];
    if (rest.length === 2) {
      requireMethod(request, ['GET', 'PATCH', 'DELETE']);
      if (request.method === 'GET') {
        return json(200, toGraphEvent(requireEvent(db, scope, eventId), viewFor(request, scope), true), preferenceHeaders(request));
      }
      return request.method === 'PATCH' ? updateEvent(db, request, scope, eventId) : removeEvent(db, scope, eventId);
    }
    if (rest.length === 3 && lowered[2] === 'cancel') {
      requireMethod(request, ['POST']);
      return cancelEvent(db, request, scope, eventId);
    }
  }
  throw new GraphRequestError(400, 'BadRequest', `Resource not found for the segment '${rest[rest.length - 1]}'.`);
}

function requireMethod(request: EmulatorRequest, allowed: readonly string[]): void {
  if (!allowed.includes(request.method.toUpperCase())) {
    // I: Graph's wording for an unsupported verb differs per workload.
    throw new GraphRequestError(405, 'BadRequest', `The HTTP method '${request.method}' is not supported on this resource.`);
  }
}

function json(status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): EmulatorResponse {
  return { status, headers: { 'content-type': 'application/json', ...headers }, body };
}

/**
 * `/me`, `/users/{id | userPrincipalName}` and `/groups/{id}`, optionally followed by `/calendar`.
 * With delegated permissions a user reaches only their own calendar (another user's needs sharing,
 * which the emulator does not model) and the calendars of groups they are a member of.
 */
function resolveScope(
  db: DatabaseSync,
  request: EmulatorRequest,
  segments: readonly string[],
): { scope: CalendarScope; rest: readonly string[]; profile: () => Record<string, unknown> } {
  const user = request.user!;
  const [first = '', second = ''] = segments;
  let scope: CalendarScope;
  let rest: readonly string[];
  let profile: () => Record<string, unknown>;
  const me = { name: user.displayName, address: user.email };
  const userProfile = (name: string, address: string): Record<string, unknown> => ({
    id: rememberUser(db, address, name),
    displayName: name,
    mail: address,
    userPrincipalName: address,
  });
  switch (first.toLowerCase()) {
    case 'me':
      scope = { calendar: `user:${user.email.toLowerCase()}`, contextOwner: `users('${user.email}')`, organizer: me };
      rest = segments.slice(1);
      profile = () => userProfile(me.name, me.address);
      break;
    case 'users': {
      const target = second.includes('@') ? { email: second, displayName: second } : findUserById(db, second);
      if (target === undefined || second === '') {
        throw new GraphRequestError(404, 'ErrorInvalidUser', `The requested user '${second}' is invalid.`);
      }
      if (target.email.toLowerCase() !== user.email.toLowerCase()) {
        throw accessDenied();
      }
      scope = { calendar: `user:${user.email.toLowerCase()}`, contextOwner: `users('${second}')`, organizer: me };
      rest = segments.slice(2);
      profile = () => userProfile(me.name, me.address);
      break;
    }
    case 'groups': {
      const group = findGroup(db, second);
      if (group === undefined) {
        throw new GraphRequestError(
          404,
          'Request_ResourceNotFound',
          `Resource '${second}' does not exist or one of its queried reference-property objects are not present.`,
        );
      }
      if (!group.members.some((member) => member.toLowerCase() === user.email.toLowerCase())) {
        throw accessDenied();
      }
      scope = {
        calendar: `group:${group.id}`,
        contextOwner: `groups('${group.id}')`,
        organizer: { name: group.displayName, address: group.mail },
      };
      rest = segments.slice(2);
      profile = () => ({ id: group.id, displayName: group.displayName, mail: group.mail });
      break;
    }
    default:
      throw new GraphRequestError(400, 'BadRequest', `Resource not found for the segment '${first}'.`);
  }
  if (rest[0]?.toLowerCase() === 'calendar' && rest.length > 1) {
    rest = rest.slice(1);
  }
  return { scope, rest, profile };
}

function viewFor(request: EmulatorRequest, scope: CalendarScope): EventView {
  return {
    timeZone: preferredTimeZone(request.headers.prefer) ?? 'UTC',
    origin: request.url.origin,
    contextOwner: scope.contextOwner,
  };
}

/** `Preference-Applied` tells the client its zone was honoured, as Graph does. */
function preferenceHeaders(request: EmulatorRequest): Record<string, string> {
  const zone = preferredTimeZone(request.headers.prefer);
  return zone === undefined ? {} : { 'preference-applied': `outlook.timezone="${zone}"` };
}

function requireEvent(db: DatabaseSync, scope: CalendarScope, id: string): StoredEvent {
  const event = findEvent(db, scope.calendar, id);
  if (event === undefined) {
    throw itemNotFound();
  }
  return event;
}

function nowIso(): string {
  return new Date().toISOString();
}

function send(db: DatabaseSync, kind: OutboxKind, event: StoredEvent, recipients: readonly StoredAttendee[], comment?: string): void {
  for (const attendee of recipients) {
    recordOutbox(db, {
      kind,
      recipient: attendee.emailAddress.address,
      recipientName: attendee.emailAddress.name,
      organizer: event.organizer.emailAddress.address,
      subject: event.subject,
      start: event.startUtc,
      end: event.endUtc,
      iCalUId: event.iCalUId,
      ...(comment === undefined ? {} : { comment }),
    });
  }
}

/** Attendees other than the organiser: the people who receive meeting messages and a copy of the event. */
function invitees(event: StoredEvent): readonly StoredAttendee[] {
  const organizer = event.organizer.emailAddress.address.toLowerCase();
  return event.attendees.filter((attendee) => attendee.emailAddress.address.toLowerCase() !== organizer);
}

function attendeeCopy(master: StoredEvent, attendee: StoredAttendee, now: string): StoredEvent {
  return {
    ...master,
    id: newEventId(),
    calendar: `user:${attendee.emailAddress.address.toLowerCase()}`,
    isOrganizer: false,
    transactionId: undefined,
    changeKey: newChangeKey(),
    createdDateTime: now,
    lastModifiedDateTime: now,
    responseStatus: { response: 'notResponded', time: '0001-01-01T00:00:00Z' },
    inDeletedItems: false,
  };
}

/**
 * POST .../events → 201 with the event. https://learn.microsoft.com/en-us/graph/api/user-post-events
 * The organiser's calendar gets the event, each attendee a copy and an invite in the outbox.
 */
function createEvent(db: DatabaseSync, request: EmulatorRequest, scope: CalendarScope): EmulatorResponse {
  const input = parseEventInput(parseJsonBody(request.body));
  if (input.transactionId !== undefined) {
    // The docs only say transactionId "avoids redundant POST operations" in case of client retries.
    // Assumption (I): a repeat by the same organiser returns the event the first POST created, with 201,
    // and sends no second set of invites.
    const existing = findByTransactionId(db, scope.calendar, input.transactionId);
    if (existing !== undefined) {
      return json(201, toGraphEvent(existing, viewFor(request, scope), true), preferenceHeaders(request));
    }
  }
  if (input.start === undefined || input.end === undefined) {
    // I: Exchange refuses a meeting without a time window; the exact wording is not documented.
    throw new GraphRequestError(400, 'ErrorInvalidRequest', "Your request can't be completed. The start and end of the event must be set.");
  }
  const start = instantOfInput(input.start, 'start');
  const end = instantOfInput(input.end, 'end');
  if (end.getTime() < start.getTime()) {
    throw new GraphRequestError(400, 'ErrorInvalidRequest', "Your request can't be completed. The end time must be later than the start time.");
  }
  const now = nowIso();
  const event: StoredEvent = {
    id: newEventId(),
    calendar: scope.calendar,
    iCalUId: newICalUId(),
    isOrganizer: true,
    ...(input.transactionId === undefined ? {} : { transactionId: input.transactionId }),
    changeKey: newChangeKey(),
    createdDateTime: now,
    lastModifiedDateTime: now,
    subject: input.subject ?? '',
    body: { contentType: input.body?.contentType.toLowerCase() === 'text' ? 'text' : 'html', content: input.body?.content ?? '' },
    startUtc: start.toISOString(),
    endUtc: end.toISOString(),
    originalStartTimeZone: input.start.timeZone,
    originalEndTimeZone: input.end.timeZone,
    location: { displayName: input.location?.displayName ?? '' },
    attendees: toStoredAttendees(input.attendees ?? []),
    organizer: { emailAddress: scope.organizer },
    responseStatus: { response: 'organizer', time: '0001-01-01T00:00:00Z' },
    isCancelled: false,
    inDeletedItems: false,
    isAllDay: input.isAllDay ?? false,
    showAs: input.showAs ?? 'busy',
    importance: input.importance ?? 'normal',
    sensitivity: input.sensitivity ?? 'normal',
    categories: input.categories ?? [],
    isReminderOn: input.isReminderOn ?? true,
    reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? 15,
    responseRequested: input.responseRequested ?? true,
  };
  insertEvent(db, event);
  for (const attendee of invitees(event)) {
    insertEvent(db, attendeeCopy(event, attendee, now));
  }
  send(db, 'invite', event, invitees(event));
  return json(201, toGraphEvent(event, viewFor(request, scope), true), preferenceHeaders(request));
}

/** The properties whose change makes Exchange send attendees an update (I: categories, reminders are personal). */
function meetingChanged(before: StoredEvent, after: StoredEvent): boolean {
  return (
    before.subject !== after.subject ||
    before.body.content !== after.body.content ||
    before.startUtc !== after.startUtc ||
    before.endUtc !== after.endUtc ||
    before.location.displayName !== after.location.displayName ||
    JSON.stringify(before.attendees) !== JSON.stringify(after.attendees)
  );
}

function applyChanges(event: StoredEvent, input: EventInput): StoredEvent {
  const start = input.start === undefined ? undefined : instantOfInput(input.start, 'start');
  const end = input.end === undefined ? undefined : instantOfInput(input.end, 'end');
  const startUtc = start?.toISOString() ?? event.startUtc;
  const endUtc = end?.toISOString() ?? event.endUtc;
  if (endUtc < startUtc) {
    throw new GraphRequestError(400, 'ErrorInvalidRequest', "Your request can't be completed. The end time must be later than the start time.");
  }
  const attendees =
    input.attendees === undefined
      ? event.attendees
      : toStoredAttendees(input.attendees).map(
          (attendee) =>
            event.attendees.find((known) => known.emailAddress.address.toLowerCase() === attendee.emailAddress.address.toLowerCase()) ?? attendee,
        );
  return {
    ...event,
    subject: input.subject ?? event.subject,
    body:
      input.body === undefined
        ? event.body
        : { contentType: input.body.contentType.toLowerCase() === 'text' ? 'text' : 'html', content: input.body.content },
    startUtc,
    endUtc,
    originalStartTimeZone: input.start?.timeZone ?? event.originalStartTimeZone,
    originalEndTimeZone: input.end?.timeZone ?? event.originalEndTimeZone,
    location: input.location === undefined ? event.location : { displayName: input.location.displayName },
    attendees,
    isAllDay: input.isAllDay ?? event.isAllDay,
    showAs: input.showAs ?? event.showAs,
    importance: input.importance ?? event.importance,
    sensitivity: input.sensitivity ?? event.sensitivity,
    categories: input.categories ?? event.categories,
    isReminderOn: input.isReminderOn ?? event.isReminderOn,
    reminderMinutesBeforeStart: input.reminderMinutesBeforeStart ?? event.reminderMinutesBeforeStart,
    responseRequested: input.responseRequested ?? event.responseRequested,
    changeKey: newChangeKey(),
    lastModifiedDateTime: nowIso(),
  };
}

/**
 * PATCH .../events/{id} → 200 with the updated event and a new changeKey.
 * https://learn.microsoft.com/en-us/graph/api/event-update — an organiser's change reaches the attendees:
 * an update to those who stay, an invite to those added, a cancellation to those removed.
 */
function updateEvent(db: DatabaseSync, request: EmulatorRequest, scope: CalendarScope, id: string): EmulatorResponse {
  const before = requireEvent(db, scope, id);
  const input = parseEventInput(parseJsonBody(request.body));
  if (input.transactionId !== undefined && input.transactionId !== before.transactionId) {
    throw new GraphRequestError(400, 'ErrorInvalidRequest', 'The transactionId of an existing event cannot be changed.');
  }
  const after = applyChanges(before, input);
  saveEvent(db, after);
  if (before.isOrganizer && !before.isCancelled && meetingChanged(before, after)) {
    propagate(db, before, after);
  }
  return json(200, toGraphEvent(after, viewFor(request, scope), true), preferenceHeaders(request));
}

function propagate(db: DatabaseSync, before: StoredEvent, after: StoredEvent): void {
  const now = nowIso();
  const copies = findAttendeeCopies(db, after.iCalUId);
  const address = (attendee: StoredAttendee): string => attendee.emailAddress.address.toLowerCase();
  const previous = new Set(invitees(before).map(address));
  const current = new Set(invitees(after).map(address));
  const staying = invitees(after).filter((attendee) => previous.has(address(attendee)));
  const added = invitees(after).filter((attendee) => !previous.has(address(attendee)));
  const removed = invitees(before).filter((attendee) => !current.has(address(attendee)));
  for (const copy of copies) {
    const owner = copy.calendar.replace(/^user:/, '');
    if (current.has(owner)) {
      saveEvent(db, {
        ...copy,
        subject: after.subject,
        body: after.body,
        startUtc: after.startUtc,
        endUtc: after.endUtc,
        originalStartTimeZone: after.originalStartTimeZone,
        originalEndTimeZone: after.originalEndTimeZone,
        location: after.location,
        attendees: after.attendees,
        changeKey: newChangeKey(),
        lastModifiedDateTime: now,
      });
    } else if (removed.some((attendee) => address(attendee) === owner)) {
      saveEvent(db, cancelledCopy(copy, now));
    }
  }
  for (const attendee of added) {
    insertEvent(db, attendeeCopy(after, attendee, now));
  }
  send(db, 'update', after, staying);
  send(db, 'invite', after, added);
  send(db, 'cancellation', before, removed);
}

/** What an attendee's copy looks like after a cancellation: flagged, and Outlook prefixes the subject. */
function cancelledCopy(copy: StoredEvent, now: string): StoredEvent {
  return {
    ...copy,
    isCancelled: true,
    subject: copy.subject.startsWith('Canceled: ') ? copy.subject : `Canceled: ${copy.subject}`,
    changeKey: newChangeKey(),
    lastModifiedDateTime: now,
  };
}

function cancelMeeting(db: DatabaseSync, event: StoredEvent, comment: string | undefined): void {
  const now = nowIso();
  for (const copy of findAttendeeCopies(db, event.iCalUId)) {
    saveEvent(db, cancelledCopy(copy, now));
  }
  send(db, 'cancellation', event, invitees(event), comment);
}

/**
 * POST .../events/{id}/cancel `{"Comment": "..."}` → 202, no body.
 * https://learn.microsoft.com/en-us/graph/api/event-cancel — organiser only ("An attendee calling this
 * action gets an error (HTTP 400 Bad Request)"); the event moves to Deleted Items.
 */
function cancelEvent(db: DatabaseSync, request: EmulatorRequest, scope: CalendarScope, id: string): EmulatorResponse {
  const event = requireEvent(db, scope, id);
  const body = parseJsonBody(request.body);
  if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
    throw new GraphRequestError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  }
  const { Comment: comment, ...others } = (body ?? {}) as Record<string, unknown>;
  const unknown = Object.keys(others)[0];
  if (unknown !== undefined) {
    throw new GraphRequestError(400, 'RequestBodyRead', `The parameter '${unknown}' in the request payload is not a valid parameter for the operation 'cancel'.`);
  }
  if (comment !== undefined && typeof comment !== 'string') {
    throw new GraphRequestError(400, 'RequestBodyRead', "Invalid value for the parameter 'Comment': a string is expected.");
  }
  if (!event.isOrganizer) {
    // Documented wording; the code is I.
    throw new GraphRequestError(400, 'ErrorInvalidRequest', "Your request can't be completed. You need to be an organizer to cancel a meeting.");
  }
  if (!event.isCancelled) {
    saveEvent(db, { ...event, isCancelled: true, inDeletedItems: true, changeKey: newChangeKey(), lastModifiedDateTime: nowIso() });
    cancelMeeting(db, event, comment);
  }
  return { status: 202 };
}

/**
 * DELETE .../events/{id} → 204. https://learn.microsoft.com/en-us/graph/api/event-delete — "deleting the
 * event on the organizer's calendar sends a cancellation message to the meeting attendees".
 */
function removeEvent(db: DatabaseSync, scope: CalendarScope, id: string): EmulatorResponse {
  const event = requireEvent(db, scope, id);
  deleteEvent(db, event.id);
  if (event.isOrganizer && !event.isCancelled) {
    cancelMeeting(db, event, undefined);
  }
  return { status: 204 };
}

/** Graph's default page size for events and calendarView (D/P). */
const DEFAULT_PAGE_SIZE = 10;
/** I: the largest `$top` Outlook resources accept. */
const MAX_PAGE_SIZE = 1000;

/** A query parameter by name, ignoring case (Graph accepts `StartDateTime` as well as `startDateTime`). */
function queryParameter(url: URL, name: string): string | undefined {
  for (const [key, value] of url.searchParams) {
    if (key.toLowerCase() === name.toLowerCase()) {
      return value;
    }
  }
  return undefined;
}

function pageOf(request: EmulatorRequest, scope: CalendarScope, events: readonly StoredEvent[]): EmulatorResponse {
  const topText = queryParameter(request.url, '$top');
  const skipText = queryParameter(request.url, '$skip');
  const top = topText === undefined ? DEFAULT_PAGE_SIZE : Number(topText);
  const skip = skipText === undefined ? 0 : Number(skipText);
  if (!Number.isInteger(top) || top < 1 || top > MAX_PAGE_SIZE) {
    throw new GraphRequestError(400, 'BadRequest', `Invalid value '${topText}' for query option '$top'.`);
  }
  if (!Number.isInteger(skip) || skip < 0) {
    throw new GraphRequestError(400, 'BadRequest', `Invalid value '${skipText}' for query option '$skip'.`);
  }
  const page = events.slice(skip, skip + top);
  const view = viewFor(request, scope);
  let nextLink: string | undefined;
  if (skip + top < events.length) {
    // Graph's calendarView nextLink repeats the query with $skip advanced (P); the rest stays as the client wrote it.
    const kept = request.url.search
      .replace(/^\?/, '')
      .split('&')
      .filter((pair) => pair !== '' && decodeURIComponent(pair.split('=')[0]).toLowerCase() !== '$skip');
    nextLink = `${request.url.origin}${request.url.pathname}?${[...kept, `$skip=${skip + top}`].join('&')}`;
  }
  return json(
    200,
    {
      '@odata.context': `${request.url.origin}/graph/v1.0/$metadata#${scope.contextOwner}/events`,
      value: page.map((event) => toGraphEvent(event, view, false)),
      ...(nextLink === undefined ? {} : { '@odata.nextLink': nextLink }),
    },
    preferenceHeaders(request),
  );
}

function parseWindowBoundary(value: string): string {
  // An ISO 8601 instant; without an offset Graph reads it as UTC (D: calendarView docs).
  const withZone = /(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
  const instant = new Date(withZone);
  if (Number.isNaN(instant.getTime())) {
    throw new GraphRequestError(400, 'ErrorInvalidParameter', `The value '${value}' of parameter 'StartDateTime' or 'EndDateTime' is invalid.`);
  }
  return instant.toISOString();
}

/**
 * GET .../calendarView?startDateTime=...&endDateTime=... — events overlapping the window, ordered by start.
 * https://learn.microsoft.com/en-us/graph/api/user-list-calendarview; missing window → 400 ErrorInvalidParameter (P).
 */
function calendarView(db: DatabaseSync, request: EmulatorRequest, scope: CalendarScope): EmulatorResponse {
  const from = queryParameter(request.url, 'startDateTime');
  const to = queryParameter(request.url, 'endDateTime');
  if (from === undefined || to === undefined || from === '' || to === '') {
    throw new GraphRequestError(
      400,
      'ErrorInvalidParameter',
      'This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.',
    );
  }
  return pageOf(request, scope, eventsOverlapping(db, scope.calendar, parseWindowBoundary(from), parseWindowBoundary(to)));
}

/** GET .../events — every event in the calendar, paged like calendarView (I: ordered by start). */
function listEvents(db: DatabaseSync, request: EmulatorRequest, scope: CalendarScope): EmulatorResponse {
  return pageOf(request, scope, eventsInCalendar(db, scope.calendar));
}
