import type { CalendarDate } from './time';
import type { PersonRef } from './person';

/** Legal forms of PRODUCT.md; the five GR variants are those of the Wgr. */
export const LEGAL_FORMS = [
  'gr-openbaar-lichaam',
  'gr-bedrijfsvoeringsorganisatie',
  'gr-gemeenschappelijk-orgaan',
  'gr-centrumgemeente',
  'gr-regeling-zonder-meer',
  'stichting',
  'vereniging',
  'nv-bv',
  'cooperatie',
  'convenant',
  'overig',
] as const;
export type LegalForm = (typeof LEGAL_FORMS)[number];

/** BBV art. 15: the groups of the paragraph verbonden partijen. */
export const BBV_GROUPS = [
  'gemeenschappelijke-regelingen',
  'vennootschappen-en-cooperaties',
  'stichtingen-en-verenigingen',
  'overige',
] as const;
export type BbvGroup = (typeof BBV_GROUPS)[number];

/** Seed 001: the four layers of municipal tasks. */
export const TASK_LAYERS = ['bedrijfsvoering', 'uitvoering', 'beleid', 'strategie'] as const;
export type TaskLayer = (typeof TASK_LAYERS)[number];

export const PARTNERSHIP_STATUSES = ['in-voorbereiding', 'actief', 'in-liquidatie', 'beeindigd'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

/** Seed 004: for whom a partnership matters. */
export const AUDIENCES = ['raad', 'college', 'ambtelijke-organisatie'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Seed 004: importance from four angles, and for whom. */
export interface Importance {
  /** Zwaarwegende maatschappelijke opgave. */
  readonly societalTask: boolean;
  /** Samenwerking biedt grote kansen. */
  readonly opportunities: boolean;
  /** Samenwerking brengt grote risico's met zich mee. */
  readonly risks: boolean;
  /** Er zijn veel (financiële) middelen mee gemoeid. */
  readonly money: boolean;
  readonly audiences: readonly Audience[];
  readonly explanation: string;
}

/** A samenwerkingsverband: a GR, foundation, company, covenant, … in which the municipality takes part. */
export interface Partnership {
  readonly name: string;
  readonly legalForm: LegalForm;
  readonly bbvGroup: BbvGroup;
  /** BBV art. 1: a zetel in the board or voting right. */
  readonly hasAdministrativeInterest: boolean;
  /** BBV art. 1: money at stake that is lost on bankruptcy, or a liability for debts. */
  readonly hasFinancialInterest: boolean;
  readonly taskLayers: readonly TaskLayer[];
  /** Policy domain, e.g. "Sociaal domein" (seed 003's kerndomeinen). */
  readonly domain: string;
  /** Ids of the participating municipalities (the Gemeenten list). */
  readonly participantIds: readonly number[];
  /** Vestigingsplaats. */
  readonly seat: string;
  readonly publicInterest: string;
  readonly portfolioHolder?: PersonRef;
  readonly accountHolder?: PersonRef;
  readonly importance: Importance;
  readonly risks: string;
  readonly lastRefreshed?: CalendarDate;
  readonly status: PartnershipStatus;
  /** Wgr art. 11a: the GR's evaluation clause, as a period in years; absent when the GR sets none. */
  readonly evaluationPeriodYears?: number;
  readonly website?: string;
}

/** A participating municipality (or other public body, such as a water board). */
export interface Municipality {
  readonly name: string;
  readonly region: string;
  /** Issue 8: the council information system's iCalendar feed of the council's meeting schedule. */
  readonly councilFeedUrl?: string;
  /** Issue 8: weeks between the college's decision on a proposal and the committee meeting that discusses it. */
  readonly collegeLeadWeeks?: number;
}

export const FINANCIAL_FIGURE_KINDS = ['begroting', 'realisatie'] as const;
export type FinancialFigureKind = (typeof FINANCIAL_FIGURE_KINDS)[number];

/** BBV art. 15: the figures per partnership and year, in euros. */
export interface FinancialFigures {
  readonly partnershipId: number;
  readonly year: number;
  readonly kind: FinancialFigureKind;
  /** The municipality's own contribution (bijdrage) that year. */
  readonly contribution?: number;
  readonly equityStart?: number;
  readonly equityEnd?: number;
  readonly debtStart?: number;
  readonly debtEnd?: number;
  readonly result?: number;
  readonly explanation: string;
}
