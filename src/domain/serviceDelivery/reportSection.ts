import type { Stored } from '../models/entity';
import type { CalendarDate } from '../models/time';
import { compareCalendarDates } from '../time/calendarDate';
import { formatIndicatorValue, targetText, type JudgementKind } from './judgement';
import type { IndicatorValue, PerformanceIndicator, SatisfactionMeasurement, SatisfactionOwner, ServiceAgreement } from './models';
import { groupValuesByIndicator, indicatorSummarizer, latestSatisfaction, renewalFinding, satisfactionScoreText, type OverdueReport } from './summary';

/*
 * The service delivery part of the half-yearly MT status report (seed 002, aanvullende lessen: "de regievoerders
 * leveren 2 keer per jaar de stand van zaken m.b.t. levering van diensten en budgetten aan het MT").
 */

export interface ServiceDeliveryReportInput {
  readonly agreements: readonly Stored<ServiceAgreement>[];
  readonly indicators: readonly Stored<PerformanceIndicator>[];
  readonly values: readonly Stored<IndicatorValue>[];
  readonly measurements: readonly Stored<SatisfactionMeasurement>[];
}

export interface ReportIndicatorLine {
  readonly name: string;
  /** "minimaal 95%", or "geen norm". */
  readonly target: string;
  /** "91,3%", absent when nothing was reported. */
  readonly latestValue?: string;
  /** "3e kwartaal 2026". */
  readonly latestPeriod?: string;
  readonly judgement: JudgementKind | 'no-value';
  /** The judgement's sentence, or why there is none. */
  readonly sentence: string;
}

export interface ReportSatisfaction {
  readonly subject: string;
  readonly measuredOn: CalendarDate;
  readonly measuredBy: SatisfactionOwner;
  readonly method: string;
  /** "7,2 op een schaal tot 10". */
  readonly score: string;
}

export interface DeliveryReportSection {
  /** Active indicators, by name. */
  readonly indicators: readonly ReportIndicatorLine[];
  readonly onTarget: number;
  readonly offTarget: number;
  /** Reports past their due date without a value, oldest first. */
  readonly missingReports: readonly OverdueReport[];
  readonly latestSatisfaction?: ReportSatisfaction;
  /** Renewal dates near or passed, as Dutch sentences with the agreement named. */
  readonly agreementNotes: readonly string[];
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * The delivery sections of the report, per partnership id (only partnerships with agreements, indicators or
 * measurements get one). Values are grouped by indicator once; only data dated on or before `asOf` counts.
 */
export function deliveryReportSections(input: ServiceDeliveryReportInput, asOf: CalendarDate): ReadonlyMap<number, DeliveryReportSection> {
  const groups = groupValuesByIndicator(input.values);
  const summarize = indicatorSummarizer(asOf);
  const partnershipIds = new Set([...input.agreements, ...input.indicators, ...input.measurements].map((item) => item.partnershipId));
  const sections = new Map<number, DeliveryReportSection>();
  for (const partnershipId of partnershipIds) {
    const indicators = input.indicators
      .filter((indicator) => indicator.partnershipId === partnershipId && indicator.isActive)
      .sort((left, right) => collator.compare(left.name, right.name));
    const lines: ReportIndicatorLine[] = [];
    const missingReports: OverdueReport[] = [];
    for (const indicator of indicators) {
      const summary = summarize(indicator, groups.get(indicator.id) ?? []);
      missingReports.push(...summary.overdue);
      const target = targetText(indicator) ?? 'geen norm';
      lines.push(
        summary.latest && summary.judgement
          ? {
              name: indicator.name,
              target,
              latestValue: formatIndicatorValue(indicator.unit, summary.latest.value),
              latestPeriod: summary.latestPeriodLabel,
              judgement: summary.judgement.kind,
              sentence: summary.judgement.sentence,
            }
          : { name: indicator.name, target, judgement: 'no-value', sentence: 'Nog geen waarde gerapporteerd.' },
      );
    }
    missingReports.sort((left, right) => compareCalendarDates(left.dueDate, right.dueDate));
    const satisfaction = latestSatisfaction(input.measurements, partnershipId, asOf);
    const agreementNotes = input.agreements
      .filter((agreement) => agreement.partnershipId === partnershipId && compareCalendarDates(agreement.startDate, asOf) <= 0)
      .flatMap((agreement) => {
        const finding = renewalFinding(agreement, asOf);
        return finding ? [`${agreement.name}: ${finding.message}`] : [];
      });
    sections.set(partnershipId, {
      indicators: lines,
      onTarget: lines.filter((line) => line.judgement === 'on-target').length,
      offTarget: lines.filter((line) => line.judgement === 'off-target').length,
      missingReports,
      ...(satisfaction
        ? {
            latestSatisfaction: {
              subject: satisfaction.subject,
              measuredOn: satisfaction.measuredOn,
              measuredBy: satisfaction.measuredBy,
              method: satisfaction.method,
              score: satisfactionScoreText(satisfaction),
            },
          }
        : {}),
      agreementNotes,
    });
  }
  return sections;
}
