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
import type { IndicatorValue, PerformanceIndicator } from '../../domain/serviceDelivery';
import type { RiskProfile } from '../../domain/riskProfile/models';

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
  /**
   * Issue 8: the partnership's risk profiles; the newest sets the floor of its internal bodies' compliance. Absent
   * when the caller did not read them (compliance then checks the bodies' own rules and the law only).
   */
  readonly riskProfiles?: readonly Stored<RiskProfile>[];
  /**
   * Service delivery (issue 9): the partnership's performance indicators and the values reported for them. Absent
   * when the caller did not read them (the section is then left out); the SharePoint loader always reads them.
   */
  readonly serviceDelivery?: {
    readonly indicators: readonly Stored<PerformanceIndicator>[];
    readonly values: readonly Stored<IndicatorValue>[];
  };
}

/** Reads a partnership's dashboard; the SharePoint implementation costs one `$batch` request. */
export type PartnershipDashboardLoader = (partnershipId: number) => Promise<PartnershipDashboardData>;
