import type { Stored } from '../models';
import { compareCalendarDates, formatDutchDate } from '../time';
import type { CouncilCalendarEntry } from '../wgr/types';
import type { ImportedCouncilEntry, ParsedCouncilSchedule, SkippedCalendarEvent } from './parseCouncilSchedule';

/** One row of the dry run, with the Dutch reason the user reads. */
export type CouncilScheduleImportRow =
  | { readonly action: 'create'; readonly entry: ImportedCouncilEntry; readonly reason: string }
  | {
      readonly action: 'update';
      readonly entry: ImportedCouncilEntry;
      readonly current: Stored<CouncilCalendarEntry>;
      readonly changes: Partial<CouncilCalendarEntry>;
      readonly reason: string;
    }
  | { readonly action: 'unchanged'; readonly entry: ImportedCouncilEntry; readonly current: Stored<CouncilCalendarEntry>; readonly reason: string }
  | { readonly action: 'remove'; readonly current: Stored<CouncilCalendarEntry>; readonly reason: string }
  | { readonly action: 'skip'; readonly skipped: SkippedCalendarEvent; readonly reason: string };

export type CouncilScheduleImportAction = CouncilScheduleImportRow['action'];

export interface CouncilScheduleImportPlan {
  readonly municipalityId: number;
  /** Creates, updates and removals first (what the import will do), then unchanged and skipped; each by date. */
  readonly rows: readonly CouncilScheduleImportRow[];
  readonly counts: Readonly<Record<CouncilScheduleImportAction, number>>;
  /** True when importing would write nothing. */
  readonly isNoOp: boolean;
}

const KIND_LABELS: Readonly<Record<CouncilCalendarEntry['kind'], string>> = {
  raadsvergadering: 'raadsvergadering',
  commissievergadering: 'commissievergadering',
  zomerreces: 'reces',
};

/**
 * Compares a parsed schedule with what is stored for the municipality. An entry is recognised by its `sourceUid`;
 * an entry entered by hand (no `sourceUid`) with the same kind and date is linked to the feed instead of doubled;
 * other hand-entered entries are never touched. Entries imported earlier whose key is no longer in the feed (or is
 * cancelled there) are removed. Pure: `stored` may hold other municipalities' entries, they are ignored.
 *
 * @example
 * planCouncilScheduleImport(parsed, storedEntries, 8).counts //=> { create: 12, update: 0, unchanged: 0, remove: 0, skip: 2 }
 */
