import { z } from 'zod';
import type { CalendarDate } from '../models/time';
import { compareCalendarDates, isCalendarDate } from '../time/calendarDate';
import { formatDutchDate } from '../time/format';
import { calendarDateText, choice, itemId, optionalWebAddress, requiredText, text, yesNo } from '../validation/fields';
import type { ValidationResult } from '../validation/result';
import { runValidation, type CrossFieldRule, type InputRecord } from '../validation/runValidation';
import {
  INDICATOR_DIRECTIONS,
  INDICATOR_UNITS,
  REPORTING_FREQUENCIES,
  SATISFACTION_OWNERS,
  SERVICE_AGREEMENT_KINDS,
  VALUE_SOURCES,
  type IndicatorUnit,
  type IndicatorValue,
  type PerformanceIndicator,
  type ReportingFrequency,
  type SatisfactionMeasurement,
  type ServiceAgreement,
} from './models';
import { comparePeriods, firstReportingPeriod, isPeriodOver, parsePeriodCode, periodEnd, periodLabel, type ReportingPeriod } from './periods';

/*
 * Validation of the Dienstverlening lists (issue 9): one Dutch sentence per field, the input left as typed.
 */

/** The range a value of a unit may take; an absent bound is open. */
export interface UnitRange {
  readonly min?: number;
  readonly max?: number;
}

/** A percentage 0–100, a report mark (rapportcijfer) 1–10, counts and durations never negative, euros any amount. */
export const UNIT_RANGES: Readonly<Record<IndicatorUnit, UnitRange>> = {
  procent: { min: 0, max: 100 },
  cijfer: { min: 1, max: 10 },
  aantal: { min: 0 },
  dagen: { min: 0 },
  uren: { min: 0 },
  euro: {},
};

const UNIT_RANGE_MESSAGES: Readonly<Record<IndicatorUnit, string>> = {
  procent: 'Een percentage ligt tussen 0 en 100.',
  cijfer: 'Een cijfer ligt tussen 1 en 10.',
  aantal: 'Een aantal kan niet negatief zijn.',
  dagen: 'Een aantal dagen kan niet negatief zijn.',
  uren: 'Een aantal uren kan niet negatief zijn.',
  euro: 'Vul een bedrag in euro’s in.',
};

/** True when the number is finite and within the unit's range. */
export function isWithinUnitRange(unit: IndicatorUnit, value: number): boolean {
  const range = UNIT_RANGES[unit];
  return Number.isFinite(value) && (range.min === undefined || value >= range.min) && (range.max === undefined || value <= range.max);
}

/** The Dutch sentence for a number outside the unit's range, e.g. "Een percentage ligt tussen 0 en 100." */
export function unitRangeMessage(unit: IndicatorUnit): string {
  return UNIT_RANGE_MESSAGES[unit];
}

const FREQUENCY_EXAMPLES: Readonly<Record<ReportingFrequency, string>> = {
  maand: '2026-M03 (maandelijks)',
  kwartaal: '2026-K3 (per kwartaal)',
  halfjaar: '2026-H1 (per halfjaar)',
  jaar: '2026 (jaarlijks)',
};

/** "Vul de periode in als 2026-K3 (per kwartaal)." */
export function periodFormatMessage(frequency: ReportingFrequency): string {
  return `Vul de periode in als ${FREQUENCY_EXAMPLES[frequency]}.`;
}

export const FUTURE_PERIOD_MESSAGE = 'Deze periode is nog niet voorbij.';

/** Checks the period of a value against the indicator: its frequency, not before reporting starts, and over by `asOf`. */
export function periodProblem(code: string, indicator: Pick<PerformanceIndicator, 'reportingFrequency' | 'reportingFrom'>, asOf: CalendarDate): string | undefined {
  const period = parsePeriodCode(code);
  if (!period || period.frequency !== indicator.reportingFrequency) return periodFormatMessage(indicator.reportingFrequency);
  return periodTimingProblem(period, indicator, asOf);
}

