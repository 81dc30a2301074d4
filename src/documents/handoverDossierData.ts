import type { InfluenceCase } from '../domain/councilInfluence/models';
import { safeFileNamePart } from './coverNoteData';
import type {
  CalendarDate,
  FinancialFigureKind,
  FinancialFigures,
  ImprovementAction,
  MeetingBody,
  Municipality,
  Partnership,
  PartnershipDocument,
  ProcessMoment,
  Stored,
} from '../domain/models';
import { isVerbondenPartij } from '../domain/partnerships/classification';
import { calendarDateParts, compareCalendarDates } from '../domain/time';
import type { WgrDeadline } from '../domain/wgr/types';
import { choiceLabel, choiceLabels } from '../components/choices/choiceLabel';
import {
  BBV_GROUP_CHOICES,
  DOCUMENT_TYPE_CHOICES,
  LEGAL_FORM_CHOICES,
  MEETING_BODY_CATEGORY_CHOICES,
  PARTNERSHIP_STATUS_CHOICES,
  TASK_LAYER_CHOICES,
} from '../schema/choices';

/*
 * The hand-over dossier ("Overdrachtsdossier", issue 8): what a new council member or official needs to know about
 * a partnership after an election, generated from the register so it is the same for everyone and survives the
 * election. This module selects and orders the facts (pure, testable without Word); handoverDossierDocx.ts lays
 * them out.
 */

/**
 * Who the dossier is for. `raad`: only public meeting bodies, documents and process moments (the raad's version may
 * be published); `ambtelijk`: everything the reader may see.
 */
export type DossierAudience = 'raad' | 'ambtelijk';
export const DOSSIER_AUDIENCES: readonly DossierAudience[] = ['raad', 'ambtelijk'];

export function isDossierAudience(value: string): value is DossierAudience {
  return (DOSSIER_AUDIENCES as readonly string[]).includes(value);
}

/** Everything read from the register; the entry point (src/data/documents/handoverDossier.ts) fills it. */
export interface HandoverDossierInput {
  /** The partnerships to describe: one, or all of the register. */
  readonly partnerships: readonly Stored<Partnership>[];
  /** True when the dossier covers the whole register (a table of contents, one section each). */
  readonly isComplete: boolean;
  readonly municipalities: readonly Stored<Municipality>[];
  readonly financialFigures: readonly FinancialFigures[];
  readonly meetingBodies: readonly MeetingBody[];
  readonly documents: readonly PartnershipDocument[];
  readonly processMoments: readonly ProcessMoment[];
  readonly actions: readonly ImprovementAction[];
  readonly influenceCases: readonly InfluenceCase[];
  /** The Wgr calendar's deadlines of the GRs among the partnerships (any budget year). */
  readonly wgrDeadlines: readonly WgrDeadline[];
  readonly audience: DossierAudience;
  readonly asOf: CalendarDate;
}

export interface DossierBody {
  readonly name: string;
  readonly categoryLabel: string;
  readonly isPublic: boolean;
  readonly purpose: string;
  /** Leden as written, then the named members. */
  readonly members: string;
  readonly frequency: string;
}

export interface DossierFigureRow {
  readonly year: number;
  /** Absent when nothing is registered for the year. */
  readonly kind?: FinancialFigureKind;
  readonly contribution?: number;
  readonly result?: number;
  readonly equityEnd?: number;
  readonly debtEnd?: number;
}

export interface DossierAction {
  readonly number: string;
  readonly description: string;
  readonly owner?: string;
  readonly plannedDate?: CalendarDate;
  readonly overdue: boolean;
}

export interface DossierDocument {
  readonly title: string;
  readonly typeLabel: string;
  readonly year?: number;
  readonly url?: string;
}

export type InfluenceMomentSource = 'procesmoment' | 'wgr' | 'zienswijzetraject';

export interface DossierInfluenceMoment {
  readonly date: CalendarDate;
  readonly isDeadline: boolean;
  readonly subject: string;
  readonly source: InfluenceMomentSource;
  /** The law article, for Wgr deadlines. */
  readonly article?: string;
}

