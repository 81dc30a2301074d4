import type { ITheme } from '@fluentui/react';
import type { Repositories } from '../../../data/ports';

export interface IPartnershipRegisterProps {
  /**
   * Where the register reads from: the SharePoint adapter in SPFx and on the local page, an
   * in-memory repository in tests. The component never fetches by itself.
   */
  readonly repositories: Pick<Repositories, 'partnerships' | 'municipalities'>;
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
}
