import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { GraphRequestError } from './errors';
import type { StoredAttendee, StoredEvent } from './store';
import { formatInZone, instantOf, resolveTimeZone, type GraphDateTimeTimeZone } from './timeZones';

/**
 * The writable properties of a Graph event the emulator understands. Unknown properties are refused the
 * way Graph's OData reader refuses them (code `RequestBodyRead`), so a typo in the adapter shows up here
 * instead of being silently dropped. https://learn.microsoft.com/en-us/graph/api/resources/event
 */
const emailAddressSchema = z.object({ address: z.string().email(), name: z.string().optional() }).passthrough();

const dateTimeTimeZoneSchema = z.object({ dateTime: z.string(), timeZone: z.string() }).strict();

const attendeeSchema = z
  .object({
    emailAddress: emailAddressSchema,
    type: z.enum(['required', 'optional', 'resource']).optional(),
    status: z.unknown().optional(),
  })
  .strict();

const eventInputSchema = z
  .object({
    '@odata.type': z.literal('#microsoft.graph.event').optional(),
    subject: z.string().optional(),
    body: z.object({ contentType: z.string().regex(/^(html|text)$/i), content: z.string() }).strict().optional(),
    start: dateTimeTimeZoneSchema.optional(),
    end: dateTimeTimeZoneSchema.optional(),
    location: z.object({ displayName: z.string() }).passthrough().optional(),
    attendees: z.array(attendeeSchema).optional(),
    isAllDay: z.boolean().optional(),
    importance: z.enum(['low', 'normal', 'high']).optional(),
    sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
    showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).optional(),
    categories: z.array(z.string()).optional(),
    isReminderOn: z.boolean().optional(),
    reminderMinutesBeforeStart: z.number().int().optional(),
    responseRequested: z.boolean().optional(),
    allowNewTimeProposals: z.boolean().optional(),
    hideAttendees: z.boolean().optional(),
    transactionId: z.string().min(1).optional(),
  })
  .strict();

export type EventInput = z.infer<typeof eventInputSchema>;

/** Parses a request body as JSON; Graph answers a body it cannot read with 400 `BadRequest`. */
export function parseJsonBody(body: Buffer): unknown {
  const text = body.toString('utf8');
  try {
    return text.trim() === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    throw new GraphRequestError(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}

export function parseEventInput(json: unknown): EventInput {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new GraphRequestError(400, 'BadRequest', 'Empty Payload. JSON content expected.');
  }
  const parsed = eventInputSchema.safeParse(json);
  if (parsed.success) {
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys') {
    const where = issue.path.length === 0 ? 'microsoft.graph.event' : `microsoft.graph.${String(issue.path[issue.path.length - 1])}`;
    throw new GraphRequestError(
      400,
      'RequestBodyRead',
      `The property '${issue.keys[0]}' does not exist on type '${where}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
    );
  }
  // I: Graph's wording for a wrongly typed value varies by property; the code is the documented OData one.
  throw new GraphRequestError(400, 'RequestBodyRead', `Invalid value for '${issue.path.join('.')}': ${issue.message}`);
}

/** The instant of a start or end, refusing a zone Exchange would not know. */
export function instantOfInput(value: GraphDateTimeTimeZone, property: 'start' | 'end'): Date {
  if (resolveTimeZone(value.timeZone) === undefined) {
    // Graph's answer to an unknown zone (P: captured in public issues).
    throw new GraphRequestError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${value.timeZone}'.`,
    );
  }
  const instant = instantOf(value);
  if (instant === undefined) {
    throw new GraphRequestError(400, 'RequestBodyRead', `Cannot convert the literal '${value.dateTime}' of '${property}' to the expected type 'Edm.String' (dateTime).`);
  }
  return instant;
}

/** A new opaque Graph id; real ones are base64 of an Exchange store id ("AAMkAG..."). */
export function newEventId(): string {
  return `AAMkAGE${randomBytes(36).toString('base64url')}`;
}

/** Exchange's iCalUId is a hex blob starting with the fixed Outlook prefix. */
export function newICalUId(): string {
  return `040000008200E00074C5B7101A82E00800000000${randomBytes(24).toString('hex').toUpperCase()}`;
}

/** The changeKey changes on every write; `@odata.etag` is `W/"<changeKey>"`. */
export function newChangeKey(): string {
  return randomBytes(18).toString('base64');
}

export function toStoredAttendees(attendees: NonNullable<EventInput['attendees']>): readonly StoredAttendee[] {
  const seen = new Set<string>();
  const result: StoredAttendee[] = [];
  for (const attendee of attendees) {
    const address = attendee.emailAddress.address;
    if (seen.has(address.toLowerCase())) {
      continue;
    }
    seen.add(address.toLowerCase());
    result.push({
      type: attendee.type ?? 'required',
      status: { response: 'none', time: '0001-01-01T00:00:00Z' },
      emailAddress: { name: attendee.emailAddress.name ?? address, address },
    });
  }
  return result;
}

export interface EventView {
  /** The zone of `start`/`end` in the response: the `Prefer: outlook.timezone` value, else UTC. */
  readonly timeZone: string;
  readonly origin: string;
  /** `users('<address>')` or `groups('<id>')`, for `@odata.context`. */
  readonly contextOwner: string;
}

/** The event as Graph answers it, with start and end in the zone the client preferred. */
export function toGraphEvent(event: StoredEvent, view: EventView, withContext: boolean): Record<string, unknown> {
  const bodyPreview = event.body.content.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 255);
  return {
    ...(withContext ? { '@odata.context': `${view.origin}/graph/v1.0/$metadata#${view.contextOwner}/events/$entity` } : {}),
    '@odata.etag': `W/"${event.changeKey}"`,
    id: event.id,
    createdDateTime: event.createdDateTime,
    lastModifiedDateTime: event.lastModifiedDateTime,
    changeKey: event.changeKey,
    categories: event.categories,
    // Documented: transactionId appears only when the client set it.
    ...(event.transactionId === undefined ? {} : { transactionId: event.transactionId }),
    originalStartTimeZone: event.originalStartTimeZone,
    originalEndTimeZone: event.originalEndTimeZone,
    iCalUId: event.iCalUId,
    reminderMinutesBeforeStart: event.reminderMinutesBeforeStart,
    isReminderOn: event.isReminderOn,
    hasAttachments: false,
    subject: event.subject,
    bodyPreview,
    importance: event.importance,
    sensitivity: event.sensitivity,
    isAllDay: event.isAllDay,
    isCancelled: event.isCancelled,
    isOrganizer: event.isOrganizer,
    responseRequested: event.responseRequested,
    seriesMasterId: null,
    showAs: event.showAs,
    type: 'singleInstance',
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(event.id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: false,
    onlineMeetingProvider: 'unknown',
    allowNewTimeProposals: true,
    isDraft: false,
    hideAttendees: false,
    responseStatus: event.responseStatus,
    body: event.body,
    start: formatInZone(new Date(event.startUtc), view.timeZone),
    end: formatInZone(new Date(event.endUtc), view.timeZone),
    location: { displayName: event.location.displayName, locationType: 'default', uniqueIdType: 'unknown', address: {}, coordinates: {} },
    locations:
      event.location.displayName === ''
        ? []
        : [{ displayName: event.location.displayName, locationType: 'default', uniqueIdType: 'unknown' }],
    recurrence: null,
    attendees: event.attendees,
    organizer: event.organizer,
    onlineMeeting: null,
  };
}
