import type { PersonRef } from '../../domain/models';

const euros = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

/** An amount in euros the Dutch way (`€ 1.234.567`); an empty cell for a figure not given. */
export function formatEuros(value: number | undefined): string {
  return value === undefined ? '' : euros.format(value);
}

/** A person's name, or the given text when nobody is set. */
export function personName(person: PersonRef | undefined, none: string): string {
  return person?.displayName ?? none;
}

/** `format('Dashboard {0}', 'GBTwente')`: SPFx strings use numbered placeholders. */
export function fill(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}
