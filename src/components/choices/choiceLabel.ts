import type { ChoiceOption } from '../../schema';

/**
 * The Dutch label SharePoint shows for a domain code, from the one list schema.
 * An unknown code (a choice added in SharePoint by hand) is shown as is rather than hidden.
 */
export function choiceLabel(choices: readonly ChoiceOption[], code: string): string {
  return choices.find((choice) => choice.value === code)?.label ?? code;
}

/** Labels of a multi-choice value, in the schema's order, joined for display in one cell. */
export function choiceLabels(choices: readonly ChoiceOption[], codes: readonly string[], separator = ', '): string {
  const chosen = new Set(codes);
  const known = choices.filter((choice) => chosen.has(choice.value)).map((choice) => choice.label);
  const unknown = codes.filter((code) => !choices.some((choice) => choice.value === code));
  return [...known, ...unknown].join(separator);
}
