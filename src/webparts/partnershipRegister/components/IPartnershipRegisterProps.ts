import type { ITheme } from '@fluentui/react';
import type { HandoverDossierGenerator } from '../../../data/documents/lazyGenerators';
import type { Directory, Repositories } from '../../../data/ports';
import type { CalendarDate } from '../../../domain/models';
import type { UrlState } from '../../../components/register';

export interface IPartnershipRegisterProps {
  /**
   * Where the register reads from and writes to: the SharePoint adapter in SPFx and on the local page, an
   * in-memory repository in tests. The component never fetches by itself.
   */
  readonly repositories: Pick<Repositories, 'partnerships' | 'municipalities'> &
    /**
     * With both meeting lists, the register shows the meeting-frequency compliance column and the "Naleving" filter
     * (issue 5); with `riskProfiles` too, a partnership's risk profile sets its internal bodies' floor and its refresh
     * interval (issue 8).
     */
    Partial<Pick<Repositories, 'meetingBodies' | 'meetings' | 'riskProfiles'>>;
  /** Resolves the e-mail addresses typed for accounthouder and portefeuillehouder to site users (`ensureUser`). */
  readonly directory?: Pick<Directory, 'ensureUser'>;
  /**
   * Where the filters, search, sort and view live, so a link can be shared: the page's address in SharePoint
   * and on the local page (`browserUrlState()`).
   * @default an in-memory query (nothing is shared)
   */
  readonly urlState?: UrlState;
  /**
   * The day freshness is judged against (seed 004).
   * @default today in the browser's calendar
   */
  readonly today?: CalendarDate;
  /** Fluent theme from SPFx's ThemeProvider or from Teams; the default Fluent theme when absent. */
  readonly theme?: ITheme;
  /** Shows the "Demogegevens" marker: the register holds sample data from the seeds. */
  readonly isDemoData?: boolean;
  /**
   * Lets DetailsList render only the rows in view, which keeps long registers fast.
   * Tests turn it off because jsdom has no layout, so a virtualized list renders no rows there.
   * @default true
   */
  readonly virtualize?: boolean;
  /** Makes the hand-over dossier of all partnerships (issue 8); absent: no "Overdrachtsdossier (alle)" button. */
  readonly generateHandoverDossier?: HandoverDossierGenerator;
}
