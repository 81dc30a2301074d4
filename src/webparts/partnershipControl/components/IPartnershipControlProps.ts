import type { ITheme } from '@fluentui/react';
import type { Repositories } from '../../../data/ports';
import type { CalendarDate } from '../../../domain/models';

export type PartnershipControlTab = 'risk' | 'wgr' | 'overview';

/** What the "Risico en Wgr-toets" React root needs; the WebPart class and the local page pass the same. */
export interface IPartnershipControlProps {
  readonly repositories: Repositories;
  /** Today in Amsterdam, read from the clock once at the edge: the assessment date and the exit moment's "as of". */
  readonly today: CalendarDate;
  /** The partnership to open with (a deep link); the first one alphabetically otherwise. */
  readonly initialPartnershipId?: number;
  /** @default 'risk' */
  readonly initialTab?: PartnershipControlTab;
  readonly isDemoData?: boolean;
  readonly theme?: ITheme;
}
