/*
 * The shape every import with a dry run shares (the register's partnerships, a partnership's reported values): each
 * row of the file becomes a create, an update of the changed columns, unchanged, or rejected with its reasons, and the
 * file as a whole may have problems that stop the import.
 */

/**
 * One row's outcome for values of type `T`; `Base` holds what the dry-run table names the row by
 * (always the row number as Excel shows it, the header being row 1).
 */
export type ImportRowOutcome<T, Base extends { readonly rowNumber: number }> =
  | (Base & { readonly kind: 'create'; readonly value: T })
  | (Base & {
      readonly kind: 'update';
      readonly id: number;
      readonly etag: string;
      readonly changes: Partial<T>;
      /** Headers of the columns whose value changes, for the dry run. */
      readonly changedColumns: readonly string[];
    })
  | (Base & { readonly kind: 'unchanged'; readonly id: number })
  | (Base & { readonly kind: 'rejected'; readonly reasons: readonly string[] });

export interface ImportPlanOf<Row> {
  readonly rows: readonly Row[];
  /** Problems with the file as a whole (a required column is missing): nothing is imported. */
  readonly fileProblems: readonly string[];
  /** Headers the import does not know; their cells are ignored. */
  readonly ignoredColumns: readonly string[];
}

export interface ImportCounts {
  readonly create: number;
  readonly update: number;
  readonly unchanged: number;
  readonly rejected: number;
}

/** How many rows of a plan fall in each outcome, for the dry run's summary line. */
export function countImportRows(plan: ImportPlanOf<{ readonly kind: keyof ImportCounts }>): ImportCounts {
  const counts = { create: 0, update: 0, unchanged: 0, rejected: 0 };
  for (const row of plan.rows) counts[row.kind] += 1;
  return counts;
}
