import {
  AccessDeniedError,
  ConcurrencyConflictError,
  DataAccessError,
  InvalidRequestError,
  ListViewThresholdError,
  NotFoundError,
  ThrottledError,
} from '../ports/errors';
import { MappingError } from './fieldMapping';

/** What PnPjs's `HttpRequestError` carries (`@pnp/queryable/behaviors/parsers.js`); typed here to avoid a runtime import. */
interface HttpRequestErrorLike {
  readonly isHttpRequestError: true;
  readonly status: number;
  readonly message: string;
  readonly response?: { readonly headers?: { get(name: string): string | null } };
}

function isHttpRequestError(error: unknown): error is HttpRequestErrorLike {
  return typeof error === 'object' && error !== null && (error as { isHttpRequestError?: unknown }).isHttpRequestError === true;
}

export interface SharePointErrorDetail {
  /** `-2147024860, Microsoft.SharePoint.SPQueryThrottledException`. */
  readonly code: string;
  readonly message: string;
}

/**
 * SharePoint's error body, `{"odata.error": {"code", "message": {"value"}}}` (verbose: under `error`),
 * taken from the text PnPjs appends to its message after `::>`.
 * https://learn.microsoft.com/en-us/sharepoint/dev/sp-add-ins/working-with-lists-and-list-items-with-rest
 */
export function sharePointErrorDetail(errorMessage: string): SharePointErrorDetail | undefined {
  const separator = errorMessage.indexOf('::>');
  if (separator < 0) {
    return undefined;
  }
  try {
    const body = JSON.parse(errorMessage.slice(separator + 3).trim()) as Record<string, unknown>;
    const error = (body['odata.error'] ?? body.error) as { code?: unknown; message?: { value?: unknown } | string } | undefined;
    if (!error) {
      return undefined;
    }
    const message = typeof error.message === 'string' ? error.message : String(error.message?.value ?? '');
    return { code: String(error.code ?? ''), message };
  } catch {
    return undefined;
  }
}

/** Any failure of a PnPjs call → the domain error the UI understands; SharePoint's own words stay in `message`. */
export function toDomainError(error: unknown): Error {
  if (error instanceof DataAccessError) {
    return error;
  }
  if (error instanceof MappingError) {
    return new InvalidRequestError(error.message);
  }
  if (!isHttpRequestError(error)) {
    return error instanceof Error ? error : new Error(String(error));
  }
  const detail = sharePointErrorDetail(error.message);
  const message = detail?.message || error.message;
  switch (error.status) {
    case 400:
      return new InvalidRequestError(message);
    case 401:
    case 403:
      return new AccessDeniedError(message, error.status);
    case 404:
      return new NotFoundError(message);
    case 412:
      return new ConcurrencyConflictError(message);
    case 429:
    case 503: {
      // BrowserFetchWithRetry has already waited and retried; what reaches us is the last answer.
      const retryAfter = Number(error.response?.headers?.get('Retry-After') ?? Number.NaN);
      return new ThrottledError(message, error.status, Number.isFinite(retryAfter) ? retryAfter : undefined);
    }
    case 500:
      if (detail?.code.includes('SPQueryThrottledException')) {
        return new ListViewThresholdError(message);
      }
      return new DataAccessError(message, 500);
    default:
      return new DataAccessError(message, error.status);
  }
}

/** Runs a data call and rethrows its failure as a domain error. */
export async function withDomainErrors<R>(call: () => Promise<R>): Promise<R> {
  try {
    return await call();
  } catch (error) {
    throw toDomainError(error);
  }
}
