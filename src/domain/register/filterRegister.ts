import { LEGAL_FORMS, PARTNERSHIP_STATUSES, TASK_LAYERS, type Partnership } from '../models/partnership';
import type { Stored } from '../models/entity';
import { isImportant, isVerbondenPartij } from '../partnerships/classification';
import { refreshDue, type RefreshDue } from '../partnerships/refresh';
import { currentRiskProfile } from '../riskProfile/intensity';
import { compareCalendarDates } from '../time/calendarDate';
import { COMPLIANCE_FILTER_STATES, NO_ACCOUNT_HOLDER, type ImportanceFilter, type RegisterContext, type RegisterFilter, type RegisterSort } from './registerView';

/** A partnership with what the register derives from it for today. */
export interface RegisterEntry {
  readonly partnership: Stored<Partnership>;
  readonly refresh: RefreshDue;
  readonly important: boolean;
  readonly verbondenPartij: boolean;
}

/** Lower case without accents, so "cooperatie" finds "Coöperatie" and "twente" finds "TWENTE". */
export function searchableText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const dutchCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * Each partnership with its refresh state (its risk profile's interval, else seed 004's), importance and BBV
 * classification for today.
 *
 * @example
 * toRegisterEntries([gbTwente], { today: parseCalendarDate('2026-11-26'), municipalityNames: new Map() })[0].refresh.overdue //=> true
 */
export function toRegisterEntries(partnerships: readonly Stored<Partnership>[], context: Pick<RegisterContext, 'today' | 'riskProfiles'>): readonly RegisterEntry[] {
  const profiles = context.riskProfiles ?? [];
  return partnerships.map((partnership) => ({
    partnership,
    refresh: refreshDue(partnership, context.today, profiles.length === 0 ? undefined : currentRiskProfile(profiles, partnership.id)),
    important: isImportant(partnership),
    verbondenPartij: isVerbondenPartij(partnership),
  }));
}

function matchesImportance(entry: RegisterEntry, wanted: ImportanceFilter): boolean {
  const angles = entry.partnership.importance;
  switch (wanted) {
    case 'belangrijk':
      return entry.important;
    case 'niet-belangrijk':
      return !entry.important;
    case 'maatschappelijke-opgave':
      return angles.societalTask;
    case 'kansen':
      return angles.opportunities;
    case 'risicos':
      return angles.risks;
    case 'geld':
      return angles.money;
  }
}

function searchHaystack(partnership: Partnership, context: RegisterContext): string {
  const participants = partnership.participantIds.map((id) => context.municipalityNames.get(id) ?? '');
  return searchableText(
    [
      partnership.name,
      partnership.domain,
      partnership.seat,
      partnership.publicInterest,
      partnership.accountHolder?.displayName ?? '',
      partnership.portfolioHolder?.displayName ?? '',
      ...participants,
    ].join('\n'),
  );
}

/** Whether one entry passes the filter; see RegisterFilter for how the criteria combine. */
export function matchesRegisterFilter(entry: RegisterEntry, filter: RegisterFilter, context: RegisterContext): boolean {
  const p = entry.partnership;
  if (filter.taskLayers.length > 0 && !p.taskLayers.some((layer) => filter.taskLayers.includes(layer))) return false;
  if (filter.domains.length > 0 && !filter.domains.some((domain) => searchableText(domain) === searchableText(p.domain))) return false;
  if (filter.legalForms.length > 0 && !filter.legalForms.includes(p.legalForm)) return false;
  if (filter.bbvGroups.length > 0 && !filter.bbvGroups.includes(p.bbvGroup)) return false;
  if (filter.verbondenPartij !== undefined && entry.verbondenPartij !== filter.verbondenPartij) return false;
  if (filter.importance !== undefined && !matchesImportance(entry, filter.importance)) return false;
  if (filter.accountHolders.length > 0) {
    const email = p.accountHolder?.email?.toLowerCase() ?? (p.accountHolder ? p.accountHolder.displayName.toLowerCase() : NO_ACCOUNT_HOLDER);
    if (!filter.accountHolders.includes(email)) return false;
  }
  if (filter.participantIds.length > 0 && !p.participantIds.some((id) => filter.participantIds.includes(id))) return false;
  if (filter.statuses.length > 0 && !filter.statuses.includes(p.status)) return false;
  if (filter.overdueOnly && !entry.refresh.overdue) return false;
  if (filter.compliance !== undefined && context.compliance?.get(p.id)?.state !== COMPLIANCE_FILTER_STATES[filter.compliance]) return false;
  const words = searchableText(filter.search).split(/\s+/).filter((word) => word !== '');
  if (words.length > 0) {
    const haystack = searchHaystack(p, context);
    if (!words.every((word) => haystack.includes(word))) return false;
  }
  return true;
}

