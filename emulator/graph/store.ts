import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';

/** An address as Graph writes it inside `attendees`, `organizer` and `emailAddress`. */
export interface EmailAddress {
  readonly name: string;
  readonly address: string;
}

export type AttendeeType = 'required' | 'optional' | 'resource';

export interface StoredAttendee {
  readonly type: AttendeeType;
  readonly status: { readonly response: string; readonly time: string };
  readonly emailAddress: EmailAddress;
}

/**
 * One event in one calendar. The organiser's event and each attendee's copy are separate rows with
 * their own id and the same iCalUId, as in Exchange: an attendee sees the meeting under another id.
 * Instants are stored in UTC (ISO 8601 with milliseconds) so that SQL can order and compare them.
 */
export interface StoredEvent {
  readonly id: string;
  /** `user:<lower-case address>` or `group:<group id>`. */
  readonly calendar: string;
  readonly iCalUId: string;
  readonly isOrganizer: boolean;
  readonly transactionId?: string;
  readonly changeKey: string;
  readonly createdDateTime: string;
  readonly lastModifiedDateTime: string;
  readonly subject: string;
  readonly body: { readonly contentType: 'html' | 'text'; readonly content: string };
  readonly startUtc: string;
  readonly endUtc: string;
  readonly originalStartTimeZone: string;
  readonly originalEndTimeZone: string;
  readonly location: { readonly displayName: string };
  readonly attendees: readonly StoredAttendee[];
  readonly organizer: { readonly emailAddress: EmailAddress };
  readonly responseStatus: { readonly response: string; readonly time: string };
  readonly isCancelled: boolean;
  /** Cancel moves the organiser's event to Deleted Items: still readable by id, gone from the calendar. */
  readonly inDeletedItems: boolean;
  readonly isAllDay: boolean;
  readonly showAs: string;
  readonly importance: string;
  readonly sensitivity: string;
  readonly categories: readonly string[];
  readonly isReminderOn: boolean;
  readonly reminderMinutesBeforeStart: number;
  readonly responseRequested: boolean;
}

export type OutboxKind = 'invite' | 'update' | 'cancellation';

/** A meeting message the emulator "sent": what the recipient's mailbox would have received. */
export interface OutboxMessage {
  readonly id: number;
  readonly kind: OutboxKind;
  readonly recipient: string;
  readonly recipientName: string;
  readonly organizer: string;
  readonly subject: string;
  /** UTC instants, ISO 8601. */
  readonly start: string;
  readonly end: string;
  readonly iCalUId: string;
  readonly comment?: string;
  readonly sentAt: string;
}

/** A Microsoft 365 group with a calendar; its members may read and write that calendar. */
export interface GraphGroup {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string;
  readonly members: readonly string[];
}

/**
 * Creating tables is idempotent and cheap, so it runs before every request: the emulator's reset may
 * have dropped them since the router was made.
 */
