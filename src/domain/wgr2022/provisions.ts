import type { LegalForm } from '../models/partnership';
import type { ProvisionCheckResult, WgrProvision, WgrProvisionCheck } from '../councilInfluence/models';
import { WGR_PROVISIONS } from '../councilInfluence/models';

/*
 * The Wgr 2022 check of a regeling (issue 8). The amending act (Kamerstukken 35513, in force 1 July 2022) gave
 * existing regelingen until 1 July 2024 to add the provisions on zienswijzen, participation of residents, evaluation
 * and leaving; those four are required in every regeling. The joint advisory committee is a choice the law offers.
 * The active information duty binds the GR's bestuur by law; the regeling is checked for how it is organised.
 * What was and was not verified against the text of the law is listed in docs/risicoprofiel.md (section Wgr-toets).
 */

/** Whether the law requires the provision in every regeling, or allows the participants to choose it. */
export type ProvisionRequirement = 'verplicht' | 'facultatief';

export interface WgrProvisionDefinition {
  readonly provision: WgrProvision;
  /** The article of the Wgr, as shown to users. */
  readonly article: string;
  /** Dutch short name. */
  readonly title: string;
  /** Dutch: what the law asks, and what to look for in the regeling. */
  readonly explanation: string;
  readonly requirement: ProvisionRequirement;
}

export const WGR_PROVISION_DEFINITIONS: readonly WgrProvisionDefinition[] = [
  {
    provision: 'evaluatiebepaling',
    article: 'Wgr art. 11a',
    title: 'Evaluatiebepaling',
    explanation:
      'De regeling moet bepalen hoe en hoe vaak zij wordt geëvalueerd, en hoe de raden daarbij worden betrokken. Zoek een artikel met een termijn (bijvoorbeeld eens in de vier jaar).',
    requirement: 'verplicht',
  },
  {
    provision: 'inwonersparticipatie',
    article: 'Wgr art. 10 lid 7-8',
    title: 'Participatie van inwoners',
    explanation:
      'De regeling moet bepalen hoe inwoners en belanghebbenden worden betrokken bij de voorbereiding, uitvoering en evaluatie van het beleid van de GR. Het mag een verwijzing zijn naar een participatieverordening.',
    requirement: 'verplicht',
  },
  {
    provision: 'zienswijzebesluiten',
    article: 'Wgr art. 10 lid 5',
    title: 'Besluiten met zienswijze',
    explanation:
      'De regeling moet noemen over welke besluiten van het bestuur de raden een zienswijze kunnen geven (naast de begroting), en hoe en binnen welke termijn.',
    requirement: 'verplicht',
  },
  {
    provision: 'actieve-informatieplicht',
    article: 'Wgr art. 17',
    title: 'Actieve informatieplicht',
    explanation:
      'Het algemeen bestuur moet de raden uit zichzelf alle informatie geven die zij nodig hebben om het bestuur van de GR te beoordelen. De plicht geldt uit de wet; toets of de regeling regelt hoe de informatie wordt gegeven.',
    requirement: 'verplicht',
  },
  {
    provision: 'adviescommissie',
    article: 'Wgr art. 24a',
    title: 'Gemeenschappelijke adviescommissie',
    explanation:
      'De raden kunnen samen een adviescommissie instellen die het algemeen bestuur adviseert, bijvoorbeeld over de begroting. Dit is een keuze: kent de regeling er geen, kies dan “Niet van toepassing”.',
    requirement: 'facultatief',
  },
  {
    provision: 'uittredingsvoorwaarden',
    article: 'Wgr art. 9',
    title: 'Uittredingsvoorwaarden',
    explanation:
      'De regeling moet de voorwaarden en gevolgen van uittreding regelen: de opzegtermijn, de datum waarop uittreding ingaat en de financiële afwikkeling. Vul de opzegtermijn hieronder in; het product rekent de uiterlijke besluitdatum uit.',
    requirement: 'verplicht',
  },
];

/**
 * The definition of one provision.
 *
 * @example
 * provisionDefinition('adviescommissie').requirement //=> 'facultatief'
 */
export function provisionDefinition(provision: WgrProvision): WgrProvisionDefinition {
  const definition = WGR_PROVISION_DEFINITIONS.find((candidate) => candidate.provision === provision);
  if (!definition) {
    throw new RangeError(`Unknown Wgr provision '${provision}'`);
  }
  return definition;
}

