import { parseBinderWithErrorCheck, parseODataJSON } from '@pnp/queryable';
import { SPCollection } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import './pnpModules';
import type { IItems } from '@pnp/sp/items';
import type { IList } from '@pnp/sp/lists';
import type { PersonRef, Stored } from '../../domain/models';
import type { ListSchema } from '../../schema';
import type { Directory } from '../ports/directory';
import { ConcurrencyConflictError, ItemPermissionError } from '../ports/errors';
import type { BatchResult, ItemPage, ItemQuery, Repository } from '../ports/repository';
import { toDomainError, withDomainErrors } from './errors';
import {
  fromSharePointItem,
  getPath,
  isPersonField,
  mappedFields,
  readProjection,
  toSharePointBody,
  type DomainRecord,
  type SharePointRow,
} from './fieldMapping';
import { applyItemPermission, hasItemLevelConfidentiality, visitorGroupId, type ItemPermissionHints } from './itemPermissions';
import { translateFilter, translateOrderBy } from './queryTranslation';

/** Resolves people known only by e-mail to site users before they are written. */
export type PersonResolver = Pick<Directory, 'ensureUser'>;

/** SharePoint's default page is 100 items; larger pages mean fewer round trips, up to its maximum of 5,000. */
const DEFAULT_PAGE_SIZE = 500;
const MAX_PAGE_SIZE = 5000;

interface RawPage {
  readonly rows: readonly SharePointRow[];
  readonly nextLink?: string;
}

/** Parses a collection answer keeping `odata.nextLink` (minimal metadata) or `d.__next` (verbose), as PnPjs's own iterator does. */
function pageParser() {
  return parseBinderWithErrorCheck(async (response): Promise<RawPage> => {
    const json = (await response.json()) as Record<string, unknown>;
    const verbose = json.d as { __next?: string } | undefined;
    const nextLink = verbose?.__next ?? (json['odata.nextLink'] as string | undefined);
    const rows = parseODataJSON(json) as SharePointRow[];
    return nextLink ? { rows, nextLink } : { rows };
  });
}

