import {
  AccessDeniedError,
  ConcurrencyConflictError,
  InvalidRequestError,
  ListViewThresholdError,
  NotFoundError,
  ThrottledError,
} from '../../../../src/data/ports/errors';
import { toDomainError } from '../../../../src/data/sharepoint/errors';

/** The shape of PnPjs's HttpRequestError, with SharePoint's JSON error body appended as PnPjs does. */
function httpError(status: number, code: string, value: string, retryAfter?: string) {
  const body = JSON.stringify({ 'odata.error': { code, message: { lang: 'en-US', value } } });
  return {
    isHttpRequestError: true as const,
    status,
    message: `Error making HttpClient request in queryable [${status}] Status ::> ${body}`,
    response: { headers: { get: (name: string) => (name === 'Retry-After' ? retryAfter ?? null : null) } },
  };
}

describe('SharePoint errors → domain errors', () => {
  it.each([
    [412, '-1, Microsoft.SharePoint.Client.ClientServiceException', ConcurrencyConflictError],
    [404, '-1, System.ArgumentException', NotFoundError],
    [401, '-2147024891, System.UnauthorizedAccessException', AccessDeniedError],
    [403, '-2147024891, System.UnauthorizedAccessException', AccessDeniedError],
    [400, '-1, Microsoft.SharePoint.Client.InvalidClientQueryException', InvalidRequestError],
    [500, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', ListViewThresholdError],
  ])('maps HTTP %i (%s)', (status, code, expected) => {
    const mapped = toDomainError(httpError(status, code, 'SharePoint zegt nee'));
    expect(mapped).toBeInstanceOf(expected);
    expect(mapped.message).toBe('SharePoint zegt nee');
  });

  it('maps throttling after the retries with the Retry-After seconds', () => {
    const mapped = toDomainError(httpError(429, '-1, Throttled', 'Too many requests', '7'));
    expect(mapped).toBeInstanceOf(ThrottledError);
    expect((mapped as ThrottledError).retryAfterSeconds).toBe(7);
  });

  it('keeps a plain 500 a general data access error', () => {
    const mapped = toDomainError(httpError(500, '-1, System.Exception', 'boom'));
    expect(mapped).not.toBeInstanceOf(ListViewThresholdError);
    expect((mapped as { status?: number }).status).toBe(500);
  });

  it('keeps PnPjs own message when the body is not SharePoint JSON', () => {
    const mapped = toDomainError({ isHttpRequestError: true, status: 404, message: 'Error making HttpClient request in queryable [404] Not Found ::> <html>' });
    expect(mapped).toBeInstanceOf(NotFoundError);
    expect(mapped.message).toContain('[404]');
  });
});
