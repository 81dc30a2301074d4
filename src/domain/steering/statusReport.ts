import type { ImprovementAction } from '../models/action';
import type { Stored } from '../models/entity';
import type { Meeting, MeetingBody } from '../models/meeting';
import type { FinancialFigures, Partnership } from '../models/partnership';
import type { PersonRef } from '../models/person';
import type { ProcessMoment, ProcessMomentKind, ProcessMomentSource } from '../models/processMoment';
import type { CalendarDate } from '../models/time';
import { refreshDue, type RefreshDue } from '../partnerships/refresh';
import { addMonthsToCalendarDate, calendarDateParts, compareCalendarDates } from '../time/calendarDate';
import { isActionOpen, isActionOverdue, sortActions } from './actions';
import { budgetDeviation, type BudgetDeviation } from './budget';
import { evaluationSchedule, type EvaluationSchedule } from './evaluationSchedule';
import { evaluatePartnershipCompliance } from '../meetings/compliance';
import type { RiskProfile } from '../riskProfile/models';
import { currentRiskProfile } from '../riskProfile/intensity';
import type { ComplianceState } from '../meetings/types';
import type { BudgetProgress, PartnershipEvaluation } from './models';
import type { IndicatorValue, PerformanceIndicator, SatisfactionMeasurement, ServiceAgreement } from '../serviceDelivery/models';
import { deliveryReportSections, type DeliveryReportSection } from '../serviceDelivery/reportSection';

/*
 * Seed 002: "twee keer per jaar een statusoverzicht aan het MT". The model of that report, built only from
 * the data passed in and the as-of date, so the same data and date give the same report (no clock is read).
 */

/** Deadlines within this many months after the as-of date are "upcoming". */
export const DEADLINE_HORIZON_MONTHS = 6;

export interface StatusReportInput {
  readonly partnerships: readonly Stored<Partnership>[];
  readonly meetingBodies: readonly Stored<MeetingBody>[];
  readonly meetings: readonly Stored<Meeting>[];
  readonly processMoments: readonly Stored<ProcessMoment>[];
  readonly actions: readonly Stored<ImprovementAction>[];
  readonly financialFigures: readonly Stored<FinancialFigures>[];
  readonly budgetProgress: readonly Stored<BudgetProgress>[];
  readonly evaluations: readonly Stored<PartnershipEvaluation>[];
  /** Service delivery (issue 9); absent lists count as empty, so callers without them still get a report. */
  readonly serviceAgreements?: readonly Stored<ServiceAgreement>[];
  readonly performanceIndicators?: readonly Stored<PerformanceIndicator>[];
  readonly indicatorValues?: readonly Stored<IndicatorValue>[];
  readonly satisfactionMeasurements?: readonly Stored<SatisfactionMeasurement>[];
  /** Issue 8: the newest profile per partnership sets its refresh interval and preparatory-meeting floor. */
  readonly riskProfiles?: readonly Stored<RiskProfile>[];
}

export interface UpcomingDeadline {
  readonly date: CalendarDate;
  readonly subject: string;
  readonly kind: ProcessMomentKind;
  readonly source: ProcessMomentSource;
  readonly isDeadline: boolean;
}

export interface ReportAction {
  readonly number: string;
  readonly plan: string;
  readonly description: string;
  readonly owner: PersonRef | undefined;
  readonly plannedDate: CalendarDate | undefined;
  readonly overdue: boolean;
}

/** One body's meeting compliance as the report states it (from the meetings issue's compliance check). */
export interface BodyMeetingCompliance {
  readonly bodyName: string;
  readonly frequencyText: string;
  readonly state: ComplianceState;
  /** One Dutch sentence per rule, e.g. "AB: 1 van minimaal 2 vergaderingen in 2026 gehouden, geen meer gepland." */
  readonly reasons: readonly string[];
}

export interface PartnershipReportSection {
  readonly partnershipId: number;
  readonly name: string;
  readonly accountHolder: PersonRef | undefined;
  readonly lastRefreshed: CalendarDate | undefined;
  readonly refresh: RefreshDue;
  readonly meetingCompliance: readonly BodyMeetingCompliance[];
  readonly deadlines: readonly UpcomingDeadline[];
  readonly budget: BudgetDeviation;
  /** Delivery of services (seed 002: "levering van diensten en budgetten"); absent without agreements, indicators or measurements. */
  readonly delivery?: DeliveryReportSection;
  readonly risks: string;
  readonly openActions: readonly ReportAction[];
  readonly evaluation: EvaluationSchedule;
}

export interface StatusReportSummary {
  readonly partnershipCount: number;
  /** Partnerships whose dashboard is past its refresh date (seed 004). */
  readonly staleCount: number;
  /** Bodies whose meetings violate their frequency rules (Wgr art. 22 and the local rules). */
  readonly bodiesViolated: number;
  /** Bodies at risk of violating them this year. */
  readonly bodiesAtRisk: number;
  readonly upcomingDeadlines: number;
  readonly openActions: number;
  readonly overdueActions: number;
  readonly evaluationsOverdue: number;
  /** Active performance indicators whose latest value misses its target (issue 9). */
  readonly indicatorsOffTarget: number;
  /** Reports of active indicators past their due date (issue 9). */
  readonly missingReports: number;
  /** The partnerships with the largest budget deviations (by amount), at most three. */
  readonly largestDeviations: readonly { readonly name: string; readonly deviation: BudgetDeviation }[];
}

