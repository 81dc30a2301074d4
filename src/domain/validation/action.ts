import { ACTION_STATUSES, RECOMMENDATION_RESPONSES, type ImprovementAction } from '../models/action';
import { calendarDateText, choice, itemId, personRef, requiredText, text, SINGLE_LINE_MAX_LENGTH } from './fields';
import type { ValidationResult } from './result';
import { runValidation, type CrossFieldRule } from './runValidation';

/** Seed 002: "niet overgenomen + toelichting": a recommendation that is not adopted says why. */
const rejectionIsExplained: CrossFieldRule = (input, errors) => {
  const explanation = input.responseExplanation;
  if (errors.has('response') || errors.has('responseExplanation') || input.response !== 'niet-overgenomen') {
    return;
  }
  if (typeof explanation !== 'string' || explanation.trim() === '') {
    errors.add('responseExplanation', 'Licht toe waarom de aanbeveling niet is overgenomen.');
  }
};

/**
 * Checks a recommendation of the improvement plan and its action (seed 002).
 *
 * @example
 * validateAction({ ...action, response: 'niet-overgenomen', responseExplanation: '' }).errors
 * //=> { responseExplanation: 'Licht toe waarom de aanbeveling niet is overgenomen.' }
 */
export function validateAction(input: unknown): ValidationResult<ImprovementAction> {
  return runValidation<ImprovementAction>(
    {
      number: requiredText('Vul een nummer in.', 20),
      plan: text(SINGLE_LINE_MAX_LENGTH),
      recommendation: requiredText('Vul de aanbeveling in.'),
      response: choice(RECOMMENDATION_RESPONSES, 'Kies een reactie: overgenomen, niet overgenomen of nog te bepalen.'),
      responseExplanation: text(),
      action: text(),
      owner: personRef('Kies wie verantwoordelijk is.').optional(),
      plannedDate: calendarDateText('Vul de planning in als jjjj-mm-dd.').optional(),
      status: choice(ACTION_STATUSES, 'Kies een status: open, lopend of afgerond.'),
      partnershipId: itemId('Kies het samenwerkingsverband.').optional(),
    },
    input,
    [rejectionIsExplained],
  );
}
