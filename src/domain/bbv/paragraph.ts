import type { Stored } from '../models/entity';
import type { BbvGroup, FinancialFigures, LegalForm, Partnership } from '../models/partnership';
import { BBV_GROUPS } from '../models/partnership';
import { isVerbondenPartij } from '../partnerships/classification';

/*
 * The paragraph verbonden partijen of the begroting or the jaarstukken (BBV art. 15), as a pure model that
 * the Word and spreadsheet writers only lay out. The texts are Dutch because the paragraph is a Dutch
 * legal document; the BBV's own terms are used.
 */

/** Begroting: expected figures of the budget year; jaarstukken: realised figures of the financial year. */
export type BbvParagraphKind = 'begroting' | 'jaarstukken';

/** BBV art. 15(1): the amounts per verbonden partij; absent when the register has no figure. */
export interface BbvAmounts {
  /** The municipality's interest (its contribution) at the start of the year: last year's contribution. */
  readonly contributionStart?: number;
  /** The municipality's interest (its contribution) at the end of the year: this year's contribution. */
  readonly contributionEnd?: number;
  readonly equityStart?: number;
  readonly equityEnd?: number;
  readonly debtStart?: number;
  readonly debtEnd?: number;
  /** Expected (begroting) or realised (jaarstukken) result of the party. */
  readonly result?: number;
}

export type BbvAmountKey = keyof BbvAmounts;

export const BBV_AMOUNT_KEYS: readonly BbvAmountKey[] = ['contributionStart', 'contributionEnd', 'equityStart', 'equityEnd', 'debtStart', 'debtEnd', 'result'];

/** BBV art. 15(3): the four groups, in the order the paragraph lists them. */
export const BBV_GROUP_TITLES: Readonly<Record<BbvGroup, string>> = {
  'gemeenschappelijke-regelingen': 'Gemeenschappelijke regelingen',
  'vennootschappen-en-cooperaties': 'Vennootschappen en coöperaties',
  'stichtingen-en-verenigingen': 'Stichtingen en verenigingen',
  overige: 'Overige verbonden partijen',
};

const LEGAL_FORM_INTEREST: Readonly<Record<LegalForm, string>> = {
  'gr-openbaar-lichaam': 'Deelname in een gemeenschappelijke regeling (openbaar lichaam, Wgr)',
  'gr-bedrijfsvoeringsorganisatie': 'Deelname in een gemeenschappelijke regeling (bedrijfsvoeringsorganisatie, Wgr)',
  'gr-gemeenschappelijk-orgaan': 'Deelname in een gemeenschappelijke regeling (gemeenschappelijk orgaan, Wgr)',
  'gr-centrumgemeente': 'Deelname in een gemeenschappelijke regeling (centrumgemeenteconstructie, Wgr)',
  'gr-regeling-zonder-meer': 'Deelname in een gemeenschappelijke regeling (regeling zonder meer, Wgr)',
  stichting: 'Bestuurszetel in en financiële bijdrage aan een stichting',
  vereniging: 'Lidmaatschap van een vereniging met stemrecht',
  'nv-bv': 'Aandeelhouderschap in een vennootschap (stemrecht in de algemene vergadering)',
  cooperatie: 'Lidmaatschap van een coöperatie met stemrecht',
  convenant: 'Deelname op grond van een convenant',
  overig: 'Deelname in een samenwerkingsverband',
};

export interface BbvEntry {
  readonly partnershipId: number;
  readonly name: string;
  readonly legalForm: LegalForm;
  readonly group: BbvGroup;
  /** Vestigingsplaats. */
  readonly seat: string;
  /** BBV art. 15(1)(a): how the interest is held. */
  readonly interestHeld: string;
  /** BBV art. 15(1)(a): the public interest the party serves. */
  readonly publicInterest: string;
  readonly amounts: BbvAmounts;
  /** BBV art. 15(1)(e): the risks. */
  readonly risks: string;
  /** Dutch names of the data the register lacks for this party ("Eigen vermogen eind"); empty when complete. */
  readonly missing: readonly string[];
}

