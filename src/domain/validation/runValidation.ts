import { z } from 'zod';
import { ErrorCollector, FORM_ERROR_KEY, type ValidationResult } from './result';
import { dutchFallbackErrorMap } from './fields';

/** The raw input as a record, so cross-field rules can read fields that passed their own checks. */
export type InputRecord = Readonly<Record<string, unknown>>;

/** A rule over several fields; it adds at most one message per field and only when those fields are valid on their own. */
export type CrossFieldRule = (input: InputRecord, errors: ErrorCollector) => void;

/**
 * Runs the field schema and then the cross-field rules on the same untouched input. The schema keeps
 * unknown properties (`passthrough`), so a stored item's `id` and `etag` survive validation.
 */
export function runValidation<T>(
  shape: z.ZodRawShape,
  input: unknown,
  crossFieldRules: readonly CrossFieldRule[] = [],
): ValidationResult<T> {
  const errors = new ErrorCollector();
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    errors.add(FORM_ERROR_KEY, 'Er is niets ingevuld om te controleren.');
    return { ok: false, errors: errors.toErrors() };
  }
  const parsed = z.object(shape).passthrough().safeParse(input, { errorMap: dutchFallbackErrorMap });
  errors.addIssues(parsed.success ? undefined : parsed.error);
  const record = input as InputRecord;
  for (const rule of crossFieldRules) {
    rule(record, errors);
  }
  if (!errors.isEmpty || !parsed.success) {
    return { ok: false, errors: errors.toErrors() };
  }
  return { ok: true, value: parsed.data as unknown as T };
}

/** Reads a nested property (`importance.audiences`) of the raw input. */
export function valueAt(input: InputRecord, path: string): unknown {
  let current: unknown = input;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
