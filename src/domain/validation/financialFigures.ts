import { FINANCIAL_FIGURE_KINDS, type FinancialFigures } from '../models/partnership';
import { amountInEuros, choice, itemId, text, wholeNumberBetween, SINGLE_LINE_MAX_LENGTH } from './fields';
import type { ValidationResult } from './result';
import { runValidation } from './runValidation';
import { YEAR_MESSAGE, YEAR_RANGE } from './yearRange';

/**
 * Checks the financial figures of one partnership and year (BBV art. 15).
 *
 * @example
 * validateFinancialFigures({ ...figures, year: 1890 }).errors
 * //=> { year: 'Vul een jaartal van 1990 tot en met 2100 in.' }
 */
export function validateFinancialFigures(input: unknown): ValidationResult<FinancialFigures> {
  return runValidation<FinancialFigures>(
    {
      partnershipId: itemId('Kies het samenwerkingsverband.'),
      year: wholeNumberBetween(YEAR_RANGE.min, YEAR_RANGE.max, YEAR_MESSAGE),
      kind: choice(FINANCIAL_FIGURE_KINDS, 'Kies begroting of realisatie.'),
      contribution: amountInEuros(),
      equityStart: amountInEuros(),
      equityEnd: amountInEuros(),
      debtStart: amountInEuros(),
      debtEnd: amountInEuros(),
      result: amountInEuros(),
      explanation: text(SINGLE_LINE_MAX_LENGTH),
    },
    input,
  );
}
