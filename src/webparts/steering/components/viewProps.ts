import type { ITheme } from '@fluentui/react';
import type { Directory, Repositories } from '../../../data/ports';
import type { CalendarDate, Partnership, Stored } from '../../../domain/models';

/** What every tab of "Sturing" gets from the root. */
export interface ISteeringViewProps {
  readonly repositories: Repositories;
  readonly directory: Directory;
  readonly today: CalendarDate;
  /** The register's partnerships, sorted by name. */
  readonly partnerships: readonly Stored<Partnership>[];
  readonly theme: ITheme;
}
