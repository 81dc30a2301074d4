import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/security/web';
import { PermissionKind } from '@pnp/sp/security/types';

/**
 * Whether the signed-in user owns the register site, and so may set it up: the `ManageWeb` right of the
 * site's effective permissions (`GET _api/web/EffectiveBasePermissions`), which only Full Control has.
 * Setting up adds site columns and content types as well as lists; Edit ("can add, edit and delete lists")
 * does not cover all of that, so members are told to ask an owner instead of getting a button that fails
 * halfway. A failed check also counts as "no".
 */
export async function canSetUpDataSite(sp: SPFI): Promise<boolean> {
  try {
    return await sp.web.currentUserHasPermissions(PermissionKind.ManageWeb);
  } catch {
    return false;
  }
}
