import type { ConcurrencyConflictError } from '../../../data/ports';
import { classifyDataError } from '../../../components/dataLoading';
import * as strings from 'SteeringWebPartStrings';

/** Fills `{0}`, `{1}`, … in a localised string. */
export function formatText(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export function formatEuro(amount: number | undefined): string {
  return amount === undefined ? '—' : euro.format(amount);
}

/**
 * Reads an amount as people type it in the Netherlands: `1250000`, `1.250.000`, `1.250.000,50`, `€ 1.250.000`
 * or `-52000`. Returns NaN for anything else, so validation can say so without losing the text.
 */
export function parseEuroAmount(text: string): number {
  const cleaned = text.replace(/€|\s/g, '');
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d{1,2})?$/.test(cleaned)) return Number.NaN;
  return Number(cleaned.replace(/\./g, '').replace(',', '.'));
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

export function isConflict(error: unknown): error is ConcurrencyConflictError<unknown> {
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
