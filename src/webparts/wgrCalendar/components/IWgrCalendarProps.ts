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
  /** Shows the demo-data marker. */
  readonly isDemoData?: boolean;
  readonly theme?: ITheme;
}
