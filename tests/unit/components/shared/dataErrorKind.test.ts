import { classifyDataError } from '../../../../src/components/dataLoading/dataErrorKind';
import {
  AccessDeniedError,
  ConcurrencyConflictError,
  InvalidRequestError,
  ListViewThresholdError,
  NotFoundError,
  ThrottledError,
} from '../../../../src/data/ports/errors';

describe('classifyDataError', () => {
  it.each([
    [new AccessDeniedError('denied'), 'accessDenied'],
    [new AccessDeniedError('not signed in', 401), 'accessDenied'],
    [new NotFoundError('no list'), 'notFound'],
    [new ThrottledError('busy', 503, 5), 'throttled'],
    [new ListViewThresholdError('too many'), 'listViewThreshold'],
    [new InvalidRequestError('bad field'), 'generic'],
    [new ConcurrencyConflictError('changed'), 'generic'],
    [new Error('boom'), 'generic'],
    ['a string', 'generic'],
    [undefined, 'generic'],
  ])('classifies %p as %s', (error, kind) => {
    expect(classifyDataError(error)).toBe(kind);
  });

  it('falls back on the HTTP status of an error from outside the ports', () => {
    const pnpError = Object.assign(new Error('Error making HttpClient request in queryable [403] Forbidden'), { status: 403 });
    expect(classifyDataError(pnpError)).toBe('accessDenied');
    expect(classifyDataError({ status: 429 })).toBe('throttled');
    expect(classifyDataError({ status: 404 })).toBe('notFound');
    expect(classifyDataError({ status: '404' })).toBe('generic');
  });
});