export interface DossierSection {
  readonly partnershipId: number;
  readonly name: string;
  readonly purpose: string;
  readonly legalFormLabel: string;
  readonly bbvGroupLabel: string;
  readonly statusLabel: string;
  readonly seat: string;
  readonly domain: string;
  readonly taskLayers: string;
  readonly participants: readonly string[];
  readonly website?: string;
  readonly isVerbondenPartij: boolean;
  readonly hasAdministrativeInterest: boolean;
  readonly hasFinancialInterest: boolean;
  readonly portfolioHolder?: string;
  readonly accountHolder?: string;
  readonly bodies: readonly DossierBody[];
  /** How many bodies were left out because they are niet openbaar (raad version only; 0 otherwise). */
  readonly bodiesLeftOut: number;
  readonly figureYears: readonly number[];
  readonly figures: readonly DossierFigureRow[];
  readonly openActions: readonly DossierAction[];
  readonly documents: readonly DossierDocument[];
  readonly influenceMoments: readonly DossierInfluenceMoment[];
}

export interface HandoverDossierModel {
  readonly title: string;
  readonly audience: DossierAudience;
  readonly isComplete: boolean;
  readonly asOf: CalendarDate;
  readonly sections: readonly DossierSection[];
}

/** The number of past years of figures the dossier shows, the peildatum's year included. */
export const DOSSIER_FIGURE_YEARS = 3;

export type ItemsOfPartnership = <T extends { readonly partnershipId?: number }>(items: readonly T[], partnershipId: number) => readonly T[];

/**
 * Each list grouped by partnership once, on first use: the dossier for all partnerships then stays linear in the
 * number of items (filtering every list per partnership was quadratic; bench: 98× the time for 10× the partnerships).
 */
export function partnershipIndex(): ItemsOfPartnership {
  const groupsByList = new Map<readonly unknown[], ReadonlyMap<number, readonly unknown[]>>();
  return <T extends { readonly partnershipId?: number }>(items: readonly T[], partnershipId: number): readonly T[] => {
    let groups = groupsByList.get(items) as ReadonlyMap<number, readonly T[]> | undefined;
    if (groups === undefined) {
      const grouping = new Map<number, T[]>();
      for (const item of items) {
        if (item.partnershipId === undefined) continue;
        const group = grouping.get(item.partnershipId);
        if (group) group.push(item);
        else grouping.set(item.partnershipId, [item]);
      }
      groups = grouping;
      groupsByList.set(items, grouping);
    }
    return groups.get(partnershipId) ?? [];
  };
}

function nameOf(person: { readonly displayName: string } | undefined): string | undefined {
  const name = person?.displayName.trim();
  return name === undefined || name === '' ? undefined : name;
}

function bodyOf(body: MeetingBody): DossierBody {
  const named = body.members.map((member) => member.displayName.trim()).filter((name) => name !== '');
  const members = [body.membersDescription.trim(), named.length > 0 ? `Leden: ${named.join(', ')}` : ''].filter((part) => part !== '').join('. ');
  return {
    // "Algemeen Bestuur – AB" already carries its short name.
    name: body.shortName.trim() === '' || body.name.includes(body.shortName.trim()) ? body.name : `${body.name} (${body.shortName.trim()})`,
    categoryLabel: choiceLabel(MEETING_BODY_CATEGORY_CHOICES, body.category),
    isPublic: body.isPublic,
    purpose: body.purpose.trim(),
    members,
    frequency: body.frequencyText.trim(),
  };
}

/**
 * The figures of the last {@link DOSSIER_FIGURE_YEARS} years up to the peildatum's year: per year the begroting and
 * the realisatie that are registered, or one empty row that says nothing is.
 */