export function planCouncilScheduleImport(
  schedule: ParsedCouncilSchedule,
  stored: readonly Stored<CouncilCalendarEntry>[],
  municipalityId: number,
): CouncilScheduleImportPlan {
  const own = stored.filter((entry) => entry.municipalityId === municipalityId);
  const bySourceUid = new Map(own.filter((entry) => entry.sourceUid).map((entry) => [entry.sourceUid as string, entry] as const));
  const handEntered = own.filter((entry) => !entry.sourceUid);
  const linked = new Set<number>();
  const rows: CouncilScheduleImportRow[] = [];
  for (const entry of schedule.entries) {
    const imported: ImportedCouncilEntry = { ...entry, municipalityId };
    const current = bySourceUid.get(entry.sourceUid);
    if (current) {
      const changes = changesBetween(current, imported);
      rows.push(
        Object.keys(changes).length === 0
          ? { action: 'unchanged', entry: imported, current, reason: 'Staat al zo in de lijst.' }
          : { action: 'update', entry: imported, current, changes, reason: describeChanges(current, changes) },
      );
      continue;
    }
    const match = handEntered.find((candidate) => !linked.has(candidate.id) && candidate.kind === entry.kind && candidate.date === entry.date);
    if (match) {
      linked.add(match.id);
      const changes = { ...changesBetween(match, imported), sourceUid: imported.sourceUid };
      rows.push({ action: 'update', entry: imported, current: match, changes, reason: `Bestaande ${KIND_LABELS[entry.kind]} van ${formatDutchDate(entry.date)} wordt gekoppeld aan het vergaderschema.` });
      continue;
    }
    rows.push({ action: 'create', entry: imported, reason: `Nieuwe ${KIND_LABELS[entry.kind]} op ${formatDutchDate(entry.date)}.` });
  }
  const inFeed = new Set(schedule.entries.map((entry) => entry.sourceUid));
  const cancelled = new Set(schedule.skipped.filter((event) => event.cancelled === true).map((event) => event.sourceUid));
  for (const current of bySourceUid.values()) {
    if (!inFeed.has(current.sourceUid as string)) {
      rows.push({
        action: 'remove',
        current,
        reason: cancelled.has(current.sourceUid) ? 'Geannuleerd in het vergaderschema.' : 'Staat niet meer in het vergaderschema.',
      });
    }
  }
  for (const skipped of schedule.skipped) {
    rows.push({ action: 'skip', skipped, reason: skipped.reason });
  }
  const order: readonly CouncilScheduleImportAction[] = ['create', 'update', 'remove', 'unchanged', 'skip'];
  rows.sort((left, right) => order.indexOf(left.action) - order.indexOf(right.action) || compareOptionalDates(rowDate(left), rowDate(right)));
  const counts = { create: 0, update: 0, unchanged: 0, remove: 0, skip: 0 };
  for (const row of rows) {
    counts[row.action] += 1;
  }
  return { municipalityId, rows, counts, isNoOp: counts.create + counts.update + counts.remove === 0 };
}

/** The date a row is about, for sorting and display. */
export function rowDate(row: CouncilScheduleImportRow): CouncilCalendarEntry['date'] | undefined {
  switch (row.action) {
    case 'remove':
      return row.current.date;
    case 'skip':
      return row.skipped.date;
    default:
      return row.entry.date;
  }
}

function compareOptionalDates(left: CouncilCalendarEntry['date'] | undefined, right: CouncilCalendarEntry['date'] | undefined): number {
  if (left === undefined || right === undefined) {
    return left === right ? 0 : left === undefined ? 1 : -1;
  }
  return compareCalendarDates(left, right);
}

function changesBetween(current: CouncilCalendarEntry, wanted: ImportedCouncilEntry): Partial<CouncilCalendarEntry> {
  const changes: { -readonly [K in keyof CouncilCalendarEntry]?: CouncilCalendarEntry[K] } = {};
  if (current.title !== wanted.title) changes.title = wanted.title;
  if (current.kind !== wanted.kind) changes.kind = wanted.kind;
  if (current.date !== wanted.date) changes.date = wanted.date;
  if ((current.endDate ?? undefined) !== (wanted.endDate ?? undefined)) changes.endDate = wanted.endDate;
  if (current.isDemo !== wanted.isDemo) changes.isDemo = wanted.isDemo;
  return changes;
}

function describeChanges(current: CouncilCalendarEntry, changes: Partial<CouncilCalendarEntry>): string {
  const parts: string[] = [];
  if (changes.date !== undefined) parts.push(`datum ${formatDutchDate(current.date)} → ${formatDutchDate(changes.date)}`);
  if ('endDate' in changes) parts.push(`einde ${current.endDate ? formatDutchDate(current.endDate) : '—'} → ${changes.endDate ? formatDutchDate(changes.endDate) : '—'}`);
  if (changes.kind !== undefined) parts.push(`soort ${KIND_LABELS[current.kind]} → ${KIND_LABELS[changes.kind]}`);
  if (changes.title !== undefined) parts.push(`omschrijving '${changes.title}'`);
  if (changes.isDemo !== undefined) parts.push(changes.isDemo ? 'gemarkeerd als demo' : 'niet langer demo');
  return `Gewijzigd in het vergaderschema: ${parts.join('; ')}.`;
}
