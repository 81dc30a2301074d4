import type { CalendarDate } from '../models/time';
import type { TaskLayer } from '../models/partnership';

/*
 * The steering records of seeds 001, 002 and 003: yearly evaluations, budget progress, the task layers'
 * successes, opportunities and motives, and the coalitions of the willing with their milestones.
 */

/**
 * The questions of the yearly evaluation (seed 002, aanbeveling 9: "Voer een jaarlijkse evaluatie met de VP in"),
 * in the order they are asked. The last one asks whether the GR's own evaluation clause (Wgr art. 11a) is due.
 */
export const EVALUATION_QUESTIONS = ['taken', 'relatie', 'financien', 'risicos', 'evaluatiebepaling'] as const;
export type EvaluationQuestion = (typeof EVALUATION_QUESTIONS)[number];

export interface EvaluationAnswer {
  readonly question: EvaluationQuestion;
  readonly answer: string;
}

/** The overall judgement of an evaluation. */
export const EVALUATION_OUTCOMES = ['naar-tevredenheid', 'aandachtspunten', 'zorgelijk'] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];

/** A concept evaluation is being written; an afgeronde one counts for the schedule. */
export const EVALUATION_STATUSES = ['concept', 'afgerond'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** One dated evaluation of a partnership, with its answers, outcome and the Verbeteracties that follow from it. */
export interface PartnershipEvaluation {
  readonly partnershipId: number;
  readonly title: string;
  readonly date: CalendarDate;
  readonly status: EvaluationStatus;
  readonly answers: readonly EvaluationAnswer[];
  readonly outcome: EvaluationOutcome;
  readonly outcomeSummary: string;
  /** True when this evaluation is the one the GR's evaluation clause (Wgr art. 11a) requires. */
  readonly isClauseEvaluation: boolean;
  /** Ids of the follow-up actions in Verbeteracties. */
  readonly followUpActionIds: readonly number[];
}

/** What the expected contribution rests on: a forecast during the year or the realisation afterwards. */
export const BUDGET_PROGRESS_KINDS = ['prognose', 'realisatie'] as const;
export type BudgetProgressKind = (typeof BUDGET_PROGRESS_KINDS)[number];

/** Seed 002, aanbeveling 10: the progress of the budget, as the contribution expected on a date. */
export interface BudgetProgress {
  readonly partnershipId: number;
  readonly year: number;
  /** The day the forecast or realisation was recorded (peildatum). */
  readonly asOfDate: CalendarDate;
  readonly kind: BudgetProgressKind;
  /** The municipality's contribution expected (or realised) for the year, in euros. */
  readonly expectedContribution: number;
  readonly explanation: string;
}

/** Seed 001: per task layer the successes, opportunities (kansen) and motives of cooperation. */
export const TASK_LAYER_INSIGHT_KINDS = ['succes', 'kans', 'motief'] as const;
export type TaskLayerInsightKind = (typeof TASK_LAYER_INSIGHT_KINDS)[number];

export interface TaskLayerInsight {
  readonly taskLayer: TaskLayer;
  readonly kind: TaskLayerInsightKind;
  readonly text: string;
  /** The partnership in the register this success refers to, when there is one. */
  readonly partnershipId?: number;
}

/** Seed 003: a kerndomein of the Twentse samenwerking. */
export interface CoreDomain {
  readonly name: string;
  readonly description: string;
}

/** Seed 003: a dossier within a core domain, joined by the municipalities that choose to (coalition of the willing). */
export interface CoalitionDossier {
  readonly name: string;
  readonly coreDomainId: number;
  readonly description: string;
  /** The municipalities that take part in this dossier. */
  readonly participantIds: readonly number[];
  /** The trekker (a regional portfolio holder or body), as written. */
  readonly trekker: string;
  readonly trekkerMunicipalityId?: number;
}

export const MILESTONE_STATUSES = ['gepland', 'gereed', 'vertraagd'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** A dated step in a dossier's process. */
export interface Milestone {
  readonly dossierId: number;
  readonly title: string;
  /** The day used for ordering and deadlines; for a period ("najaar 2015") its last day. */
  readonly date: CalendarDate;
  /** The date as the source writes it ("Januari / Februari 2015"); empty when the day itself is meant. */
  readonly dateText: string;
  readonly status: MilestoneStatus;
  readonly notes: string;
}