export function figureRows(figures: readonly FinancialFigures[], asOf: CalendarDate): { readonly years: readonly number[]; readonly rows: readonly DossierFigureRow[] } {
  const lastYear = calendarDateParts(asOf).year;
  const years = Array.from({ length: DOSSIER_FIGURE_YEARS }, (_, index) => lastYear - DOSSIER_FIGURE_YEARS + 1 + index);
  const rows = years.flatMap((year): DossierFigureRow[] => {
    const ofYear = figures
      .filter((figure) => figure.year === year)
      .sort((left, right) => (left.kind === right.kind ? 0 : left.kind === 'begroting' ? -1 : 1));
    if (ofYear.length === 0) return [{ year }];
    return ofYear.map((figure) => ({ year, kind: figure.kind, contribution: figure.contribution, result: figure.result, equityEnd: figure.equityEnd, debtEnd: figure.debtEnd }));
  });
  return { years, rows };
}

/**
 * The influence moments from the peildatum on, by date: the partnership's own `invloed` moments (only public ones
 * for the raad), the Wgr deadlines of kind `invloed` that are not yet on the timeline as a synced moment, and the
 * open zienswijze cases' deadlines.
 */
export function upcomingInfluenceMoments(
  moments: readonly ProcessMoment[],
  deadlines: readonly WgrDeadline[],
  cases: readonly InfluenceCase[],
  audience: DossierAudience,
  asOf: CalendarDate,
): readonly DossierInfluenceMoment[] {
  const fromAsOf = (date: CalendarDate): boolean => compareCalendarDates(date, asOf) >= 0;
  const own = moments.filter((moment) => moment.kind === 'invloed' && fromAsOf(moment.date) && (audience === 'ambtelijk' || moment.isPublic));
  // A deadline the Wgr calendar already wrote onto the timeline (same subject and budget year) is shown once.
  const synced = new Set(moments.filter((moment) => moment.source === 'wgr').map((moment) => `${moment.budgetYear ?? ''}|${moment.subject}`));
  const articles = new Map<string, string>(deadlines.map((deadline) => [`${deadline.budgetYear}|${deadline.subject}`, deadline.article]));
  const result: DossierInfluenceMoment[] = [
    ...own.map((moment): DossierInfluenceMoment => {
      const base = { date: moment.date, isDeadline: moment.isDeadline, subject: moment.subject };
      if (moment.source !== 'wgr') return { ...base, source: 'procesmoment' };
      const article = articles.get(`${moment.budgetYear ?? ''}|${moment.subject}`);
      return article === undefined ? { ...base, source: 'wgr' } : { ...base, source: 'wgr', article };
    }),
    ...deadlines
      .filter((deadline) => deadline.kind === 'invloed' && fromAsOf(deadline.lastAllowedDay) && !synced.has(`${deadline.budgetYear}|${deadline.subject}`))
      .map((deadline) => ({ date: deadline.lastAllowedDay, isDeadline: true, subject: deadline.subject, source: 'wgr' as const, article: deadline.article })),
    ...cases
      .filter((influenceCase) => influenceCase.responseDeadline !== undefined && fromAsOf(influenceCase.responseDeadline) && influenceCase.councilAdoptedDate === undefined)
      .map((influenceCase) => ({
        date: influenceCase.responseDeadline as CalendarDate,
        isDeadline: true,
        subject: `Zienswijze van de raad: ${influenceCase.subject}`,
        source: 'zienswijzetraject' as const,
      })),
  ];
  return result.sort((left, right) => compareCalendarDates(left.date, right.date) || left.subject.localeCompare(right.subject, 'nl'));
}

function actionOf(action: ImprovementAction, asOf: CalendarDate): DossierAction {
  return {
    number: action.number,
    description: action.action.trim() !== '' ? action.action.trim() : action.recommendation.trim(),
    owner: nameOf(action.owner),
    plannedDate: action.plannedDate,
    overdue: action.plannedDate !== undefined && compareCalendarDates(action.plannedDate, asOf) < 0,
  };
}

function compareActionNumbers(left: ImprovementAction, right: ImprovementAction): number {
  return left.number.localeCompare(right.number, 'nl', { numeric: true });
}