export function ensureGraphTables(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS graph_events (
      id TEXT PRIMARY KEY,
      calendar TEXT NOT NULL,
      ical_uid TEXT NOT NULL,
      is_organizer INTEGER NOT NULL,
      transaction_id TEXT,
      start_utc TEXT NOT NULL,
      end_utc TEXT NOT NULL,
      in_deleted_items INTEGER NOT NULL DEFAULT 0,
      data TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS graph_events_calendar_start ON graph_events (calendar, in_deleted_items, start_utc);
    CREATE INDEX IF NOT EXISTS graph_events_ical_uid ON graph_events (ical_uid);
    CREATE UNIQUE INDEX IF NOT EXISTS graph_events_transaction ON graph_events (calendar, transaction_id) WHERE transaction_id IS NOT NULL;
    CREATE TABLE IF NOT EXISTS graph_outbox (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL,
      recipient TEXT NOT NULL,
      recipient_name TEXT NOT NULL,
      organizer TEXT NOT NULL,
      subject TEXT NOT NULL,
      start_utc TEXT NOT NULL,
      end_utc TEXT NOT NULL,
      ical_uid TEXT NOT NULL,
      comment TEXT,
      sent_at TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS graph_groups (
      id TEXT PRIMARY KEY,
      display_name TEXT NOT NULL,
      mail TEXT NOT NULL,
      members TEXT NOT NULL
    );
    CREATE TABLE IF NOT EXISTS graph_users (
      id TEXT PRIMARY KEY,
      email TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL
    );
  `);
  seedDemoGroup(db);
}

/** The demo group calendar for meetings of a body (fictional, like the seeded users). */
export const DEMO_GROUP: GraphGroup = {
  id: '7c3e9a52-2f41-4d8e-9a0b-5d6f1e2c3b4a',
  displayName: 'Overleg verbonden partijen (demo)',
  mail: 'overleg-verbonden-partijen@hofvantwente.example',
  members: [
    'beheerder@hofvantwente.example',
    'a.devries@hofvantwente.example',
    'b.jansen@hofvantwente.example',
    'w.smit@hofvantwente.example',
  ],
};

function seedDemoGroup(db: DatabaseSync): void {
  // Read first: this runs on every request, and a read takes no write lock.
  if (db.prepare('SELECT 1 FROM graph_groups WHERE id = ?').get(DEMO_GROUP.id) !== undefined) {
    return;
  }
  db.prepare('INSERT OR IGNORE INTO graph_groups (id, display_name, mail, members) VALUES (?, ?, ?, ?)').run(
    DEMO_GROUP.id,
    DEMO_GROUP.displayName,
    DEMO_GROUP.mail,
    JSON.stringify(DEMO_GROUP.members),
  );
}

/** Adds or replaces a group (tests and demo data create the group calendars they need). */
export function upsertGraphGroup(db: DatabaseSync, group: GraphGroup): void {
  ensureGraphTables(db);
  db.prepare('INSERT OR REPLACE INTO graph_groups (id, display_name, mail, members) VALUES (?, ?, ?, ?)').run(
    group.id,
    group.displayName,
    group.mail,
    JSON.stringify(group.members.map((member) => member.toLowerCase())),
  );
}

export function findGroup(db: DatabaseSync, id: string): GraphGroup | undefined {
  const row = db.prepare('SELECT id, display_name, mail, members FROM graph_groups WHERE lower(id) = lower(?)').get(id) as
    | { id: string; display_name: string; mail: string; members: string }
    | undefined;
  return row === undefined
    ? undefined
    : { id: row.id, displayName: row.display_name, mail: row.mail, members: JSON.parse(row.members) as string[] };
}

/**
 * Graph user ids are GUIDs; the emulator derives one from the address so that it is stable across
 * restarts and the same in every test run.
 */
export function graphUserId(email: string): string {
  const hex = createHash('sha1').update(`graph-user:${email.toLowerCase()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Remembers a user so that `/users/{id}` can find them by their GUID later. */
export function rememberUser(db: DatabaseSync, email: string, displayName: string): string {
  const id = graphUserId(email);
  db.prepare('INSERT OR IGNORE INTO graph_users (id, email, display_name) VALUES (?, ?, ?)').run(id, email.toLowerCase(), displayName);
  return id;
}

export function findUserById(db: DatabaseSync, id: string): { readonly email: string; readonly displayName: string } | undefined {
  const row = db.prepare('SELECT email, display_name FROM graph_users WHERE lower(id) = lower(?)').get(id) as
    | { email: string; display_name: string }
    | undefined;
  return row === undefined ? undefined : { email: row.email, displayName: row.display_name };
}

interface EventRow {
  data: string;
}

function toEvent(row: EventRow | undefined): StoredEvent | undefined {
  return row === undefined ? undefined : (JSON.parse(row.data) as StoredEvent);
}

export function insertEvent(db: DatabaseSync, event: StoredEvent): void {
  db.prepare(
    'INSERT INTO graph_events (id, calendar, ical_uid, is_organizer, transaction_id, start_utc, end_utc, in_deleted_items, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    event.id,
    event.calendar,
    event.iCalUId,
    event.isOrganizer ? 1 : 0,
    event.transactionId ?? null,
    event.startUtc,
    event.endUtc,
    event.inDeletedItems ? 1 : 0,
    JSON.stringify(event),
  );
}

export function saveEvent(db: DatabaseSync, event: StoredEvent): void {
  db.prepare('UPDATE graph_events SET start_utc = ?, end_utc = ?, in_deleted_items = ?, data = ? WHERE id = ?').run(
    event.startUtc,
    event.endUtc,
    event.inDeletedItems ? 1 : 0,
    JSON.stringify(event),
    event.id,
  );
}

export function deleteEvent(db: DatabaseSync, id: string): void {
  db.prepare('DELETE FROM graph_events WHERE id = ?').run(id);
}

export function findEvent(db: DatabaseSync, calendar: string, id: string): StoredEvent | undefined {
  return toEvent(db.prepare('SELECT data FROM graph_events WHERE calendar = ? AND id = ?').get(calendar, id) as EventRow | undefined);
}

export function findByTransactionId(db: DatabaseSync, calendar: string, transactionId: string): StoredEvent | undefined {
  return toEvent(
    db.prepare('SELECT data FROM graph_events WHERE calendar = ? AND transaction_id = ?').get(calendar, transactionId) as EventRow | undefined,
  );
}

/** The attendees' copies of a meeting (every row with its iCalUId except the organiser's). */
export function findAttendeeCopies(db: DatabaseSync, iCalUId: string): readonly StoredEvent[] {
  return (db.prepare('SELECT data FROM graph_events WHERE ical_uid = ? AND is_organizer = 0').all(iCalUId) as unknown as EventRow[]).map(
    (row) => JSON.parse(row.data) as StoredEvent,
  );
}

/** Events in the calendar (not in Deleted Items) that overlap [from, to), ordered by start. */
export function eventsOverlapping(db: DatabaseSync, calendar: string, fromUtc: string, toUtc: string): readonly StoredEvent[] {
  return (
    db
      .prepare(
        'SELECT data FROM graph_events WHERE calendar = ? AND in_deleted_items = 0 AND start_utc < ? AND end_utc > ? ORDER BY start_utc, end_utc, id',
      )
      .all(calendar, toUtc, fromUtc) as unknown as EventRow[]
  ).map((row) => JSON.parse(row.data) as StoredEvent);
}

export function eventsInCalendar(db: DatabaseSync, calendar: string): readonly StoredEvent[] {
  return (
    db.prepare('SELECT data FROM graph_events WHERE calendar = ? AND in_deleted_items = 0 ORDER BY start_utc, id').all(calendar) as unknown as EventRow[]
  ).map((row) => JSON.parse(row.data) as StoredEvent);
}

export function recordOutbox(db: DatabaseSync, message: Omit<OutboxMessage, 'id' | 'sentAt'>): void {
  db.prepare(
    'INSERT INTO graph_outbox (kind, recipient, recipient_name, organizer, subject, start_utc, end_utc, ical_uid, comment, sent_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(
    message.kind,
    message.recipient,
    message.recipientName,
    message.organizer,
    message.subject,
    message.start,
    message.end,
    message.iCalUId,
    message.comment ?? null,
    new Date().toISOString(),
  );
}

interface OutboxRow {
  id: number;
  kind: OutboxKind;
  recipient: string;
  recipient_name: string;
  organizer: string;
  subject: string;
  start_utc: string;
  end_utc: string;
  ical_uid: string;
  comment: string | null;
  sent_at: string;
}

/** Every meeting message sent so far, oldest first. */
export function readOutbox(db: DatabaseSync): readonly OutboxMessage[] {
  ensureGraphTables(db);
  return (db.prepare('SELECT * FROM graph_outbox ORDER BY id').all() as unknown as OutboxRow[]).map((row) => ({
    id: row.id,
    kind: row.kind,
    recipient: row.recipient,
    recipientName: row.recipient_name,
    organizer: row.organizer,
    subject: row.subject,
    start: row.start_utc,
    end: row.end_utc,
    iCalUId: row.ical_uid,
    ...(row.comment === null ? {} : { comment: row.comment }),
    sentAt: row.sent_at,
  }));
}

export function clearOutbox(db: DatabaseSync): void {
  ensureGraphTables(db);
  db.exec('DELETE FROM graph_outbox');
}
