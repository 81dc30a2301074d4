import type {
  Contact,
  FinancialFigures,
  ImprovementAction,
  Meeting,
  MeetingBody,
  Municipality,
  Partnership,
  PartnershipDocument,
  ProcessMoment,
  Stored,
} from '../../domain/models';

/** Everything the dashboard of one partnership shows, read in one go. */
export interface PartnershipDashboardData {
  readonly partnership: Stored<Partnership>;
  /** The participating municipalities (those of `partnership.participantIds` the user may read). */
  readonly participants: readonly Stored<Municipality>[];
  readonly financialFigures: readonly Stored<FinancialFigures>[];
  readonly meetingBodies: readonly Stored<MeetingBody>[];
  readonly meetings: readonly Stored<Meeting>[];
  readonly documents: readonly Stored<PartnershipDocument>[];
  readonly processMoments: readonly Stored<ProcessMoment>[];
  /** This partnership's improvement actions and those that concern all partnerships (no partnership set). */
  readonly actions: readonly Stored<ImprovementAction>[];
  readonly contacts: readonly Stored<Contact>[];
}

/** Reads a partnership's dashboard; the SharePoint implementation costs one `$batch` request. */
export type PartnershipDashboardLoader = (partnershipId: number) => Promise<PartnershipDashboardData>;