export interface BbvGroupSection {
  readonly group: BbvGroup;
  readonly title: string;
  readonly entries: readonly BbvEntry[];
}

/** A partnership that is no verbonden partij (BBV art. 1), with the reason, for the optional separate list. */
export interface BbvOtherPartnership {
  readonly partnershipId: number;
  readonly name: string;
  readonly legalForm: LegalForm;
  readonly reason: string;
}

export interface BbvParagraph {
  readonly kind: BbvParagraphKind;
  readonly year: number;
  readonly title: string;
  /** What the amounts are: expected or realised, and which figures they come from. */
  readonly basis: string;
  /** All four groups, also empty ones: the paragraph says there are none rather than leaving a group out. */
  readonly groups: readonly BbvGroupSection[];
  /** Every verbonden partij with missing data, in paragraph order ("ontbrekende gegevens"). */
  readonly missing: readonly { readonly name: string; readonly items: readonly string[] }[];
  /** Present only when asked for: the other partnerships, which the paragraph does not report on. */
  readonly others?: readonly BbvOtherPartnership[];
}

export interface BbvParagraphInput {
  readonly kind: BbvParagraphKind;
  readonly year: number;
  readonly partnerships: readonly Stored<Partnership>[];
  readonly figures: readonly FinancialFigures[];
  /** List the partnerships that are no verbonden partij separately. */
  readonly includeOthers?: boolean;
}

/** Dutch names of the amounts, as the paragraph's tables and the missing-data list use them. */
export function bbvAmountLabel(key: BbvAmountKey, kind: BbvParagraphKind, year: number): string {
  switch (key) {
    case 'contributionStart':
      return `Belang gemeente begin ${year} (bijdrage ${year - 1})`;
    case 'contributionEnd':
      return kind === 'begroting' ? `Belang gemeente eind ${year} (verwachte bijdrage ${year})` : `Belang gemeente eind ${year} (bijdrage ${year})`;
    case 'equityStart':
      return `Eigen vermogen begin ${year}`;
    case 'equityEnd':
      return kind === 'begroting' ? `Eigen vermogen eind ${year} (verwacht)` : `Eigen vermogen eind ${year}`;
    case 'debtStart':
      return `Vreemd vermogen begin ${year}`;
    case 'debtEnd':
      return kind === 'begroting' ? `Vreemd vermogen eind ${year} (verwacht)` : `Vreemd vermogen eind ${year}`;
    case 'result':
      return kind === 'begroting' ? `Verwacht resultaat ${year}` : `Gerealiseerd resultaat ${year}`;
  }
}

function figuresFor(figures: readonly FinancialFigures[], partnershipId: number, year: number, kind: FinancialFigures['kind']): FinancialFigures | undefined {
  return figures.find((figure) => figure.partnershipId === partnershipId && figure.year === year && figure.kind === kind);
}

/**
 * The amounts of one party. Begroting Y uses the begroting figures of Y, jaarstukken Y the realisatie of Y.
 * Start values missing from those figures are taken from the previous year's end values (the balance at the
 * end of Y-1 is the balance at the start of Y); the interest at the start is the previous year's
 * contribution, realised where known, else budgeted.
 */
function amountsOf(partnershipId: number, input: BbvParagraphInput): BbvAmounts {
  const current = figuresFor(input.figures, partnershipId, input.year, input.kind === 'begroting' ? 'begroting' : 'realisatie');
  const previous = figuresFor(input.figures, partnershipId, input.year - 1, 'realisatie') ?? figuresFor(input.figures, partnershipId, input.year - 1, 'begroting');
  const amounts: { -readonly [K in BbvAmountKey]?: number } = {
    contributionStart: previous?.contribution,
    contributionEnd: current?.contribution,
    equityStart: current?.equityStart ?? previous?.equityEnd,
    equityEnd: current?.equityEnd,
    debtStart: current?.debtStart ?? previous?.debtEnd,
    debtEnd: current?.debtEnd,
    result: current?.result,
  };
  return Object.fromEntries(Object.entries(amounts).filter(([, value]) => value !== undefined)) as BbvAmounts;
}

