import type { ITheme } from '@fluentui/react';
import type { Repositories } from '../../../data/ports';
import type { CalendarDate, Partnership, Stored } from '../../../domain/models';
import type { IndicatorValue, PerformanceIndicator, SatisfactionMeasurement, ServiceAgreement } from '../../../domain/serviceDelivery';

/** One partnership's service delivery, as the tabs per partnership show it. */
export interface PartnershipServiceDelivery {
  readonly agreements: readonly Stored<ServiceAgreement>[];
  readonly indicators: readonly Stored<PerformanceIndicator>[];
  readonly values: readonly Stored<IndicatorValue>[];
  readonly measurements: readonly Stored<SatisfactionMeasurement>[];
}

/** What every per-partnership tab gets from the root. */
export interface IPartnershipViewProps {
  readonly repositories: Repositories;
  readonly today: CalendarDate;
  readonly partnership: Stored<Partnership>;
  readonly data: PartnershipServiceDelivery;
  /** Reads the partnership's lists again after a save or an import. */
  readonly reload: () => void;
  /** Says what just happened (a polite live region), e.g. "De waarde is opgeslagen." */
  readonly announce: (message: string) => void;
  readonly theme: ITheme;
}