/**
 * Only a gemeenschappelijke regeling under the Wgr gets the check; a foundation, company or covenant has statutes or
 * an agreement that the Wgr does not govern.
 *
 * @example
 * isWgrRegeling('gr-bedrijfsvoeringsorganisatie') //=> true
 * isWgrRegeling('stichting') //=> false
 */
export function isWgrRegeling(legalForm: LegalForm): boolean {
  return legalForm.startsWith('gr-');
}

/** One line of a GR's checklist: the law's side and the regeling's, `check` absent when nothing was recorded. */
export interface ChecklistLine<C extends WgrProvisionCheck = WgrProvisionCheck> {
  readonly definition: WgrProvisionDefinition;
  readonly result: ProvisionCheckResult;
  readonly check?: C;
}

export interface ChecklistSummary {
  /** Provisions that count (all minus those marked niet van toepassing). */
  readonly applicable: number;
  readonly regulated: number;
  readonly partlyRegulated: number;
  readonly missing: number;
  readonly unchecked: number;
  /** Required provisions that are missing, partly regulated or not yet checked: what needs action. */
  readonly requiredGaps: readonly WgrProvision[];
  /** True when every required provision is regulated (or does not apply) and nothing is left unchecked. */
  readonly complete: boolean;
  /** Dutch, e.g. "4 van 6 geregeld, 1 ontbreekt, 1 nog te toetsen". */
  readonly text: string;
}

/**
 * The checklist of one GR in the law's order: each provision with its recorded result, "nog te toetsen" when none
 * was recorded. Of two lines for the same provision (two people saving at once), the one with the higher id wins.
 *
 * @example
 * wgrChecklist(checks, 7).map((line) => line.result) //=> ['geregeld', 'ontbreekt', 'nog-te-toetsen', …]
 */
export function wgrChecklist<C extends WgrProvisionCheck>(checks: readonly C[], partnershipId: number): readonly ChecklistLine<C>[] {
  return WGR_PROVISIONS.map((provision) => {
    const check = latest(checks.filter((candidate) => candidate.partnershipId === partnershipId && candidate.provision === provision));
    return check === undefined
      ? { definition: provisionDefinition(provision), result: 'nog-te-toetsen' as const }
      : { definition: provisionDefinition(provision), result: check.result, check };
  });
}

/**
 * Counts a checklist into the summary a register or overview shows.
 *
 * @example
 * summarizeChecklist(lines).text //=> '4 van 6 geregeld, 1 ontbreekt, 1 nog te toetsen'
 */
export function summarizeChecklist(lines: readonly ChecklistLine[]): ChecklistSummary {
  const count = (result: ProvisionCheckResult): number => lines.filter((line) => line.result === result).length;
  const applicable = lines.length - count('niet-van-toepassing');
  const regulated = count('geregeld');
  const partlyRegulated = count('deels-geregeld');
  const missing = count('ontbreekt');
  const unchecked = count('nog-te-toetsen');
  const requiredGaps = lines
    .filter((line) => line.definition.requirement === 'verplicht' && (line.result === 'ontbreekt' || line.result === 'deels-geregeld' || line.result === 'nog-te-toetsen'))
    .map((line) => line.definition.provision);
  const parts = [`${regulated} van ${applicable} geregeld`];
  if (partlyRegulated > 0) {
    parts.push(`${partlyRegulated} deels`);
  }
  if (missing > 0) {
    parts.push(`${missing} ontbreekt`);
  }
  if (unchecked > 0) {
    parts.push(`${unchecked} nog te toetsen`);
  }
  return {
    applicable,
    regulated,
    partlyRegulated,
    missing,
    unchecked,
    requiredGaps,
    complete: requiredGaps.length === 0 && unchecked === 0,
    text: parts.join(', '),
  };
}

function latest<C extends WgrProvisionCheck>(checks: readonly C[]): C | undefined {
  let winner: C | undefined;
  for (const check of checks) {
    if (winner === undefined || idOf(check) >= idOf(winner)) {
      winner = check;
    }
  }
  return winner;
}

function idOf(check: WgrProvisionCheck): number {
  const id = (check as { readonly id?: unknown }).id;
  return typeof id === 'number' ? id : 0;
}
