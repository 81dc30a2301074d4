import { z } from 'zod';
import type { CalendarDate } from '../models/time';
import { compareCalendarDates, isCalendarDate } from '../time/calendarDate';
import { formatDutchDate } from '../time/format';
import { calendarDateText, choice, itemId, optionalWebAddress, requiredText, text } from '../validation/fields';
import type { ValidationErrors, ValidationResult } from '../validation/result';
import { runValidation, type CrossFieldRule, type InputRecord } from '../validation/runValidation';
import { YEAR_MESSAGE, YEAR_RANGE } from '../validation/yearRange';
import { INFLUENCE_CASE_KINDS, ZIENSWIJZE_POSITIONS, type InfluenceCase, type ParticipantZienswijze } from './models';
import type { InfluenceStep } from './steps';

/*
 * Validation of zienswijze cases and of each step's input, with one Dutch sentence per field. Dates must follow
 * the order of the steps: nothing happens before the document arrived, the GR answers after the AB decided.
 */

/** Step 1 has no form of its own: the arrival is part of the case's details. */
export type RecordableStep = Exclude<InfluenceStep, 'ontvangen'>;

/** The fields each step's form edits. */
export const STEP_FIELDS: Readonly<Record<RecordableStep, readonly (keyof InfluenceCase)[]>> = {
  raadsoplegger: ['coverNoteDate'],
  'zienswijze-raad': ['councilPosition', 'councilAdoptedDate', 'councilZienswijzeUrl', 'councilZienswijzeSummary'],
  'standpunt-ab-lid': ['abMemberPosition', 'abMemberPositionDate'],
  'besluit-ab': ['abDecision', 'abDecisionDate'],
  'antwoord-gr': ['grAnswerDate', 'grAnswerUrl', 'grAnswerSummary'],
};

const KINDS_WITH_BUDGET_YEAR: readonly string[] = ['ontwerpbegroting', 'begrotingswijziging'];

function optionalDate(message: string) {
  return calendarDateText(message).optional();
}

function dateOf(input: InputRecord, key: string): CalendarDate | undefined {
  const value = input[key];
  return typeof value === 'string' && isCalendarDate(value) ? value : undefined;
}

function filled(input: InputRecord, key: string): boolean {
  const value = input[key];
  return typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null;
}

/** Wgr art. 35(1) and (6): a begroting or begrotingswijziging is always for a budget year. */
const budgetYearForBudgets: CrossFieldRule = (input, errors) => {
  if (errors.has('kind') || errors.has('budgetYear')) return;
  if (typeof input.kind === 'string' && KINDS_WITH_BUDGET_YEAR.includes(input.kind) && input.budgetYear === undefined) {
    errors.add('budgetYear', 'Vul het begrotingsjaar in: een (ontwerp)begroting of begrotingswijziging hoort bij een begrotingsjaar.');
  }
};

/** Every date of a later step lies on or after the receipt; the GR answers on or after the AB's decision. */
const datesInOrder: CrossFieldRule = (input, errors) => {
  const received = dateOf(input, 'receivedDate');
  if (received === undefined || errors.has('receivedDate')) return;
  const notBeforeReceipt: readonly [string, string][] = [
    ['responseDeadline', 'De zienswijzetermijn eindigt vóór de ontvangst van het document'],
    ['abDecisionMeetingDate', 'De AB-vergadering ligt vóór de ontvangst van het document'],
    ['coverNoteDate', 'De raadsoplegger kan niet vóór de ontvangst van het document zijn verstuurd'],
    ['councilAdoptedDate', 'De zienswijze kan niet vóór de ontvangst van het document zijn vastgesteld'],
    ['abMemberPositionDate', 'Het standpunt kan niet vóór de ontvangst van het document zijn ingenomen'],
    ['abDecisionDate', 'Het AB kan niet vóór de ontvangst van het document hebben besloten'],
    ['grAnswerDate', 'De GR kan niet vóór de ontvangst van het document hebben geantwoord'],
  ];
  for (const [key, message] of notBeforeReceipt) {
    const date = dateOf(input, key);
    if (date !== undefined && !errors.has(key) && compareCalendarDates(date, received) < 0) {
      errors.add(key, `${message} (${formatDutchDate(received)}).`);
    }
  }
  const decided = dateOf(input, 'abDecisionDate');
  const answered = dateOf(input, 'grAnswerDate');
  if (decided !== undefined && answered !== undefined && !errors.has('grAnswerDate') && compareCalendarDates(answered, decided) < 0) {
    errors.add('grAnswerDate', `Het antwoord van de GR ligt vóór het besluit van het AB (${formatDutchDate(decided)}).`);
  }
};

