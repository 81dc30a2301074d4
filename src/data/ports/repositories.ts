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
}
