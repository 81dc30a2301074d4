import { z } from 'zod';
import type { CalendarDate } from '../models/time';
import { calendarDateText, choice, itemId, requiredText, text, wholeNumberBetween, SINGLE_LINE_MAX_LENGTH } from '../validation/fields';
import type { ValidationResult } from '../validation/result';
import { runValidation, type CrossFieldRule } from '../validation/runValidation';
import { YEAR_MESSAGE, YEAR_RANGE } from '../validation/yearRange';
import { compareCalendarDates } from '../time/calendarDate';
import { BUDGET_PROGRESS_KINDS, EVALUATION_OUTCOMES, EVALUATION_QUESTIONS, EVALUATION_STATUSES, type BudgetProgress, type PartnershipEvaluation } from './models';

const answer = z.object({
  question: choice(EVALUATION_QUESTIONS, 'Onbekende evaluatievraag.'),
  answer: text(),
});

/** A finished evaluation has an answer to every question and explains its outcome. */
const finishedIsComplete: CrossFieldRule = (input, errors) => {
  if (input.status !== 'afgerond' || errors.has('answers') || errors.has('status')) return;
  const answers = Array.isArray(input.answers) ? (input.answers as readonly { question?: unknown; answer?: unknown }[]) : [];
  for (const question of EVALUATION_QUESTIONS) {
    const given = answers.find((entry) => entry.question === question);
    if (typeof given?.answer !== 'string' || given.answer.trim() === '') {
      errors.add(`answers.${question}`, 'Beantwoord deze vraag voordat u de evaluatie afrondt.');
    }
  }
  if (typeof input.outcomeSummary !== 'string' || input.outcomeSummary.trim() === '') {
    errors.add('outcomeSummary', 'Licht de uitkomst toe voordat u de evaluatie afrondt.');
  }
};

/**
 * Checks an evaluation (seed 002, aanbeveling 9). Messages about one question are keyed `answers.<question>`,
 * so a form shows them under that question.
 *
 * @example
 * validateEvaluation({ ...evaluation, status: 'afgerond', answers: [] }).errors['answers.taken']
 * //=> 'Beantwoord deze vraag voordat u de evaluatie afrondt.'
 */
export function validateEvaluation(input: unknown): ValidationResult<PartnershipEvaluation> {
  return runValidation<PartnershipEvaluation>(
    {
      partnershipId: itemId('Kies het samenwerkingsverband.'),
      title: requiredText('Geef de evaluatie een titel.'),
      date: calendarDateText('Vul de datum van de evaluatie in als jjjj-mm-dd.'),
      status: choice(EVALUATION_STATUSES, 'Kies concept of afgerond.'),
      answers: z.array(answer, { invalid_type_error: 'De antwoorden hebben niet de juiste vorm.' }),
      outcome: choice(EVALUATION_OUTCOMES, 'Kies de uitkomst van de evaluatie.'),
      outcomeSummary: text(),
      isClauseEvaluation: z.boolean({ invalid_type_error: 'Geef aan of dit de evaluatie volgens de GR is.' }),
      followUpActionIds: z.array(itemId('Onbekende vervolgactie.')),
    },
    input,
    [finishedIsComplete],
  );
}

/** The peildatum lies in the budget year or after it (a realisation is recorded after the year ends). */
const dateNotBeforeYear: CrossFieldRule = (input, errors) => {
  if (errors.has('year') || errors.has('asOfDate') || typeof input.year !== 'number' || typeof input.asOfDate !== 'string') return;
  if (compareCalendarDates(input.asOfDate as CalendarDate, `${String(input.year).padStart(4, '0')}-01-01` as CalendarDate) < 0) {
    errors.add('asOfDate', 'De peildatum ligt vóór het begrotingsjaar.');
  }
};

/**
 * Checks a budget progress entry (seed 002, aanbeveling 10).
 *
 * @example
 * validateBudgetProgress({ ...progress, expectedContribution: Number.NaN }).errors
 * //=> { expectedContribution: 'Vul de verwachte bijdrage in euro’s in.' }
 */
export function validateBudgetProgress(input: unknown): ValidationResult<BudgetProgress> {
  const amountMessage = 'Vul de verwachte bijdrage in euro’s in.';
  return runValidation<BudgetProgress>(
    {
      partnershipId: itemId('Kies het samenwerkingsverband.'),
      year: wholeNumberBetween(YEAR_RANGE.min, YEAR_RANGE.max, YEAR_MESSAGE),
      asOfDate: calendarDateText('Vul de peildatum in als jjjj-mm-dd.'),
      kind: choice(BUDGET_PROGRESS_KINDS, 'Kies prognose of realisatie.'),
      expectedContribution: z.number({ required_error: amountMessage, invalid_type_error: amountMessage }).finite(amountMessage),
      explanation: text(SINGLE_LINE_MAX_LENGTH),
    },
    input,
    [dateNotBeforeYear],
  );
}
