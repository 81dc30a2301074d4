import type { Audience, CalendarDate, ProcessMomentKind } from '../models';
import type { ZienswijzeCouncilRoute } from './councilRoutes';

/*
 * The Wgr planning-and-control calendar (Wet gemeenschappelijke regelingen, as amended 1 July 2022).
 * These types are the contract other parts of the product (council page, dashboard, CLI) read; keep them stable.
 */

/** Every kind of deadline the calendar derives, one per rule of the law. */
export const WGR_DEADLINE_RULES = [
  /** Wgr art. 34b: kaders and voorlopige jaarrekening to the raden before 30 April of Y-1. */
  'kaders-naar-raden',
  /** Wgr art. 35(1): ontwerpbegroting to the raden at least twelve weeks before the AB adopts it. */
  'ontwerpbegroting-naar-raden',
  /** Wgr art. 35(1): the raden's zienswijze on the ontwerpbegroting, before the adopting AB. */
  'zienswijze-ontwerpbegroting',
  /** Wgr art. 34(1): the AB adopts the begroting in the year before the budget year. */
  'begroting-vaststelling',
  /** Wgr art. 34(2): begroting to Gedeputeerde Staten within two weeks of adoption and before 15 September of Y-1. */
  'begroting-naar-gs',
  /** Wgr art. 34(4): jaarrekening of Y-2 to Gedeputeerde Staten within two weeks of adoption and before 15 July of Y-1. */
  'jaarrekening-naar-gs',
  /** Wgr art. 35(6) with 35(1): an ontwerp-begrotingswijziging to the raden twelve weeks before the AB that adopts it. */
  'begrotingswijziging-naar-raden',
  /** Wgr art. 35(6) with 35(1): the raden's zienswijze on a begrotingswijziging. */
  'zienswijze-begrotingswijziging',
  /** Wgr art. 1(2)-(3): the raad's zienswijze on a draft amendment, joining or leaving, within eight weeks. */
  'zienswijze-regeling',
] as const;
export type WgrDeadlineRule = (typeof WGR_DEADLINE_RULES)[number];

/**
 * How the law words the date:
 * - `before`: "vóór 30 april": the named date itself is too late; the last allowed day is the day before.
 * - `on-or-before`: "ten minste twaalf weken", "binnen twee weken": the date itself is still in time.
 */
export type DeadlineRelation = 'before' | 'on-or-before';

