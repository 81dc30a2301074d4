import type { EmulatorRequest, EmulatorUser } from '../http';
import type { ODataFormat } from './odata';
import type { SharePointStore, SiteRow } from './store';

/** Everything one SharePoint request needs, resolved once by the router. */
export interface SpContext {
  readonly store: SharePointStore;
  readonly site: SiteRow;
  /** Absolute site URL as the client addressed it (`http://127.0.0.1:4321/sites/samenwerkingsmonitor`). */
  readonly siteUrl: string;
  /** `<siteUrl>/_api`. */
  readonly apiUrl: string;
  readonly user: EmulatorUser;
  readonly format: ODataFormat;
  readonly request: EmulatorRequest;
  readonly listViewThreshold: number;
}
