import type { ITheme } from '@fluentui/react';
import type { Repositories } from '../../../data/ports';
import type { CalendarDate } from '../../../domain/models';

/** The tabs of "Dienstverlening"; `?tab=` on the local page opens one. */
export type ServiceDeliveryTab = 'indicators' | 'agreements' | 'satisfaction' | 'offTarget';

/** What the "Dienstverlening" React root needs; the WebPart class and the local page pass the same. */
export interface IServiceDeliveryProps {
  readonly repositories: Repositories;
  /** Today in Amsterdam, read from the clock once at the edge: decides which periods are due and which are in the future. */
  readonly today: CalendarDate;
  /** The partnership to open with (a deep link's `?partnership=`); absent: the first in the register. */
  readonly initialPartnershipId?: number;
  /** @default 'indicators' */
  readonly initialTab?: ServiceDeliveryTab;
  readonly isDemoData?: boolean;
  readonly theme?: ITheme;
}
