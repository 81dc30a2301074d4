import { z } from 'zod';
import {
  AUDIENCES,
  BBV_GROUPS,
  LEGAL_FORMS,
  PARTNERSHIP_STATUSES,
  TASK_LAYERS,
  type BbvGroup,
  type LegalForm,
  type Municipality,
  type Partnership,
} from '../models/partnership';
import type { CalendarDate } from '../models/time';
import { allowedBbvGroups, defaultBbvGroup } from '../partnerships/classification';
import { compareCalendarDates, isCalendarDate } from '../time/calendarDate';
import {
  calendarDateText,
  choice,
  itemId,
  multiChoice,
  optionalWebAddress,
  personRef,
  requiredText,
  text,
  wholeNumberBetween,
  yesNo,
  SINGLE_LINE_MAX_LENGTH,
} from './fields';
import type { ValidationResult } from './result';
import { runValidation, valueAt, type CrossFieldRule } from './runValidation';

export interface PartnershipValidationContext {
  /** When given, a "laatst geactualiseerd" after this day is refused. */
  readonly today?: CalendarDate;
}

/** Dutch names of the BBV groups, as the paragraph verbonden partijen (BBV art. 15) names them. */
export const BBV_GROUP_NAMES: Readonly<Record<BbvGroup, string>> = {
  'gemeenschappelijke-regelingen': 'Gemeenschappelijke regelingen',
  'vennootschappen-en-cooperaties': 'Vennootschappen en coöperaties',
  'stichtingen-en-verenigingen': 'Stichtingen en verenigingen',
  overige: 'Overige verbonden partijen',
};

const importanceShape = z.object(
  {
    societalTask: yesNo('Geef aan of het om een zwaarwegende maatschappelijke opgave gaat.'),
    opportunities: yesNo('Geef aan of de samenwerking grote kansen biedt.'),
    risks: yesNo('Geef aan of de samenwerking grote risico’s met zich meebrengt.'),
    money: yesNo('Geef aan of er veel (financiële) middelen mee gemoeid zijn.'),
    audiences: multiChoice(AUDIENCES, 'Kies voor wie: raad, college of ambtelijke organisatie.'),
    explanation: text(),
  },
  { required_error: 'Geef het belang van het samenwerkingsverband aan.', invalid_type_error: 'Geef het belang van het samenwerkingsverband aan.' },
);

const partnershipShape = {
  name: requiredText('Vul een naam in.'),
  legalForm: choice(LEGAL_FORMS, 'Kies een rechtsvorm.'),
  bbvGroup: choice(BBV_GROUPS, 'Kies een BBV-groep.'),
  hasAdministrativeInterest: yesNo('Geef aan of de gemeente een bestuurlijk belang heeft.'),
  hasFinancialInterest: yesNo('Geef aan of de gemeente een financieel belang heeft.'),
  taskLayers: multiChoice(TASK_LAYERS, 'Kies een taaklaag uit de lijst.').refine(
    (layers) => layers.length > 0,
    'Kies minstens één taaklaag.',
  ),
  domain: text(SINGLE_LINE_MAX_LENGTH),
  participantIds: z
    .array(itemId('Kies de deelnemers uit de lijst met gemeenten.'), {
      required_error: 'Kies de deelnemers uit de lijst met gemeenten.',
      invalid_type_error: 'Kies de deelnemers uit de lijst met gemeenten.',
    })
    .refine((ids) => new Set(ids).size === ids.length, 'Elke deelnemer mag maar één keer voorkomen.'),
  seat: text(SINGLE_LINE_MAX_LENGTH),
  publicInterest: text(),
  portfolioHolder: personRef('Kies een portefeuillehouder.').optional(),
  accountHolder: personRef('Kies een accounthouder.').optional(),
  importance: importanceShape,
  risks: text(),
  lastRefreshed: calendarDateText('Vul de datum van laatste actualisatie in als jjjj-mm-dd.').optional(),
  status: choice(PARTNERSHIP_STATUSES, 'Kies een status.'),
  evaluationPeriodYears: wholeNumberBetween(1, 20, 'Vul een evaluatieperiode van 1 tot en met 20 hele jaren in.').optional(),
  website: optionalWebAddress(),
};