function sectionOf(partnership: Stored<Partnership>, input: HandoverDossierInput, municipalityNames: ReadonlyMap<number, string>, byPartnership: ItemsOfPartnership): DossierSection {
  const forRaad = input.audience === 'raad';
  const bodies = byPartnership(input.meetingBodies, partnership.id);
  const shownBodies = bodies.filter((body) => !forRaad || body.isPublic);
  const { years, rows } = figureRows(byPartnership(input.financialFigures, partnership.id), input.asOf);
  return {
    partnershipId: partnership.id,
    name: partnership.name,
    purpose: partnership.publicInterest.trim(),
    legalFormLabel: choiceLabel(LEGAL_FORM_CHOICES, partnership.legalForm),
    bbvGroupLabel: choiceLabel(BBV_GROUP_CHOICES, partnership.bbvGroup),
    statusLabel: choiceLabel(PARTNERSHIP_STATUS_CHOICES, partnership.status),
    seat: partnership.seat.trim(),
    domain: partnership.domain.trim(),
    taskLayers: choiceLabels(TASK_LAYER_CHOICES, partnership.taskLayers),
    participants: partnership.participantIds
      .map((id) => municipalityNames.get(id))
      .filter((name): name is string => name !== undefined)
      .sort((left, right) => left.localeCompare(right, 'nl')),
    website: partnership.website?.trim() || undefined,
    isVerbondenPartij: isVerbondenPartij(partnership),
    hasAdministrativeInterest: partnership.hasAdministrativeInterest,
    hasFinancialInterest: partnership.hasFinancialInterest,
    portfolioHolder: nameOf(partnership.portfolioHolder),
    accountHolder: nameOf(partnership.accountHolder),
    bodies: [...shownBodies].sort((left, right) => left.name.localeCompare(right.name, 'nl')).map(bodyOf),
    bodiesLeftOut: bodies.length - shownBodies.length,
    figureYears: years,
    figures: rows,
    openActions: byPartnership(input.actions, partnership.id)
      .filter((action) => action.status !== 'afgerond')
      .sort(compareActionNumbers)
      .map((action) => actionOf(action, input.asOf)),
    documents: byPartnership(input.documents, partnership.id)
      .filter((document) => !forRaad || document.isPublic)
      .sort((left, right) => (right.year ?? 0) - (left.year ?? 0) || left.title.localeCompare(right.title, 'nl'))
      .map((document) => ({ title: document.title, typeLabel: choiceLabel(DOCUMENT_TYPE_CHOICES, document.documentType), year: document.year, url: document.fileUrl })),
    influenceMoments: upcomingInfluenceMoments(
      byPartnership(input.processMoments, partnership.id),
      byPartnership(input.wgrDeadlines, partnership.id),
      byPartnership(input.influenceCases, partnership.id),
      input.audience,
      input.asOf,
    ),
  };
}

/** The dossier's facts, one section per partnership in name order; pure. */
export function buildHandoverDossier(input: HandoverDossierInput): HandoverDossierModel {
  const municipalityNames = new Map(input.municipalities.map((municipality) => [municipality.id, municipality.name] as const));
  const byPartnership = partnershipIndex();
  const sections = [...input.partnerships]
    .sort((left, right) => left.name.localeCompare(right.name, 'nl'))
    .map((partnership) => sectionOf(partnership, input, municipalityNames, byPartnership));
  const subject = input.isComplete ? 'alle samenwerkingsverbanden' : (sections[0]?.name ?? 'samenwerkingsverband');
  return { title: `Overdrachtsdossier ${subject}`, audience: input.audience, isComplete: input.isComplete, asOf: input.asOf, sections };
}

/** `Overdrachtsdossier GBTwente (raad) 2026-11-26.docx` */
export function handoverDossierFileName(model: Pick<HandoverDossierModel, 'title' | 'audience' | 'asOf'>): string {
  return `${safeFileNamePart(model.title)} (${model.audience}) ${model.asOf}.docx`;
}