/** A period of days, both ends included. */
export interface DateWindow {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/** One derived deadline of one GR and budget year. */
export interface WgrDeadline {
  readonly rule: WgrDeadlineRule;
  /** The article the rule comes from, as shown to users: "Wgr art. 35(1)". */
  readonly article: string;
  readonly partnershipId: number;
  readonly budgetYear: number;
  /**
   * Dutch subject; with partnership and budget year it identifies the process moment written for it,
   * so it must not contain dates that move when an AB moves.
   */
  readonly subject: string;
  /** The date the law (or the GR) names, e.g. 2028-04-30 for "vóór 30 april 2028". */
  readonly legalDate: CalendarDate;
  readonly relation: DeadlineRelation;
  /** The last day that is still in time: `legalDate` for on-or-before, the day before for before. */
  readonly lastAllowedDay: CalendarDate;
  /**
   * The last working day (not Saturday, Sunday or a Dutch public holiday) on or before `lastAllowedDay`.
   * The product warns with this date; the deadline itself stays the legal one (see README, Wgr-kalender).
   */
  readonly latestWorkingDay: CalendarDate;
  /** True when `lastAllowedDay` is a Saturday, Sunday or public holiday. */
  readonly lastAllowedDayIsNonWorkingDay: boolean;
  /** Seed 004: information moment or influence moment. */
  readonly kind: Extract<ProcessMomentKind, 'informatie' | 'invloed'>;
  readonly audiences: readonly Audience[];
  /** Dutch sentence: what must happen, by whom, and why this date (rule and the AB date it follows from). */
  readonly explanation: string;
  /** The AB meeting day the deadline follows from, when it does. */
  readonly abDate?: CalendarDate;
  /** For zienswijze deadlines: the period in which the raden can give their view. */
  readonly window?: DateWindow;
}

export const WGR_CHECK_CODES = [
  /** Wgr art. 35(1): the raden get less than twelve weeks between sending and the AB. */
  'minder-dan-twaalf-weken',
  /** A zienswijze window without a meeting of a participating council. */
  'geen-raadsvergadering-in-termijn',
  /** A zienswijze window that overlaps a council's summer recess. */
  'termijn-in-zomerreces',
  /** A participating council without a known meeting schedule: the window cannot be checked for it. */
  'vergaderschema-onbekend',
  /** Wgr art. 34(2): the AB adopts on or after 15 September: the begroting cannot reach GS in time. */
  'begroting-niet-tijdig-bij-gs',
  /** Wgr art. 34(2): adoption plus two weeks runs past 15 September: the GR must send sooner than two weeks. */
  'begroting-krap-voor-gs',
  /** Wgr art. 34(1): no AB adopts the begroting in the year before the budget year. */
  'geen-ab-gepland',
  /** Wgr art. 34(4): the jaarrekening AB is on or after 15 July: it cannot reach GS in time. */
  'jaarrekening-niet-tijdig-bij-gs',
  /** Wgr art. 34(4): adoption plus two weeks runs past 15 July. */
  'jaarrekening-krap-voor-gs',
  /** The GR's own send date comes after the legal latest date. */
  'eigen-datum-te-laat',
  /** A legal last day on a weekend or public holiday: act on the working day before. */
  'deadline-in-weekend',
  /** A Wgr setting that could not be read (e.g. a send date that is not dd-MM). */
  'instelling-ongeldig',
] as const;
export type WgrCheckCode = (typeof WGR_CHECK_CODES)[number];

/** `fout`: the law cannot be met as planned; `waarschuwing`: met, but at risk; `info`: worth knowing. */
export type WgrCheckSeverity = 'fout' | 'waarschuwing' | 'info';

export interface WgrCheck {
  readonly code: WgrCheckCode;
  readonly severity: WgrCheckSeverity;
  readonly partnershipId: number;
  readonly budgetYear: number;
  /** The deadline the check is about, when it is about one. */
  readonly rule?: WgrDeadlineRule;
  /** The municipality the check is about (council schedule, recess), when it is about one. */
  readonly municipalityId?: number;
  /** Clear Dutch explanation, with the dates and the article. */
  readonly message: string;
}

/** The GR's own rules, from the Wgr-instellingen list; every field optional. */
export interface WgrSettings {
  readonly partnershipId: number;
  /** Wgr art. 35(6): the GR exempts begrotingswijzigingen from the zienswijze procedure. */
  readonly budgetAmendmentsExempt: boolean;
  /** The GR's own date to send kaders and voorlopige jaarrekening, as "dd-MM" (e.g. "15-04"). */
  readonly kadersSendDay?: string;
  /** The GR's own date to send the ontwerpbegroting, as "dd-MM". */
  readonly draftBudgetSendDay?: string;
  /** Issue 8, Wgr art. 9: the notice period for leaving, in months, as the regeling sets it. */
  readonly exitNoticeMonths?: number;
  /** Issue 8: the day of the year a leaving takes effect, as "dd-MM" (usually "01-01"). */
  readonly exitEffectiveDay?: string;
  readonly notes: string;
}

export const REGULATION_CHANGE_KINDS = ['wijziging', 'toetreding', 'uittreding', 'nieuwe-regeling'] as const;
export type RegulationChangeKind = (typeof REGULATION_CHANGE_KINDS)[number];

/** Wgr art. 1(2)-(3): a draft of a new or amended GR, a joining or a leaving, sent to the raden for their view. */
export interface RegulationChange {
  readonly partnershipId: number;
  readonly kind: RegulationChangeKind;
  readonly subject: string;
  /** The day the draft was (or will be) sent to the raden. */
  readonly sentDate: CalendarDate;
}

/** What a council meeting schedule entry is: a meeting day, or the summer recess. */
export const COUNCIL_CALENDAR_ENTRY_KINDS = ['raadsvergadering', 'commissievergadering', 'zomerreces'] as const;
export type CouncilCalendarEntryKind = (typeof COUNCIL_CALENDAR_ENTRY_KINDS)[number];

/** One entry of a municipality's council calendar (the Raadsvergaderingen list). */
export interface CouncilCalendarEntry {
  readonly municipalityId: number;
  readonly kind: CouncilCalendarEntryKind;
  readonly title: string;
  /** The meeting day, or the first day of the recess. */
  readonly date: CalendarDate;
  /** For a recess: its last day. */
  readonly endDate?: CalendarDate;
  /** True for demo entries: shown with a demo badge, never presented as real. */
  readonly isDemo: boolean;
  /** Issue 8: the iCalendar UID the entry was imported from; a re-import updates it instead of adding a copy. */
  readonly sourceUid?: string;
}

/** Everything the pure computation needs about one GR and budget year. */
export interface WgrCalendarInput {
  readonly partnershipId: number;
  readonly partnershipName: string;
  readonly budgetYear: number;
  /** Ids of the participating municipalities. */
  readonly participantIds: readonly number[];
  /** Days of the GR's planned and held (not cancelled) AB meetings, any year. */
  readonly abMeetings: readonly WgrAbMeeting[];
  readonly settings?: WgrSettings;
  readonly regulationChanges: readonly RegulationChange[];
  /** Council calendars of (at least) the participating municipalities. */
  readonly councilCalendar: readonly CouncilCalendarEntry[];
  /** Municipality names by id, for messages. */
  readonly municipalityNames: ReadonlyMap<number, string>;
}

export interface WgrAbMeeting {
  readonly date: CalendarDate;
  /** The meeting's title; "begroting" or "jaarstukken/jaarrekening" in it marks what it adopts. */
  readonly title: string;
}

/** The computed calendar of one GR and budget year. */
export interface WgrCalendar {
  readonly partnershipId: number;
  readonly partnershipName: string;
  readonly budgetYear: number;
  /** The AB meeting that adopts the begroting, when one is planned in Y-1. */
  readonly budgetAbDate?: CalendarDate;
  /** The AB meeting that adopts the jaarrekening of Y-2, when one is planned in Y-1. */
  readonly accountsAbDate?: CalendarDate;
  /** Sorted by last allowed day. */
  readonly deadlines: readonly WgrDeadline[];
  readonly checks: readonly WgrCheck[];
  /**
   * Issue 8: per zienswijze deadline, the own municipality's council meeting, committee and college deadline.
   * Undefined when no own municipality is set (then nothing is planned and the sync leaves internal moments alone).
   */
  readonly councilRoutes?: readonly ZienswijzeCouncilRoute[];
}
