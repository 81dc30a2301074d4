import { randomUUID } from 'node:crypto';
import type { EmulatorRequest, EmulatorResponse } from '../http';

/**
 * Graph's error body: `{"error": {"code", "message", "innerError": {"date", "request-id", "client-request-id"}}}`.
 * https://learn.microsoft.com/en-us/graph/errors
 */
export function graphError(
  status: number,
  code: string,
  message: string,
  request?: Pick<EmulatorRequest, 'headers'>,
  extraHeaders: Readonly<Record<string, string>> = {},
): EmulatorResponse {
  const requestId = randomUUID();
  const clientRequestId = request?.headers['client-request-id'] ?? requestId;
  return {
    status,
    headers: { 'content-type': 'application/json', 'request-id': requestId, 'client-request-id': clientRequestId, ...extraHeaders },
    body: {
      error: {
        code,
        message,
        innerError: { date: new Date().toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': requestId, 'client-request-id': clientRequestId },
      },
    },
  };
}

/**
 * What Graph answers when it throttles: 429 (or 503) with `Retry-After` in seconds.
 * https://learn.microsoft.com/en-us/graph/throttling — exported so the emulator's throttle switch
 * (`POST /_emulator/throttle` with target "graph") answers in Graph's shape.
 */
export function graphThrottledResponse(status: 429 | 503, retryAfterSeconds: number, request?: Pick<EmulatorRequest, 'headers'>): EmulatorResponse {
  return status === 429
    ? graphError(429, 'TooManyRequests', 'Please retry again later.', request, { 'retry-after': String(retryAfterSeconds) })
    : graphError(503, 'ServiceUnavailable', 'Service is temporarily unavailable. Please retry again later.', request, { 'retry-after': String(retryAfterSeconds) });
}

/** An error a handler throws to end the request with a Graph error response. */
export class GraphRequestError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'GraphRequestError';
  }
}

export const itemNotFound = (): GraphRequestError =>
  new GraphRequestError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

export const accessDenied = (): GraphRequestError =>
  new GraphRequestError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.');
