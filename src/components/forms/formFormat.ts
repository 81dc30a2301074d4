import type { ConcurrencyConflictError } from '../../data/ports';
import { classifyDataError } from '../dataLoading';

/** Fills `{0}`, `{1}`, … in a localised string (SPFx string resources use numbered placeholders). */
export function formatText(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/**
 * A date as people type it: `2026-11-01` stays, the Dutch `1-11-2026`, `01/11/2026` or `1.11.2026` become
 * `2026-11-01`; anything else is returned trimmed, for validation to explain. Empty stays empty.
 */
export function normaliseDateInput(text: string): string {
  const trimmed = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  return dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : trimmed;
}

/** A 412 from an update with a stale ETag: someone else saved the item in the meantime. */
export function isConflict(error: unknown): error is ConcurrencyConflictError<unknown> {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 412;
}

/**
 * The failure messages every web part's strings module has, named as there, so a web part passes its own `strings`.
 */
export interface IDataErrorStrings {
  readonly ErrorAccessDenied: string;
  readonly ErrorNotProvisioned: string;
  readonly ErrorThrottled: string;
  readonly ErrorListViewThreshold: string;
  readonly ErrorGeneric: string;
}

/** The plain-words message for a failed load or save, by the kind of failure, in the web part's own strings. */
export function dataErrorMessage(error: unknown, messages: IDataErrorStrings): string {
  switch (classifyDataError(error)) {
    case 'accessDenied':
      return messages.ErrorAccessDenied;
    case 'notFound':
      return messages.ErrorNotProvisioned;
    case 'throttled':
      return messages.ErrorThrottled;
    case 'listViewThreshold':
      return messages.ErrorListViewThreshold;
    default:
      return messages.ErrorGeneric;
  }
}
