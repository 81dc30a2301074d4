import type { Stored } from '../../domain/models';

/** A condition on a domain property, translated by each adapter into its own query language. */
export type Condition =
  | { readonly property: string; readonly op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'; readonly value: string | number | boolean }
  | { readonly property: string; readonly op: 'isNull' | 'isNotNull' }
  /** For multi-value properties (task layers, participants): the value is one of the item's values. */
  | { readonly property: string; readonly op: 'contains'; readonly value: string | number }
  | { readonly op: 'and' | 'or'; readonly conditions: readonly Condition[] };

export interface SortOrder {
  readonly property: string;
  readonly descending?: boolean;
}

export interface ItemQuery {
  readonly where?: Condition;
  readonly orderBy?: readonly SortOrder[];
  /** Page size; the adapter pages on until `limit` or the end. */
  readonly pageSize?: number;
  /** Stop after this many items. */
  readonly limit?: number;
}

export interface ItemPage<T> {
  readonly items: readonly Stored<T>[];
  /** Opaque token for the next page; absent on the last page. */
  readonly nextPageToken?: string;
}

/**
 * Reading and writing one kind of domain value. Writes are optimistic: `update` and `recycle` take the
 * ETag the caller read, and fail with a ConcurrencyConflictError when the item changed since.
 */
export interface Repository<T> {
  /** All items matching the query, following SharePoint's pages. */
  list(query?: ItemQuery): Promise<readonly Stored<T>[]>;
  /** One page of items. */
  page(query?: ItemQuery, pageToken?: string): Promise<ItemPage<T>>;
  get(id: number): Promise<Stored<T>>;
  create(value: T): Promise<Stored<T>>;
  update(id: number, changes: Partial<T>, etag: string): Promise<Stored<T>>;
  /** Moves the item to the site's recycle bin, from where an owner can restore it. */
  recycle(id: number, etag: string): Promise<void>;
  /** Several creates in one round trip (SharePoint `$batch`); each result says whether that item failed. */
  createMany(values: readonly T[]): Promise<readonly BatchResult<T>[]>;
}

export type BatchResult<T> =
  | { readonly ok: true; readonly item: Stored<T> }
  | { readonly ok: false; readonly error: Error };
