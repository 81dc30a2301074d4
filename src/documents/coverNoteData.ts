import type { InfluenceCase, InfluenceCaseKind } from '../domain/councilInfluence/models';
import { missingCouncilRouteReason, planCouncilRoute, type CouncilRoute } from '../domain/councilSchedule';
import type { CalendarDate, FinancialFigures, Municipality, Partnership, Stored } from '../domain/models';
import { formatEuro } from '../domain/bbv/paragraph';
import { calendarDateParts, formatDutchDate } from '../domain/time';
import { daysBetween } from '../domain/wgr/calendar';
import type { CouncilCalendarEntry } from '../domain/wgr/types';
import { choiceLabel } from '../components/choices/choiceLabel';
import { INFLUENCE_CASE_KIND_CHOICES } from '../schema/councilInfluenceLists';

/*
 * The cover note for the raad ("raadsoplegger", issue 8): one page that says what an incoming GR document is, what
 * the raad can do with it and by when, what it costs the municipality, and what the college proposes. This module
 * only gathers and words the facts (testable without Word); coverNoteDocx.ts lays them out.
 */

/** Everything the cover note is made from; the entry point (src/data/documents/coverNote.ts) reads it. */
export interface CoverNoteInput {
  readonly influenceCase: Stored<InfluenceCase>;
  readonly partnership: Pick<Partnership, 'name'>;
  /** The partnership's figures (any year, any kind); the builder picks the begroting contributions it needs. */
  readonly financialFigures: readonly FinancialFigures[];
  /** The name of the own municipality as asked for; absent when none was given. */
  readonly ownMunicipalityName?: string;
  /** The own municipality as found in the register; absent when not given or not found. */
  readonly ownMunicipality?: Pick<Municipality, 'name' | 'collegeLeadWeeks'>;
  /** The own municipality's council calendar (meetings, committees, recess). */
  readonly councilCalendar: readonly CouncilCalendarEntry[];
  /** The day the note is made; "nog N dagen" counts from it. */
  readonly asOf: CalendarDate;
}

/** What the raad can do under the law, for one kind of document. */
export interface CoverNoteLegalBasis {
  /** As shown to the raad: "Wgr art. 35 lid 1". */
  readonly article: string;
  /** Dutch: what the raad can do. */
  readonly sentence: string;
}

/** The municipality's share: the begroting contribution of the budget year and the change from the year before. */
export interface CoverNoteFinancialShare {
  readonly year: number;
  readonly amount?: number;
  readonly previousAmount?: number;
  /** amount − previousAmount, when both are known. */
  readonly change?: number;
  /** The change as a percentage of the previous year, one decimal; absent when either is missing or last year was 0. */
  readonly changePercentage?: number;
  /** Dutch sentences, saying plainly what is missing. */
  readonly sentences: readonly string[];
}

export type CoverNoteRoute =
  | { readonly kind: 'planned'; readonly municipalityName: string; readonly route: CouncilRoute }
  | { readonly kind: 'unavailable'; readonly reason: string };

export interface CoverNoteModel {
  readonly title: string;
  readonly partnershipName: string;
  readonly kind: InfluenceCaseKind;
  readonly kindLabel: string;
  readonly subject: string;
  readonly budgetYear?: number;
  readonly receivedDate: CalendarDate;
  readonly documentUrl?: string;
  readonly abDecisionMeetingDate?: CalendarDate;
  readonly legalBasis: CoverNoteLegalBasis;
  readonly responseDeadline?: CalendarDate;
  /** Dutch: the deadline and how many days are left from `asOf`, or that none is known. */
  readonly deadlineSentence: string;
  readonly route: CoverNoteRoute;
  readonly financialShare: CoverNoteFinancialShare;
  readonly collegeProposalPoints: readonly string[];
  readonly asOf: CalendarDate;
}

