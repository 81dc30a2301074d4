import type { ZonedDateTime } from '../../domain/models';

/** Whose calendar an event lives in: a user's (the organiser) or a Microsoft 365 group's. */
export type CalendarOwner =
  | { readonly kind: 'me' }
  | { readonly kind: 'user'; readonly userIdOrEmail: string }
  | { readonly kind: 'group'; readonly groupId: string };

export interface Attendee {
  readonly name: string;
  readonly email: string;
  readonly type: 'required' | 'optional';
}

export interface CalendarEventDraft {
  readonly subject: string;
  /** HTML body of the invite: agenda link and body name. */
  readonly bodyHtml: string;
  readonly start: ZonedDateTime;
  readonly end: ZonedDateTime;
  readonly location: string;
  readonly attendees: readonly Attendee[];
}

export interface CalendarEvent extends CalendarEventDraft {
  readonly id: string;
  readonly iCalUId: string;
  readonly changeKey: string;
  readonly isCancelled: boolean;
  readonly webLink?: string;
}

/** Outlook calendars through Microsoft Graph. */
export interface CalendarGateway {
  /** Creates the event once: a retry with the same transactionId returns the first event instead of a second invite. */
  createEvent(owner: CalendarOwner, draft: CalendarEventDraft, transactionId: string): Promise<CalendarEvent>;
  updateEvent(owner: CalendarOwner, eventId: string, changes: Partial<CalendarEventDraft>): Promise<CalendarEvent>;
  /** Cancels the meeting and sends the attendees a cancellation with the comment. */
  cancelEvent(owner: CalendarOwner, eventId: string, comment: string): Promise<void>;
  /** Events that occur between the two instants (Graph `calendarView`), all pages. */
  listEvents(owner: CalendarOwner, from: ZonedDateTime, to: ZonedDateTime): Promise<readonly CalendarEvent[]>;
}
