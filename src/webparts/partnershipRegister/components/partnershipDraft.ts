import type { Audience, BbvGroup, LegalForm, Partnership, PartnershipStatus, PersonRef, Stored, TaskLayer } from '../../../domain/models';

/**
 * The panel's form as the user typed it: text stays text until saving, so a half-typed date or number
 * is kept exactly as typed and gets its message under the field.
 */
export interface PartnershipDraft {
  readonly name: string;
  readonly legalForm: LegalForm | '';
  readonly bbvGroup: BbvGroup | '';
  readonly hasAdministrativeInterest: boolean;
  readonly hasFinancialInterest: boolean;
  readonly taskLayers: readonly TaskLayer[];
  readonly domain: string;
  readonly participantIds: readonly number[];
  readonly seat: string;
  readonly publicInterest: string;
  /** E-mail address as typed; the resolved person when it was found. */
  readonly portfolioHolderEmail: string;
  readonly accountHolderEmail: string;
  readonly societalTask: boolean;
  readonly opportunities: boolean;
  readonly riskAngle: boolean;
  readonly money: boolean;
  readonly audiences: readonly Audience[];
  readonly importanceExplanation: string;
  readonly risks: string;
  readonly lastRefreshed: string;
  readonly status: PartnershipStatus | '';
  readonly evaluationPeriodYears: string;
  readonly website: string;
}

export const EMPTY_DRAFT: PartnershipDraft = {
  name: '',
  legalForm: '',
  bbvGroup: '',
  hasAdministrativeInterest: false,
  hasFinancialInterest: false,
  taskLayers: [],
  domain: '',
  participantIds: [],
  seat: '',
  publicInterest: '',
  portfolioHolderEmail: '',
  accountHolderEmail: '',
  societalTask: false,
  opportunities: false,
  riskAngle: false,
  money: false,
  audiences: [],
  importanceExplanation: '',
  risks: '',
  lastRefreshed: '',
  status: 'actief',
  evaluationPeriodYears: '',
  website: '',
};

export function draftOf(partnership: Partnership): PartnershipDraft {
  return {
    name: partnership.name,
    legalForm: partnership.legalForm,
    bbvGroup: partnership.bbvGroup,
    hasAdministrativeInterest: partnership.hasAdministrativeInterest,
    hasFinancialInterest: partnership.hasFinancialInterest,
    taskLayers: partnership.taskLayers,
    domain: partnership.domain,
    participantIds: partnership.participantIds,
    seat: partnership.seat,
    publicInterest: partnership.publicInterest,
    portfolioHolderEmail: partnership.portfolioHolder?.email ?? '',
    accountHolderEmail: partnership.accountHolder?.email ?? '',
    societalTask: partnership.importance.societalTask,
    opportunities: partnership.importance.opportunities,
    riskAngle: partnership.importance.risks,
    money: partnership.importance.money,
    audiences: partnership.importance.audiences,
    importanceExplanation: partnership.importance.explanation,
    risks: partnership.risks,
    lastRefreshed: partnership.lastRefreshed ?? '',
    status: partnership.status,
    evaluationPeriodYears: partnership.evaluationPeriodYears === undefined ? '' : String(partnership.evaluationPeriodYears),
    website: partnership.website ?? '',
  };
}

function personFromEmail(email: string, known: PersonRef | undefined, resolved: ReadonlyMap<string, PersonRef>): PersonRef | undefined {
  const trimmed = email.trim();
  if (trimmed === '') return undefined;
  const lower = trimmed.toLowerCase();
  if (known?.email?.toLowerCase() === lower) return known;
  // Not resolved yet: the repository resolves the address with ensureUser when it writes.
  return resolved.get(lower) ?? { displayName: trimmed, email: trimmed };
}

/**
 * The input `validatePartnership` checks: the draft in the domain's shape, with empty optional fields
 * left out. Numbers that are not numbers stay text, so validation names the problem.
 */
export function candidateOf(draft: PartnershipDraft, original: Partnership | undefined, resolvedPeople: ReadonlyMap<string, PersonRef>): Record<string, unknown> {
  const evaluation = draft.evaluationPeriodYears.trim();
  const candidate: Record<string, unknown> = {
    name: draft.name,
    legalForm: draft.legalForm === '' ? undefined : draft.legalForm,
    bbvGroup: draft.bbvGroup === '' ? undefined : draft.bbvGroup,
    hasAdministrativeInterest: draft.hasAdministrativeInterest,
    hasFinancialInterest: draft.hasFinancialInterest,
    taskLayers: draft.taskLayers,
    domain: draft.domain.trim(),
    participantIds: draft.participantIds,
    seat: draft.seat.trim(),
    publicInterest: draft.publicInterest,
    portfolioHolder: personFromEmail(draft.portfolioHolderEmail, original?.portfolioHolder, resolvedPeople),
    accountHolder: personFromEmail(draft.accountHolderEmail, original?.accountHolder, resolvedPeople),
    importance: {
      societalTask: draft.societalTask,
      opportunities: draft.opportunities,
      risks: draft.riskAngle,
      money: draft.money,
      audiences: draft.audiences,
      explanation: draft.importanceExplanation,
    },
    risks: draft.risks,
    lastRefreshed: draft.lastRefreshed.trim() === '' ? undefined : draft.lastRefreshed.trim(),
    status: draft.status === '' ? undefined : draft.status,
    evaluationPeriodYears: evaluation === '' ? undefined : /^-?\d+([.,]\d+)?$/.test(evaluation) ? Number(evaluation.replace(',', '.')) : evaluation,
    website: draft.website.trim() === '' ? undefined : draft.website.trim(),
  };
  for (const key of Object.keys(candidate)) {
    if (candidate[key] === undefined) delete candidate[key];
  }
  return candidate;
}

/** Which draft field shows a validation message for a domain property path. */
export const DRAFT_FIELD_OF_ERROR: Readonly<Record<string, keyof PartnershipDraft>> = {
  name: 'name',
  legalForm: 'legalForm',
  bbvGroup: 'bbvGroup',
  hasAdministrativeInterest: 'hasAdministrativeInterest',
  hasFinancialInterest: 'hasFinancialInterest',
  taskLayers: 'taskLayers',
  domain: 'domain',
  participantIds: 'participantIds',
  seat: 'seat',
  publicInterest: 'publicInterest',
  portfolioHolder: 'portfolioHolderEmail',
  accountHolder: 'accountHolderEmail',
  importance: 'societalTask',
  'importance.societalTask': 'societalTask',
  'importance.opportunities': 'opportunities',
  'importance.risks': 'riskAngle',
  'importance.money': 'money',
  'importance.audiences': 'audiences',
  'importance.explanation': 'importanceExplanation',
  risks: 'risks',
  lastRefreshed: 'lastRefreshed',
  status: 'status',
  evaluationPeriodYears: 'evaluationPeriodYears',
  website: 'website',
};

/** Validation messages keyed by draft field. */
export function draftErrors(errors: Readonly<Record<string, string>>): Partial<Record<keyof PartnershipDraft | '_', string>> {
  const result: Partial<Record<keyof PartnershipDraft | '_', string>> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = DRAFT_FIELD_OF_ERROR[path] ?? '_';
    if (result[field] === undefined) result[field] = message;
  }
  return result;
}

/** The stored value without SharePoint's identity, for comparing versions. */
export function plainPartnership(stored: Stored<Partnership>): Partnership {
  const { id: _id, etag: _etag, modified: _modified, ...plain } = stored;
  return plain;
}
