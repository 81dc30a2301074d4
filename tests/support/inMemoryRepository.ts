import type { CouncilCalendarEntry, RegulationChange, WgrSettings } from '../../src/domain/wgr/types';
import type { InfluenceCase, ParticipantZienswijze, WgrProvisionCheck } from '../../src/domain/councilInfluence/models';
import type { RiskProfile } from '../../src/domain/riskProfile/models';
import type { IndicatorValue, PerformanceIndicator, SatisfactionMeasurement, ServiceAgreement } from '../../src/domain/serviceDelivery/models';

import type { BudgetProgress, CoalitionDossier, CoreDomain, Milestone, PartnershipEvaluation, TaskLayerInsight } from '../../src/domain/steering/models';
import {
  ConcurrencyConflictError,
  InvalidRequestError,
  NotFoundError,
  type BatchResult,
  type Condition,
  type Directory,
  type ItemPage,
  type ItemQuery,
  type Repositories,
  type Repository,
  type SortOrder,
} from '../../src/data/ports';
import type {
  Contact,
  FinancialFigures,
  ImprovementAction,
  Meeting,
  MeetingBody,
  Municipality,
  Partnership,
  PartnershipDocument,
  PersonRef,
  ProcessMoment,
  Stored,
} from '../../src/domain/models';
import { isZonedDateTime, toInstant } from '../../src/domain/time';

/**
 * A faithful in-memory `Repository<T>` for unit and component tests: the same contract as the
 * SharePoint adapter without HTTP.
 *
 * - ids count up from 1 and are never reused (SharePoint does the same after a recycle);
 * - ETags are `"<version>"`, starting at `"1"` and raised by each update; `update`/`recycle` with
 *   another ETag fail with `ConcurrencyConflictError` carrying the current item, `*` overwrites
 *   (as `IF-MATCH: *` does);
 * - values are copied on the way in and out, so a caller cannot change stored state by mutating;
 * - `update` changes only the properties present in `changes`; a property present as `undefined`
 *   clears the field (as the SharePoint adapter does);
 * - queries follow `src/data/sharepoint/queryTranslation.ts`: dotted property paths, people compare
 *   on `userId` (number) or e-mail (string), `contains` is membership on arrays and a substring test
 *   on text, empty text and empty arrays count as null, date-times compare as instants;
 * - paging: `pageSize` (default 100) per page, `nextPageToken` while more items follow, `limit` caps.
 */
export class InMemoryRepository<T extends object> implements Repository<T> {
  private readonly items = new Map<number, { value: T; version: number; modified: string }>();
  private nextId = 1;
  private readonly failures: Array<(value: T) => Error | undefined> = [];

  /** Every call made, in order, for tests that check how the code under test used the port. */
  public readonly calls: Array<{ readonly method: keyof Repository<T>; readonly argument?: unknown }> = [];

  public constructor(
    initial: readonly T[] = [],
    private readonly clock: () => Date = () => new Date('2026-11-26T10:00:00Z'),
  ) {
    for (const value of initial) {
      this.insert(value);
    }
  }

  /** Makes `create`/`createMany` fail for values the predicate picks, with the error it returns. */
  public failCreatesWhen(check: (value: T) => Error | undefined): this {
    this.failures.push(check);
    return this;
  }

  /** A copy of everything stored, in id order, without going through a query. */
  public snapshot(): readonly Stored<T>[] {
    return [...this.items.keys()].sort((left, right) => left - right).map((id) => this.stored(id));
  }

  public async list(query: ItemQuery = {}): Promise<readonly Stored<T>[]> {
    this.calls.push({ method: 'list', argument: query });
    return this.select(query).slice(0, query.limit ?? Number.POSITIVE_INFINITY);
  }

  public async page(query: ItemQuery = {}, pageToken?: string): Promise<ItemPage<T>> {
    this.calls.push({ method: 'page', argument: { query, pageToken } });
    const offset = pageToken === undefined ? 0 : Number(pageToken);
    if (!Number.isInteger(offset) || offset < 0) {
      throw new InvalidRequestError(`Invalid page token '${pageToken}'`);
    }
    const all = this.select(query).slice(0, query.limit ?? Number.POSITIVE_INFINITY);
    const size = query.pageSize ?? 100;
    const items = all.slice(offset, offset + size);
    const next = offset + size;
    return next < all.length ? { items, nextPageToken: String(next) } : { items };
  }

  public async get(id: number): Promise<Stored<T>> {
    this.calls.push({ method: 'get', argument: id });
    this.requireItem(id);
    return this.stored(id);
  }

  public async create(value: T): Promise<Stored<T>> {
    this.calls.push({ method: 'create', argument: value });
    const failure = this.failureFor(value);
    if (failure) {
      throw failure;
    }
    return this.stored(this.insert(value));
  }

