import type { CalendarDate } from '../models';

/*
 * Service delivery monitoring (issue 9, seed 002 recommendations 3, 4, 5 and 9): the agreements a municipality
 * makes with a partnership, the performance indicators agreed in them, the values reported per period and the
 * satisfaction measurements. These types are the contract of the Dienstverlening lists; keep them stable.
 */

export const SERVICE_AGREEMENT_KINDS = ['dvo', 'sla', 'convenant', 'overig'] as const;
export type ServiceAgreementKind = (typeof SERVICE_AGREEMENT_KINDS)[number];

/** A dienstverleningsovereenkomst (or other document) with its term; end and renewal are dated moments. */
export interface ServiceAgreement {
  readonly partnershipId: number;
  readonly name: string;
  readonly kind: ServiceAgreementKind;
  readonly startDate: CalendarDate;
  /** Last day of the agreed term; absent for an agreement without an end. */
  readonly endDate?: CalendarDate;
  /** The date by which renewal (or notice) must be decided. */
  readonly renewalDate?: CalendarDate;
  readonly documentUrl?: string;
  readonly notes: string;
}

/** How a value is judged against its target. */
export const INDICATOR_DIRECTIONS = ['hoger-is-beter', 'lager-is-beter', 'binnen-bandbreedte'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

export const REPORTING_FREQUENCIES = ['maand', 'kwartaal', 'halfjaar', 'jaar'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/** Who delivers the figure (seed 002 leaves open whether the partnership or the municipality measures). */
export const VALUE_SOURCES = ['rapportage-partner', 'eigen-meting'] as const;
export type ValueSource = (typeof VALUE_SOURCES)[number];

/** The unit decides the range a value may take: a percentage 0–100, a report mark 1–10, counts never negative. */
export const INDICATOR_UNITS = ['aantal', 'procent', 'euro', 'dagen', 'uren', 'cijfer'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export interface PerformanceIndicator {
  readonly partnershipId: number;
  /** The agreement the indicator was agreed in, when it is in the register. */
  readonly agreementId?: number;
  readonly name: string;
  readonly description: string;
  readonly unit: IndicatorUnit;
  readonly direction: IndicatorDirection;
  /** The target: the minimum for hoger-is-beter, the maximum for lager-is-beter. */
  readonly target?: number;
  /** The band for binnen-bandbreedte. */
  readonly targetLow?: number;
  readonly targetHigh?: number;
  readonly reportingFrequency: ReportingFrequency;
  readonly valueSource: ValueSource;
  /** The first period values are due for, as its first day; reports before it are not expected. */
  readonly reportingFrom: CalendarDate;
  /** False once the indicator is no longer agreed: no more reports are due. */
  readonly isActive: boolean;
}

/**
 * A value for one indicator and period. `period` is the period's code: `2026-M03`, `2026-K3`, `2026-H1` or `2026`
 * (month, quarter, half-year, year), matching the indicator's reporting frequency.
 */
export interface IndicatorValue {
  readonly indicatorId: number;
  /** Denormalised from the indicator so the dashboard reads one partnership's values with one filter. */
  readonly partnershipId: number;
  readonly period: string;
  /** Last day of the period: values are sorted and queried by it. */
  readonly periodEnd: CalendarDate;
  readonly value: number;
  readonly reportedOn: CalendarDate;
  readonly notes: string;
}

/** Who measured satisfaction: a field, because seed 002 leaves the owner open (recommendation 3). */
export const SATISFACTION_OWNERS = ['regievoerder', 'samenwerkingsverband', 'extern-bureau', 'anders'] as const;
export type SatisfactionOwner = (typeof SATISFACTION_OWNERS)[number];

export interface SatisfactionMeasurement {
  readonly partnershipId: number;
  /** What was measured, e.g. "Klanttevredenheid belastingzaken 2026". */
  readonly subject: string;
  readonly measuredOn: CalendarDate;
  readonly measuredBy: SatisfactionOwner;
  /** How: survey, interviews, panel… */
  readonly method: string;
  readonly score: number;
  /** The top of the scale the score is on (10 for a report mark, 5 for a five-point scale, 100 for a percentage). */
  readonly scaleMax: number;
  readonly respondents?: number;
  readonly comments: string;
}
