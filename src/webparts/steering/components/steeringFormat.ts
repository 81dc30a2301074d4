import * as strings from 'SteeringWebPartStrings';
import { dataErrorMessage } from '../../../components/forms/formFormat';

export { formatText, isConflict, normaliseDateInput } from '../../../components/forms/formFormat';

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
  return dataErrorMessage(error, strings);
}
