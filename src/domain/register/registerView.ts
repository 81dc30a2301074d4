import {
  BBV_GROUPS,
  LEGAL_FORMS,
  PARTNERSHIP_STATUSES,
  TASK_LAYERS,
  type BbvGroup,
  type LegalForm,
  type PartnershipStatus,
  type TaskLayer,
} from '../models/partnership';
import type { CalendarDate } from '../models/time';
import type { ComplianceState } from '../meetings/types';
import type { RegisterCompliance } from './registerCompliance';
import type { RiskProfile } from '../riskProfile/models';

/** The angles of seed 004 by which the register can be filtered, plus "any angle" and "none". */
export const IMPORTANCE_FILTERS = ['belangrijk', 'maatschappelijke-opgave', 'kansen', 'risicos', 'geld', 'niet-belangrijk'] as const;
export type ImportanceFilter = (typeof IMPORTANCE_FILTERS)[number];

/**
 * Meeting-frequency compliance values of the "Naleving" filter (issue 5), in the URL as Dutch words. A
 * partnership matches when the worst state of its meeting bodies is this one; "unchecked" and
 * partnerships without bodies match none of them.
 */
export const COMPLIANCE_FILTERS = ['voldaan', 'risico', 'geschonden'] as const;
export type ComplianceFilter = (typeof COMPLIANCE_FILTERS)[number];

/** The compliance state each filter value stands for. */
export const COMPLIANCE_FILTER_STATES: Readonly<Record<ComplianceFilter, ComplianceState>> = {
  voldaan: 'met',
  risico: 'at-risk',
  geschonden: 'violated',
};

export const REGISTER_SORT_KEYS = ['naam', 'rechtsvorm', 'taaklaag', 'accounthouder', 'status', 'geactualiseerd', 'volgende'] as const;
export type RegisterSortKey = (typeof REGISTER_SORT_KEYS)[number];

export const REGISTER_MODES = ['lijst', 'matrix'] as const;
export type RegisterMode = (typeof REGISTER_MODES)[number];

/**
 * What the user narrowed the register to. Empty lists mean "no restriction"; several values in one
 * list mean "any of them" (a partnership in beleid OR strategie), different lists combine with AND.
 */
export interface RegisterFilter {
  /** Free text, matched without regard to case or accents against name, domain, seat, public interest, people and participants. */
  readonly search: string;
  readonly taskLayers: readonly TaskLayer[];
  readonly domains: readonly string[];
  readonly legalForms: readonly LegalForm[];
  readonly bbvGroups: readonly BbvGroup[];
  /** BBV art. 1: only verbonden partijen (true), only the others (false), or both (absent). */
  readonly verbondenPartij?: boolean;
  readonly importance?: ImportanceFilter;
  /** E-mail addresses (lower case) of account holders; `-` stands for "nobody assigned". */
  readonly accountHolders: readonly string[];
  readonly participantIds: readonly number[];
  readonly statuses: readonly PartnershipStatus[];
  /** Seed 004: only partnerships whose refresh is overdue. */
  readonly overdueOnly: boolean;
  /** Issue 5: only partnerships whose meeting bodies are in this compliance state (the worst of them). */
  readonly compliance?: ComplianceFilter;
}

export interface RegisterSort {
  readonly key: RegisterSortKey;
  readonly descending: boolean;
}

/** Everything the register shows, as it is written in the page's query so a link can be shared. */
export interface RegisterView {
  readonly filter: RegisterFilter;
  readonly sort: RegisterSort;
  readonly mode: RegisterMode;
}

/** The account-holder filter value for partnerships that have none. */
export const NO_ACCOUNT_HOLDER = '-';

export const EMPTY_REGISTER_FILTER: RegisterFilter = Object.freeze({
  search: '',
  taskLayers: [],
  domains: [],
  legalForms: [],
  bbvGroups: [],
  accountHolders: [],
  participantIds: [],
  statuses: [],
  overdueOnly: false,
});

export const DEFAULT_REGISTER_VIEW: RegisterView = Object.freeze<RegisterView>({
  filter: EMPTY_REGISTER_FILTER,
  sort: { key: 'naam', descending: false },
  mode: 'lijst',
});

/** The query parameters the register owns; every other parameter of the page (`user`, `lang`, a Teams context) is left alone. */
export const REGISTER_QUERY_PARAMETERS = {
  search: 'q',
  taskLayers: 'taaklaag',
  domains: 'domein',
  legalForms: 'rechtsvorm',
  bbvGroups: 'bbv',
  verbondenPartij: 'verbondenpartij',
  importance: 'belang',
  accountHolders: 'accounthouder',
  participantIds: 'deelnemer',
  statuses: 'status',
  overdueOnly: 'achterstallig',
  compliance: 'naleving',
  sort: 'sorteer',
  descending: 'aflopend',
  mode: 'weergave',
} as const;

/** The part of `URLSearchParams` the register reads. */
export interface QueryReader {
  get(name: string): string | null;
}

function listOf(reader: QueryReader, name: string): string[] {
  const raw = reader.get(name);
  if (raw === null) return [];
  return [...new Set(raw.split(',').map((part) => part.trim()).filter((part) => part !== ''))];
}

function codesOf<const Codes extends readonly string[]>(reader: QueryReader, name: string, allowed: Codes): Codes[number][] {
  return listOf(reader, name).filter((code): code is Codes[number] => (allowed as readonly string[]).includes(code));
}

