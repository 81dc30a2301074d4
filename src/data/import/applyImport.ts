import type { Partnership } from '../../domain/models';
import type { ImportPlan } from '../../domain/register';
import { ConcurrencyConflictError, type Repository } from '../ports';

export type ImportRowResult =
  | { readonly rowNumber: number; readonly name: string; readonly outcome: 'created' | 'updated' }
  | { readonly rowNumber: number; readonly name: string; readonly outcome: 'failed'; readonly reason: string };

function failureReason(error: unknown): string {
  if (error instanceof ConcurrencyConflictError) {
    return 'Iemand anders heeft dit samenwerkingsverband intussen gewijzigd. Lees het bestand opnieuw in om de nieuwe versie te zien.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `SharePoint weigerde het opslaan: ${message}`;
}

/**
 * Writes the planned rows: one create or one update (with the ETag read in the dry run) per partnership,
 * so a failing row leaves nothing half written and the other rows still go through. Rejected and
 * unchanged rows are not touched.
 */
export async function applyImportPlan(
  plan: ImportPlan,
  repository: Pick<Repository<Partnership>, 'create' | 'update'>,
  onProgress?: (done: number, total: number) => void,
): Promise<readonly ImportRowResult[]> {
  const writes = plan.rows.filter((row) => row.kind === 'create' || row.kind === 'update');
  const results: ImportRowResult[] = [];
  for (const row of writes) {
    try {
      if (row.kind === 'create') {
        await repository.create(row.value);
        results.push({ rowNumber: row.rowNumber, name: row.name, outcome: 'created' });
      } else if (row.kind === 'update') {
        await repository.update(row.id, row.changes, row.etag);
        results.push({ rowNumber: row.rowNumber, name: row.name, outcome: 'updated' });
      }
    } catch (error) {
      results.push({ rowNumber: row.rowNumber, name: row.name, outcome: 'failed', reason: failureReason(error) });
    }
    onProgress?.(results.length, writes.length);
  }
  return results;
}
