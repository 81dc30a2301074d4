import { GraphError } from '@microsoft/microsoft-graph-client';
import { toDataAccessError } from '../../../../src/data/graph/graphErrors';
import {
  AccessDeniedError,
  ConcurrencyConflictError,
  DataAccessError,
  InvalidRequestError,
  NotFoundError,
  ThrottledError,
} from '../../../../src/data/ports/errors';

function graphError(status: number, code: string, headers?: Record<string, string>): GraphError {
  const error = new GraphError(status, `${code} happened`);
  error.code = code;
  if (headers !== undefined) {
    error.headers = new Headers(headers);
  }
  return error;
}

describe('toDataAccessError', () => {
  it.each([
    [400, 'ErrorInvalidRequest', InvalidRequestError],
    [401, 'InvalidAuthenticationToken', AccessDeniedError],
    [403, 'ErrorAccessDenied', AccessDeniedError],
    [404, 'ErrorItemNotFound', NotFoundError],
    [412, 'ErrorIrresolvableConflict', ConcurrencyConflictError],
    [503, 'ServiceUnavailable', ThrottledError],
  ])('maps HTTP %i (%s) to %p', (status, code, expected) => {
    const mapped = toDataAccessError(graphError(status, code), 'Creating the event');
    expect(mapped).toBeInstanceOf(expected);
    expect(mapped.status).toBe(status);
    expect(mapped.message).toBe(`Creating the event: ${code}: ${code} happened`);
  });

  it('keeps the Retry-After of a 429 whose retries were spent', () => {
    const mapped = toDataAccessError(graphError(429, 'TooManyRequests', { 'Retry-After': '10' }), 'Reading the calendar');
    expect(mapped).toBeInstanceOf(ThrottledError);
    expect((mapped as ThrottledError).retryAfterSeconds).toBe(10);
  });

  it('wraps a network failure in a DataAccessError without a status', () => {
    const mapped = toDataAccessError(new TypeError('fetch failed'), 'Reading the calendar');
    expect(mapped).toBeInstanceOf(DataAccessError);
    expect(mapped.status).toBeUndefined();
    expect(mapped.message).toBe('Reading the calendar: fetch failed');
  });

  it('passes a domain error through unchanged', () => {
    const original = new NotFoundError('gone');
    expect(toDataAccessError(original, 'x')).toBe(original);
  });
});
