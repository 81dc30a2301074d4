import * as strings from 'ServiceDeliveryWebPartStrings';
import { dataErrorMessage } from '../../../components/forms/formFormat';
import { parseReportedNumber } from '../../../domain/serviceDelivery';

export { formatText, normaliseDateInput } from '../../../components/forms/formFormat';

/** The plain-words message for a failed load, by the kind of failure. */
export function loadErrorMessage(error: unknown): string {
  return dataErrorMessage(error, strings);
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