/**
 * Reads the register's view from a page query. Unknown codes are dropped rather than failing, so an old
 * or hand-edited link still opens the register (with what it still understands).
 *
 * @example
 * parseRegisterView(new URLSearchParams('taaklaag=beleid,strategie&achterstallig=1&sorteer=status'))
 * //=> { filter: { …, taskLayers: ['beleid', 'strategie'], overdueOnly: true }, sort: { key: 'status', descending: false }, mode: 'lijst' }
 */
export function parseRegisterView(reader: QueryReader): RegisterView {
  const p = REGISTER_QUERY_PARAMETERS;
  const verbondenPartij = reader.get(p.verbondenPartij);
  const importance = reader.get(p.importance);
  const sortKey = reader.get(p.sort);
  const mode = reader.get(p.mode);
  const compliance = reader.get(p.compliance);
  const filter: RegisterFilter = {
    search: (reader.get(p.search) ?? '').trim(),
    taskLayers: codesOf(reader, p.taskLayers, TASK_LAYERS),
    domains: listOf(reader, p.domains),
    legalForms: codesOf(reader, p.legalForms, LEGAL_FORMS),
    bbvGroups: codesOf(reader, p.bbvGroups, BBV_GROUPS),
    ...(verbondenPartij === 'ja' ? { verbondenPartij: true } : verbondenPartij === 'nee' ? { verbondenPartij: false } : {}),
    ...(importance !== null && (IMPORTANCE_FILTERS as readonly string[]).includes(importance) ? { importance: importance as ImportanceFilter } : {}),
    accountHolders: listOf(reader, p.accountHolders).map((email) => email.toLowerCase()),
    participantIds: listOf(reader, p.participantIds)
      .map(Number)
      .filter((id) => Number.isInteger(id) && id > 0),
    statuses: codesOf(reader, p.statuses, PARTNERSHIP_STATUSES),
    overdueOnly: reader.get(p.overdueOnly) === '1',
    ...(compliance !== null && (COMPLIANCE_FILTERS as readonly string[]).includes(compliance) ? { compliance: compliance as ComplianceFilter } : {}),
  };
  return {
    filter,
    sort: {
      key: sortKey !== null && (REGISTER_SORT_KEYS as readonly string[]).includes(sortKey) ? (sortKey as RegisterSortKey) : 'naam',
      descending: reader.get(p.descending) === '1',
    },
    mode: mode === 'matrix' ? 'matrix' : 'lijst',
  };
}

/**
 * The query parameters for a view: only what differs from the default, so a plain register has a plain
 * URL. Keys absent from the result must be removed from the page's query (see REGISTER_QUERY_PARAMETERS).
 *
 * @example
 * registerViewToQuery({ ...DEFAULT_REGISTER_VIEW, filter: { ...EMPTY_REGISTER_FILTER, search: 'belasting' } }) //=> { q: 'belasting' }
 */
export function registerViewToQuery(view: RegisterView): Readonly<Record<string, string>> {
  const p = REGISTER_QUERY_PARAMETERS;
  const { filter } = view;
  const query: Record<string, string> = {};
  const setList = (name: string, values: readonly (string | number)[]): void => {
    if (values.length > 0) query[name] = values.join(',');
  };
  if (filter.search.trim() !== '') query[p.search] = filter.search.trim();
  setList(p.taskLayers, filter.taskLayers);
  setList(p.domains, filter.domains);
  setList(p.legalForms, filter.legalForms);
  setList(p.bbvGroups, filter.bbvGroups);
  if (filter.verbondenPartij !== undefined) query[p.verbondenPartij] = filter.verbondenPartij ? 'ja' : 'nee';
  if (filter.importance !== undefined) query[p.importance] = filter.importance;
  setList(p.accountHolders, filter.accountHolders);
  setList(p.participantIds, filter.participantIds);
  setList(p.statuses, filter.statuses);
  if (filter.overdueOnly) query[p.overdueOnly] = '1';
  if (filter.compliance !== undefined) query[p.compliance] = filter.compliance;
  if (view.sort.key !== 'naam') query[p.sort] = view.sort.key;
  if (view.sort.descending) query[p.descending] = '1';
  if (view.mode !== 'lijst') query[p.mode] = view.mode;
  return query;
}

/** Whether the filter restricts anything (the register then says "x of y" and offers "Filters wissen"). */
export function isFilterActive(filter: RegisterFilter): boolean {
  return Object.keys(registerViewToQuery({ ...DEFAULT_REGISTER_VIEW, filter })).length > 0;
}

/** A day the register is looked at, given by the caller: the domain never reads the clock. */
export interface RegisterContext {
  readonly today: CalendarDate;
  /** Names of the municipalities by id, for search and sorting. */
  readonly municipalityNames: ReadonlyMap<number, string>;
  /**
   * Meeting-frequency compliance by partnership id, once it has been computed (it loads after the
   * partnerships). Absent: not known yet, so the "Naleving" filter matches nothing.
   */
  readonly compliance?: ReadonlyMap<number, RegisterCompliance>;
  /** The risk profiles (issue 8): a partnership's current one sets its refresh interval. Absent: seed 004's rule for all. */
  readonly riskProfiles?: readonly RiskProfile[];
}

