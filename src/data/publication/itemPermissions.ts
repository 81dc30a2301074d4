import type { SPFI } from '@pnp/sp';
import '../sharepoint/pnpModules';
import { SITE_SCHEMA } from '../../schema';
import type { ListSchema, SiteSchema } from '../../schema';
import { SharePointListRepository } from '../sharepoint/listRepository';
import { createSharePointDirectory } from '../sharepoint';
import { withDomainErrors } from '../sharepoint/errors';
import { applyItemPermission, hasItemLevelConfidentiality, visitorGroupId, type ItemPermissionOutcome } from '../sharepoint/itemPermissions';

export { applyItemPermission };

/*
 * Confidentiality is SharePoint's job. Lists whose items may be niet openbaar (`itemLevelConfidentiality`)
 * get item-level permissions here: a confidential item stops inheriting the site's permissions and loses
 * the role assignments of the readers who may only see public information (by default the site's
 * Visitors group, where the raad sits); Owners and Members keep theirs. An item made public again inherits
 * again. The emulator enforces these per user, as SharePoint does: such an item simply does not exist for
 * a council member (absent from collections, 404 by id).
 * The SharePoint repositories already set these on every save (`../sharepoint/itemPermissions`); this run is
 * the idempotent safety net for items written around them (SharePoint's own forms, older data).
 */

export interface ItemPermissionReport {
  /** Confidential items whose inheritance was broken and readers removed in this run. */
  readonly secured: number;
  /** Public items that had unique permissions and inherit again. */
  readonly reopened: number;
  /** Items already as they should be. */
  readonly unchanged: number;
  /** Per list title: the ids of the confidential items (after this run, all without reader access). */
  readonly confidentialItems: Readonly<Record<string, readonly number[]>>;
}

export interface ItemPermissionOptions {
  /** Principals that may read public items only; default the site's associated Visitors group. */
  readonly publicOnlyPrincipalIds?: readonly number[];
  readonly schema?: SiteSchema;
  readonly log?: (message: string) => void;
}

export type { ItemPermissionOutcome };

/**
 * Applies item-level permissions to every item of the lists that may hold confidential items: confidential
 * ones are closed to the public-only readers, public ones inherit. Idempotent; needs Full Control (run as a
 * site owner: provisioning, the demo loader, `npm run cli -- publish`).
 */
export async function applyItemPermissions(sp: SPFI, options: ItemPermissionOptions = {}): Promise<ItemPermissionReport> {
  return withDomainErrors(async () => {
    const log = options.log ?? (() => undefined);
    const readers = options.publicOnlyPrincipalIds ?? [await visitorGroupId(sp)];
    const directory = createSharePointDirectory(sp);
    const lists: readonly ListSchema[] = (options.schema ?? SITE_SCHEMA).lists.filter(hasItemLevelConfidentiality);
    let secured = 0;
    let reopened = 0;
    let unchanged = 0;
    const confidentialItems: Record<string, number[]> = {};
    for (const list of lists) {
      const repository = new SharePointListRepository<{ readonly isPublic: boolean }>(sp, list, directory);
      const items = await repository.list();
      confidentialItems[list.title] = [];
      for (const stored of items) {
        if (!stored.isPublic) confidentialItems[list.title].push(stored.id);
        const outcome = await applyItemPermission(sp, list.title, stored.id, stored.isPublic, readers);
        if (outcome === 'secured') {
          secured += 1;
          log(`'${list.title}' item ${stored.id} is niet openbaar: alleen leesbaar voor eigenaren en leden`);
        } else if (outcome === 'reopened') {
          reopened += 1;
          log(`'${list.title}' item ${stored.id} is openbaar: erft de rechten van de site weer`);
        } else {
          unchanged += 1;
        }
      }
    }
    return { secured, reopened, unchanged, confidentialItems };
  });
}