/** A step is recorded with its date; what it says and its date come together. */
const stepsComplete: CrossFieldRule = (input, errors) => {
  if (filled(input, 'councilAdoptedDate') && !filled(input, 'councilPosition')) {
    errors.add('councilPosition', 'Kies wat de raad vond.');
  }
  if (filled(input, 'councilPosition') && !filled(input, 'councilAdoptedDate')) {
    errors.add('councilAdoptedDate', 'Vul de datum in waarop de raad de zienswijze vaststelde.');
  }
  const position = input.councilPosition;
  if (filled(input, 'councilAdoptedDate') && typeof position === 'string' && position !== 'geen-zienswijze' && !filled(input, 'councilZienswijzeSummary')) {
    errors.add('councilZienswijzeSummary', 'Vat de zienswijze van de raad samen.');
  }
  const pairs: readonly [string, string, string, string][] = [
    ['abMemberPositionDate', 'abMemberPosition', 'Beschrijf het standpunt dat het AB-lid innam.', 'Vul de datum in waarop het AB-lid het standpunt innam.'],
    ['abDecisionDate', 'abDecision', 'Beschrijf het besluit van het AB.', 'Vul de datum van het besluit van het AB in.'],
    ['grAnswerDate', 'grAnswerSummary', 'Vat het antwoord van de GR samen: hoe is met de zienswijzen omgegaan?', 'Vul de datum van het antwoord van de GR in.'],
  ];
  for (const [dateKey, textKey, textMissing, dateMissing] of pairs) {
    if (filled(input, dateKey) && !filled(input, textKey)) errors.add(textKey, textMissing);
    if (filled(input, textKey) && !filled(input, dateKey)) errors.add(dateKey, dateMissing);
  }
};

function notInFuture(today: CalendarDate | undefined): CrossFieldRule {
  return (input, errors) => {
    if (today === undefined) return;
    for (const key of ['receivedDate', 'coverNoteDate', 'councilAdoptedDate', 'abMemberPositionDate', 'abDecisionDate', 'grAnswerDate']) {
      const date = dateOf(input, key);
      if (date !== undefined && !errors.has(key) && compareCalendarDates(date, today) > 0) {
        errors.add(key, `Deze datum ligt in de toekomst (${formatDutchDate(date)}): leg een stap vast als hij gedaan is.`);
      }
    }
  };
}

const caseShape = {
  partnershipId: itemId('Kies het samenwerkingsverband.'),
  subject: requiredText('Geef het traject een onderwerp, bijvoorbeeld “Ontwerpbegroting 2028”.'),
  kind: choice(INFLUENCE_CASE_KINDS, 'Kies de soort: ontwerpbegroting, begrotingswijziging, ontwerpregeling of ander besluit.'),
  budgetYear: z
    .number({ invalid_type_error: YEAR_MESSAGE })
    .int(YEAR_MESSAGE)
    .min(YEAR_RANGE.min, YEAR_MESSAGE)
    .max(YEAR_RANGE.max, YEAR_MESSAGE)
    .optional(),
  receivedDate: calendarDateText('Vul de datum van ontvangst in als dd-mm-jjjj.'),
  documentUrl: optionalWebAddress(),
  responseDeadline: optionalDate('Vul de zienswijzetermijn in als dd-mm-jjjj.'),
  abDecisionMeetingDate: optionalDate('Vul de datum van de AB-vergadering in als dd-mm-jjjj.'),
  collegeProposalPoints: z.array(text(), { invalid_type_error: 'Het voorstel van het college heeft niet de juiste vorm.' }),
  coverNoteDate: optionalDate('Vul de datum in waarop de raadsoplegger is verstuurd, als dd-mm-jjjj.'),
  councilPosition: choice(ZIENSWIJZE_POSITIONS, 'Kies wat de raad vond.').optional(),
  councilAdoptedDate: optionalDate('Vul de datum van vaststelling in als dd-mm-jjjj.'),
  councilZienswijzeUrl: optionalWebAddress(),
  councilZienswijzeSummary: text(),
  abMemberPosition: text(),
  abMemberPositionDate: optionalDate('Vul de datum van het standpunt in als dd-mm-jjjj.'),
  abDecision: text(),
  abDecisionDate: optionalDate('Vul de datum van het besluit in als dd-mm-jjjj.'),
  grAnswerDate: optionalDate('Vul de datum van het antwoord in als dd-mm-jjjj.'),
  grAnswerUrl: optionalWebAddress(),
  grAnswerSummary: text(),
};

/**
 * Checks a whole case. With `today`, recorded step dates may not lie in the future (a deadline or an AB
 * meeting may).
 *
 * @example
 * validateInfluenceCase({ ...ontwerpbegroting, budgetYear: undefined }).errors.budgetYear
 * //=> 'Vul het begrotingsjaar in: een (ontwerp)begroting of begrotingswijziging hoort bij een begrotingsjaar.'
 */
