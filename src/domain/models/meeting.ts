import type { ZonedDateTime } from './time';
import type { PersonRef } from './person';

export const MEETING_BODY_CATEGORIES = ['formeel', 'bestuurlijk', 'advies-en-uitvoering', 'dienstverlening', 'uitvoering', 'intern'] as const;
export type MeetingBodyCategory = (typeof MEETING_BODY_CATEGORIES)[number];

/**
 * Seed 000: an overlegorgaan (AB, DB, accounthoudersoverleg, bilateral meeting, …) of one partnership.
 * Seed 002 adds internal meetings of the municipality itself; the periodic meeting of all regievoerders
 * belongs to no single partnership, so an `intern` body may have none (organisation-wide).
 */
export interface MeetingBody {
  /** Absent only for an organisation-wide body of category `intern` (see {@link isOrganisationWide}). */
  readonly partnershipId?: number;
  readonly name: string;
  /** Short name used in sentences and invites, e.g. "AB". */
  readonly shortName: string;
  readonly category: MeetingBodyCategory;
  /** Openbaar: its meetings and documents may be shown to the council and the public. */
  readonly isPublic: boolean;
  /** Taak / doel. */
  readonly purpose: string;
  /** Leden, as written (seed 000 describes roles, not names). */
  readonly membersDescription: string;
  /** Deelnemers. */
  readonly participantsDescription: string;
  /** Incidenteel / toehoorders. */
  readonly occasionalGuests: string;
  /** Members who are site users: they receive the invites. */
  readonly members: readonly PersonRef[];
  /** Members from other municipalities, who are not site users: their e-mail addresses. */
  readonly externalMemberEmails: readonly string[];
  /** Frequentie as written in the source, kept verbatim. */
  readonly frequencyText: string;
  /** The structured frequency rule(s) as JSON; filled by the frequency-rule parser. */
  readonly frequencyRuleJson: string;
  readonly agendaOwner: string;
  readonly organiser: string;
  /** Who writes the verslag; "geen" when none. */
  readonly minutesBy: string;
  readonly location: string;
  /** For a bilateral body: the municipality it is held with. */
  readonly bilateralMunicipalityId?: number;
}

export const MEETING_STATUSES = ['gepland', 'gehouden', 'geannuleerd'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** One vergadering of a meeting body. */
export interface Meeting {
  readonly bodyId: number;
  /** Denormalised from the body so meetings can be queried per partnership; absent for an organisation-wide body. */
  readonly partnershipId?: number;
  readonly title: string;
  readonly start: ZonedDateTime;
  readonly end: ZonedDateTime;
  readonly location: string;
  readonly status: MeetingStatus;
  /** Copied from the body: decides where the item lives and who may read it. */
  readonly isPublic: boolean;
  /** Id of the Outlook event made through Microsoft Graph; absent until sent. */
  readonly outlookEventId?: string;
  readonly agendaUrl?: string;
  readonly minutesUrl?: string;
  /** Whether the last Outlook action (invite, update, cancellation) went out; absent on meetings never sent. */
  readonly sendState?: MeetingSendState;
  /** Why the last send failed, in Dutch, for the user. */
  readonly sendFailureReason?: string;
  /** Version of the send intent: part of Graph's transactionId, raised only when a new event must be made. */
  readonly sendIntent?: number;
  /** The calendar the event was made in (`user:<e-mail>` or `group:<id>`); only there can it be changed or read back. */
  readonly outlookCalendar?: string;
}

export const MEETING_SEND_STATES = ['niet-verzonden', 'verzonden', 'mislukt'] as const;
export type MeetingSendState = (typeof MEETING_SEND_STATES)[number];