const LEGAL_BASES: Readonly<Record<InfluenceCaseKind, CoverNoteLegalBasis>> = {
  // Wgr art. 35(1): twelve weeks before the AB; 35(4): the AB answers the zienswijzen in writing, with reasons.
  ontwerpbegroting: {
    article: 'Wgr art. 35 lid 1',
    sentence:
      'De raad kan zijn zienswijze op de ontwerpbegroting naar voren brengen bij het dagelijks bestuur. Het dagelijks bestuur voegt de zienswijzen bij de ontwerpbegroting voor het algemeen bestuur, en het algemeen bestuur antwoordt de raden schriftelijk en gemotiveerd (Wgr art. 35 lid 4).',
  },
  // Wgr art. 35(6): a begrotingswijziging follows the begroting's procedure unless the regeling exempts it.
  begrotingswijziging: {
    article: 'Wgr art. 35 lid 6',
    sentence:
      'Voor een begrotingswijziging geldt dezelfde zienswijzeprocedure als voor de begroting, tenzij de regeling deze wijziging daarvan uitzondert. De raad kan dus zijn zienswijze geven bij het dagelijks bestuur, dat de zienswijzen aan het algemeen bestuur voorlegt.',
  },
  // Wgr art. 1(2)-(3): eight weeks for the raad on a draft amendment, joining or leaving.
  'ontwerp-regeling': {
    article: 'Wgr art. 1 lid 2-3',
    sentence:
      'Over een ontwerp van een nieuwe of gewijzigde regeling, een toetreding of een uittreding kan de raad binnen acht weken zijn zienswijze geven; het college besluit pas daarna.',
  },
  // Wgr art. 10(5): decisions the regeling puts to the raden; 10(6): the GR answers them.
  'besluit-art-10-5': {
    article: 'Wgr art. 10 lid 5',
    sentence:
      'De regeling legt dit besluit aan de raden voor: de raad kan zijn zienswijze geven voordat het bestuur van de regeling besluit. Het bestuur betrekt de zienswijzen bij zijn besluit en antwoordt de raden (Wgr art. 10 lid 6).',
  },
};

/** What the raad can do with a document of this kind, and under which article. */
export function legalBasisOf(kind: InfluenceCaseKind): CoverNoteLegalBasis {
  return LEGAL_BASES[kind];
}

/**
 * The begroting contribution of `year` and its change from `year − 1`, from the partnership's figures.
 *
 * @example
 * financialShareOf(figures, 2027) //=> { year: 2027, amount: 1300000, previousAmount: 1215000, change: 85000, changePercentage: 7, … }
 */
