import * as strings from 'ServiceDeliveryWebPartStrings';
import type { ConcurrencyConflictError } from '../../../data/ports';
import { classifyDataError } from '../../../components/dataLoading';
import { parseReportedNumber } from '../../../domain/serviceDelivery';

/** Fills `{0}`, `{1}`, … in a localised string. */
export function formatText(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/** The plain-words message for a failed load, by the kind of failure. */
export function loadErrorMessage(error: unknown): string {
  switch (classifyDataError(error)) {
    case 'accessDenied':
      return strings.ErrorAccessDenied;
    case 'notFound':
      return strings.ErrorNotProvisioned;
    case 'throttled':
      return strings.ErrorThrottled;
    case 'listViewThreshold':
      return strings.ErrorListViewThreshold;
    default:
      return strings.ErrorGeneric;
  }
}

/** A 412 from an update with a stale ETag: someone else saved the item in the meantime. */
export function isConflictError(error: unknown): error is ConcurrencyConflictError<unknown> {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 412;
}

/**
 * A date as people type it: `2026-11-01` stays, the Dutch `1-11-2026`, `01/11/2026` or `1.11.2026` become
 * `2026-11-01`; anything else is returned trimmed, for validation to explain.
 */
export function normaliseDateInput(text: string): string {
  const trimmed = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  return dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : trimmed;
}

/** An optional number field as text for a form: empty when absent, with a Dutch decimal comma. */
export function numberInputText(value: number | undefined): string {
  return value === undefined ? '' : String(value).replace('.', ',');
}

/**
 * A number as typed in a form, read like a report's cell (`87,5`, `1.250,5`, `96,5%`): empty text is undefined;
 * anything unreadable is NaN, so validation says "als getal" while the text stays in the field.
 */
export function parseNumberInput(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  return parseReportedNumber(text) ?? Number.NaN;
}
