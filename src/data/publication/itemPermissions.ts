import type { SPFI } from '@pnp/sp';
import { SPQueryable } from '@pnp/sp';
import '../sharepoint/pnpModules';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import type { IItem } from '@pnp/sp/items';
import { SITE_SCHEMA } from '../../schema';
import type { ListSchema, SiteSchema } from '../../schema';
import { SharePointListRepository } from '../sharepoint/listRepository';
import { createSharePointDirectory } from '../sharepoint';
import { withDomainErrors } from '../sharepoint/errors';

/*
 * Confidentiality is SharePoint's job. Lists whose items may be niet openbaar (`itemLevelConfidentiality`)
 * get item-level permissions here: a confidential item stops inheriting the site's permissions and loses
 * the role assignments of the readers who may only see public information (by default the site's
 * Visitors group, where the raad sits); Owners and Members keep theirs. An item made public again inherits
 * again. The emulator enforces these per user, as SharePoint does: such an item simply does not exist for
 * a council member (absent from collections, 404 by id).
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

interface RoleAssignmentRow {
  readonly PrincipalId: number;
  readonly RoleDefinitionBindings?: readonly { readonly Id: number }[] | { readonly results: readonly { readonly Id: number }[] };
}

function bindingsOf(row: RoleAssignmentRow): readonly number[] {
  const bindings = row.RoleDefinitionBindings;
  if (!bindings) return [];
  const list = Array.isArray(bindings) ? bindings : (bindings as { results: readonly { Id: number }[] }).results;
  return list.map((binding) => binding.Id);
}

async function hasUniqueRoleAssignments(item: IItem): Promise<boolean> {
  const answer = (await SPQueryable(item, 'HasUniqueRoleAssignments')()) as boolean | { value?: boolean; HasUniqueRoleAssignments?: boolean };
  if (typeof answer === 'boolean') return answer;
  return Boolean(answer.value ?? answer.HasUniqueRoleAssignments);
}

async function removeReaders(item: IItem, principalIds: readonly number[]): Promise<boolean> {
  const assignments = (await item.roleAssignments.select('PrincipalId', 'RoleDefinitionBindings/Id').expand('RoleDefinitionBindings')()) as RoleAssignmentRow[];
  let removed = false;
  for (const assignment of assignments.filter((candidate) => principalIds.includes(candidate.PrincipalId))) {
    for (const roleDefinitionId of bindingsOf(assignment)) {
      await item.roleAssignments.remove(assignment.PrincipalId, roleDefinitionId);
      removed = true;
    }
  }
  return removed;
}

export type ItemPermissionOutcome = 'secured' | 'reopened' | 'unchanged';

/**
 * One item's permissions: a confidential item stops inheriting (the site's assignments copied, so Owners and
 * Members keep theirs) and the public-only readers lose theirs; a public item with unique permissions inherits
 * again. For a save path that wants an item closed at once, before the next full run.
 */
export async function applyItemPermission(sp: SPFI, listTitle: string, itemId: number, isPublic: boolean, publicOnlyPrincipalIds: readonly number[]): Promise<ItemPermissionOutcome> {
  const item = sp.web.lists.getByTitle(listTitle).items.getById(itemId);
  const unique = await hasUniqueRoleAssignments(item);
  if (isPublic) {
    if (!unique) return 'unchanged';
    await item.resetRoleInheritance();
    return 'reopened';
  }
  if (!unique) await item.breakRoleInheritance(true, false);
  const removed = await removeReaders(item, publicOnlyPrincipalIds);
  return !unique || removed ? 'secured' : 'unchanged';
}

/**
 * Applies item-level permissions to every item of the lists that may hold confidential items: confidential
 * ones are closed to the public-only readers, public ones inherit. Idempotent; needs Full Control (run as a
 * site owner: provisioning, the demo loader, `npm run cli -- publish`).
 */
export async function applyItemPermissions(sp: SPFI, options: ItemPermissionOptions = {}): Promise<ItemPermissionReport> {
  return withDomainErrors(async () => {
    const log = options.log ?? (() => undefined);
    const readers = options.publicOnlyPrincipalIds ?? [((await sp.web.associatedVisitorGroup.select('Id')()) as { Id: number }).Id];
    const directory = createSharePointDirectory(sp);
    const lists: readonly ListSchema[] = (options.schema ?? SITE_SCHEMA).lists.filter(
      (list) => list.itemLevelConfidentiality && list.fields.some((field) => field.property === 'isPublic'),
    );
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
