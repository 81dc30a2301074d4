import type { ImportTable } from '../../domain/register';
import type { IndicatorValue, ValueImportPlan } from '../../domain/serviceDelivery';
import { ImportFileError, readImportFile, type ImportFile } from '../import/readImportFile';
import { ConcurrencyConflictError, type Repository } from '../ports';

/*
 * Reading a partnership's report and writing its dry-run plan (issue 9). The file is read by the register import's
 * reader (exceljs/papaparse in a lazy chunk); the plan comes from planValueImport in the domain.
 */

/** Reads a report as `.xlsx` or `.csv`; anything else is refused with a Dutch message. */
export async function readValueImportFile(file: ImportFile): Promise<ImportTable> {
  const extension = file.name.toLowerCase().split('.').pop();
  if (extension !== 'xlsx' && extension !== 'csv') {
    throw new ImportFileError(`‘${file.name}’ is geen .xlsx- of .csv-bestand. Sla de rapportage op als Excel-werkmap of CSV, met de kolommen Indicator, Periode en Waarde.`);
  }
  return readImportFile(file);
}

export type ValueImportRowResult =
  | { readonly rowNumber: number; readonly indicatorName: string; readonly periodText: string; readonly outcome: 'created' | 'updated' }
  | { readonly rowNumber: number; readonly indicatorName: string; readonly periodText: string; readonly outcome: 'failed'; readonly reason: string };

function failureReason(error: unknown): string {
  if (error instanceof ConcurrencyConflictError) {
    return 'Iemand anders heeft deze waarde intussen gewijzigd. Lees het bestand opnieuw in om de nieuwe versie te zien.';
  }
  return `SharePoint weigerde het opslaan: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Writes the planned rows: the new values in one round trip (`createMany`, SharePoint `$batch`), then each changed
 * value with the ETag read in the dry run, so a value changed meanwhile is reported, never overwritten. Rejected and
 * unchanged rows are not touched. One result per written row, in file order.
 */
export async function applyValueImportPlan(
  plan: ValueImportPlan,
  repository: Pick<Repository<IndicatorValue>, 'createMany' | 'update'>,
): Promise<readonly ValueImportRowResult[]> {
  const results: ValueImportRowResult[] = [];
  const creates = plan.rows.flatMap((row) => (row.kind === 'create' ? [row] : []));
  if (creates.length > 0) {
    const created = await repository.createMany(creates.map((row) => row.value));
    created.forEach((result, index) => {
      const row = creates[index];
      const base = { rowNumber: row.rowNumber, indicatorName: row.indicatorName, periodText: row.periodText };
      results.push(result.ok ? { ...base, outcome: 'created' } : { ...base, outcome: 'failed', reason: failureReason(result.error) });
    });
  }
  for (const row of plan.rows) {
    if (row.kind !== 'update') continue;
    const base = { rowNumber: row.rowNumber, indicatorName: row.indicatorName, periodText: row.periodText };
    try {
      await repository.update(row.id, row.changes, row.etag);
      results.push({ ...base, outcome: 'updated' });
    } catch (error) {
      results.push({ ...base, outcome: 'failed', reason: failureReason(error) });
    }
  }
  return results.sort((left, right) => left.rowNumber - right.rowNumber);
}
