import type { SPFI } from '@pnp/sp';
import type {
  Contact,
  FinancialFigures,
  ImprovementAction,
  Meeting,
  MeetingBody,
  Municipality,
  Partnership,
  ProcessMoment,
} from '../../domain/models';
import type { BudgetProgress, CoalitionDossier, CoreDomain, Milestone, PartnershipEvaluation, TaskLayerInsight } from '../../domain/steering/models';
import type { CouncilCalendarEntry, RegulationChange, WgrSettings } from '../../domain/wgr/types';
import type { InfluenceCase, ParticipantZienswijze, WgrProvisionCheck } from '../../domain/councilInfluence/models';
import type { RiskProfile } from '../../domain/riskProfile/models';
import type { IndicatorValue, PerformanceIndicator, SatisfactionMeasurement, ServiceAgreement } from '../../domain/serviceDelivery/models';
import { listSchema } from '../../schema';
import type { Directory } from '../ports/directory';
import type { Repositories } from '../ports/repositories';
import { SharePointDirectory } from './directory';
import { SharePointDocumentRepository, type DocumentRepository } from './documentRepository';
import { SharePointListRepository } from './listRepository';

export { SharePointListRepository, etagVersion } from './listRepository';
export type { PersonResolver } from './listRepository';
export { SharePointDocumentRepository } from './documentRepository';
export type { DocumentRepository, DocumentFile } from './documentRepository';
export { SharePointDirectory } from './directory';
export { toDomainError } from './errors';

/** The repositories over SharePoint, whose `documents` can also upload files. */
export interface SharePointRepositories extends Repositories {
  readonly documents: DocumentRepository;
}

export function createSharePointDirectory(sp: SPFI): Directory {
  return new SharePointDirectory(sp);
}

/** Every list of the site schema as a repository; the same call works in SPFx, in Node and against the emulator. */
export function createSharePointRepositories(sp: SPFI, directory: Directory = createSharePointDirectory(sp)): SharePointRepositories {
  return {
    municipalities: new SharePointListRepository<Municipality>(sp, listSchema('municipalities'), directory),
    partnerships: new SharePointListRepository<Partnership>(sp, listSchema('partnerships'), directory),
    financialFigures: new SharePointListRepository<FinancialFigures>(sp, listSchema('financialFigures'), directory),
    meetingBodies: new SharePointListRepository<MeetingBody>(sp, listSchema('meetingBodies'), directory),
    meetings: new SharePointListRepository<Meeting>(sp, listSchema('meetings'), directory),
    documents: new SharePointDocumentRepository(sp, listSchema('documents'), directory),
    processMoments: new SharePointListRepository<ProcessMoment>(sp, listSchema('processMoments'), directory),
    actions: new SharePointListRepository<ImprovementAction>(sp, listSchema('actions'), directory),
    contacts: new SharePointListRepository<Contact>(sp, listSchema('contacts'), directory),
    evaluations: new SharePointListRepository<PartnershipEvaluation>(sp, listSchema('evaluations'), directory),
    budgetProgress: new SharePointListRepository<BudgetProgress>(sp, listSchema('budgetProgress'), directory),
    taskLayerInsights: new SharePointListRepository<TaskLayerInsight>(sp, listSchema('taskLayerInsights'), directory),
    coreDomains: new SharePointListRepository<CoreDomain>(sp, listSchema('coreDomains'), directory),
    coalitionDossiers: new SharePointListRepository<CoalitionDossier>(sp, listSchema('coalitionDossiers'), directory),
    milestones: new SharePointListRepository<Milestone>(sp, listSchema('milestones'), directory),
    wgrSettings: new SharePointListRepository<WgrSettings>(sp, listSchema('wgrSettings'), directory),
    regulationChanges: new SharePointListRepository<RegulationChange>(sp, listSchema('regulationChanges'), directory),
    councilCalendar: new SharePointListRepository<CouncilCalendarEntry>(sp, listSchema('councilCalendar'), directory),
    influenceCases: new SharePointListRepository<InfluenceCase>(sp, listSchema('influenceCases'), directory),
    participantZienswijzen: new SharePointListRepository<ParticipantZienswijze>(sp, listSchema('participantZienswijzen'), directory),
    wgrProvisionChecks: new SharePointListRepository<WgrProvisionCheck>(sp, listSchema('wgrProvisionChecks'), directory),
    riskProfiles: new SharePointListRepository<RiskProfile>(sp, listSchema('riskProfiles'), directory),
    serviceAgreements: new SharePointListRepository<ServiceAgreement>(sp, listSchema('serviceAgreements'), directory),
    performanceIndicators: new SharePointListRepository<PerformanceIndicator>(sp, listSchema('performanceIndicators'), directory),
    indicatorValues: new SharePointListRepository<IndicatorValue>(sp, listSchema('indicatorValues'), directory),
    satisfactionMeasurements: new SharePointListRepository<SatisfactionMeasurement>(sp, listSchema('satisfactionMeasurements'), directory),
  };
}
