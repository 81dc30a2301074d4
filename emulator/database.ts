/**
 * The emulator's one sqlite file (`<dataDir>/emulator.sqlite`). SharePoint tables are created here;
 * the Graph router creates its own tables in the same database (it receives the DatabaseSync).
 *
 * Tables other parts may read:
 * - `principals` (kind 'user' | 'group'): users are tenant-wide (one id on every site, a simplification: in
 *   SharePoint each site collection numbers its users itself); the `users` view lists the people.
 * - `sites`: one row per site collection (root web only).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID, randomBytes } from 'node:crypto';
import { DatabaseSync } from 'node:sqlite';

export const DEFAULT_SITE_PATH = '/sites/samenwerkingsmonitor';
export const INTRANET_SITE_PATH = '/sites/intranet';

/** Role definitions every site has (ids and base permissions as SharePoint Online reports them; D/P). */
export interface RoleDefinition {
  readonly id: number;
  readonly name: string;
  readonly roleTypeKind: number;
  readonly description: string;
  readonly order: number;
  readonly basePermissions: { readonly High: string; readonly Low: string };
  /** 1 read, 2 write items, 3 manage (permissions, lists, fields): the emulator's coarse view of the masks. */
  readonly rank: 1 | 2 | 3;
}

export const ROLE_DEFINITIONS: readonly RoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', roleTypeKind: 5, order: 1, rank: 3, description: 'Has full control.', basePermissions: { High: '2147483647', Low: '4294967295' } },
  { id: 1073741828, name: 'Design', roleTypeKind: 4, order: 32, rank: 3, description: 'Can view, add, update, delete, approve, and customize.', basePermissions: { High: '432', Low: '1012866047' } },
  { id: 1073741830, name: 'Edit', roleTypeKind: 6, order: 48, rank: 2, description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', basePermissions: { High: '432', Low: '1011030767' } },
  { id: 1073741827, name: 'Contribute', roleTypeKind: 3, order: 64, rank: 2, description: 'Can view, add, update, and delete list items and documents.', basePermissions: { High: '432', Low: '1011028719' } },
  { id: 1073741826, name: 'Read', roleTypeKind: 2, order: 128, rank: 1, description: 'Can view pages and list items and download documents.', basePermissions: { High: '176', Low: '138612833' } },
];

export const ROLE_FULL_CONTROL = 1073741829;
export const ROLE_EDIT = 1073741830;
export const ROLE_READ = 1073741826;

/** The demo people of gemeente Hof van Twente (fictional, marked demo). */
export const SEEDED_USERS: readonly { readonly email: string; readonly displayName: string; readonly group: 'Owners' | 'Members' | 'Visitors' }[] = [
  { email: 'beheerder@hofvantwente.example', displayName: 'Beheerder Samenwerkingsmonitor', group: 'Owners' },
  { email: 'a.devries@hofvantwente.example', displayName: 'Anne de Vries', group: 'Members' },
  { email: 'b.jansen@hofvantwente.example', displayName: 'Bram Jansen', group: 'Members' },
  { email: 'w.smit@hofvantwente.example', displayName: 'Wim Smit', group: 'Members' },
  { email: 'raadslid@hofvantwente.example', displayName: 'Raadslid (demo)', group: 'Visitors' },
];

const SEEDED_SITES: readonly { readonly path: string; readonly title: string }[] = [
  { path: DEFAULT_SITE_PATH, title: 'Samenwerkingsmonitor' },
  { path: INTRANET_SITE_PATH, title: 'Intranet' },
];

const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites (
  id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE COLLATE NOCASE, title TEXT NOT NULL,
  site_guid TEXT NOT NULL, web_guid TEXT NOT NULL, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS principals (
  id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL CHECK (kind IN ('user','group')),
  site_id INTEGER, login_name TEXT NOT NULL, title TEXT NOT NULL, email TEXT, description TEXT,
  is_site_admin INTEGER NOT NULL DEFAULT 0, owner_id INTEGER);
CREATE UNIQUE INDEX IF NOT EXISTS principals_user_email ON principals (email COLLATE NOCASE) WHERE kind = 'user';
CREATE VIEW IF NOT EXISTS users AS
  SELECT id, email, title AS display_name, login_name, is_site_admin FROM principals WHERE kind = 'user';
CREATE TABLE IF NOT EXISTS group_members (group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id));
CREATE TABLE IF NOT EXISTS role_assignments (
  scope TEXT NOT NULL, principal_id INTEGER NOT NULL, role_def_id INTEGER NOT NULL,
  PRIMARY KEY (scope, principal_id, role_def_id));
CREATE TABLE IF NOT EXISTS lists (
  guid TEXT PRIMARY KEY, site_id INTEGER NOT NULL, title TEXT NOT NULL, url TEXT NOT NULL,
  base_template INTEGER NOT NULL, description TEXT NOT NULL DEFAULT '', entity_name TEXT NOT NULL,
  created TEXT NOT NULL, modified TEXT NOT NULL, next_item_id INTEGER NOT NULL DEFAULT 1,
  unique_perms INTEGER NOT NULL DEFAULT 0, props TEXT NOT NULL DEFAULT '{}');
CREATE TABLE IF NOT EXISTS fields (
  guid TEXT NOT NULL, list_guid TEXT NOT NULL, position INTEGER NOT NULL, internal_name TEXT NOT NULL,
  def TEXT NOT NULL, PRIMARY KEY (list_guid, guid));
