/** What SharePoint adds to every stored item: its id and the version tag used for optimistic concurrency. */
export interface ItemIdentity {
  readonly id: number;
  /** The item's ETag as SharePoint returns it (`"1"`, or `"<guid>,<version>"`); sent back as `If-Match`. */
  readonly etag: string;
  /** When SharePoint last changed the item (UTC instant, ISO 8601). */
  readonly modified?: string;
}

/** A domain value as it is stored: the value plus its identity. */
export type Stored<T> = T & ItemIdentity;
