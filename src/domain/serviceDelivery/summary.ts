import type { Stored } from '../models/entity';
import type { CalendarDate } from '../models/time';
import { addMonthsToCalendarDate, compareCalendarDates } from '../time/calendarDate';
import { formatDutchDate } from '../time/format';
import { judgeValue, trendOf, type Trend, type ValueJudgement } from './judgement';
import type { IndicatorValue, PerformanceIndicator, ReportingFrequency, SatisfactionMeasurement, ServiceAgreement } from './models';
import {
  comparePeriods,
  duePeriods,
  firstReportingPeriod,
  lastEndedPeriods,
  parsePeriodCode,
  periodLabel,
  periodShortLabel,
  reportDueDate,
  type ReportingPeriod,
} from './periods';

/*
 * What the dashboard and the MT report show about service delivery (issue 9): per indicator the latest value against
 * its target, the trend and the overdue reports; across partnerships the indicators off target and the missing
 * reports (seed 002, aanbeveling 9: "zonder rapportages van de VP is monitoring ondoenlijk").
 */

/** The trend chart shows this many periods. */
export const TREND_PERIOD_COUNT = 8;

/**
 * A renewal (or notice) date this many months ahead is flagged: deciding on a DVO needs a college decision and
 * often notice to the partnership, which takes a few months.
 */
export const RENEWAL_WARNING_MONTHS = 3;

export interface TrendPoint {
  /** The period code, e.g. `2026-K3`. */
  readonly period: string;
  /** Short label for the chart axis, e.g. `K3 2026`. */
  readonly label: string;
  /** Absent when nothing was reported for the period. */
  readonly value?: number;
}

export interface OverdueReport {
  readonly partnershipId: number;
  readonly indicatorId: number;
  readonly indicatorName: string;
  readonly period: string;
  readonly periodLabel: string;
  readonly dueDate: CalendarDate;
  /** "Rapportage 3e kwartaal 2026 ontbreekt (verwacht uiterlijk 11 november 2026)." */
  readonly message: string;
}

export interface IndicatorSummary {
  readonly indicator: Stored<PerformanceIndicator>;
  /** The value of the most recent period, among values reported on or before `asOf`. */
  readonly latest?: Stored<IndicatorValue>;
  /** The Dutch name of the latest value's period, e.g. "3e kwartaal 2026". */
  readonly latestPeriodLabel?: string;
  readonly judgement?: ValueJudgement;
  /** The last {@link TREND_PERIOD_COUNT} ended periods from the first reporting period, oldest first. */
  readonly trendPoints: readonly TrendPoint[];
  readonly trend?: Trend;
  /** Due periods without a value (only for active indicators), oldest first. */
  readonly overdue: readonly OverdueReport[];
}

/** "Rapportage 3e kwartaal 2026 ontbreekt (verwacht uiterlijk 11 november 2026)." */
export function missingReportMessage(period: ReportingPeriod): string {
  return `Rapportage ${periodLabel(period)} ontbreekt (verwacht uiterlijk ${formatDutchDate(reportDueDate(period))}).`;
}

interface DuePeriod {
  readonly code: string;
  readonly label: string;
  readonly dueDate: CalendarDate;
  readonly message: string;
}

interface TrendPeriod {
  readonly period: ReportingPeriod;
  readonly label: string;
}

/**
 * Period lists shared by the indicators of one view: most indicators have the same frequency and start, so their
 * due periods and trend periods (and the Dutch texts) are computed once, not once per indicator.
 */
class PeriodCache {
  private readonly trend = new Map<string, readonly TrendPeriod[]>();
  private readonly due = new Map<string, readonly DuePeriod[]>();
  private readonly first = new Map<string, ReportingPeriod>();
  private readonly labels = new Map<string, string>();

  public constructor(private readonly asOf: CalendarDate) {}

  public trendPeriods(frequency: ReportingFrequency): readonly TrendPeriod[] {
    let periods = this.trend.get(frequency);
    if (!periods) {
      periods = lastEndedPeriods(frequency, this.asOf, TREND_PERIOD_COUNT).map((period) => ({ period, label: periodShortLabel(period) }));
      this.trend.set(frequency, periods);
    }
    return periods;
  }

  public firstPeriod(frequency: ReportingFrequency, reportingFrom: CalendarDate): ReportingPeriod {
    const key = `${frequency}|${reportingFrom}`;
    let period = this.first.get(key);
    if (!period) {
      period = firstReportingPeriod(frequency, reportingFrom);
      this.first.set(key, period);
    }
    return period;
  }