CREATE TABLE IF NOT EXISTS views (
  guid TEXT PRIMARY KEY, list_guid TEXT NOT NULL, position INTEGER NOT NULL, def TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS content_types (
  site_id INTEGER NOT NULL, list_guid TEXT NOT NULL DEFAULT '', ct_id TEXT NOT NULL, def TEXT NOT NULL,
  PRIMARY KEY (site_id, list_guid, ct_id));
CREATE TABLE IF NOT EXISTS items (
  list_guid TEXT NOT NULL, id INTEGER NOT NULL, guid TEXT NOT NULL, version INTEGER NOT NULL,
  author_id INTEGER NOT NULL, editor_id INTEGER NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL,
  unique_perms INTEGER NOT NULL DEFAULT 0, recycle_id TEXT, recycled_at TEXT, recycled_by INTEGER,
  fs_type INTEGER NOT NULL DEFAULT 0, folder TEXT, leaf_name TEXT, file_content BLOB, file_unique_id TEXT,
  field_values TEXT NOT NULL DEFAULT '{}', PRIMARY KEY (list_guid, id));
CREATE INDEX IF NOT EXISTS items_file ON items (list_guid, folder, leaf_name);
CREATE TABLE IF NOT EXISTS folders (
  list_guid TEXT NOT NULL, server_relative_url TEXT NOT NULL COLLATE NOCASE, unique_id TEXT NOT NULL,
  created TEXT NOT NULL, PRIMARY KEY (list_guid, server_relative_url));
`;

/** Opens (or creates) `<dataDir>/emulator.sqlite`, creates the SharePoint tables and seeds sites and people once. */
export function openEmulatorDatabase(dataDir: string): DatabaseSync {
  mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(join(dataDir, 'emulator.sqlite'));
  // WAL keeps reads fast while a bulk insert runs; NORMAL sync is enough for a local emulator.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;');
  db.exec(SCHEMA_SQL);
  seedIfEmpty(db);
  return db;
}

/** Empties every table (Graph's too) and seeds again: the state of a first start. */
export function resetEmulatorDatabase(db: DatabaseSync): void {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[];
  inTransaction(db, () => {
    for (const { name } of tables) db.exec(`DELETE FROM "${name}"`);
    // Restart principal ids so the seeded ids are the same after every reset.
    db.exec("DELETE FROM sqlite_sequence WHERE name = 'principals'");
  });
  seedIfEmpty(db);
}

export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

export function loginNameFor(email: string): string {
  return `i:0#.f|membership|${email.toLowerCase()}`;
}

function seedIfEmpty(db: DatabaseSync): void {
  const seeded = db.prepare("SELECT value FROM meta WHERE key = 'seeded'").get();
  if (seeded) return;
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  inTransaction(db, () => {
    db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('digestSecret', ?)").run(randomBytes(32).toString('hex'));
    const insertPrincipal = db.prepare(
      'INSERT INTO principals (id, kind, site_id, login_name, title, email, description, is_site_admin, owner_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertSite = db.prepare('INSERT INTO sites (id, path, title, site_guid, web_guid, created) VALUES (?, ?, ?, ?, ?, ?)');
    const insertMember = db.prepare('INSERT INTO group_members (group_id, user_id) VALUES (?, ?)');
    const insertAssignment = db.prepare('INSERT INTO role_assignments (scope, principal_id, role_def_id) VALUES (?, ?, ?)');
    // Like a new SharePoint site: groups Owners 3, Visitors 4, Members 5; users after them.
    let nextId = 3;
    const groupIdsBySite: Record<number, Record<'Owners' | 'Members' | 'Visitors', number>>[] = [];
    SEEDED_SITES.forEach((site, index) => {
      const siteId = index + 1;
      insertSite.run(siteId, site.path, site.title, randomUUID(), randomUUID(), now);
      const ids = { Owners: nextId, Visitors: nextId + 1, Members: nextId + 2 };
      nextId += 3;
      insertPrincipal.run(ids.Owners, 'group', siteId, `${site.title} Owners`, `${site.title} Owners`, null, `Eigenaars van ${site.title}`, 0, ids.Owners);
      insertPrincipal.run(ids.Visitors, 'group', siteId, `${site.title} Visitors`, `${site.title} Visitors`, null, `Bezoekers van ${site.title}`, 0, ids.Owners);
      insertPrincipal.run(ids.Members, 'group', siteId, `${site.title} Members`, `${site.title} Members`, null, `Leden van ${site.title}`, 0, ids.Owners);
      insertAssignment.run(`web:${siteId}`, ids.Owners, ROLE_FULL_CONTROL);
      insertAssignment.run(`web:${siteId}`, ids.Members, ROLE_EDIT);
      insertAssignment.run(`web:${siteId}`, ids.Visitors, ROLE_READ);
      groupIdsBySite.push({ [siteId]: ids });
    });
    for (const user of SEEDED_USERS) {
      const userId = nextId++;
      insertPrincipal.run(userId, 'user', null, loginNameFor(user.email), user.displayName, user.email, null, user.group === 'Owners' ? 1 : 0, null);
      for (const bySite of groupIdsBySite) {
        for (const ids of Object.values(bySite)) insertMember.run(ids[user.group], userId);
      }
    }
    db.prepare("INSERT INTO meta (key, value) VALUES ('seeded', ?)").run(now);
  });
}