/** Versions compare by number: SharePoint accepts `"3"` and `"<item guid>,3"` for the same item version. */
export function etagVersion(etag: string): string {
  const unquoted = etag.replace(/^W\//, '').replace(/"/g, '');
  return unquoted.slice(unquoted.lastIndexOf(',') + 1);
}

/**
 * A list of the site schema as a `Repository<T>`: reads select exactly the schema's fields, writes send only
 * what changed with the caller's ETag (`IF-MATCH`), and every failure surfaces as a domain error.
 * In a list with `itemLevelConfidentiality`, every write that sets `isPublic` also sets the item's permissions
 * at once (confidential: closed to the site's Visitors; public: inheriting), not only at the next publish run.
 */
export class SharePointListRepository<T extends object> implements Repository<T> {
  /** The site's Visitors group id, asked once per repository (and again after a failed ask). */
  private visitors?: Promise<number>;

  public constructor(
    protected readonly sp: SPFI,
    protected readonly schema: ListSchema,
    protected readonly people: PersonResolver,
    /** Built-in columns read besides the schema's fields (a library's `FileRef`). */
    protected readonly extraSelect: readonly string[] = [],
  ) {}

  protected get spList(): IList {
    return this.sp.web.lists.getByTitle(this.schema.title);
  }

  public async list(query: ItemQuery = {}): Promise<readonly Stored<T>[]> {
    return withDomainErrors(async () => {
      const items = this.queryItems(query, Math.min(query.pageSize ?? DEFAULT_PAGE_SIZE, query.limit ?? MAX_PAGE_SIZE));
      const results: Stored<T>[] = [];
      // PnPjs's async iterator follows `odata.nextLink` page by page, so lists past 5,000 items read whole.
      for await (const rows of items as AsyncIterable<SharePointRow[]>) {
        for (const row of rows) {
          results.push(this.toStored(row));
          if (query.limit !== undefined && results.length >= query.limit) {
            return results;
          }
        }
      }
      return results;
    });
  }

  public async page(query: ItemQuery = {}, pageToken?: string): Promise<ItemPage<T>> {
    return withDomainErrors(async () => {
      const collection = pageToken
        ? SPCollection([this.spList.items, pageToken])
        : this.queryItems(query, Math.min(query.pageSize ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
      const page = (await collection.using(pageParser())()) as RawPage;
      const items = page.rows.map((row) => this.toStored(row));
      return page.nextLink ? { items, nextPageToken: page.nextLink } : { items };
    });
  }

  public async get(id: number): Promise<Stored<T>> {
    return withDomainErrors(async () => {
      const { select, expand } = readProjection(this.schema, this.extraSelect);
      const row = (await this.spList.items.getById(id).select(...select).expand(...expand)()) as SharePointRow;
      return this.toStored(row);
    });
  }

  public async create(value: T): Promise<Stored<T>> {
    return withDomainErrors(async () => {
      const body = toSharePointBody(this.schema, await this.withResolvedPeople(value as DomainRecord), 'create');
      const created = (await this.spList.items.add(body)) as SharePointRow;
      // Read back so the answer carries expanded people and whatever SharePoint filled in (defaults, Modified).
      const stored = await this.get(created.Id as number);
      await this.secure(stored, { newItem: true });
      return stored;
    });
  }

  public async update(id: number, changes: Partial<T>, etag: string): Promise<Stored<T>> {
    return withDomainErrors(async () => {
      const body = toSharePointBody(this.schema, await this.withResolvedPeople(changes as DomainRecord), 'update');
      if (Object.keys(body).length > 0) {
        try {
          await this.spList.items.getById(id).update(body, etag);
        } catch (error) {
          throw await this.conflictWithCurrent(id, error);
        }
      }
      const stored = await this.get(id);
      if ((changes as { readonly isPublic?: unknown }).isPublic !== undefined) {
        await this.secure(stored);
      }
      return stored;
    });
  }

  public async recycle(id: number, etag: string): Promise<void> {
    return withDomainErrors(async () => {
      // `recycle` takes no IF-MATCH in SharePoint, so the version is checked by reading first.
      const current = await this.get(id);
      if (etagVersion(current.etag) !== etagVersion(etag)) {
        throw new ConcurrencyConflictError(`Item ${id} of '${this.schema.title}' was changed by someone else (ETag ${current.etag}, expected ${etag}).`, current);
      }
      await this.spList.items.getById(id).recycle();
    });
  }

  public async createMany(values: readonly T[]): Promise<readonly BatchResult<T>[]> {
    let resolved: DomainRecord[];
    try {
      resolved = await Promise.all(values.map((value) => this.withResolvedPeople(value as DomainRecord)));
    } catch (error) {
      const failure = toDomainError(error);
      return values.map(() => ({ ok: false as const, error: failure }));
    }
    // PnPjs sends the batch in chunks of at most 20 requests (`@pnp/sp/batching.js`, maxRequests).
    const [batchedSp, execute] = this.sp.batched();
    const pending = resolved.map((value) => {
      try {
        // A fresh queryable per request: PnPjs refuses to put one instance in a batch twice.
        return batchedSp.web.lists.getByTitle(this.schema.title).items.add(toSharePointBody(this.schema, value, 'create')) as Promise<SharePointRow>;
      } catch (error) {
        return Promise.reject(error);
      }
    });
    // Failed parts reject their own promise; `allSettled` keeps one failure from hiding the others.
    const allSettled = Promise.allSettled(pending);
    try {
      await execute();
    } catch (error) {
      // The `$batch` request itself failed (throttled, denied): no part was answered.
      const failure = toDomainError(error);
      return values.map(() => ({ ok: false as const, error: failure }));
    }
    const settled = (await allSettled).map((outcome, index): BatchResult<T> => {
      if (outcome.status === 'rejected') {
        return { ok: false, error: toDomainError(outcome.reason) };
      }
      // The create answer has people only as `<Name>Id`; the names come from what was sent.
      const stored = { ...fromSharePointItem(this.schema, outcome.value), ...this.peopleOf(resolved[index]) };
      return { ok: true, item: stored as Stored<T> };
    });
    // Permissions per created item, one after the other (each is a few requests that cannot be batched safely:
    // the role assignments to remove are only known after inheritance is broken).
    const results: BatchResult<T>[] = [];
    for (const result of settled) {
      if (!result.ok) {
        results.push(result);
        continue;
      }
      try {
        await this.secure(result.item, { newItem: true });
        results.push(result);
      } catch (error) {
        results.push({ ok: false, error: toDomainError(error) });
      }
    }
    return results;
  }

  /**
   * Sets the stored item's permissions by its `isPublic` in a list with item-level confidentiality. The write
   * has happened: a failure says so (`ItemPermissionError` with the item) instead of leaving a confidential
   * item open unnoticed. Permissions do not change the item's version, so `stored.etag` stays valid.
   */
  protected async secure(stored: Stored<T>, hints: ItemPermissionHints = {}): Promise<void> {
    if (!hasItemLevelConfidentiality(this.schema)) return;
    const isPublic = (stored as { readonly isPublic?: unknown }).isPublic !== false;
    if (hints.newItem && isPublic) return; // A new item inherits already: nothing to ask or change.
    try {
      const readers = await this.visitorGroup();
      await applyItemPermission(this.sp, this.schema.title, stored.id, isPublic, [readers], hints);
    } catch (error) {
      const cause = toDomainError(error);
      throw new ItemPermissionError<Stored<T>>(
        `Item ${stored.id} in '${this.schema.title}' is opgeslagen, maar de rechten konden niet worden ingesteld ` +
          `(${isPublic ? 'openbaar: rechten van de site overnemen' : 'vertrouwelijk: afschermen voor lezers van openbare informatie'}): ${cause.message} ` +
          'Sla het item opnieuw op om het nogmaals te proberen.',
        stored,
        cause,
      );
    }
  }

  private visitorGroup(): Promise<number> {
    if (!this.visitors) {
      this.visitors = visitorGroupId(this.sp);
      this.visitors.catch(() => {
        this.visitors = undefined;
      });
    }
    return this.visitors;
  }

  protected queryItems(query: ItemQuery, top: number): IItems {
    const { select, expand } = readProjection(this.schema, this.extraSelect);
    const expandAll = new Set(expand);
    let items = this.spList.items.select(...select).top(top);
    if (query.where) {
      const translated = translateFilter(this.schema, query.where);
      translated.expand.forEach((field) => expandAll.add(field));
      items = items.filter(translated.filter);
    }
    for (const order of translateOrderBy(this.schema, query.orderBy ?? [])) {
      items = items.orderBy(order.column, order.ascending);
    }
    return expandAll.size > 0 ? items.expand(...expandAll) : items;
  }

  protected toStored(row: SharePointRow): Stored<T> {
    return fromSharePointItem(this.schema, row) as Stored<T>;
  }

  /** On 412 the caller gets the item as it is now, so the UI can show both versions. */
  private async conflictWithCurrent(id: number, error: unknown): Promise<Error> {
    const mapped = toDomainError(error);
    if (!(mapped instanceof ConcurrencyConflictError)) {
      return mapped;
    }
    const current = await this.get(id);
    return new ConcurrencyConflictError<Stored<T>>(mapped.message, current);
  }

  /** People given only by e-mail become site users (`ensureuser`) so their id can be written. */
  private async withResolvedPeople(value: DomainRecord): Promise<DomainRecord> {
    const resolved: DomainRecord = { ...value };
    for (const field of mappedFields(this.schema).filter(isPersonField)) {
      const path = field.property as string;
      if (path.includes('.')) {
        continue; // No nested person property exists in the schema; keep it simple until one does.
      }
      const current = getPath(value, path);
      if (current === undefined || current === null) {
        continue;
      }
      resolved[path] = Array.isArray(current)
        ? await Promise.all((current as readonly PersonRef[]).map((person) => this.resolvePerson(person)))
        : await this.resolvePerson(current as PersonRef);
    }
    return resolved;
  }

  private async resolvePerson(person: PersonRef): Promise<PersonRef> {
    if (person.userId !== undefined || person.email === undefined) {
      return person;
    }
    return this.people.ensureUser(person.email);
  }

  private peopleOf(value: DomainRecord): DomainRecord {
    const people: DomainRecord = {};
    for (const field of mappedFields(this.schema).filter(isPersonField)) {
      const path = field.property as string;
      if (Object.prototype.hasOwnProperty.call(value, path)) {
        people[path] = value[path];
      }
    }
    return people;
  }
}
