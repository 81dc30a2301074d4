import type { Meeting, MeetingBody, PersonRef, ZonedDateTime } from '../models';
import { isEmailAddress } from '../validation/fields';

/** Someone who receives the invite. Members who are site users are required; there is no optional member. */
export interface InviteAttendee {
  readonly name: string;
  readonly email: string;
  readonly type: 'required' | 'optional';
}

/** What an Outlook invite for one meeting holds; the calendar port's event draft has the same shape. */
export interface InviteDraft {
  readonly subject: string;
  readonly bodyHtml: string;
  readonly start: ZonedDateTime;
  readonly end: ZonedDateTime;
  readonly location: string;
  readonly attendees: readonly InviteAttendee[];
}

export interface AttendeeResolution {
  readonly attendees: readonly InviteAttendee[];
  /** Members without a usable e-mail address: they cannot be invited, and the UI says so. */
  readonly unreachable: readonly string[];
}

/**
 * The invite's attendees: the body's members (site users) and its external addresses, each address once
 * (compared case-insensitively), in the order the body lists them.
 *
 * @example
 * resolveAttendees({ ...body, members: [{ displayName: 'Wim Smit', email: 'w.smit@x.example' }], externalMemberEmails: ['W.Smit@x.example'] })
 * //=> { attendees: [{ name: 'Wim Smit', email: 'w.smit@x.example', type: 'required' }], unreachable: [] }
 */
export function resolveAttendees(body: Pick<MeetingBody, 'members' | 'externalMemberEmails'>): AttendeeResolution {
  const seen = new Set<string>();
  const attendees: InviteAttendee[] = [];
  const unreachable: string[] = [];
  const add = (name: string, email: string): void => {
    const key = email.trim().toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    attendees.push({ name, email: email.trim(), type: 'required' });
  };
  body.members.forEach((member: PersonRef) => {
    if (member.email !== undefined && isEmailAddress(member.email.trim())) {
      add(member.displayName || member.email, member.email);
    } else {
      unreachable.push(member.displayName);
    }
  });
  body.externalMemberEmails.forEach((address) => {
    if (isEmailAddress(address.trim())) {
      add(address.trim(), address);
    } else {
      unreachable.push(address);
    }
  });
  return { attendees, unreachable };
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text placed in the invite's HTML: the body's fields are typed by users, so they are escaped, never trusted. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/** Only web addresses become links: a `javascript:` URL typed into the agenda field must not reach an inbox as a link. */
function isWebAddress(url: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(url.trim());
}

export interface InviteContext {
  readonly partnershipName: string;
}

/**
 * The Outlook invite for a meeting of a body: the meeting's title as subject, the body name, partnership,
 * purpose and agenda link in the body, the meeting's location (else the body's), the members as attendees.
 */
export function inviteDraftForMeeting(meeting: Meeting, body: MeetingBody, context: InviteContext): InviteDraft {
  const lines = [
    `<p><strong>${escapeHtml(body.name)}</strong>${context.partnershipName ? ` – ${escapeHtml(context.partnershipName)}` : ''}</p>`,
  ];
  if (body.purpose.trim() !== '') {
    lines.push(`<p>${escapeHtml(body.purpose)}</p>`);
  }
  if (meeting.agendaUrl !== undefined && isWebAddress(meeting.agendaUrl)) {
    const url = escapeHtml(meeting.agendaUrl.trim());
    lines.push(`<p>Agenda: <a href="${url}">${url}</a></p>`);
  } else if (body.agendaOwner.trim() !== '') {
    lines.push(`<p>Agenda: ${escapeHtml(body.agendaOwner)}</p>`);
  }
  lines.push('<p>Verstuurd met de Samenwerkingsmonitor.</p>');
  return {
    subject: meeting.title,
    bodyHtml: lines.join('\n'),
    start: meeting.start,
    end: meeting.end,
    location: meeting.location.trim() !== '' ? meeting.location : body.location,
    attendees: resolveAttendees(body).attendees,
  };
}

/**
 * Graph's `transactionId` for creating a meeting's event: the same for every retry of one intent, so Graph
 * returns the first event instead of sending a second invite; a new intent (after a cancellation) gets a new id.
 *
 * @example
 * transactionIdForMeeting(42, 1) //=> 'samenwerkingsmonitor-vergadering-42-1'
 */
export function transactionIdForMeeting(meetingId: number, sendIntent: number): string {
  return `samenwerkingsmonitor-vergadering-${meetingId}-${sendIntent}`;
}
