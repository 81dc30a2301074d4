import type { ITheme } from '@fluentui/react';
import type { Repositories } from '../../../data/ports';
import type { CalendarDate } from '../../../domain/models';

/** What the "Zienswijzen" React root needs; the WebPart class and the local page pass the same. */
export interface ICouncilInfluenceProps {
  readonly repositories: Repositories;
  /** Today in Amsterdam, read from the clock once at the edge. */
  readonly today: CalendarDate;
  /**
   * The municipality whose council gives the zienswijzen (a name in the Gemeenten list). Absent: the own council is
   * shown as "Eigen raad", and the cover note plans no council route.
   */
  readonly ownMunicipalityName?: string;
  /** Opens this case's detail on first render (a deep link). */
  readonly initialCaseId?: number;
  readonly isDemoData?: boolean;
  readonly theme?: ITheme;
}
