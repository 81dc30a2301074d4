import type { CalendarDate } from '../models';

/*
 * The council's influence cycle (issue 8): one zienswijze case per influence moment, from the document's arrival
 * to the GR's reasoned answer (Wgr art. 35(4), 10(6)), and the zienswijzen of the other participating councils.
 * These types are the contract of the Zienswijzetrajecten lists; keep them stable.
 */

export const INFLUENCE_CASE_KINDS = ['ontwerpbegroting', 'begrotingswijziging', 'ontwerp-regeling', 'besluit-art-10-5'] as const;
export type InfluenceCaseKind = (typeof INFLUENCE_CASE_KINDS)[number];

export const ZIENSWIJZE_POSITIONS = ['instemmend', 'met-opmerkingen', 'bezwaren', 'geen-zienswijze'] as const;
export type ZienswijzePosition = (typeof ZIENSWIJZE_POSITIONS)[number];

/** One influence moment of one GR, followed step by step; a step is done when its date is filled. */
export interface InfluenceCase {
  readonly partnershipId: number;
  readonly subject: string;
  readonly kind: InfluenceCaseKind;
  /** The budget year, for an ontwerpbegroting or begrotingswijziging. */
  readonly budgetYear?: number;
  /** Step 1: the document arrived at the municipality. */
  readonly receivedDate: CalendarDate;
  readonly documentUrl?: string;
  /** The date by which the GR asks for the zienswijze (from its letter, or derived from the law). */
  readonly responseDeadline?: CalendarDate;
  /** The AB meeting that decides, when known. */
  readonly abDecisionMeetingDate?: CalendarDate;
  /** What the college proposes the raad says: one point per line, used in the cover note. */
  readonly collegeProposalPoints: readonly string[];
  /** Step 2: the cover note (raadsoplegger) went to the raad. */
  readonly coverNoteDate?: CalendarDate;
  /** Step 3: the raad adopted its zienswijze. */
  readonly councilPosition?: ZienswijzePosition;
  readonly councilAdoptedDate?: CalendarDate;
  readonly councilZienswijzeUrl?: string;
  readonly councilZienswijzeSummary: string;
  /** Step 4: the position the municipality's AB member took in the meeting. */
  readonly abMemberPosition: string;
  readonly abMemberPositionDate?: CalendarDate;
  /** Step 5: the AB's decision. */
  readonly abDecision: string;
  readonly abDecisionDate?: CalendarDate;
  /** Step 6: the GR's written, reasoned answer to the raden (Wgr art. 35(4), 10(6)). */
  readonly grAnswerDate?: CalendarDate;
  readonly grAnswerUrl?: string;
  readonly grAnswerSummary: string;
}

/** The zienswijze of another participating council on the same case, to show side by side. */
export interface ParticipantZienswijze {
  readonly caseId: number;
  readonly municipalityId: number;
  readonly summary: string;
  readonly position: ZienswijzePosition;
  readonly adoptedDate?: CalendarDate;
  readonly documentUrl?: string;
}

/** Wgr 2022: the provisions the amended law requires or allows in a regeling. */
export const WGR_PROVISIONS = [
  /** Art. 11a: the regeling says how and how often it is evaluated. */
  'evaluatiebepaling',
  /** Art. 10(7)-(8): how residents take part in the GR's policy. */
  'inwonersparticipatie',
  /** Art. 10(5): which decisions the raden are asked for a zienswijze on. */
  'zienswijzebesluiten',
  /** Art. 17 with 10(2)(c): the active information duty towards the raden. */
  'actieve-informatieplicht',
  /** Art. 24a: a joint advisory committee of the raden. */
  'adviescommissie',
  /** Art. 9 with 1(3): conditions and consequences of leaving, and the notice period. */
  'uittredingsvoorwaarden',
] as const;
export type WgrProvision = (typeof WGR_PROVISIONS)[number];

export const PROVISION_CHECK_RESULTS = ['nog-te-toetsen', 'geregeld', 'deels-geregeld', 'ontbreekt', 'niet-van-toepassing'] as const;
export type ProvisionCheckResult = (typeof PROVISION_CHECK_RESULTS)[number];

/** One line of a GR's Wgr 2022 check: where the regeling provides for it, if it does. */
export interface WgrProvisionCheck {
  readonly partnershipId: number;
  readonly provision: WgrProvision;
  readonly result: ProvisionCheckResult;
  /** The article of the regeling that provides for it, e.g. "art. 32". */
  readonly regulationArticle: string;
  readonly notes: string;
  readonly checkedOn?: CalendarDate;
}
