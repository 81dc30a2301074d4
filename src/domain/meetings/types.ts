import type { CalendarDate, ZonedDateTime } from '../models/time';
import type { MeetingStatus } from '../models/meeting';
import type { RiskLevel } from '../riskProfile/models';

/*
 * Frequency rules of meeting bodies (seed 000: "Frequentie"), their compliance as of a date, and the
 * year planner's proposals. Everything here is plain readonly data, so it serialises as JSON (the
 * MeetingBody list's FrequencyRule field, the CLI's `compliance --json`) without conversion.
 */

/** The period a minimum applies to: "per jaar", "per kwartaal" ("ieder kwartaal"), "per maand". */
export type RulePeriod = 'year' | 'quarter' | 'month';

/**
 * A season within the calendar year, after the KNMI's meteorological seasons: voorjaar March–May,
 * zomer June–August, najaar September–November; winter is January, February and December of the
 * same calendar year, so a yearly rule never reaches into another year.
 */
export type Season = 'voorjaar' | 'zomer' | 'najaar' | 'winter';

/** Where a rule comes from: parsed from the body's frequency text, the law, or the partnership's risk profile. */
export type RuleSource =
  | { readonly kind: 'text'; readonly text: string }
  /** Wgr art. 22(1): the algemeen bestuur meets at least twice a year. */
  | { readonly kind: 'law'; readonly citation: 'Wgr art. 22' }
  /** Issue 8, risk-based control: the current risk profile sets a minimum for the municipality's own preparatory meetings. */
  | { readonly kind: 'risk-profile'; readonly level: RiskLevel };

/**
 * At least `count` meetings in every `per` period ("minimaal drie keer per jaar", "ieder kwartaal"),
 * optionally only within a season ("één keer per jaar (najaar)"). `onDemand` keeps "op behoefte" from
 * "op behoefte (minimaal twee keer per jaar)": more meetings when needed, this many at least.
 */
export interface MinimumRule {
  readonly kind: 'minimum';
  readonly count: number;
  readonly per: RulePeriod;
  readonly season?: Season;
  readonly onDemand?: boolean;
  readonly source: RuleSource;
}

/**
 * Before every meeting of another body of the same partnership (`referenceShortName`, e.g. "AB"), a
 * meeting of this body on one of the `daysBefore` days before it, or earlier on the same day
 * ("twee weken voorafgaand aan AB": 14). Meetings exactly `daysBefore` days before are in the window.
 */
export interface RelativeRule {
  readonly kind: 'relative';
  readonly referenceShortName: string;
  readonly daysBefore: number;
  /** How the text wrote the distance, for rendering it back: 2 weeks, not 14 days. */
  readonly unit: 'days' | 'weeks';
  readonly source: RuleSource;
}

/** "Op behoefte" with no minimum: nothing to check. */
export interface OnDemandRule {
  readonly kind: 'on-demand';
  readonly source: RuleSource;
}

/** Text the parser could not read; kept exactly as written and flagged, never guessed. */
export interface UnparsedRule {
  readonly kind: 'unparsed';
  readonly text: string;
}

export type FrequencyRule = MinimumRule | RelativeRule | OnDemandRule | UnparsedRule;

/** The outcome of {@link parseStoredRules}: the rules, or why the stored JSON is not usable. */
export type StoredRulesResult =
  | { readonly ok: true; readonly value: readonly FrequencyRule[] }
  | { readonly ok: false; readonly errors: readonly string[] };

// ---------------------------------------------------------------------------------------------
// Compliance

/**
 * - `met`: the rule is satisfied for the period by held meetings (for a relative rule: every reference
 *   meeting so far had its preparing meeting, and every coming one has one planned);
 * - `at-risk`: not yet satisfied, but still possible with the planned meetings or the time left;
 * - `violated`: can no longer be satisfied in the period (or a past reference meeting lacked its
 *   preparing meeting);
 * - `unchecked`: the rule text was not understood, so nothing can be said.
 */
export type ComplianceState = 'met' | 'at-risk' | 'violated' | 'unchecked';

/** Worst first: the state of a body or partnership is the worst of its rules. */
export const COMPLIANCE_STATE_ORDER: readonly ComplianceState[] = ['violated', 'at-risk', 'unchecked', 'met'];

