import { compareCalendarDates } from '../time/calendarDate';
import type { RiskLevel, RiskProfile } from './models';

/*
 * Risk-based control (issue 8): the risk level of a partnership sets how closely the municipality follows it.
 * The table is documented for users in docs/risicoprofiel.md; keep the two in step.
 *
 * Why these numbers:
 * - Refresh interval. Seed 004 (Samenwerkingswijzer Maassluis) asks important partnerships to be refreshed at least
 *   once a quarter and the others once a year. A high risk gets the seed's strictest rhythm (3 months), a low risk
 *   its loosest (12 months); midden takes the half year in between, which is also the rhythm in which the
 *   regievoerders report to the MT (seed 002, "2 keer per jaar de stand van zaken … aan het MT").
 * - Preparatory meetings of the municipality's own officials and portefeuillehouder (the intern afstemmingsoverleg
 *   of seed 002 recommendation 8, the accounthoudersoverleg of seed 000 "twee weken voorafgaand aan AB").
 *   Laag: one before each of the AB's two meetings a year, the statutory minimum the GR's cycle runs on
 *   (begroting and jaarstukken; Wgr art. 34-35, PRODUCT.md on art. 22). Midden: once a quarter, so the kadernota,
 *   ontwerpbegroting, jaarstukken and one interim report each get a preparation. Hoog: monthly apart from the summer
 *   recess and December, ten a year, so a risk that materialises is discussed within a month.
 * - Information to the raad. Laag: the yearly paragraph verbonden partijen in the begroting (BBV art. 15), with the
 *   account in the jaarstukken; nothing beyond the law. Midden: a raadsinformatiebrief every half year, in step with
 *   the MT report. Hoog: every quarter, in step with the refresh, so the raad never sees figures older than the
 *   dashboard's.
 */

/** The parts of control a risk level (or, without a profile, the importance) sets. */
export interface ControlRequirements {
  /** Months between two refreshes of the partnership's dashboard by the accounthouder. */
  readonly refreshIntervalMonths: number;
  /** Minimum number of the municipality's own preparatory meetings a year; 0 sets no minimum of its own. */
  readonly preparatoryMeetingsPerYear: number;
  /** How often a year the raad is informed about this partnership. */
  readonly councilInformationPerYear: number;
  /** Dutch: how the raad is informed, e.g. "Elk kwartaal een raadsinformatiebrief". */
  readonly councilInformation: string;
}

/** The intensity of control a risk level requires. */
export interface ControlIntensity extends ControlRequirements {
  readonly level: RiskLevel;
}

/** The rules without a risk profile: seed 004's importance still decides the refresh interval, as before issue 8. */
export interface DefaultControlIntensity extends ControlRequirements {
  readonly level: undefined;
}

const INTENSITY_BY_LEVEL: Readonly<Record<RiskLevel, ControlIntensity>> = {
  laag: {
    level: 'laag',
    refreshIntervalMonths: 12,
    preparatoryMeetingsPerYear: 2,
    councilInformationPerYear: 1,
    councilInformation: 'Jaarlijks via de paragraaf verbonden partijen in de begroting',
  },
  midden: {
    level: 'midden',
    refreshIntervalMonths: 6,
    preparatoryMeetingsPerYear: 4,
    councilInformationPerYear: 2,
    councilInformation: 'Elk halfjaar een raadsinformatiebrief',
  },
  hoog: {
    level: 'hoog',
    refreshIntervalMonths: 3,
    preparatoryMeetingsPerYear: 10,
    councilInformationPerYear: 4,
    councilInformation: 'Elk kwartaal een raadsinformatiebrief',
  },
};

/**
 * The intensity of control a risk level requires (see the table above and docs/risicoprofiel.md).
 *
 * @example
 * controlIntensity('hoog').refreshIntervalMonths //=> 3
 * controlIntensity('laag').councilInformation //=> 'Jaarlijks via de paragraaf verbonden partijen in de begroting'
 */
export function controlIntensity(level: RiskLevel): ControlIntensity {
  return INTENSITY_BY_LEVEL[level];
}

/**
 * The rules for a partnership without a risk profile, which are those the product had before issue 8:
 * seed 004's refresh interval by importance (a quarter for important partnerships, a year for the others), no
 * minimum of preparatory meetings of its own (the meeting bodies' own frequency rules still apply), and the
 * raad informed through the yearly paragraph verbonden partijen (BBV art. 15).
 *
 * @example
 * defaultIntensity(true).refreshIntervalMonths //=> 3
 * defaultIntensity(false).refreshIntervalMonths //=> 12
 */
export function defaultIntensity(isImportant: boolean): DefaultControlIntensity {
  return {
    level: undefined,
    refreshIntervalMonths: isImportant ? 3 : 12,
    preparatoryMeetingsPerYear: 0,
    councilInformationPerYear: 1,
    councilInformation: INTENSITY_BY_LEVEL.laag.councilInformation,
  };
}

/**
 * The intensity that applies to a partnership: its current risk profile's, or the default by importance.
 *
 * @example
 * appliedIntensity(undefined, true).refreshIntervalMonths //=> 3
 * appliedIntensity({ level: 'midden' }, true).refreshIntervalMonths //=> 6 (the profile wins over importance)
 */
export function appliedIntensity(
  profile: { readonly level: RiskLevel } | undefined,
  isImportant: boolean,
): ControlIntensity | DefaultControlIntensity {
  return profile === undefined ? defaultIntensity(isImportant) : controlIntensity(profile.level);
}

/**
 * The profile that applies to a partnership: the newest by `assessedOn`; of two on the same day, the one with the
 * higher id (saved later) when the profiles are stored, else the later one in the array.
 *
 * @example
 * currentRiskProfile(profiles, 7) //=> the newest profile of partnership 7, or undefined when it has none
 */
export function currentRiskProfile<T extends RiskProfile>(profiles: readonly T[], partnershipId: number): T | undefined {
  let current: T | undefined;
  for (const profile of profiles) {
    if (profile.partnershipId !== partnershipId) {
      continue;
    }
    if (current === undefined || isNewer(profile, current)) {
      current = profile;
    }
  }
  return current;
}

function isNewer(candidate: RiskProfile, current: RiskProfile): boolean {
  const byDate = compareCalendarDates(candidate.assessedOn, current.assessedOn);
  if (byDate !== 0) {
    return byDate > 0;
  }
  // Same day: the later save wins; array order stands in for ids when the profiles are not stored yet.
  return idOf(candidate) >= idOf(current);
}

function idOf(profile: RiskProfile): number {
  const id = (profile as { readonly id?: unknown }).id;
  return typeof id === 'number' ? id : 0;
}