export interface StatusReportModel {
  readonly asOf: CalendarDate;
  /** 1 for January–June, 2 for July–December. */
  readonly halfYear: 1 | 2;
  readonly year: number;
  /** The budget year whose progress is reported: the as-of date's year. */
  readonly budgetYear: number;
  readonly summary: StatusReportSummary;
  readonly sections: readonly PartnershipReportSection[];
  /** Open actions that concern all partnerships ("alle"). */
  readonly generalActions: readonly ReportAction[];
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

function toReportAction(action: ImprovementAction, asOf: CalendarDate): ReportAction {
  return {
    number: action.number,
    plan: action.plan,
    description: action.action.trim() !== '' ? action.action : action.recommendation,
    owner: action.owner,
    plannedDate: action.plannedDate,
    overdue: isActionOverdue(action, asOf),
  };
}

/**
 * The half-yearly status report of every active partnership (or in preparation or liquidation; ended ones
 * are left out) as of `asOf`: freshness of its data, meeting compliance (`src/domain/meetings`), deadlines in the
 * next six months, the budget year's deviation, the delivery of services (indicators against their targets, missing
 * reports, the latest satisfaction measurement, renewal dates), risks, open actions and the evaluation schedule, with a summary.
 * Items dated after `asOf` (evaluations, budget peildata, meetings) do not count, so a past date shows
 * the state as the data records it for that date.
 */
export function buildStatusReport(input: StatusReportInput, asOf: CalendarDate): StatusReportModel {
  const { year, month } = calendarDateParts(asOf);
  const horizon = addMonthsToCalendarDate(asOf, DEADLINE_HORIZON_MONTHS);
  const partnerships = input.partnerships
    .filter((partnership) => partnership.status !== 'beeindigd')
    .sort((left, right) => collator.compare(left.name, right.name));

  const delivery = deliveryReportSections(
    {
      agreements: input.serviceAgreements ?? [],
      indicators: input.performanceIndicators ?? [],
      values: input.indicatorValues ?? [],
      measurements: input.satisfactionMeasurements ?? [],
    },
    asOf,
  );

  const sections = partnerships.map((partnership): PartnershipReportSection => {
    const bodies = input.meetingBodies.filter((body) => body.partnershipId === partnership.id);
    const compliance = evaluatePartnershipCompliance(partnership, bodies, input.meetings, asOf, { riskProfiles: input.riskProfiles });
    const meetingCompliance = compliance.bodies
      .map((body) => ({
        bodyName: body.bodyName,
        frequencyText: bodies.find((candidate) => candidate.id === body.bodyId)?.frequencyText ?? '',
        state: body.state,
        reasons: body.rules.map((rule) => rule.reason),
      }))
      .sort((left, right) => collator.compare(left.bodyName, right.bodyName));
    const deadlines = input.processMoments
      .filter((moment) => moment.partnershipId === partnership.id && compareCalendarDates(moment.date, asOf) >= 0 && compareCalendarDates(moment.date, horizon) <= 0)
      .sort((left, right) => compareCalendarDates(left.date, right.date) || collator.compare(left.subject, right.subject))
      .map((moment) => ({ date: moment.date, subject: moment.subject, kind: moment.kind, source: moment.source, isDeadline: moment.isDeadline }));
    const openActions = sortActions(input.actions.filter((action) => action.partnershipId === partnership.id && isActionOpen(action))).map((action) =>
      toReportAction(action, asOf),
    );
    return {
      partnershipId: partnership.id,
      name: partnership.name,
      accountHolder: partnership.accountHolder,
      lastRefreshed: partnership.lastRefreshed,
      refresh: refreshDue(partnership, asOf, currentRiskProfile(input.riskProfiles ?? [], partnership.id)),
      meetingCompliance,
      deadlines,
      budget: budgetDeviation(partnership.id, year, input.financialFigures, input.budgetProgress, asOf),
      ...(delivery.has(partnership.id) ? { delivery: delivery.get(partnership.id) } : {}),
      risks: partnership.risks,
      openActions,
      evaluation: evaluationSchedule(
        partnership,
        input.evaluations.filter((evaluation) => evaluation.partnershipId === partnership.id),
        asOf,
      ),
    };
  });

  const generalActions = sortActions(input.actions.filter((action) => action.partnershipId === undefined && isActionOpen(action))).map((action) =>
    toReportAction(action, asOf),
  );
  const allOpen = [...sections.flatMap((section) => section.openActions), ...generalActions];
  const largestDeviations = sections
    .filter((section) => section.budget.deviation !== undefined && section.budget.deviation !== 0)
    .sort((left, right) => Math.abs(right.budget.deviation ?? 0) - Math.abs(left.budget.deviation ?? 0))
    .slice(0, 3)
    .map((section) => ({ name: section.name, deviation: section.budget }));

  return {
    asOf,
    halfYear: month <= 6 ? 1 : 2,
    year,
    budgetYear: year,
    sections,
    generalActions,
    summary: {
      partnershipCount: sections.length,
      staleCount: sections.filter((section) => section.refresh.overdue).length,
      bodiesViolated: sections.reduce((count, section) => count + section.meetingCompliance.filter((body) => body.state === 'violated').length, 0),
      bodiesAtRisk: sections.reduce((count, section) => count + section.meetingCompliance.filter((body) => body.state === 'at-risk').length, 0),
      upcomingDeadlines: sections.reduce((count, section) => count + section.deadlines.length, 0),
      openActions: allOpen.length,
      overdueActions: allOpen.filter((action) => action.overdue).length,
      evaluationsOverdue: sections.filter((section) => section.evaluation.overdue).length,
      indicatorsOffTarget: sections.reduce((count, section) => count + (section.delivery?.offTarget ?? 0), 0),
      missingReports: sections.reduce((count, section) => count + (section.delivery?.missingReports.length ?? 0), 0),
      largestDeviations,
    },
  };
}
