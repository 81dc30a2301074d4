import type { SPFI } from '@pnp/sp';
import { SPQueryable } from '@pnp/sp';
import './pnpModules';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import type { IItem } from '@pnp/sp/items';
import type { ListSchema } from '../../schema';

/*
 * Item-level permissions of one item. Lists whose items may be niet openbaar (`itemLevelConfidentiality`)
 * close a confidential item to the readers who may only see public information (by default the site's
 * Visitors group, where the raad sits): it stops inheriting the site's permissions (the assignments copied,
 * so Owners and Members keep theirs) and those readers lose theirs. A public item inherits again.
 * Changing permissions does not change an item's version, so its ETag stays valid (as in SharePoint).
 */

export type ItemPermissionOutcome = 'secured' | 'reopened' | 'unchanged';

export interface ItemPermissionHints {
  /** The item was just created, so it still inherits: no need to ask `HasUniqueRoleAssignments`. */
  readonly newItem?: boolean;
}

interface RoleAssignmentRow {
  readonly PrincipalId: number;
  readonly RoleDefinitionBindings?: readonly { readonly Id: number }[] | { readonly results: readonly { readonly Id: number }[] };
}

/** Whether the list's items carry their own permissions by `isPublic`. */
export function hasItemLevelConfidentiality(list: ListSchema): boolean {
  return list.itemLevelConfidentiality && list.fields.some((field) => field.property === 'isPublic');
}

/** The id of the site's associated Visitors group: the readers of public information only. */
export async function visitorGroupId(sp: SPFI): Promise<number> {
  return ((await sp.web.associatedVisitorGroup.select('Id')()) as { Id: number }).Id;
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

/**
 * One item's permissions: a confidential item stops inheriting (the site's assignments copied, so Owners and
 * Members keep theirs) and the public-only readers lose theirs; a public item with unique permissions inherits
 * again. Needs Manage Permissions on the item (in SharePoint: Full Control, i.e. the site's Owners).
 */
export async function applyItemPermission(
  sp: SPFI,
  listTitle: string,
  itemId: number,
  isPublic: boolean,
  publicOnlyPrincipalIds: readonly number[],
  hints: ItemPermissionHints = {},
): Promise<ItemPermissionOutcome> {
  const item = sp.web.lists.getByTitle(listTitle).items.getById(itemId);
  if (hints.newItem && isPublic) return 'unchanged';
  const unique = hints.newItem ? false : await hasUniqueRoleAssignments(item);
  if (isPublic) {
    if (!unique) return 'unchanged';
    await item.resetRoleInheritance();
    return 'reopened';
  }
  if (!unique) await item.breakRoleInheritance(true, false);
  const removed = await removeReaders(item, publicOnlyPrincipalIds);
  return !unique || removed ? 'secured' : 'unchanged';
}