/** The period is over by `asOf` and not before the indicator's first reporting period. */
export function periodTimingProblem(period: ReportingPeriod, indicator: Pick<PerformanceIndicator, 'reportingFrom'>, asOf: CalendarDate): string | undefined {
  if (!isPeriodOver(period, asOf)) return FUTURE_PERIOD_MESSAGE;
  if (isCalendarDate(indicator.reportingFrom) && comparePeriods(period, firstReportingPeriod(period.frequency, indicator.reportingFrom)) < 0) {
    return `Over ${periodLabel(period)} is nog niet gerapporteerd: de rapportage loopt vanaf ${formatDutchDate(indicator.reportingFrom)}.`;
  }
  return undefined;
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function finiteNumber(message: string): z.ZodType<number> {
  return z.number({ required_error: message, invalid_type_error: message }).finite(message);
}

function optionalFiniteNumber(message: string): z.ZodType<number | undefined> {
  return z.number({ invalid_type_error: message }).finite(message).optional();
}

/** The target (or band) fits the direction and the unit. */
const targetFitsDirection: CrossFieldRule = (input, errors) => {
  if (errors.has('direction') || errors.has('unit')) return;
  const unit = input.unit as IndicatorUnit;
  const checkRange = (key: 'target' | 'targetLow' | 'targetHigh'): void => {
    const value = input[key];
    if (isNumber(value) && !errors.has(key) && !isWithinUnitRange(unit, value)) errors.add(key, unitRangeMessage(unit));
  };
  if (input.direction === 'binnen-bandbreedte') {
    if (input.targetLow === undefined) errors.add('targetLow', 'Vul de ondergrens van de bandbreedte in.');
    if (input.targetHigh === undefined) errors.add('targetHigh', 'Vul de bovengrens van de bandbreedte in.');
    checkRange('targetLow');
    checkRange('targetHigh');
    if (isNumber(input.targetLow) && isNumber(input.targetHigh) && input.targetLow > input.targetHigh && !errors.has('targetLow') && !errors.has('targetHigh')) {
      errors.add('targetHigh', 'De bovengrens mag niet lager zijn dan de ondergrens.');
    }
  } else {
    if (input.target === undefined) {
      errors.add('target', input.direction === 'hoger-is-beter' ? 'Vul de norm in: de waarde die minstens gehaald moet worden.' : 'Vul de norm in: de waarde die hoogstens mag worden bereikt.');
    }
    checkRange('target');
  }
};

/**
 * Checks a performance indicator: name, unit, direction, a target for higher/lower-is-better or a band (low ≤ high)
 * for within-band, targets within the unit's range, frequency, source and the date reporting starts.
 *
 * @example
 * validateIndicator({ ...indicator, unit: 'procent', target: 120 }).errors //=> { target: 'Een percentage ligt tussen 0 en 100.' }
 */
export function validateIndicator(input: unknown): ValidationResult<PerformanceIndicator> {
  return runValidation<PerformanceIndicator>(
    {
      partnershipId: itemId('Kies het samenwerkingsverband.'),
      agreementId: itemId('Kies een afspraak uit de lijst.').optional(),
      name: requiredText('Geef de indicator een naam.'),
      description: text(),
      unit: choice(INDICATOR_UNITS, 'Kies de eenheid van de indicator.'),
      direction: choice(INDICATOR_DIRECTIONS, 'Kies of hoger of lager beter is, of een bandbreedte.'),
      target: optionalFiniteNumber('De norm moet een getal zijn.'),
      targetLow: optionalFiniteNumber('De ondergrens moet een getal zijn.'),
      targetHigh: optionalFiniteNumber('De bovengrens moet een getal zijn.'),
      reportingFrequency: choice(REPORTING_FREQUENCIES, 'Kies hoe vaak over de indicator wordt gerapporteerd.'),
      valueSource: choice(VALUE_SOURCES, 'Kies wie de waarde levert.'),
      reportingFrom: calendarDateText('Vul in vanaf welke datum wordt gerapporteerd (jjjj-mm-dd).'),
      isActive: yesNo('Geef aan of de indicator nog geldt.'),
    },
    input,
    [targetFitsDirection],
  );
}

export interface IndicatorValueContext {
  /** The indicator the value belongs to. */
  readonly indicator: PerformanceIndicator;
  /** Today: a period that has not ended by then is refused. */
  readonly asOf: CalendarDate;
}

function valueRules(context: IndicatorValueContext): CrossFieldRule {
  const { indicator, asOf } = context;
  return (input: InputRecord, errors) => {
    if (typeof input.period === 'string' && !errors.has('period')) {
      const problem = periodProblem(input.period, indicator, asOf);
      if (problem) errors.add('period', problem);
      else {
        const period = parsePeriodCode(input.period) as ReportingPeriod;
        if (typeof input.periodEnd === 'string' && !errors.has('periodEnd') && input.periodEnd !== periodEnd(period)) {
          errors.add('periodEnd', `Het einde van ${periodLabel(period)} is ${formatDutchDate(periodEnd(period))}.`);
        }
      }
    }
    if (isNumber(input.value) && !errors.has('value') && !isWithinUnitRange(indicator.unit, input.value)) {
      errors.add('value', unitRangeMessage(indicator.unit));
    }
    if (typeof input.reportedOn === 'string' && !errors.has('reportedOn') && isCalendarDate(input.reportedOn) && compareCalendarDates(input.reportedOn, asOf) > 0) {
      errors.add('reportedOn', 'De rapportagedatum ligt in de toekomst.');
    }
    if (isNumber(input.partnershipId) && !errors.has('partnershipId') && input.partnershipId !== indicator.partnershipId) {
      errors.add('partnershipId', 'De waarde hoort bij een ander samenwerkingsverband dan de indicator.');
    }
  };
}

/**
 * Checks a reported value against its indicator: a number within the unit's range, a period code of the indicator's
 * frequency that is over by `asOf` ("Deze periode is nog niet voorbij.") and not before reporting started.
 *
 * @example
 * validateIndicatorValue({ ...value, period: '2026-K4' }, { indicator, asOf: '2026-11-26' }).errors.period
 * //=> 'Deze periode is nog niet voorbij.'
 */
export function validateIndicatorValue(input: unknown, context: IndicatorValueContext): ValidationResult<IndicatorValue> {
  const periodMessage = periodFormatMessage(context.indicator.reportingFrequency);
  return runValidation<IndicatorValue>(
    {
      indicatorId: itemId('Kies de indicator.'),
      partnershipId: itemId('Kies het samenwerkingsverband.'),
      period: z.string({ required_error: periodMessage, invalid_type_error: periodMessage }),
      periodEnd: calendarDateText('Vul het einde van de periode in als jjjj-mm-dd.'),
      value: finiteNumber('Vul de waarde in als getal.'),
      reportedOn: calendarDateText('Vul de rapportagedatum in als jjjj-mm-dd.'),
      notes: text(),
    },
    input,
    [valueRules(context)],
  );
}

/**
 * A value for an indicator and period, with the period's end filled in: the form builds its input with this, so
 * `periodEnd` always matches the code. An unreadable code leaves `periodEnd` empty; validation then reports the period.
 */
export function indicatorValueInput(
  indicator: { readonly id: number; readonly partnershipId: number },
  fields: { readonly period: string; readonly value: number; readonly reportedOn: CalendarDate; readonly notes?: string },
): IndicatorValue {
  const period = parsePeriodCode(fields.period);
  return {
    indicatorId: indicator.id,
    partnershipId: indicator.partnershipId,
    period: fields.period.trim(),
    periodEnd: (period ? periodEnd(period) : '') as CalendarDate,
    value: fields.value,
    reportedOn: fields.reportedOn,
    notes: fields.notes ?? '',
  };
}

/** End after start, renewal (or notice) decided on or before the end and not before the start. */
const agreementDates: CrossFieldRule = (input, errors) => {
  const date = (key: string): CalendarDate | undefined => {
    const value = input[key];
    return typeof value === 'string' && isCalendarDate(value) && !errors.has(key) ? value : undefined;
  };
  const start = date('startDate');
  const end = date('endDate');
  const renewal = date('renewalDate');
  if (start && end && compareCalendarDates(end, start) <= 0) errors.add('endDate', 'De einddatum moet na de ingangsdatum liggen.');
  if (renewal && end && compareCalendarDates(renewal, end) > 0) errors.add('renewalDate', 'De datum voor verlenging of opzegging moet op of vóór de einddatum liggen.');
  if (renewal && start && compareCalendarDates(renewal, start) < 0) errors.add('renewalDate', 'De datum voor verlenging of opzegging ligt vóór de ingangsdatum.');
};

const optionalDate = (message: string) => calendarDateText(message).optional();

/**
 * Checks a service agreement (DVO): name, kind, start date, an end after the start and a renewal date on or before
 * the end.
 *
 * @example
 * validateServiceAgreement({ ...agreement, startDate: '2026-01-01', endDate: '2025-12-31' }).errors.endDate
 * //=> 'De einddatum moet na de ingangsdatum liggen.'
 */
export function validateServiceAgreement(input: unknown): ValidationResult<ServiceAgreement> {
  return runValidation<ServiceAgreement>(
    {
      partnershipId: itemId('Kies het samenwerkingsverband.'),
      name: requiredText('Geef de afspraak een naam.'),
      kind: choice(SERVICE_AGREEMENT_KINDS, 'Kies de soort afspraak.'),
      startDate: calendarDateText('Vul de ingangsdatum in als jjjj-mm-dd.'),
      endDate: optionalDate('Vul de einddatum in als jjjj-mm-dd.'),
      renewalDate: optionalDate('Vul de uiterste datum voor verlenging of opzegging in als jjjj-mm-dd.'),
      documentUrl: optionalWebAddress(),
      notes: text(),
    },
    input,
    [agreementDates],
  );
}

export interface SatisfactionContext {
  /** Today: a measurement cannot be dated after it. */
  readonly asOf?: CalendarDate;
}

function satisfactionRules(context: SatisfactionContext): CrossFieldRule {
  return (input, errors) => {
    if (isNumber(input.score) && isNumber(input.scaleMax) && !errors.has('score') && !errors.has('scaleMax') && input.score > input.scaleMax) {
      errors.add('score', `De score ligt tussen 0 en ${String(input.scaleMax).replace('.', ',')}, de top van de schaal.`);
    }
    const measuredOn = input.measuredOn;
    if (context.asOf && typeof measuredOn === 'string' && isCalendarDate(measuredOn) && !errors.has('measuredOn') && compareCalendarDates(measuredOn, context.asOf) > 0) {
      errors.add('measuredOn', 'De datum van de meting ligt in de toekomst.');
    }
  };
}

/**
 * Checks a satisfaction measurement (seed 002, aanbeveling 3): who measured, how, and a score from 0 to the top of
 * its scale.
 *
 * @example
 * validateSatisfactionMeasurement({ ...measurement, score: 11, scaleMax: 10 }).errors.score
 * //=> 'De score ligt tussen 0 en 10, de top van de schaal.'
 */
export function validateSatisfactionMeasurement(input: unknown, context: SatisfactionContext = {}): ValidationResult<SatisfactionMeasurement> {
  const scoreMessage = 'Vul de score in als getal.';
  const scaleMessage = 'Vul de top van de schaal in: een getal van 1 tot en met 100 (bijvoorbeeld 10 of 5).';
  const respondentsMessage = 'Vul het aantal respondenten in als heel getal (0 of meer), of laat het leeg.';
  return runValidation<SatisfactionMeasurement>(
    {
      partnershipId: itemId('Kies het samenwerkingsverband.'),
      subject: requiredText('Vul in wat er gemeten is.'),
      measuredOn: calendarDateText('Vul de datum van de meting in als jjjj-mm-dd.'),
      measuredBy: choice(SATISFACTION_OWNERS, 'Kies wie de tevredenheid heeft gemeten.'),
      method: text(255),
      score: z.number({ required_error: scoreMessage, invalid_type_error: scoreMessage }).finite(scoreMessage).min(0, 'Een score kan niet negatief zijn.'),
      scaleMax: z.number({ required_error: scaleMessage, invalid_type_error: scaleMessage }).finite(scaleMessage).min(1, scaleMessage).max(100, scaleMessage),
      respondents: z.number({ invalid_type_error: respondentsMessage }).int(respondentsMessage).min(0, respondentsMessage).optional(),
      comments: text(),
    },
    input,
    [satisfactionRules(context)],
  );
}

