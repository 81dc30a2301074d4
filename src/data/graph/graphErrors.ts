import {
  AccessDeniedError,
  ConcurrencyConflictError,
  DataAccessError,
  InvalidRequestError,
  NotFoundError,
  ThrottledError,
} from '../ports/errors';

/** The parts of the graph client's `GraphError` this mapping reads (its class is not needed to test it). */
interface GraphErrorLike {
  readonly statusCode: number;
  readonly code: string | null;
  readonly message: string;
  readonly headers?: { get(name: string): string | null };
}

function isGraphErrorLike(error: unknown): error is GraphErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { statusCode?: unknown }).statusCode === 'number';
}

/**
 * A failed Graph call in the domain's terms. The client's RetryHandler has already retried 429/503/504
 * honouring Retry-After, so a throttling status here means the retries were spent.
 */
export function toDataAccessError(error: unknown, action: string): DataAccessError {
  if (error instanceof DataAccessError) {
    return error;
  }
  if (!isGraphErrorLike(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new DataAccessError(`${action}: ${message}`);
  }
  const detail = `${action}: ${error.code ?? 'Error'}: ${error.message}`;
  switch (error.statusCode) {
    case 400:
      return new InvalidRequestError(detail);
    case 401:
    case 403:
      return new AccessDeniedError(detail, error.statusCode);
    case 404:
      return new NotFoundError(detail);
    case 409:
    case 412:
      return new ConcurrencyConflictError(detail);
    case 429:
    case 503:
    case 504: {
      const retryAfter = Number(error.headers?.get('Retry-After') ?? Number.NaN);
      return new ThrottledError(detail, error.statusCode, Number.isFinite(retryAfter) ? retryAfter : undefined);
    }
    default:
      return new DataAccessError(detail, error.statusCode > 0 ? error.statusCode : undefined);
  }
}
