import type { CalendarDate } from './time';
import type { PersonRef } from './person';

export const RECOMMENDATION_RESPONSES = ['overgenomen', 'niet-overgenomen', 'nog-te-bepalen'] as const;
export type RecommendationResponse = (typeof RECOMMENDATION_RESPONSES)[number];

export const ACTION_STATUSES = ['open', 'lopend', 'afgerond'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Seed 002: a recommendation of the improvement plan with the action that follows it up. */
export interface ImprovementAction {
  /** "A"…"F" (deel 1) or "1"…"10" (deel 2). */
  readonly number: string;
  readonly plan: string;
  readonly recommendation: string;
  readonly response: RecommendationResponse;
  readonly responseExplanation: string;
  readonly action: string;
  readonly owner?: PersonRef;
  readonly plannedDate?: CalendarDate;
  readonly status: ActionStatus;
  /** Absent when the action concerns all partnerships. */
  readonly partnershipId?: number;
}
