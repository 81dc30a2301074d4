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
} from '../../domain/models';
import type { BudgetProgress, CoalitionDossier, CoreDomain, Milestone, PartnershipEvaluation, TaskLayerInsight } from '../../domain/steering/models';
import type { CouncilCalendarEntry, RegulationChange, WgrSettings } from '../../domain/wgr/types';
import type { InfluenceCase, ParticipantZienswijze, WgrProvisionCheck } from '../../domain/councilInfluence/models';
import type { RiskProfile } from '../../domain/riskProfile/models';
import type { IndicatorValue, PerformanceIndicator, SatisfactionMeasurement, ServiceAgreement } from '../../domain/serviceDelivery/models';
import type { Repository } from './repository';

/** One repository per list of the site schema, keyed like `SITE_SCHEMA`'s lists. */
export interface Repositories {
  readonly municipalities: Repository<Municipality>;
  readonly partnerships: Repository<Partnership>;
  readonly financialFigures: Repository<FinancialFigures>;
  readonly meetingBodies: Repository<MeetingBody>;
  readonly meetings: Repository<Meeting>;
  readonly documents: Repository<PartnershipDocument>;
  readonly processMoments: Repository<ProcessMoment>;
  readonly actions: Repository<ImprovementAction>;
  readonly contacts: Repository<Contact>;
  // Issue 7: steering
  readonly evaluations: Repository<PartnershipEvaluation>;
  readonly budgetProgress: Repository<BudgetProgress>;
  readonly taskLayerInsights: Repository<TaskLayerInsight>;
  readonly coreDomains: Repository<CoreDomain>;
  readonly coalitionDossiers: Repository<CoalitionDossier>;
  readonly milestones: Repository<Milestone>;
  // Issue 6A: the Wgr calendar
  readonly wgrSettings: Repository<WgrSettings>;
  readonly regulationChanges: Repository<RegulationChange>;
  readonly councilCalendar: Repository<CouncilCalendarEntry>;
  // Issue 8: the council's influence cycle
  readonly influenceCases: Repository<InfluenceCase>;
  readonly participantZienswijzen: Repository<ParticipantZienswijze>;
  readonly wgrProvisionChecks: Repository<WgrProvisionCheck>;
  readonly riskProfiles: Repository<RiskProfile>;
  // Issue 9: service delivery
  readonly serviceAgreements: Repository<ServiceAgreement>;
  readonly performanceIndicators: Repository<PerformanceIndicator>;
  readonly indicatorValues: Repository<IndicatorValue>;
  readonly satisfactionMeasurements: Repository<SatisfactionMeasurement>;
}