  /** The Dutch label of a stored period code (the code itself when it is none). */
  public label(code: string): string {
    let label = this.labels.get(code);
    if (label === undefined) {
      const period = parsePeriodCode(code);
      label = period ? periodLabel(period) : code;
      this.labels.set(code, label);
    }
    return label;
  }

  public duePeriods(frequency: ReportingFrequency, reportingFrom: CalendarDate): readonly DuePeriod[] {
    const key = `${frequency}|${reportingFrom}`;
    let periods = this.due.get(key);
    if (!periods) {
      periods = duePeriods(frequency, reportingFrom, this.asOf).map((period) => ({
        code: period.code,
        label: periodLabel(period),
        dueDate: reportDueDate(period),
        message: missingReportMessage(period),
      }));
      this.due.set(key, periods);
    }
    return periods;
  }
}

/**
 * The summary of one indicator from its own values (values of other indicators are ignored).
 *
 * @example
 * summarizeIndicator(indicator, values, '2026-11-26').overdue[0].message
 * //=> 'Rapportage 3e kwartaal 2026 ontbreekt (verwacht uiterlijk 11 november 2026).'
 */
export function summarizeIndicator(indicator: Stored<PerformanceIndicator>, values: readonly Stored<IndicatorValue>[], asOf: CalendarDate): IndicatorSummary {
  return summarize(indicator, values, asOf, new PeriodCache(asOf));
}

/**
 * A summarizer for many indicators on one day: the period lists of each frequency and start are computed once
 * and shared (the MT report and the cross-partnership view summarise thousands of indicators).
 */
export function indicatorSummarizer(asOf: CalendarDate): (indicator: Stored<PerformanceIndicator>, values: readonly Stored<IndicatorValue>[]) => IndicatorSummary {
  const cache = new PeriodCache(asOf);
  return (indicator, values) => summarize(indicator, values, asOf, cache);
}