  public async update(id: number, changes: Partial<T>, etag: string): Promise<Stored<T>> {
    this.calls.push({ method: 'update', argument: { id, changes, etag } });
    const entry = this.requireItem(id);
    this.checkEtag(id, etag);
    const next: Record<string, unknown> = { ...(entry.value as Record<string, unknown>) };
    for (const [key, value] of Object.entries(structuredClone(changes) as Record<string, unknown>)) {
      if (key === 'id' || key === 'etag' || key === 'modified') {
        continue;
      }
      if (value === undefined) {
        delete next[key];
      } else {
        next[key] = value;
      }
    }
    this.items.set(id, { value: next as T, version: entry.version + 1, modified: this.clock().toISOString() });
    return this.stored(id);
  }

  public async recycle(id: number, etag: string): Promise<void> {
    this.calls.push({ method: 'recycle', argument: { id, etag } });
    this.requireItem(id);
    this.checkEtag(id, etag);
    this.items.delete(id);
  }

  public async createMany(values: readonly T[]): Promise<readonly BatchResult<T>[]> {
    this.calls.push({ method: 'createMany', argument: values });
    // Like SharePoint's $batch: not transactional, one result per value, in order.
    return values.map((value): BatchResult<T> => {
      const failure = this.failureFor(value);
      return failure ? { ok: false, error: failure } : { ok: true, item: this.stored(this.insert(value)) };
    });
  }

  private insert(value: T): number {
    const id = this.nextId;
    this.nextId += 1;
    const { id: _id, etag: _etag, modified: _modified, ...plain } = structuredClone(value) as T & Partial<Stored<T>>;
    this.items.set(id, { value: plain as unknown as T, version: 1, modified: this.clock().toISOString() });
    return id;
  }

  private stored(id: number): Stored<T> {
    const entry = this.items.get(id);
    if (!entry) {
      throw new NotFoundError(`Item ${id} does not exist`);
    }
    return { ...structuredClone(entry.value), id, etag: `"${entry.version}"`, modified: entry.modified };
  }

  private requireItem(id: number): { value: T; version: number; modified: string } {
    const entry = this.items.get(id);
    if (!entry) {
      throw new NotFoundError(`Item does not exist. It may have been deleted by another user. (id ${id})`);
    }
    return entry;
  }

  private checkEtag(id: number, etag: string): void {
    const current = this.stored(id);
    if (etag !== '*' && etag !== current.etag) {
      throw new ConcurrencyConflictError<Stored<T>>(
        `The request ETag value '${etag}' does not match the object's ETag value '${current.etag}'.`,
        current,
      );
    }
  }

  private failureFor(value: T): Error | undefined {
    for (const check of this.failures) {
      const error = check(value);
      if (error) {
        return error;
      }
    }
    return undefined;
  }

  private select(query: ItemQuery): Stored<T>[] {
    const matching = this.snapshot().filter((item) => query.where === undefined || matches(item, query.where));
    return sortItems(matching, query.orderBy ?? []);
  }
}

