/**
 * Failures of the data layer, in the domain's terms: the UI decides how to say them in Dutch,
 * and no caller needs to know HTTP status codes or SharePoint error codes.
 */
export class DataAccessError extends Error {
  public constructor(message: string, public readonly status?: number) {
    super(message);
    this.name = new.target.name;
  }
}

/** HTTP 412: someone else saved the item after the caller read it. */
export class ConcurrencyConflictError<T = unknown> extends DataAccessError {
  public constructor(message: string, public readonly current?: T) {
    super(message, 412);
  }
}

/** HTTP 404, or the list or item is not visible to this user (SharePoint answers both the same). */
export class NotFoundError extends DataAccessError {
  public constructor(message: string) {
    super(message, 404);
  }
}

/** HTTP 401/403: the signed-in user lacks the permission. */
export class AccessDeniedError extends DataAccessError {
  public constructor(message: string, status = 403) {
    super(message, status);
  }
}

/** HTTP 429/503 after the retries were spent. */
export class ThrottledError extends DataAccessError {
  public constructor(message: string, status = 429, public readonly retryAfterSeconds?: number) {
    super(message, status);
  }
}

/** SPQueryThrottledException: a filter on a non-indexed column over a list past the view threshold. */
export class ListViewThresholdError extends DataAccessError {
  public constructor(message: string) {
    super(message, 500);
  }
}

/** HTTP 400: SharePoint refused the request (an unknown field, a bad value). */
export class InvalidRequestError extends DataAccessError {
  public constructor(message: string) {
    super(message, 400);
  }
}

/**
 * The item was saved, but its item-level permissions could not be set (a confidential item may still be
 * readable for those who may only see public information). `item` is the stored item with a valid ETag: save
 * it again (with its `isPublic`) to retry.
 */
export class ItemPermissionError<T = unknown> extends DataAccessError {
  public constructor(message: string, public readonly item: T, public readonly failure?: unknown) {
    super(message);
  }
}
