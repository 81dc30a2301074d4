import type { ITheme } from '@fluentui/react';
import type { Directory, Repositories } from '../../../data/ports';
import type { CalendarDate } from '../../../domain/models';

/** What the "Sturing" React root needs; the WebPart class and the local page pass the same. */
export interface ISteeringProps {
  readonly repositories: Repositories;
  /** Resolves owners' e-mail addresses to site users and tells who is signed in ("Mijn acties"). */
  readonly directory: Directory;
  /** Today in Amsterdam, read from the clock once at the edge. */
  readonly today: CalendarDate;
  /**
   * `full`: every tab. `myActions`: only the signed-in owner's own actions, as in the Teams personal app.
   * @default 'full'
   */
  readonly mode?: 'full' | 'myActions';
  readonly isDemoData?: boolean;
  readonly theme?: ITheme;
}
