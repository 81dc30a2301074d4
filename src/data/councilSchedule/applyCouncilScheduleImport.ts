import type { Stored } from '../../domain/models';
import { isCalendarDate, compareCalendarDates } from '../../domain/time';
import type { CouncilCalendarEntry } from '../../domain/wgr/types';
import {
  parseCouncilSchedule,
  planCouncilScheduleImport,
  type CouncilScheduleImportPlan,
  type CouncilScheduleImportRow,
} from '../../domain/councilSchedule';
import { ConcurrencyConflictError } from '../ports/errors';
import type { Repository } from '../ports/repository';

export type CouncilCalendarRepository = Repository<CouncilCalendarEntry>;

export type CouncilSchedulePlanResult =
  | { readonly ok: true; readonly plan: CouncilScheduleImportPlan; readonly calendarName?: string }
  | { readonly ok: false; readonly message: string };

/**
 * The dry run: parses the feed (refused as a whole when it is bad) and compares it with what the list holds for the
 * municipality. Reads only.
 */
export async function planCouncilScheduleFromText(repository: CouncilCalendarRepository, municipalityId: number, icsText: string): Promise<CouncilSchedulePlanResult> {
  const parsed = parseCouncilSchedule(icsText, { municipalityId });
  if (!parsed.ok) {
    return parsed;
  }
  const stored = await repository.list({ where: { property: 'municipalityId', op: 'eq', value: municipalityId } });
  return { ok: true, plan: planCouncilScheduleImport(parsed.schedule, stored, municipalityId), calendarName: parsed.schedule.calendarName };
}

export type CouncilScheduleImportResult =
  | { readonly ok: true; readonly created: number; readonly updated: number; readonly removed: number }
  | {
      readonly ok: false;
      /** Dutch: what failed, and whether the list is back as it was. */
      readonly message: string;
      /** Writes that could not be undone (one Dutch line each); empty when the list is back as it was. */
      readonly undoFailures: readonly string[];
    };

/**
 * Applies a dry run's plan through the repository, all or nothing in effect: every row is checked before the first
 * write, and when a write fails the writes already made are undone (creates recycled, updates written back, removals
 * created again) so the council never keeps half a schedule. Updates and removals use the ETag the plan read: an
 * entry someone changed since is not overwritten, the import is undone and the user plans again.
 */
export async function applyCouncilScheduleImport(repository: CouncilCalendarRepository, plan: CouncilScheduleImportPlan): Promise<CouncilScheduleImportResult> {
  const problems = plan.rows.flatMap((row) => validationProblems(row, plan.municipalityId));
  if (problems.length > 0) {
    return { ok: false, message: `Het vergaderschema is niet geïmporteerd: ${problems.join(' ')} Er is niets gewijzigd.`, undoFailures: [] };
  }
  const undo: (() => Promise<void>)[] = [];
  let created = 0;
  let updated = 0;
  let removed = 0;
  try {
    const creates = plan.rows.flatMap((row) => (row.action === 'create' ? [row.entry] : []));
    if (creates.length > 0) {
      const results = await repository.createMany(creates);
      let firstError: Error | undefined;
      for (const result of results) {
        if (result.ok) {
          const item = result.item;
          undo.push(async () => repository.recycle(item.id, (await repository.get(item.id)).etag));
          created += 1;
        } else {
          firstError ??= result.error;
        }
      }
      if (firstError) {
        throw firstError;
      }
    }
    for (const row of plan.rows) {
      if (row.action === 'update') {
        const saved = await repository.update(row.current.id, row.changes, row.current.etag);
        const previous = previousValues(row.current, row.changes);
        undo.push(async () => {
          await repository.update(saved.id, previous, (await repository.get(saved.id)).etag);
        });
        updated += 1;
      }
    }
    for (const row of plan.rows) {
      if (row.action === 'remove') {
        await repository.recycle(row.current.id, row.current.etag);
        const { id: _id, etag: _etag, ...value } = row.current;
        undo.push(async () => {
          await repository.create(value);
        });
        removed += 1;
      }
    }
    return { ok: true, created, updated, removed };
  } catch (error) {
    const undoFailures: string[] = [];
    for (const step of undo.reverse()) {
      try {
        await step();
      } catch (undoError) {
        undoFailures.push(undoError instanceof Error ? undoError.message : String(undoError));
      }
    }
    const cause =
      error instanceof ConcurrencyConflictError
        ? 'een vergadering is intussen door iemand anders gewijzigd; bekijk de proefimport opnieuw'
        : error instanceof Error
          ? error.message
          : String(error);
    const outcome =
      undoFailures.length === 0
        ? 'Wat al was opgeslagen is teruggedraaid; de lijst is zoals vóór de import.'
        : `${undoFailures.length} wijziging(en) konden niet worden teruggedraaid; controleer de lijst Raadsvergaderingen.`;
    return { ok: false, message: `Het importeren is mislukt (${cause}). ${outcome}`, undoFailures };
  }
}

function previousValues(current: Stored<CouncilCalendarEntry>, changes: Partial<CouncilCalendarEntry>): Partial<CouncilCalendarEntry> {
  const previous: Record<string, unknown> = {};
  for (const key of Object.keys(changes) as (keyof CouncilCalendarEntry)[]) {
    previous[key] = current[key];
  }
  return previous as Partial<CouncilCalendarEntry>;
}

/** Checks a row against the list's rules (src/schema/wgrLists.ts) before anything is written. */
function validationProblems(row: CouncilScheduleImportRow, municipalityId: number): readonly string[] {
  if (row.action !== 'create' && row.action !== 'update') {
    return [];
  }
  const entry = row.entry;
  const label = `'${entry.title || entry.sourceUid}'`;
  const problems: string[] = [];
  if (entry.municipalityId !== municipalityId) problems.push(`${label} hoort bij een andere gemeente.`);
  if (entry.title.trim() === '' || entry.title.length > 255) problems.push(`${label} heeft geen geldige omschrijving (1 tot 255 tekens).`);
  if (!isCalendarDate(entry.date)) problems.push(`${label} heeft geen geldige datum.`);
  if (entry.endDate !== undefined && (!isCalendarDate(entry.endDate) || compareCalendarDates(entry.endDate, entry.date) < 0)) problems.push(`${label} eindigt vóór het begint.`);
  if (entry.sourceUid.length === 0 || entry.sourceUid.length > 255) problems.push(`${label} heeft geen bruikbare UID.`);
  return problems;
}