export function financialShareOf(figures: readonly FinancialFigures[], year: number): CoverNoteFinancialShare {
  const contribution = (wanted: number): number | undefined =>
    figures.find((figure) => figure.kind === 'begroting' && figure.year === wanted && figure.contribution !== undefined)?.contribution;
  const amount = contribution(year);
  const previousAmount = contribution(year - 1);
  const previousYear = year - 1;
  if (amount === undefined) {
    return {
      year,
      previousAmount,
      sentences: [
        `De bijdrage van de gemeente volgens de begroting ${year} staat (nog) niet in het register.`,
        previousAmount === undefined
          ? `Ook de bijdrage volgens de begroting ${previousYear} ontbreekt; de verandering is niet te berekenen.`
          : `Volgens de begroting ${previousYear} was de bijdrage ${formatEuro(previousAmount)}; de verandering is niet te berekenen.`,
      ],
    };
  }
  const current = `De bijdrage van de gemeente volgens de begroting ${year} is ${formatEuro(amount)}.`;
  if (previousAmount === undefined) {
    return { year, amount, sentences: [current, `De bijdrage volgens de begroting ${previousYear} staat niet in het register; de verandering ten opzichte van vorig jaar is niet te berekenen.`] };
  }
  const change = amount - previousAmount;
  if (previousAmount === 0) {
    return {
      year,
      amount,
      previousAmount,
      change,
      sentences: [current, `Volgens de begroting ${previousYear} was de bijdrage ${formatEuro(0)}: ${changeWords(change)}; een percentage is niet te berekenen.`],
    };
  }
  const changePercentage = Math.round((change / previousAmount) * 1000) / 10;
  const percentage = `${changePercentage > 0 ? '+' : ''}${changePercentage.toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;
  return {
    year,
    amount,
    previousAmount,
    change,
    changePercentage,
    sentences: [current, `Volgens de begroting ${previousYear} was de bijdrage ${formatEuro(previousAmount)}: ${changeWords(change)} (${percentage}).`],
  };
}

function changeWords(change: number): string {
  if (change === 0) return 'de bijdrage blijft gelijk';
  return change > 0 ? `een stijging van ${formatEuro(change)}` : `een daling van ${formatEuro(-change)}`;
}

function deadlineSentence(deadline: CalendarDate | undefined, asOf: CalendarDate): string {
  if (deadline === undefined) {
    return 'De regeling heeft geen uiterste datum voor de zienswijze genoemd. Vraag de datum op bij het dagelijks bestuur; zonder datum is niet te plannen welke raadsvergadering de zienswijze vaststelt.';
  }
  const days = daysBetween(asOf, deadline);
  const remaining = days > 1 ? `nog ${days} dagen` : days === 1 ? 'nog 1 dag' : days === 0 ? 'vandaag' : `de termijn is ${-days === 1 ? '1 dag' : `${-days} dagen`} verstreken`;
  return `De zienswijze moet uiterlijk ${formatDutchDate(deadline)} bij het dagelijks bestuur zijn (${remaining}, gerekend vanaf ${formatDutchDate(asOf)}).`;
}

function routeOf(input: CoverNoteInput): CoverNoteRoute {
  const deadline = input.influenceCase.responseDeadline;
  if (input.ownMunicipalityName === undefined || input.ownMunicipalityName.trim() === '') {
    return {
      kind: 'unavailable',
      reason: 'Er is geen eigen gemeente opgegeven; daarom is niet bepaald welke raadsvergadering de zienswijze vaststelt, wanneer de commissie vergadert en wanneer het college moet besluiten.',
    };
  }
  if (input.ownMunicipality === undefined) {
    return { kind: 'unavailable', reason: `De gemeente ${input.ownMunicipalityName} staat niet in het register; de route langs commissie en raad is niet te bepalen.` };
  }
  if (deadline === undefined) {
    return { kind: 'unavailable', reason: 'Zonder uiterste datum voor de zienswijze is de route langs college, commissie en raad niet te plannen.' };
  }
  const route = planCouncilRoute({ deadline, entries: input.councilCalendar, collegeLeadWeeks: input.ownMunicipality.collegeLeadWeeks });
  if (route === undefined) return { kind: 'unavailable', reason: missingCouncilRouteReason({ deadline, entries: input.councilCalendar }) };
  return { kind: 'planned', municipalityName: input.ownMunicipality.name, route };
}

/** The facts and sentences of one cover note; pure. */
export function buildCoverNote(input: CoverNoteInput): CoverNoteModel {
  const influenceCase = input.influenceCase;
  // Without a budget year (a draft amendment, another decision) the contribution of the year the document came in
  // is the municipality's current share.
  const shareYear = influenceCase.budgetYear ?? calendarDateParts(influenceCase.receivedDate).year;
  return {
    title: `Raadsoplegger: ${influenceCase.subject}`,
    partnershipName: input.partnership.name,
    kind: influenceCase.kind,
    kindLabel: choiceLabel(INFLUENCE_CASE_KIND_CHOICES, influenceCase.kind),
    subject: influenceCase.subject,
    budgetYear: influenceCase.budgetYear,
    receivedDate: influenceCase.receivedDate,
    documentUrl: nonEmpty(influenceCase.documentUrl),
    abDecisionMeetingDate: influenceCase.abDecisionMeetingDate,
    legalBasis: legalBasisOf(influenceCase.kind),
    responseDeadline: influenceCase.responseDeadline,
    deadlineSentence: deadlineSentence(influenceCase.responseDeadline, input.asOf),
    route: routeOf(input),
    financialShare: financialShareOf(input.financialFigures, shareYear),
    collegeProposalPoints: influenceCase.collegeProposalPoints.map((point) => point.trim()).filter((point) => point !== ''),
    asOf: input.asOf,
  };
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : text.trim();
}

/** `Raadsoplegger Ontwerpbegroting 2028 Veiligheidsregio Twente.docx`: the subject, safe as a file name. */
export function coverNoteFileName(model: Pick<CoverNoteModel, 'subject'>): string {
  return `Raadsoplegger ${safeFileNamePart(model.subject)}.docx`;
}

/** Removes the characters SharePoint and Windows refuse in file names, and squeezes spaces. */
export function safeFileNamePart(text: string): string {
  const cleaned = text.replace(/["*:<>?/\\|#%~&{}]/g, ' ').replace(/\s+/g, ' ').trim();
  return (cleaned === '' ? 'document' : cleaned).slice(0, 120).trim();
}
