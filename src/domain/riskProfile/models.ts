import type { CalendarDate } from '../models';

/*
 * Risk-based control (issue 8): a documented questionnaire per partnership gives a score and a level, and the
 * level sets the required intensity of control (refresh interval, preparatory meetings, information to the raad).
 */

export const RISK_LEVELS = ['laag', 'midden', 'hoog'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** One risk profile of a partnership as stored; the newest by `assessedOn` applies. */
export interface RiskProfile {
  readonly partnershipId: number;
  /** The questionnaire's answers by question id (see `src/domain/riskProfile/questionnaire.ts`). */
  readonly answers: Readonly<Record<string, number>>;
  /** Computed from the answers when saved; kept for list views and the register. */
  readonly score: number;
  readonly level: RiskLevel;
  readonly assessedOn: CalendarDate;
  readonly notes: string;
}
