/**
 * Rows of the emulator's SharePoint tables and the queries over them, with the permission model:
 * role assignments per scope (`web:<siteId>`, `list:<listGuid>`, `item:<listGuid>:<id>`), inherited
 * from the parent until `breakroleinheritance` gives an object its own (as SharePoint's securable objects do).
 */
import { randomUUID } from 'node:crypto';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { ROLE_DEFINITIONS, inTransaction, loginNameFor } from '../database';
import type { EmulatorUser } from '../http';
import { builtInFields, type FieldDef } from './fields';

export interface SiteRow {
  readonly id: number;
  readonly path: string;
  readonly title: string;
  readonly site_guid: string;
  readonly web_guid: string;
  readonly created: string;
}

export interface PrincipalRow {
  readonly id: number;
  readonly kind: 'user' | 'group';
  readonly site_id: number | null;
  readonly login_name: string;
  readonly title: string;
  readonly email: string | null;
  readonly description: string | null;
  readonly is_site_admin: number;
  readonly owner_id: number | null;
}

export interface ListRow {
  readonly guid: string;
  readonly site_id: number;
  readonly title: string;
  /** Site-relative (`Lists/Samenwerkingsverbanden`, `Documenten`). */
  readonly url: string;
  readonly base_template: number;
  readonly description: string;
  readonly entity_name: string;
  readonly created: string;
  readonly modified: string;
  readonly next_item_id: number;
  readonly unique_perms: number;
  readonly props: string;
}

export interface ItemRow {
  readonly list_guid: string;
  readonly id: number;
  readonly guid: string;
  readonly version: number;
  readonly author_id: number;
  readonly editor_id: number;
  readonly created: string;
  readonly modified: string;
  readonly unique_perms: number;
  readonly recycle_id: string | null;
  readonly recycled_at: string | null;
  readonly recycled_by: number | null;
  readonly fs_type: number;
  /** Server-relative folder of a file (`/sites/x/Documenten`), null for list items. */
  readonly folder: string | null;
  readonly leaf_name: string | null;
  readonly file_content: Uint8Array | null;
  readonly file_unique_id: string | null;
  readonly field_values: string;
}

export interface ViewRow {
  readonly guid: string;
  readonly list_guid: string;
  readonly position: number;
  readonly def: string;
}

export function nowIso(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** SharePoint encodes characters that are not valid in an OData name as `_xHHHH_` (`Shared_x0020_Documents`). */
export function encodeEntityName(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, (char) => `_x${char.charCodeAt(0).toString(16).padStart(4, '0')}_`);
}

export class SharePointStore {
  private readonly statements = new Map<string, StatementSync>();

  public constructor(public readonly db: DatabaseSync) {}

  public statement(sql: string): StatementSync {
    let prepared = this.statements.get(sql);
    if (!prepared) {
      prepared = this.db.prepare(sql);
      this.statements.set(sql, prepared);
    }
    return prepared;
  }

  // ---- sites and principals ----

  public siteByPath(path: string): SiteRow | undefined {
    return this.statement('SELECT * FROM sites WHERE path = ?').get(path) as SiteRow | undefined;
  }

  public principal(id: number): PrincipalRow | undefined {
    return this.statement('SELECT * FROM principals WHERE id = ?').get(id) as PrincipalRow | undefined;
  }

  public userByEmail(email: string): PrincipalRow | undefined {
    return this.statement("SELECT * FROM principals WHERE kind = 'user' AND email = ? COLLATE NOCASE").get(email) as PrincipalRow | undefined;
  }

  public users(): PrincipalRow[] {
    return this.statement("SELECT * FROM principals WHERE kind = 'user' ORDER BY id").all() as unknown as PrincipalRow[];
  }

  public groups(siteId: number): PrincipalRow[] {
    return this.statement("SELECT * FROM principals WHERE kind = 'group' AND site_id = ? ORDER BY id").all(siteId) as unknown as PrincipalRow[];
  }

  public groupMembers(groupId: number): PrincipalRow[] {
    return this.statement('SELECT p.* FROM principals p JOIN group_members m ON m.user_id = p.id WHERE m.group_id = ? ORDER BY p.id').all(groupId) as unknown as PrincipalRow[];
  }

