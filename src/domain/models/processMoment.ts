import type { CalendarDate } from './time';
import type { Audience } from './partnership';

/** Seed 004: the kinds of moment on a partnership's timeline. */
export const PROCESS_MOMENT_KINDS = ['informatie', 'invloed', 'politieke-keuze', 'bijeenkomst'] as const;
export type ProcessMomentKind = (typeof PROCESS_MOMENT_KINDS)[number];

export const PROCESS_MOMENT_STATUSES = ['verwacht', 'afgerond', 'verlopen'] as const;
export type ProcessMomentStatus = (typeof PROCESS_MOMENT_STATUSES)[number];

/** Where a moment came from: typed in, or derived from the Wgr calendar. */
export const PROCESS_MOMENT_SOURCES = ['handmatig', 'wgr', 'dienstverlening'] as const;
export type ProcessMomentSource = (typeof PROCESS_MOMENT_SOURCES)[number];

export interface ProcessMoment {
  readonly partnershipId: number;
  readonly kind: ProcessMomentKind;
  readonly subject: string;
  readonly date: CalendarDate;
  /** True when the date is a deadline ("uiterlijk"), false when it is the day itself. */
  readonly isDeadline: boolean;
  readonly audiences: readonly Audience[];
  readonly status: ProcessMomentStatus;
  readonly source: ProcessMomentSource;
  readonly isPublic: boolean;
  readonly documentUrl?: string;
  readonly notes: string;
  /** For moments the Wgr calendar derived (`source: 'wgr'`): the budget year whose cycle it belongs to. */
  readonly budgetYear?: number;
}