function summarize(indicator: Stored<PerformanceIndicator>, values: readonly Stored<IndicatorValue>[], asOf: CalendarDate, cache: PeriodCache): IndicatorSummary {
  const frequency = indicator.reportingFrequency;
  const byPeriod = new Map<string, Stored<IndicatorValue>>();
  let latest: Stored<IndicatorValue> | undefined;
  for (const value of values) {
    // A value reported after asOf did not exist yet then, so a report for a past date shows what was known.
    if (value.indicatorId !== indicator.id || compareCalendarDates(value.periodEnd, asOf) > 0 || compareCalendarDates(value.reportedOn, asOf) > 0) continue;
    byPeriod.set(value.period, value);
    if (!latest || compareCalendarDates(value.periodEnd, latest.periodEnd) > 0) latest = value;
  }
  const first = cache.firstPeriod(frequency, indicator.reportingFrom);
  const trendPoints: TrendPoint[] = [];
  for (const { period, label } of cache.trendPeriods(frequency)) {
    const value = byPeriod.get(period.code);
    // Periods before reporting started are left out, unless a value was reported for them all the same.
    if (comparePeriods(period, first) < 0 && value === undefined) continue;
    trendPoints.push(value === undefined ? { period: period.code, label } : { period: period.code, label, value: value.value });
  }
  const reported = trendPoints.flatMap((point) => (point.value === undefined ? [] : [point.value]));
  const overdue: OverdueReport[] = [];
  if (indicator.isActive) {
    for (const period of cache.duePeriods(frequency, indicator.reportingFrom)) {
      if (byPeriod.has(period.code)) continue;
      overdue.push({
        partnershipId: indicator.partnershipId,
        indicatorId: indicator.id,
        indicatorName: indicator.name,
        period: period.code,
        periodLabel: period.label,
        dueDate: period.dueDate,
        message: period.message,
      });
    }
  }
  return {
    indicator,
    latest,
    latestPeriodLabel: latest ? cache.label(latest.period) : undefined,
    judgement: latest ? judgeValue(indicator, latest.value) : undefined,
    trendPoints,
    trend: trendOf(indicator, reported),
    overdue,
  };
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/** Values grouped by indicator id in one pass. */
export function groupValuesByIndicator(values: readonly Stored<IndicatorValue>[]): ReadonlyMap<number, readonly Stored<IndicatorValue>[]> {
  const groups = new Map<number, Stored<IndicatorValue>[]>();
  for (const value of values) {
    const group = groups.get(value.indicatorId);
    if (group) group.push(value);
    else groups.set(value.indicatorId, [value]);
  }
  return groups;
}

/**
 * Summaries of the indicators (sorted by name), each from its own values: the values are grouped by indicator in
 * one pass, so the cost grows with the number of values, not values × indicators.
 */
export function summarizeIndicators(
  indicators: readonly Stored<PerformanceIndicator>[],
  values: readonly Stored<IndicatorValue>[],
  asOf: CalendarDate,
): readonly IndicatorSummary[] {
  const groups = groupValuesByIndicator(values);
  const cache = new PeriodCache(asOf);
  return [...indicators]
    .sort((left, right) => collator.compare(left.name, right.name))
    .map((indicator) => summarize(indicator, groups.get(indicator.id) ?? [], asOf, cache));
}

export interface ServiceDeliveryInput {
  /** The partnerships to name in the view; indicators of partnerships not listed are left out. */
  readonly partnerships: readonly { readonly id: number; readonly name: string }[];
  readonly indicators: readonly Stored<PerformanceIndicator>[];
  readonly values: readonly Stored<IndicatorValue>[];
  readonly asOf: CalendarDate;
}

export interface OffTargetIndicator {
  readonly partnershipId: number;
  readonly partnershipName: string;
  readonly indicator: Stored<PerformanceIndicator>;
  readonly latest: Stored<IndicatorValue>;
  readonly latestPeriodLabel: string;
  readonly judgement: ValueJudgement;
}

export interface PartnershipOverdueReport extends OverdueReport {
  readonly partnershipName: string;
}

export interface ServiceDeliveryOverview {
  /** Every indicator of the listed partnerships, by partnership name then indicator name. */
  readonly summaries: readonly (IndicatorSummary & { readonly partnershipName: string })[];
  /** Active indicators whose latest value misses its target, by partnership name then indicator name. */
  readonly offTarget: readonly OffTargetIndicator[];
  /** Missing reports of active indicators, oldest due date first. */
  readonly overdue: readonly PartnershipOverdueReport[];
}

/**
 * The cross-partnership view: per indicator its summary, and over all partnerships the indicators off target and
 * the missing reports. One pass groups the values by indicator; each indicator then reads only its own values.
 */
export function serviceDeliveryOverview(input: ServiceDeliveryInput): ServiceDeliveryOverview {
  const names = new Map(input.partnerships.map((partnership) => [partnership.id, partnership.name]));
  const groups = groupValuesByIndicator(input.values);
  const indicators = input.indicators
    .filter((indicator) => names.has(indicator.partnershipId))
    .map((indicator) => ({ indicator, partnershipName: names.get(indicator.partnershipId) as string }))
    .sort((left, right) => collator.compare(left.partnershipName, right.partnershipName) || left.indicator.partnershipId - right.indicator.partnershipId || collator.compare(left.indicator.name, right.indicator.name));
  const summaries: (IndicatorSummary & { readonly partnershipName: string })[] = [];
  const offTarget: OffTargetIndicator[] = [];
  const overdue: PartnershipOverdueReport[] = [];
  const cache = new PeriodCache(input.asOf);
  for (const { indicator, partnershipName } of indicators) {
    const summary = summarize(indicator, groups.get(indicator.id) ?? [], input.asOf, cache);
    summaries.push({ ...summary, partnershipName });
    if (!indicator.isActive) continue;
    if (summary.latest && summary.judgement?.kind === 'off-target') {
      offTarget.push({
        partnershipId: indicator.partnershipId,
        partnershipName,
        indicator,
        latest: summary.latest,
        latestPeriodLabel: summary.latestPeriodLabel ?? summary.latest.period,
        judgement: summary.judgement,
      });
    }
    for (const report of summary.overdue) overdue.push({ ...report, partnershipName });
  }
  overdue.sort((left, right) => compareCalendarDates(left.dueDate, right.dueDate) || collator.compare(left.partnershipName, right.partnershipName) || collator.compare(left.indicatorName, right.indicatorName));
  return { summaries, offTarget, overdue };
}

/** The active indicators off target across partnerships (see {@link serviceDeliveryOverview}). */
export function indicatorsOffTarget(input: ServiceDeliveryInput): readonly OffTargetIndicator[] {
  return serviceDeliveryOverview(input).offTarget;
}

/** The missing reports across partnerships, oldest due date first (see {@link serviceDeliveryOverview}). */
export function overdueReports(input: ServiceDeliveryInput): readonly PartnershipOverdueReport[] {
  return serviceDeliveryOverview(input).overdue;
}

export type ServiceDeliveryFinding =
  | {
      readonly kind: 'missing-report';
      readonly partnershipId: number;
      readonly indicatorId: number;
      readonly subject: string;
      readonly period: string;
      readonly date: CalendarDate;
      readonly message: string;
    }
  | {
      readonly kind: 'off-target';
      readonly partnershipId: number;
      readonly indicatorId: number;
      readonly subject: string;
      readonly period: string;
      readonly message: string;
    }
  | {
      readonly kind: 'renewal-near' | 'renewal-passed';
      readonly partnershipId: number;
      readonly agreementId: number;
      readonly subject: string;
      readonly date: CalendarDate;
      readonly message: string;
    };

export interface FindingsInput {
  readonly agreements: readonly Stored<ServiceAgreement>[];
  readonly indicators: readonly Stored<PerformanceIndicator>[];
  readonly values: readonly Stored<IndicatorValue>[];
  readonly asOf: CalendarDate;
}

/**
 * An agreement's renewal date as a finding: within {@link RENEWAL_WARNING_MONTHS} months ahead (near), or passed
 * while the agreement still runs. Agreements without a renewal date, or that have ended, give none.
 */
export function renewalFinding(agreement: Stored<ServiceAgreement>, asOf: CalendarDate): ServiceDeliveryFinding | undefined {
  const renewal = agreement.renewalDate;
  if (!renewal) return undefined;
  if (agreement.endDate && compareCalendarDates(agreement.endDate, asOf) < 0) return undefined;
  const base = { partnershipId: agreement.partnershipId, agreementId: agreement.id, subject: agreement.name, date: renewal };
  if (compareCalendarDates(renewal, asOf) < 0) {
    const runs = agreement.endDate ? `; de afspraak loopt tot ${formatDutchDate(agreement.endDate)}` : '';
    return { ...base, kind: 'renewal-passed', message: `De datum voor verlenging of opzegging (${formatDutchDate(renewal)}) is verstreken${runs}.` };
  }
  if (compareCalendarDates(renewal, addMonthsToCalendarDate(asOf, RENEWAL_WARNING_MONTHS)) <= 0) {
    return { ...base, kind: 'renewal-near', message: `Besluit over verlenging of opzegging uiterlijk ${formatDutchDate(renewal)}.` };
  }
  return undefined;
}

/**
 * What needs attention in a partnership's service delivery on `asOf`: missing reports of active indicators,
 * active indicators whose latest value is off target, and agreements whose renewal date is near or passed.
 * Ordered: renewals, missing reports (oldest first), then off-target values.
 */
export function serviceDeliveryFindings(input: FindingsInput): readonly ServiceDeliveryFinding[] {
  const renewals = input.agreements
    .flatMap((agreement) => {
      const finding = renewalFinding(agreement, input.asOf);
      return finding ? [finding] : [];
    })
    .sort((left, right) => compareCalendarDates(renewalDateOf(left), renewalDateOf(right)));
  const missing: Extract<ServiceDeliveryFinding, { kind: 'missing-report' }>[] = [];
  const offTarget: ServiceDeliveryFinding[] = [];
  for (const summary of summarizeIndicators(input.indicators, input.values, input.asOf)) {
    const { indicator } = summary;
    if (!indicator.isActive) continue;
    for (const report of summary.overdue) {
      missing.push({ kind: 'missing-report', partnershipId: indicator.partnershipId, indicatorId: indicator.id, subject: indicator.name, period: report.period, date: report.dueDate, message: report.message });
    }
    if (summary.latest && summary.judgement?.kind === 'off-target') {
      offTarget.push({
        kind: 'off-target',
        partnershipId: indicator.partnershipId,
        indicatorId: indicator.id,
        subject: indicator.name,
        period: summary.latest.period,
        message: `${summary.latestPeriodLabel ?? summary.latest.period}: ${summary.judgement.sentence}`,
      });
    }
  }
  missing.sort((left, right) => compareCalendarDates(left.date, right.date));
  return [...renewals, ...missing, ...offTarget];
}

function renewalDateOf(finding: ServiceDeliveryFinding): CalendarDate {
  return 'date' in finding ? finding.date : ('' as CalendarDate);
}

/** The most recent measurement (not after `asOf`) of a partnership, or undefined. */
export function latestSatisfaction(
  measurements: readonly Stored<SatisfactionMeasurement>[],
  partnershipId: number,
  asOf: CalendarDate,
): Stored<SatisfactionMeasurement> | undefined {
  let latest: Stored<SatisfactionMeasurement> | undefined;
  for (const measurement of measurements) {
    if (measurement.partnershipId !== partnershipId || compareCalendarDates(measurement.measuredOn, asOf) > 0) continue;
    if (!latest || compareCalendarDates(measurement.measuredOn, latest.measuredOn) > 0) latest = measurement;
  }
  return latest;
}

/** "7,6 op een schaal tot 10" */
export function satisfactionScoreText(measurement: Pick<SatisfactionMeasurement, 'score' | 'scaleMax'>): string {
  const format = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
  return `${format.format(measurement.score)} op een schaal tot ${format.format(measurement.scaleMax)}`;
}