  /** A tenant user the emulator has not seen yet becomes a known user (SharePoint `ensureuser` does this for tenant users). */
  public ensureUser(email: string, displayName?: string): PrincipalRow {
    const existing = this.userByEmail(email);
    if (existing) return existing;
    const name = displayName ?? email.split('@')[0];
    this.statement("INSERT INTO principals (kind, site_id, login_name, title, email, is_site_admin) VALUES ('user', NULL, ?, ?, ?, 0)").run(loginNameFor(email), name, email.toLowerCase());
    return this.userByEmail(email)!;
  }

  public toEmulatorUser(row: PrincipalRow): EmulatorUser {
    return { id: row.id, email: row.email ?? '', displayName: row.title, loginName: row.login_name, isSiteAdmin: row.is_site_admin === 1 };
  }

  // ---- permissions ----

  public listScope(list: ListRow): string {
    return list.unique_perms ? `list:${list.guid}` : `web:${list.site_id}`;
  }

  public itemScope(list: ListRow, item: ItemRow): string {
    return item.unique_perms ? `item:${list.guid}:${item.id}` : this.listScope(list);
  }

  public assignments(scope: string): { principal_id: number; role_def_id: number }[] {
    return this.statement('SELECT principal_id, role_def_id FROM role_assignments WHERE scope = ? ORDER BY principal_id, role_def_id').all(scope) as unknown as {
      principal_id: number;
      role_def_id: number;
    }[];
  }

  /** 0 none, 1 read, 2 edit items, 3 full control; site collection admins have full control everywhere. */
  public rank(user: EmulatorUser, scope: string): number {
    if (user.isSiteAdmin) return 3;
    const row = this.statement(
      `SELECT role_def_id FROM role_assignments WHERE scope = ? AND (principal_id = ? OR principal_id IN (SELECT group_id FROM group_members WHERE user_id = ?))`,
    ).all(scope, user.id, user.id) as { role_def_id: number }[];
    let best = 0;
    for (const { role_def_id } of row) {
      const definition = ROLE_DEFINITIONS.find((candidate) => candidate.id === role_def_id);
      if (definition && definition.rank > best) best = definition.rank;
    }
    return best;
  }

  /** Gives a list or item its own permissions, as `breakroleinheritance(copyRoleAssignments, clearSubscopes)` does. */
  public breakInheritance(list: ListRow, item: ItemRow | undefined, copyRoleAssignments: boolean, clearSubscopes: boolean): void {
    inTransaction(this.db, () => {
      const parentScope = item ? this.listScope(list) : `web:${list.site_id}`;
      const alreadyUnique = item ? item.unique_perms === 1 : list.unique_perms === 1;
      const newScope = item ? `item:${list.guid}:${item.id}` : `list:${list.guid}`;
      if (!alreadyUnique) {
        this.statement('DELETE FROM role_assignments WHERE scope = ?').run(newScope);
        if (copyRoleAssignments) {
          this.statement('INSERT INTO role_assignments (scope, principal_id, role_def_id) SELECT ?, principal_id, role_def_id FROM role_assignments WHERE scope = ?').run(newScope, parentScope);
        }
        if (item) this.statement('UPDATE items SET unique_perms = 1 WHERE list_guid = ? AND id = ?').run(list.guid, item.id);
        else this.statement('UPDATE lists SET unique_perms = 1 WHERE guid = ?').run(list.guid);
      }
      if (!item && clearSubscopes) {
        this.statement("DELETE FROM role_assignments WHERE scope LIKE ?").run(`item:${list.guid}:%`);
        this.statement('UPDATE items SET unique_perms = 0 WHERE list_guid = ?').run(list.guid);
      }
    });
  }

  public resetInheritance(list: ListRow, item: ItemRow | undefined): void {
    const scope = item ? `item:${list.guid}:${item.id}` : `list:${list.guid}`;
    this.statement('DELETE FROM role_assignments WHERE scope = ?').run(scope);
    if (item) this.statement('UPDATE items SET unique_perms = 0 WHERE list_guid = ? AND id = ?').run(list.guid, item.id);
    else this.statement('UPDATE lists SET unique_perms = 0 WHERE guid = ?').run(list.guid);
  }

  public addRoleAssignment(scope: string, principalId: number, roleDefId: number): void {
    this.statement('INSERT OR IGNORE INTO role_assignments (scope, principal_id, role_def_id) VALUES (?, ?, ?)').run(scope, principalId, roleDefId);
  }

  public removeRoleAssignment(scope: string, principalId: number, roleDefId: number): void {
    this.statement('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role_def_id = ?').run(scope, principalId, roleDefId);
  }

  // ---- lists ----