function otherReason(partnership: Partnership): string {
  if (!partnership.hasAdministrativeInterest && !partnership.hasFinancialInterest) return 'Geen bestuurlijk en geen financieel belang';
  if (!partnership.hasAdministrativeInterest) return 'Geen bestuurlijk belang';
  return 'Geen financieel belang';
}

/**
 * Builds the paragraph verbonden partijen for the begroting or jaarstukken of a year.
 * Only partnerships with both a bestuurlijk and a financieel belang count (BBV art. 1); ended ones are left
 * out. Each is placed in its BBV group (art. 15(3)); what the register lacks is named, never left blank.
 *
 * @example
 * buildBbvParagraph({ kind: 'begroting', year: 2026, partnerships, figures }).groups[0].title //=> 'Gemeenschappelijke regelingen'
 */
export function buildBbvParagraph(input: BbvParagraphInput): BbvParagraph {
  const active = input.partnerships.filter((partnership) => partnership.status !== 'beeindigd');
  const verbonden = active.filter(isVerbondenPartij).sort((left, right) => left.name.localeCompare(right.name, 'nl'));
  const entries = verbonden.map((partnership): BbvEntry => {
    const amounts = amountsOf(partnership.id, input);
    const missing: string[] = [];
    if (partnership.seat.trim() === '') missing.push('Vestigingsplaats');
    if (partnership.publicInterest.trim() === '') missing.push('Openbaar belang');
    for (const key of BBV_AMOUNT_KEYS) {
      if (amounts[key] === undefined) missing.push(bbvAmountLabel(key, input.kind, input.year));
    }
    if (partnership.risks.trim() === '') missing.push("Risico's");
    return {
      partnershipId: partnership.id,
      name: partnership.name,
      legalForm: partnership.legalForm,
      group: partnership.bbvGroup,
      seat: partnership.seat.trim(),
      interestHeld: `${LEGAL_FORM_INTEREST[partnership.legalForm]}; bestuurlijk en financieel belang.${partnership.portfolioHolder ? ` Portefeuillehouder: ${partnership.portfolioHolder.displayName}.` : ''}`,
      publicInterest: partnership.publicInterest.trim(),
      amounts,
      risks: partnership.risks.trim(),
      missing,
    };
  });
  const groups = BBV_GROUPS.map((group) => ({ group, title: BBV_GROUP_TITLES[group], entries: entries.filter((entry) => entry.group === group) }));
  const paragraph: BbvParagraph = {
    kind: input.kind,
    year: input.year,
    title: `Paragraaf verbonden partijen, ${input.kind === 'begroting' ? 'begroting' : 'jaarstukken'} ${input.year}`,
    basis:
      input.kind === 'begroting'
        ? `Verwachte bedragen uit de begrotingsgegevens ${input.year} in het register; het belang aan het begin is de bijdrage ${input.year - 1}.`
        : `Gerealiseerde bedragen uit de realisatiegegevens ${input.year} in het register; het belang aan het begin is de bijdrage ${input.year - 1}.`,
    groups,
    missing: groups.flatMap((section) => section.entries).filter((entry) => entry.missing.length > 0).map((entry) => ({ name: entry.name, items: entry.missing })),
  };
  if (!input.includeOthers) return paragraph;
  const others = active
    .filter((partnership) => !isVerbondenPartij(partnership))
    .sort((left, right) => left.name.localeCompare(right.name, 'nl'))
    .map((partnership) => ({ partnershipId: partnership.id, name: partnership.name, legalForm: partnership.legalForm, reason: otherReason(partnership) }));
  return { ...paragraph, others };
}

/**
 * An amount in euros as the paragraph prints it: `€ 1.215.000`, negative `€ -300.000`.
 *
 * @example
 * formatEuro(1215000) //=> '€ 1.215.000'
 */
export function formatEuro(amount: number): string {
  const rounded = Math.round(amount);
  const digits = Math.abs(rounded).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${rounded < 0 ? '-' : ''}${digits}`;
}
