import type { ITheme } from '@fluentui/react';
import type { Repositories } from '../../../data/ports';
import type { WgrRepositories } from '../../../data/wgr';
import type { WorkingDayCalendar } from '../../../domain/wgr';

export interface IWgrCalendarProps {
  /** The lists the calendar reads, and the process moments it writes on "Termijnen op de tijdlijnen zetten". */
  readonly repositories: WgrRepositories & Pick<Repositories, 'processMoments'>;
  /** Dutch working days; the web part loads the holiday data lazily, tests pass it directly. */
  readonly loadWorkingDays: () => Promise<WorkingDayCalendar>;
  /** The calendar year shown first. */
  readonly initialYear: number;
  /**
   * Issue 8: the own municipality's name (the web part's "Eigen gemeente", resolved in the Gemeenten list). With it,
   * each zienswijze deadline shows the council meeting, committee and college deadline of that municipality.
   */
  readonly ownMunicipalityName?: string;
  /** Shows the demo-data marker. */
  readonly isDemoData?: boolean;
  readonly theme?: ITheme;
}