  public lists(siteId: number): ListRow[] {
    return this.statement('SELECT * FROM lists WHERE site_id = ? ORDER BY created, title').all(siteId) as unknown as ListRow[];
  }

  public listByTitle(siteId: number, title: string): ListRow | undefined {
    return this.statement('SELECT * FROM lists WHERE site_id = ? AND title = ? COLLATE NOCASE').get(siteId, title) as ListRow | undefined;
  }

  public listByGuid(siteId: number, guid: string): ListRow | undefined {
    return this.statement('SELECT * FROM lists WHERE site_id = ? AND guid = ? COLLATE NOCASE').get(siteId, guid) as ListRow | undefined;
  }

  public listByUrl(siteId: number, siteRelativeUrl: string): ListRow | undefined {
    return this.statement('SELECT * FROM lists WHERE site_id = ? AND url = ? COLLATE NOCASE').get(siteId, siteRelativeUrl) as ListRow | undefined;
  }

  public listByGuidAnySite(guid: string): ListRow | undefined {
    return this.statement('SELECT * FROM lists WHERE guid = ? COLLATE NOCASE').get(guid) as ListRow | undefined;
  }

  /** Creates a list with SharePoint's built-in fields; the URL comes from the title (D: a later rename keeps it). */
  public createList(site: SiteRow, title: string, baseTemplate: number, description: string, props: Record<string, unknown>): ListRow {
    const guid = randomUUID();
    const urlName = title.replace(/[~"#%&*:<>?/\\{|}.]/g, '').trim();
    const url = baseTemplate === 101 ? urlName : `Lists/${urlName}`;
    const entityName = baseTemplate === 101 ? encodeEntityName(urlName) : `${encodeEntityName(urlName)}List`;
    const now = nowIso();
    inTransaction(this.db, () => {
      this.statement('INSERT INTO lists (guid, site_id, title, url, base_template, description, entity_name, created, modified, props) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
        guid, site.id, title, url, baseTemplate, description, entityName, now, now, JSON.stringify(props),
      );
      builtInFields(baseTemplate).forEach((field, position) => this.insertField(guid, position, field));
      if (baseTemplate === 101) {
        this.statement('INSERT INTO folders (list_guid, server_relative_url, unique_id, created) VALUES (?, ?, ?, ?)').run(guid, `${site.path}/${url}`, randomUUID(), now);
      }
      const contentTypeId = baseTemplate === 101 ? '0x0101' : '0x01';
      this.statement('INSERT INTO content_types (site_id, list_guid, ct_id, def) VALUES (?, ?, ?, ?)').run(
        site.id, guid, `${contentTypeId}00${guid.replace(/-/g, '').toUpperCase()}`,
        JSON.stringify({ Name: baseTemplate === 101 ? 'Document' : 'Item', Description: '', Group: 'List Content Types', parentId: contentTypeId }),
      );
      this.statement('INSERT INTO views (guid, list_guid, position, def) VALUES (?, ?, 0, ?)').run(
        randomUUID(), guid, JSON.stringify({ Title: baseTemplate === 101 ? 'All Documents' : 'All Items', DefaultView: true, PersonalView: false, RowLimit: 30, ViewQuery: '', ViewFields: baseTemplate === 101 ? ['DocIcon', 'LinkFilename', 'Modified', 'Editor'] : ['LinkTitle'] }),
      );
    });
    return this.listByGuid(site.id, guid)!;
  }

  public updateList(list: ListRow, changes: { title?: string; description?: string; props?: Record<string, unknown> }): void {
    const props = { ...(JSON.parse(list.props) as Record<string, unknown>), ...(changes.props ?? {}) };
    this.statement('UPDATE lists SET title = ?, description = ?, props = ?, modified = ? WHERE guid = ?').run(
      changes.title ?? list.title, changes.description ?? list.description, JSON.stringify(props), nowIso(), list.guid,
    );
  }

  public deleteList(list: ListRow): void {
    inTransaction(this.db, () => {
      for (const table of ['items', 'fields', 'views', 'folders']) this.statement(`DELETE FROM ${table} WHERE list_guid = ?`).run(list.guid);
      this.statement('DELETE FROM content_types WHERE list_guid = ?').run(list.guid);
      this.statement('DELETE FROM role_assignments WHERE scope = ? OR scope LIKE ?').run(`list:${list.guid}`, `item:${list.guid}:%`);
      this.statement('DELETE FROM lists WHERE guid = ?').run(list.guid);
    });
  }

  public itemCount(list: ListRow): number {
    return (this.statement('SELECT COUNT(*) AS n FROM items WHERE list_guid = ? AND recycle_id IS NULL').get(list.guid) as { n: number }).n;
  }

  // ---- fields ----

  public fields(listGuid: string): FieldDef[] {
    return (this.statement('SELECT def FROM fields WHERE list_guid = ? ORDER BY position').all(listGuid) as { def: string }[]).map((row) => JSON.parse(row.def) as FieldDef);
  }

  public insertField(listGuid: string, position: number, field: FieldDef): void {
    this.statement('INSERT INTO fields (guid, list_guid, position, internal_name, def) VALUES (?, ?, ?, ?, ?)').run(field.Id, listGuid, position, field.InternalName, JSON.stringify(field));
  }

  public addField(listGuid: string, field: FieldDef): void {
    const { next } = this.statement('SELECT COALESCE(MAX(position), -1) + 1 AS next FROM fields WHERE list_guid = ?').get(listGuid) as { next: number };
    this.insertField(listGuid, next, field);
  }

  public updateField(listGuid: string, field: FieldDef): void {
    this.statement('UPDATE fields SET def = ?, internal_name = ? WHERE list_guid = ? AND guid = ?').run(JSON.stringify(field), field.InternalName, listGuid, field.Id);
  }

  public deleteField(listGuid: string, fieldId: string): void {
    this.statement('DELETE FROM fields WHERE list_guid = ? AND guid = ?').run(listGuid, fieldId);
  }

  // ---- views ----

  public views(listGuid: string): ViewRow[] {
    return this.statement('SELECT * FROM views WHERE list_guid = ? ORDER BY position').all(listGuid) as unknown as ViewRow[];
  }

  public saveView(listGuid: string, guid: string, def: Record<string, unknown>): void {
    const existing = this.statement('SELECT position FROM views WHERE guid = ?').get(guid) as { position: number } | undefined;
    if (existing) {
      this.statement('UPDATE views SET def = ? WHERE guid = ?').run(JSON.stringify(def), guid);
      return;
    }
    const { next } = this.statement('SELECT COALESCE(MAX(position), -1) + 1 AS next FROM views WHERE list_guid = ?').get(listGuid) as { next: number };
    this.statement('INSERT INTO views (guid, list_guid, position, def) VALUES (?, ?, ?, ?)').run(guid, listGuid, next, JSON.stringify(def));
  }

  public deleteView(guid: string): void {
    this.statement('DELETE FROM views WHERE guid = ?').run(guid);
  }

  // ---- content types ----

  public contentTypes(siteId: number, listGuid: string): { ct_id: string; def: string }[] {
    return this.statement('SELECT ct_id, def FROM content_types WHERE site_id = ? AND list_guid = ? ORDER BY ct_id').all(siteId, listGuid) as {
      ct_id: string;
      def: string;
    }[];
  }

  public saveContentType(siteId: number, listGuid: string, contentTypeId: string, def: Record<string, unknown>): void {
    this.statement('INSERT OR REPLACE INTO content_types (site_id, list_guid, ct_id, def) VALUES (?, ?, ?, ?)').run(siteId, listGuid, contentTypeId, JSON.stringify(def));
  }

  // ---- items ----

  public item(listGuid: string, id: number): ItemRow | undefined {
    return this.statement('SELECT * FROM items WHERE list_guid = ? AND id = ? AND recycle_id IS NULL').get(listGuid, id) as ItemRow | undefined;
  }

  public items(listGuid: string): ItemRow[] {
    return this.statement('SELECT * FROM items WHERE list_guid = ? AND recycle_id IS NULL ORDER BY id').all(listGuid) as unknown as ItemRow[];
  }

  public fileItem(listGuid: string, folder: string, leafName: string): ItemRow | undefined {
    return this.statement('SELECT * FROM items WHERE list_guid = ? AND folder = ? COLLATE NOCASE AND leaf_name = ? COLLATE NOCASE AND recycle_id IS NULL').get(listGuid, folder, leafName) as
      | ItemRow
      | undefined;
  }

  public filesInFolder(listGuid: string, folder: string): ItemRow[] {
    return this.statement('SELECT * FROM items WHERE list_guid = ? AND folder = ? COLLATE NOCASE AND recycle_id IS NULL ORDER BY leaf_name').all(listGuid, folder) as unknown as ItemRow[];
  }

  /** Inserts items in one transaction; returns the new ids. */
  public insertItems(
    list: ListRow,
    authorId: number,
    rows: readonly { readonly values: Record<string, unknown>; readonly file?: { folder: string; leafName: string; content: Uint8Array } }[],
  ): number[] {
    return inTransaction(this.db, () => {
      const current = this.statement('SELECT next_item_id FROM lists WHERE guid = ?').get(list.guid) as { next_item_id: number };
      let nextId = current.next_item_id;
      const insert = this.statement(
        `INSERT INTO items (list_guid, id, guid, version, author_id, editor_id, created, modified, fs_type, folder, leaf_name, file_content, file_unique_id, field_values)
         VALUES (?, ?, ?, 1, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`,
      );
      const now = nowIso();
      const ids: number[] = [];
      for (const row of rows) {
        const id = nextId++;
        insert.run(
          list.guid, id, randomUUID(), authorId, authorId, now, now,
          row.file?.folder ?? null, row.file?.leafName ?? null, row.file?.content ?? null, row.file ? randomUUID() : null, JSON.stringify(row.values),
        );
        ids.push(id);
      }
      this.statement('UPDATE lists SET next_item_id = ?, modified = ? WHERE guid = ?').run(nextId, now, list.guid);
      return ids;
    });
  }

  public updateItem(list: ListRow, item: ItemRow, editorId: number, values: Record<string, unknown>, fileContent?: Uint8Array): ItemRow {
    const now = nowIso();
    if (fileContent) {
      this.statement('UPDATE items SET field_values = ?, version = version + 1, editor_id = ?, modified = ?, file_content = ? WHERE list_guid = ? AND id = ?').run(
        JSON.stringify(values), editorId, now, fileContent, list.guid, item.id,
      );
    } else {
      this.statement('UPDATE items SET field_values = ?, version = version + 1, editor_id = ?, modified = ? WHERE list_guid = ? AND id = ?').run(
        JSON.stringify(values), editorId, now, list.guid, item.id,
      );
    }
    this.statement('UPDATE lists SET modified = ? WHERE guid = ?').run(now, list.guid);
    return this.item(list.guid, item.id)!;
  }

  public recycleItem(list: ListRow, item: ItemRow, userId: number): string {
    const recycleId = randomUUID();
    this.statement('UPDATE items SET recycle_id = ?, recycled_at = ?, recycled_by = ? WHERE list_guid = ? AND id = ?').run(recycleId, nowIso(), userId, list.guid, item.id);
    return recycleId;
  }

  public deleteItem(list: ListRow, item: ItemRow): void {
    this.statement('DELETE FROM items WHERE list_guid = ? AND id = ?').run(list.guid, item.id);
    this.statement('DELETE FROM role_assignments WHERE scope = ?').run(`item:${list.guid}:${item.id}`);
  }

  public recycledItems(siteId: number): (ItemRow & { list_title: string; list_url: string })[] {
    return this.statement(
      'SELECT i.*, l.title AS list_title, l.url AS list_url FROM items i JOIN lists l ON l.guid = i.list_guid WHERE l.site_id = ? AND i.recycle_id IS NOT NULL ORDER BY i.recycled_at',
    ).all(siteId) as unknown as (ItemRow & { list_title: string; list_url: string })[];
  }

  // ---- folders ----

  public folder(serverRelativeUrl: string): { list_guid: string; server_relative_url: string; unique_id: string; created: string } | undefined {
    return this.statement('SELECT * FROM folders WHERE server_relative_url = ? COLLATE NOCASE').get(serverRelativeUrl) as
      | { list_guid: string; server_relative_url: string; unique_id: string; created: string }
      | undefined;
  }

  public subfolders(serverRelativeUrl: string): { list_guid: string; server_relative_url: string; unique_id: string; created: string }[] {
    const all = this.statement('SELECT * FROM folders WHERE server_relative_url LIKE ? COLLATE NOCASE').all(`${serverRelativeUrl}/%`) as {
      list_guid: string;
      server_relative_url: string;
      unique_id: string;
      created: string;
    }[];
    return all.filter((row) => !row.server_relative_url.slice(serverRelativeUrl.length + 1).includes('/'));
  }

  public addFolder(listGuid: string, serverRelativeUrl: string): void {
    this.statement('INSERT OR IGNORE INTO folders (list_guid, server_relative_url, unique_id, created) VALUES (?, ?, ?, ?)').run(listGuid, serverRelativeUrl, randomUUID(), nowIso());
  }
}
