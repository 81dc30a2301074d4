import { InjectHeaders } from '@pnp/queryable';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import './pnpModules';

/*
 * The PnPjs entry points outside SharePoint. Inside SharePoint the web part builds its own with
 * `spfi().using(SPFx(context))` and passes it to the same repository factories, so nothing here imports SPFx.
 * Bearer-authenticated requests need no request digest (only cookie-authenticated ones do), which is why
 * neither factory adds one.
 */

function bearerSp(siteUrl: string, token: string): SPFI {
  return spfi(siteUrl).using(
    DefaultHeaders(),
    DefaultInit(),
    BrowserFetchWithRetry(),
    DefaultParse(),
    InjectHeaders({ Authorization: `Bearer ${token}` }),
  );
}

/** PnPjs for the local emulator, acting as the given (demo) user: `Authorization: Bearer emulator:<email>`. */
export function createEmulatorSp(siteUrl: string, userEmail: string): SPFI {
  return bearerSp(siteUrl, `emulator:${userEmail}`);
}

/** PnPjs for a real tenant with an access token obtained elsewhere (e.g. `m365 util accesstoken get`). */
export function createTokenSp(siteUrl: string, accessToken: string): SPFI {
  return bearerSp(siteUrl, accessToken);
}