export function validateInfluenceCase(input: unknown, today?: CalendarDate): ValidationResult<InfluenceCase> {
  return runValidation<InfluenceCase>(caseShape, input, [budgetYearForBudgets, datesInOrder, stepsComplete, notInFuture(today)]);
}

/**
 * Checks the input of one step against the case it belongs to: the step's fields are merged into the case and
 * the whole is checked, but only messages about the step's own fields are reported (an older flaw elsewhere in
 * the case does not block recording a step). Empty fields clear the step. Returns the changes to save.
 *
 * @example
 * validateStepInput('antwoord-gr', { grAnswerDate: '2027-07-01', grAnswerSummary: '' }, stored, '2027-07-02').errors
 * //=> { grAnswerSummary: 'Vat het antwoord van de GR samen: hoe is met de zienswijzen omgegaan?' }
 */
export function validateStepInput(
  step: RecordableStep,
  input: Readonly<Partial<Record<keyof InfluenceCase, unknown>>>,
  influenceCase: InfluenceCase,
  today: CalendarDate,
): ValidationResult<Partial<InfluenceCase>> {
  const fields = STEP_FIELDS[step];
  const changes: Record<string, unknown> = {};
  for (const field of fields) {
    const value = input[field];
    // Present-but-undefined clears a date or choice; text fields stay strings.
    changes[field] = typeof value === 'string' && value.trim() === '' && !isTextField(field) ? undefined : value;
  }
  const merged = { ...influenceCase, ...changes };
  const result = validateInfluenceCase(merged, today);
  if (result.ok) return { ok: true, value: changes as Partial<InfluenceCase> };
  const own: Record<string, string> = {};
  for (const [key, message] of Object.entries(result.errors)) {
    if ((fields as readonly string[]).includes(key)) own[key] = message;
  }
  if (Object.keys(own).length === 0) return { ok: true, value: changes as Partial<InfluenceCase> };
  return { ok: false, errors: Object.freeze(own) as ValidationErrors };
}

function isTextField(field: keyof InfluenceCase): boolean {
  return field === 'councilZienswijzeSummary' || field === 'abMemberPosition' || field === 'abDecision' || field === 'grAnswerSummary';
}

/**
 * Checks another council's zienswijze on a case: the municipality takes part in the GR, is not the own
 * municipality, has no other zienswijze on this case, and adopted it after the document was sent.
 */
export function validateParticipantZienswijze(
  input: unknown,
  context: {
    readonly influenceCase: InfluenceCase;
    readonly participantIds: readonly number[];
    readonly ownMunicipalityId?: number;
    /** The other zienswijzen already on the case (the one being edited may be among them, by id). */
    readonly existing: readonly { readonly id: number; readonly municipalityId: number }[];
    readonly editingId?: number;
    readonly today?: CalendarDate;
  },
): ValidationResult<ParticipantZienswijze> {
  const participates: CrossFieldRule = (record, errors) => {
    if (errors.has('municipalityId') || typeof record.municipalityId !== 'number') return;
    const municipalityId = record.municipalityId;
    if (municipalityId === context.ownMunicipalityId) {
      errors.add('municipalityId', 'Dit is de eigen gemeente: leg de zienswijze van de eigen raad vast bij de stap “Zienswijze raad”.');
    } else if (!context.participantIds.includes(municipalityId)) {
      errors.add('municipalityId', 'Deze gemeente neemt niet deel aan de regeling.');
    } else if (context.existing.some((other) => other.municipalityId === municipalityId && other.id !== context.editingId)) {
      errors.add('municipalityId', 'Voor deze gemeente is al een zienswijze vastgelegd; bewerk die.');
    }
  };
  const afterReceipt: CrossFieldRule = (record, errors) => {
    const adopted = dateOf(record, 'adoptedDate');
    if (adopted === undefined || errors.has('adoptedDate')) return;
    if (compareCalendarDates(adopted, context.influenceCase.receivedDate) < 0) {
      errors.add('adoptedDate', `De zienswijze kan niet vóór de ontvangst van het document zijn vastgesteld (${formatDutchDate(context.influenceCase.receivedDate)}).`);
    } else if (context.today !== undefined && compareCalendarDates(adopted, context.today) > 0) {
      errors.add('adoptedDate', `Deze datum ligt in de toekomst (${formatDutchDate(adopted)}).`);
    }
  };
  return runValidation<ParticipantZienswijze>(
    {
      caseId: itemId('Het zienswijzetraject ontbreekt.'),
      municipalityId: itemId('Kies de gemeente.'),
      summary: requiredText('Vat de zienswijze samen (of schrijf “geen zienswijze”).'),
      position: choice(ZIENSWIJZE_POSITIONS, 'Kies wat de raad vond.'),
      adoptedDate: optionalDate('Vul de datum van vaststelling in als dd-mm-jjjj.'),
      documentUrl: optionalWebAddress(),
    },
    input,
    [participates, afterReceipt],
  );
}
