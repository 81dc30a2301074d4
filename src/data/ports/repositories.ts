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
}