/** A closed range of calendar days. */
export interface DateRange {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** The count of one period of a minimum rule (the year, or one quarter or month). */
export interface PeriodCount {
  readonly period: DateRange;
  /** Meetings this period requires (pro rata for a body set up during the period). */
  readonly required: number;
  /** Not cancelled, dated on or before `asOf`. */
  readonly held: number;
  /** Not cancelled, dated after `asOf`, within the period. */
  readonly planned: number;
  readonly state: ComplianceState;
}

/** One meeting of the referenced body and whether it had its preparing meeting. */
export interface ReferenceMeetingCheck {
  readonly referenceStart: ZonedDateTime;
  /** The preparing meeting found in the window, if any. */
  readonly preparingStart?: ZonedDateTime;
  readonly window: DateRange;
  readonly state: ComplianceState;
}

interface RuleComplianceBase {
  readonly state: ComplianceState;
  /** One Dutch sentence, e.g. "DB: 1 van minimaal 3 vergaderingen in 2026 gehouden, geen meer gepland." */
  readonly reason: string;
}

export interface MinimumRuleCompliance extends RuleComplianceBase {
  readonly kind: 'minimum';
  readonly rule: MinimumRule;
  /** The periods of the evaluated year up to and including the one that contains `asOf`. */
  readonly periods: readonly PeriodCount[];
}

export interface RelativeRuleCompliance extends RuleComplianceBase {
  readonly kind: 'relative';
  readonly rule: RelativeRule;
  /** Id of the referenced body, when one of the partnership's bodies has that short name. */
  readonly referenceBodyId?: number;
  readonly checks: readonly ReferenceMeetingCheck[];
}

export interface OnDemandRuleCompliance extends RuleComplianceBase {
  readonly kind: 'on-demand';
  readonly rule: OnDemandRule;
}

export interface UnparsedRuleCompliance extends RuleComplianceBase {
  readonly kind: 'unparsed';
  readonly rule: UnparsedRule;
}

export type RuleCompliance = MinimumRuleCompliance | RelativeRuleCompliance | OnDemandRuleCompliance | UnparsedRuleCompliance;

export interface BodyCompliance {
  readonly bodyId: number;
  /** Absent for an organisation-wide body (an `intern` body of no single partnership). */
  readonly partnershipId?: number;
  readonly bodyName: string;
  readonly shortName: string;
  readonly asOf: CalendarDate;
  /** The calendar year evaluated: the year of `asOf`. */
  readonly year: number;
  /** The worst state of its rules; `met` for a body without rules. */
  readonly state: ComplianceState;
  readonly rules: readonly RuleCompliance[];
}

/**
 * What the partnership's risk profile requires but no body can meet: a profile that asks for preparatory
 * meetings while the partnership has no internal (`intern`) body. Its state is judged as the profile's minimum
 * with no meetings at all, so early in the year it is at risk and later violated.
 */
export interface MissingInternalBodyFinding {
  readonly code: 'geen-intern-overleg';
  readonly level: RiskLevel;
  readonly requiredPerYear: number;
  readonly state: ComplianceState;
  /** Dutch, e.g. "Geen intern voorbereidend overleg vastgelegd; risicoprofiel hoog vraagt minimaal 10 keer per jaar." */
  readonly message: string;
}

export type ComplianceFinding = MissingInternalBodyFinding;

export interface PartnershipCompliance {
  readonly kind: 'partnership';
  readonly partnershipId: number;
  readonly partnershipName: string;
  readonly asOf: CalendarDate;
  /** The worst of its bodies and findings. */
  readonly state: ComplianceState;
  readonly bodies: readonly BodyCompliance[];
  /** The risk level whose rules were checked; absent when the partnership has no risk profile. */
  readonly riskLevel?: RiskLevel;
  readonly findings: readonly ComplianceFinding[];
}

/**
 * The organisation-wide bodies (seed 002: the periodic meeting of all regievoerders), which belong to no
 * single partnership, grouped as "Organisatiebreed".
 */
export interface OrganisationWideCompliance {
  readonly kind: 'organisation';
  readonly name: string;
  readonly asOf: CalendarDate;
  readonly state: ComplianceState;
  readonly bodies: readonly BodyCompliance[];
}

/** One group of compliance results: a partnership's bodies, or the organisation-wide ones. */
export type ComplianceGroup = PartnershipCompliance | OrganisationWideCompliance;

/** The slice of a meeting compliance and planning look at. */
export interface MeetingOccurrence {
  readonly bodyId: number;
  readonly start: ZonedDateTime;
  readonly status: MeetingStatus;
}

// ---------------------------------------------------------------------------------------------
// Planner

/** The three regions of the Dutch school holidays (Rijksoverheid). */
export type SchoolRegion = 'noord' | 'midden' | 'zuid';

/** ISO weekday: 1 = maandag … 5 = vrijdag. The planner never proposes a weekend. */
export type Weekday = 1 | 2 | 3 | 4 | 5;

export interface PlannerPreferences {
  /** The preferred weekday; other weekdays are used only when the preferred one cannot be. */
  readonly weekday: Weekday;
  /** Wall time in Amsterdam, `HH:mm`. */
  readonly startTime: string;
  readonly durationMinutes: number;
  /** Avoid this region's school holidays; absent = school holidays are not avoided. */
  readonly schoolRegion?: SchoolRegion;
}

/** Why a day was passed over, or a note on a proposal. */
export interface DayConflict {
  readonly date: CalendarDate;
  /** Dutch, e.g. "Koningsdag" or "meivakantie (regio midden)". */
  readonly reason: string;
}

/** One proposed meeting. Nothing is sent: the UI shows it and the user confirms. */
export interface MeetingProposal {
  readonly start: ZonedDateTime;
  readonly end: ZonedDateTime;
  /** Dutch sentences: which rule the date serves and which days were passed over and why. */
  readonly reasons: readonly string[];
  /** For a preparing meeting: the reference meeting it prepares. */
  readonly prepares?: ZonedDateTime;
}

export interface YearPlan {
  readonly bodyId: number;
  readonly year: number;
  readonly proposals: readonly MeetingProposal[];
  /** Dutch sentences for what could not be satisfied (never silently dropped). */
  readonly warnings: readonly string[];
}
