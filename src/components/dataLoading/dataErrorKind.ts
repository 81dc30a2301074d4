import {
  AccessDeniedError,
  ListViewThresholdError,
  NotFoundError,
  ThrottledError,
} from '../../data/ports/errors';

/**
 * The failures a user can act on differently: ask for access, ask for the site to be set up,
 * wait a minute, ask for indexes, or try again.
 */
export type DataErrorKind = 'accessDenied' | 'notFound' | 'throttled' | 'listViewThreshold' | 'generic';

/** Tells which kind of failure an error from a repository is; errors from outside the ports fall back on their HTTP status. */
export function classifyDataError(error: unknown): DataErrorKind {
  if (error instanceof AccessDeniedError) return 'accessDenied';
  if (error instanceof NotFoundError) return 'notFound';
  if (error instanceof ThrottledError) return 'throttled';
  if (error instanceof ListViewThresholdError) return 'listViewThreshold';
  const status = statusOf(error);
  if (status === 401 || status === 403) return 'accessDenied';
  if (status === 404) return 'notFound';
  if (status === 429 || status === 503) return 'throttled';
  return 'generic';
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null || !('status' in error)) return undefined;
  const status = (error as { readonly status: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}