/** BBV art. 15(3): a party is reported in the group of its legal form. */
const bbvGroupMatchesLegalForm: CrossFieldRule = (input, errors) => {
  const legalForm = input.legalForm;
  const bbvGroup = input.bbvGroup;
  if (errors.has('legalForm') || errors.has('bbvGroup')) {
    return;
  }
  const allowed = allowedBbvGroups(legalForm as LegalForm);
  if (!allowed.includes(bbvGroup as BbvGroup)) {
    errors.add(
      'bbvGroup',
      `Bij deze rechtsvorm hoort de BBV-groep ‘${BBV_GROUP_NAMES[defaultBbvGroup(legalForm as LegalForm)]}’ (BBV art. 15).`,
    );
  }
};

/** Seed 004: an important partnership says for whom it is important. */
const importantPartnershipNamesAudience: CrossFieldRule = (input, errors) => {
  if (errors.has('importance') || errors.has('importance.audiences')) {
    return;
  }
  const importance = input.importance as Partnership['importance'] | undefined;
  if (importance === undefined) {
    return;
  }
  const important = importance.societalTask || importance.opportunities || importance.risks || importance.money;
  if (important && importance.audiences.length === 0) {
    errors.add('importance.audiences', 'Geef aan voor wie het samenwerkingsverband belangrijk is: raad, college of ambtelijke organisatie.');
  }
};

function lastRefreshedNotInFuture(context: PartnershipValidationContext): CrossFieldRule {
  return (input, errors) => {
    const lastRefreshed = valueAt(input, 'lastRefreshed');
    if (context.today === undefined || errors.has('lastRefreshed') || typeof lastRefreshed !== 'string' || !isCalendarDate(lastRefreshed)) {
      return;
    }
    if (compareCalendarDates(lastRefreshed, context.today) > 0) {
      errors.add('lastRefreshed', 'De datum van laatste actualisatie ligt in de toekomst.');
    }
  };
}

/**
 * Checks a partnership as entered in the register.
 *
 * @example
 * validatePartnership({ ...partnership, name: '  ' })
 * //=> { ok: false, errors: { name: 'Vul een naam in.' } }
 * validatePartnership({ ...partnership, legalForm: 'stichting', bbvGroup: 'gemeenschappelijke-regelingen' })
 * //=> { ok: false, errors: { bbvGroup: 'Bij deze rechtsvorm hoort de BBV-groep ‘Stichtingen en verenigingen’ (BBV art. 15).' } }
 */
export function validatePartnership(input: unknown, context: PartnershipValidationContext = {}): ValidationResult<Partnership> {
  return runValidation<Partnership>(partnershipShape, input, [
    bbvGroupMatchesLegalForm,
    importantPartnershipNamesAudience,
    lastRefreshedNotInFuture(context),
  ]);
}

/**
 * Checks a participating municipality or other public body.
 *
 * @example
 * validateMunicipality({ name: 'Hof van Twente', region: 'Twente' }) //=> { ok: true, value: { … } }
 */
export function validateMunicipality(input: unknown): ValidationResult<Municipality> {
  return runValidation<Municipality>(
    {
      name: requiredText('Vul de naam van de gemeente in.'),
      region: text(SINGLE_LINE_MAX_LENGTH),
      councilFeedUrl: councilFeedAddress().optional(),
      collegeLeadWeeks: wholeNumberBetween(0, 26, 'Vul 0 tot en met 26 hele weken in.').optional(),
    },
    input,
  );
}

/** The council information system's iCalendar feed: http(s), or webcal as calendar apps publish it. */
function councilFeedAddress(): z.ZodType<string> {
  return text(SINGLE_LINE_MAX_LENGTH).refine(
    (value) => value === '' || /^(https?|webcal):\/\/[^\s/]+\.[^\s]+$/i.test(value),
    (value) => ({ message: `Dit is geen adres van een agenda-feed (https:// of webcal://): ${value}` }),
  );
}
