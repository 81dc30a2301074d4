import type { BbvGroup, Importance, LegalForm, PartnershipStatus } from '../models/partnership';
import type { MeetingStatus } from '../models/meeting';
import type { DocumentType } from '../models/document';
import type { ProcessMomentKind, ProcessMomentSource, ProcessMomentStatus } from '../models/processMoment';
import type { Audience } from '../models/partnership';
import type { CalendarDate, ZonedDateTime } from '../models/time';

/*
 * The public projection the council reads on the intranet site: copies of the register's public items,
 * each naming the register item it came from (`sourceId`). Only what may be public is in these types, so
 * nothing confidential can be copied by mistake: a confidential field has no place to go.
 */

export interface PublicPartnership {
  readonly sourceId: number;
  readonly name: string;
  readonly legalForm: LegalForm;
  readonly bbvGroup: BbvGroup;
  /** BBV art. 1: both a bestuurlijk and a financieel belang. */
  readonly isVerbondenPartij: boolean;
  readonly domain: string;
  readonly participantNames: readonly string[];
  readonly seat: string;
  readonly publicInterest: string;
  readonly importance: Importance;
  readonly status: PartnershipStatus;
  readonly website?: string;
}

export interface PublicMeetingBody {
  readonly sourceId: number;
  readonly partnershipSourceId: number;
  readonly name: string;
  readonly shortName: string;
  readonly purpose: string;
  readonly frequencyText: string;
  readonly location: string;
}

export interface PublicMeeting {
  readonly sourceId: number;
  readonly partnershipSourceId: number;
  readonly bodySourceId: number;
  readonly bodyName: string;
  readonly title: string;
  readonly start: ZonedDateTime;
  readonly end: ZonedDateTime;
  readonly location: string;
  readonly status: MeetingStatus;
}

export interface PublicDocument {
  readonly sourceId: number;
  /** The register item's ETag when it was copied: a different one means the file is copied again. */
  readonly sourceVersion: string;
  readonly partnershipSourceId: number;
  readonly title: string;
  readonly fileName: string;
  /** Server-relative URL of the copy on the intranet, set by SharePoint. */
  readonly fileUrl?: string;
  readonly documentType: DocumentType;
  readonly year?: number;
}

export interface PublicProcessMoment {
  readonly sourceId: number;
  readonly partnershipSourceId: number;
  readonly kind: ProcessMomentKind;
  readonly subject: string;
  readonly date: CalendarDate;
  readonly isDeadline: boolean;
  readonly audiences: readonly Audience[];
  readonly status: ProcessMomentStatus;
  readonly source: ProcessMomentSource;
  readonly notes: string;
}