function valueAt(item: object, path: string): unknown {
  let current: unknown = item;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

function isPerson(value: unknown): value is PersonRef {
  return typeof value === 'object' && value !== null && 'displayName' in value;
}

/** What a stored value is compared as: a person by id or e-mail, a date-time by instant. */
function comparable(value: unknown, against: unknown): unknown {
  if (isPerson(value)) {
    return typeof against === 'string' ? value.email?.toLowerCase() : value.userId;
  }
  if (typeof value === 'string' && typeof against === 'string' && isZonedDateTime(value) && isZonedDateTime(against)) {
    return toInstant(value).getTime();
  }
  return value;
}

function comparableTarget(value: unknown, stored: unknown): unknown {
  if (isPerson(stored) && typeof value === 'string') {
    return value.toLowerCase();
  }
  if (typeof value === 'string' && typeof stored === 'string' && isZonedDateTime(value) && isZonedDateTime(stored)) {
    return toInstant(value).getTime();
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

function compare(left: unknown, right: unknown): number {
  if (typeof left === 'number' && typeof right === 'number') {
    return left - right;
  }
  if (typeof left === 'boolean' && typeof right === 'boolean') {
    return Number(left) - Number(right);
  }
  const leftText = String(left);
  const rightText = String(right);
  return leftText < rightText ? -1 : leftText > rightText ? 1 : 0;
}

function matches(item: object, condition: Condition): boolean {
  if ('conditions' in condition) {
    if (condition.conditions.length === 0) {
      throw new InvalidRequestError(`An '${condition.op}' needs at least one condition`);
    }
    return condition.op === 'and'
      ? condition.conditions.every((inner) => matches(item, inner))
      : condition.conditions.some((inner) => matches(item, inner));
  }
  const stored = valueAt(item, condition.property);
  if (!('value' in condition)) {
    return isEmpty(stored) === (condition.op === 'isNull');
  }
  if (condition.op === 'contains') {
    if (Array.isArray(stored)) {
      return stored.some((element) => comparable(element, condition.value) === comparableTarget(condition.value, element));
    }
    return typeof stored === 'string' && stored.toLowerCase().includes(String(condition.value).toLowerCase());
  }
  if (isEmpty(stored)) {
    // SharePoint: a comparison with an empty field is false, except `ne`.
    return condition.op === 'ne';
  }
  const left = comparable(stored, condition.value);
  const right = comparableTarget(condition.value, stored);
  const order = compare(left, right);
  switch (condition.op) {
    case 'eq':
      return left === right;
    case 'ne':
      return left !== right;
    case 'lt':
      return order < 0;
    case 'le':
      return order <= 0;
    case 'gt':
      return order > 0;
    case 'ge':
      return order >= 0;
  }
}

function sortKey(item: object, property: string): unknown {
  const value = valueAt(item, property);
  if (isPerson(value)) {
    return value.displayName;
  }
  if (typeof value === 'string' && isZonedDateTime(value)) {
    return toInstant(value).getTime();
  }
  return value;
}

function sortItems<T extends object>(items: Stored<T>[], orderBy: readonly SortOrder[]): Stored<T>[] {
  // SharePoint sorts empty values first in ascending order; ties keep id order.
  return [...items].sort((left, right) => {
    for (const { property, descending } of orderBy) {
      const leftValue = sortKey(left, property);
      const rightValue = sortKey(right, property);
      const order = isEmpty(leftValue) && isEmpty(rightValue) ? 0 : isEmpty(leftValue) ? -1 : isEmpty(rightValue) ? 1 : compare(leftValue, rightValue);
      if (order !== 0) {
        return descending ? -order : order;
      }
    }
    return left.id - right.id;
  });
}

/** One in-memory repository per list, ready to pass where `Repositories` is expected. */
export type InMemoryRepositories = { readonly [K in keyof Repositories]: Repositories[K] extends Repository<infer T> ? InMemoryRepository<T & object> : never };

export function createInMemoryRepositories(clock?: () => Date): InMemoryRepositories {
  return {
    municipalities: new InMemoryRepository<Municipality>([], clock),
    partnerships: new InMemoryRepository<Partnership>([], clock),
    financialFigures: new InMemoryRepository<FinancialFigures>([], clock),
    meetingBodies: new InMemoryRepository<MeetingBody>([], clock),
    meetings: new InMemoryRepository<Meeting>([], clock),
    documents: new InMemoryRepository<PartnershipDocument>([], clock),
    processMoments: new InMemoryRepository<ProcessMoment>([], clock),
    actions: new InMemoryRepository<ImprovementAction>([], clock),
    contacts: new InMemoryRepository<Contact>([], clock),
    evaluations: new InMemoryRepository<PartnershipEvaluation>([], clock),
    budgetProgress: new InMemoryRepository<BudgetProgress>([], clock),
    taskLayerInsights: new InMemoryRepository<TaskLayerInsight>([], clock),
    coreDomains: new InMemoryRepository<CoreDomain>([], clock),
    coalitionDossiers: new InMemoryRepository<CoalitionDossier>([], clock),
    milestones: new InMemoryRepository<Milestone>([], clock),
    wgrSettings: new InMemoryRepository<WgrSettings>([], clock),
    regulationChanges: new InMemoryRepository<RegulationChange>([], clock),
    councilCalendar: new InMemoryRepository<CouncilCalendarEntry>([], clock),
    influenceCases: new InMemoryRepository<InfluenceCase>([], clock),
    participantZienswijzen: new InMemoryRepository<ParticipantZienswijze>([], clock),
    wgrProvisionChecks: new InMemoryRepository<WgrProvisionCheck>([], clock),
    riskProfiles: new InMemoryRepository<RiskProfile>([], clock),
    serviceAgreements: new InMemoryRepository<ServiceAgreement>([], clock),
    performanceIndicators: new InMemoryRepository<PerformanceIndicator>([], clock),
    indicatorValues: new InMemoryRepository<IndicatorValue>([], clock),
    satisfactionMeasurements: new InMemoryRepository<SatisfactionMeasurement>([], clock),
  };
}

/**
 * A Directory for tests: `ensureUser` gives each address a stable site user id, the first time adding
 * the user (as SharePoint's `ensureuser` does); names come from `knownUsers`, else the address.
 */
export class InMemoryDirectory implements Directory {
  private readonly users = new Map<string, PersonRef>();
  private nextUserId = 10;
  public readonly ensured: string[] = [];

  public constructor(
    private readonly knownUsers: Readonly<Record<string, string>> = {},
    private readonly signedInEmail?: string,
  ) {}

  public async ensureUser(email: string): Promise<PersonRef> {
    this.ensured.push(email);
    const key = email.toLowerCase();
    const existing = this.users.get(key);
    if (existing) {
      return existing;
    }
    const displayName = this.knownUsers[key] ?? this.knownUsers[email];
    if (displayName === undefined && Object.keys(this.knownUsers).length > 0) {
      throw new NotFoundError(`The user with e-mail '${email}' does not exist.`);
    }
    const person: PersonRef = { userId: this.nextUserId, displayName: displayName ?? email, email };
    this.nextUserId += 1;
    this.users.set(key, person);
    return person;
  }

  public async currentUser(): Promise<PersonRef> {
    if (this.signedInEmail === undefined) {
      throw new NotFoundError('No user is signed in');
    }
    return this.ensureUser(this.signedInEmail);
  }
}