function orderIndex(order: readonly string[], value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}

function firstLayerIndex(partnership: Partnership): number {
  return partnership.taskLayers.length === 0 ? TASK_LAYERS.length : Math.min(...partnership.taskLayers.map((layer) => orderIndex(TASK_LAYERS, layer)));
}

/** Compares two present values; absent ones are handled by the caller so they always go last. */
function compareBy(key: RegisterSort['key'], left: RegisterEntry, right: RegisterEntry): number | undefined {
  const a = left.partnership;
  const b = right.partnership;
  switch (key) {
    case 'naam':
      return dutchCollator.compare(a.name, b.name);
    // Legal forms, BBV groups and statuses sort in the order the Wgr and the BBV list them, not alphabetically.
    case 'rechtsvorm':
      return orderIndex(LEGAL_FORMS, a.legalForm) - orderIndex(LEGAL_FORMS, b.legalForm);
    case 'status':
      return orderIndex(PARTNERSHIP_STATUSES, a.status) - orderIndex(PARTNERSHIP_STATUSES, b.status);
    case 'taaklaag':
      return firstLayerIndex(a) - firstLayerIndex(b);
    case 'accounthouder':
      if (!a.accountHolder || !b.accountHolder) return undefined;
      return dutchCollator.compare(a.accountHolder.displayName, b.accountHolder.displayName);
    case 'geactualiseerd':
      if (!a.lastRefreshed || !b.lastRefreshed) return undefined;
      return compareCalendarDates(a.lastRefreshed, b.lastRefreshed);
    case 'volgende':
      if (!left.refresh.dueOn || !right.refresh.dueOn) return undefined;
      return compareCalendarDates(left.refresh.dueOn, right.refresh.dueOn);
  }
}

function isAbsent(key: RegisterSort['key'], entry: RegisterEntry): boolean {
  switch (key) {
    case 'accounthouder':
      return entry.partnership.accountHolder === undefined;
    case 'geactualiseerd':
      return entry.partnership.lastRefreshed === undefined;
    case 'volgende':
      return entry.refresh.dueOn === undefined;
    default:
      return false;
  }
}

/**
 * A new array in the chosen order; ties fall back to the name, and empty values (no account holder,
 * never refreshed) come last in both directions. The input is left as it was.
 */
export function sortRegisterEntries(entries: readonly RegisterEntry[], sort: RegisterSort): readonly RegisterEntry[] {
  const direction = sort.descending ? -1 : 1;
  return [...entries].sort((left, right) => {
    const leftAbsent = isAbsent(sort.key, left);
    const rightAbsent = isAbsent(sort.key, right);
    if (leftAbsent !== rightAbsent) return leftAbsent ? 1 : -1;
    const primary = leftAbsent ? 0 : (compareBy(sort.key, left, right) ?? 0);
    if (primary !== 0) return primary * direction;
    return dutchCollator.compare(left.partnership.name, right.partnership.name) * (sort.key === 'naam' ? direction : 1);
  });
}

/**
 * The register as the user asked for it: filtered, searched and sorted.
 *
 * @example
 * applyRegisterView(entries, { ...EMPTY_REGISTER_FILTER, taskLayers: ['beleid'] }, { key: 'naam', descending: false }, context)
 */
export function applyRegisterView(
  entries: readonly RegisterEntry[],
  filter: RegisterFilter,
  sort: RegisterSort,
  context: RegisterContext,
): readonly RegisterEntry[] {
  return sortRegisterEntries(
    entries.filter((entry) => matchesRegisterFilter(entry, filter, context)),
    sort,
  );
}

/** The distinct policy domains in the register, for the domain filter's options, in Dutch alphabetical order. */
export function registerDomains(partnerships: readonly Partnership[]): readonly string[] {
  const byKey = new Map<string, string>();
  for (const partnership of partnerships) {
    const domain = partnership.domain.trim();
    if (domain !== '' && !byKey.has(searchableText(domain))) byKey.set(searchableText(domain), domain);
  }
  return [...byKey.values()].sort(dutchCollator.compare);
}

/** The distinct account holders, by lower-case e-mail (or name when SharePoint gave none), for the filter's options. */
export function registerAccountHolders(partnerships: readonly Partnership[]): readonly { readonly key: string; readonly displayName: string }[] {
  const byKey = new Map<string, string>();
  for (const partnership of partnerships) {
    const person = partnership.accountHolder;
    if (!person) continue;
    const key = person.email?.toLowerCase() ?? person.displayName.toLowerCase();
    if (!byKey.has(key)) byKey.set(key, person.displayName);
  }
  return [...byKey.entries()].map(([key, displayName]) => ({ key, displayName })).sort((a, b) => dutchCollator.compare(a.displayName, b.displayName));
}

