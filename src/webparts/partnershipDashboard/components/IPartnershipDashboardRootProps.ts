import type { ITheme } from '@fluentui/react';
import type { DocumentUpload } from '../../../components/dashboard';
import type { PartnershipDashboardLoader } from '../../../data/dashboard';
import type { HandoverDossierGenerator } from '../../../data/documents/lazyGenerators';
import type { Directory, Repository } from '../../../data/ports';
import type { CalendarDate, Partnership } from '../../../domain/models';
import type { RiskProfile } from '../../../domain/riskProfile/models';
import type { HostKind } from '../../shared/hosting';

export interface IPartnershipDashboardRootProps {
  /** SharePoint page, Teams channel tab or Teams personal app. */
  readonly host: HostKind;
  /** The partnership from a deep link, `?partnership=` or the tab's configuration; absent: the user chooses. */
  readonly partnershipId?: number;
  readonly partnerships: Repository<Partnership>;
  /** For the personal app's freshness: the newest risk profile sets a partnership's refresh interval. */
  readonly riskProfiles?: Repository<RiskProfile>;
  readonly directory: Pick<Directory, 'currentUser'>;
  readonly load: PartnershipDashboardLoader;
  readonly upload?: DocumentUpload;
  readonly today: CalendarDate;
  readonly theme?: ITheme;
  readonly isDemoData?: boolean;
  /** A link that opens the dashboard of a partnership from outside (Teams deep link or SharePoint `?partnership=`). */
  readonly linkFor?: (partnershipId: number) => string;
  /** Makes a partnership's hand-over dossier (issue 8); absent: no "Overdrachtsdossier" button. */
  readonly generateHandoverDossier?: HandoverDossierGenerator;
}
