// The in-memory Repository lives in tests/support (shared by the demo-data and component tests);
// its own tests sit here with the demo-data tests that first relied on it.
import { ConcurrencyConflictError, InvalidRequestError, NotFoundError } from '../../../src/data/ports';
import type { Meeting, Partnership } from '../../../src/domain/models';
import { parseZonedDateTime } from '../../../src/domain/time';
import { InMemoryDirectory, InMemoryRepository } from '../../support/inMemoryRepository';

interface Note {
  readonly title: string;
  readonly count?: number;
  readonly tags: readonly string[];
  readonly owner?: { readonly userId?: number; readonly displayName: string; readonly email?: string };
}

const anne = { userId: 10, displayName: 'Anne de Vries', email: 'a.devries@hofvantwente.example' };
const bram = { userId: 11, displayName: 'Bram Jansen', email: 'b.jansen@hofvantwente.example' };

function notes(): InMemoryRepository<Note> {
  return new InMemoryRepository<Note>([
    { title: 'AB', count: 3, tags: ['formeel'], owner: anne },
    { title: 'DB', count: 4, tags: ['formeel', 'intern'], owner: bram },
    { title: 'Bilateraal', tags: [] },
  ]);
}

describe('InMemoryRepository: writes and ETags', () => {
  it('gives new items ascending ids and ETag "1"', async () => {
    const repository = new InMemoryRepository<Note>();
    const first = await repository.create({ title: 'a', tags: [] });
    const second = await repository.create({ title: 'b', tags: [] });
    expect([first.id, first.etag, second.id]).toEqual([1, '"1"', 2]);
  });

  it('raises the ETag on update and keeps the untouched properties', async () => {
    const repository = notes();
    const updated = await repository.update(1, { count: 5 }, '"1"');
    expect(updated).toMatchObject({ id: 1, etag: '"2"', title: 'AB', count: 5, tags: ['formeel'] });
  });

  it('refuses an update with a stale ETag and hands over the current item', async () => {
    const repository = notes();
    await repository.update(1, { count: 5 }, '"1"');
    const attempt = repository.update(1, { count: 6 }, '"1"');
    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyConflictError);
    await attempt.catch((error: ConcurrencyConflictError<Note>) => expect(error.current).toMatchObject({ count: 5, etag: '"2"' }));
    expect((await repository.get(1)).count).toBe(5);
  });

  it('overwrites with ETag *', async () => {
    const repository = notes();
    await repository.update(1, { count: 5 }, '"1"');
    expect((await repository.update(1, { count: 7 }, '*')).count).toBe(7);
  });

  it('clears a property passed as undefined', async () => {
    const repository = notes();
    const updated = await repository.update(1, { owner: undefined }, '"1"');
    expect('owner' in updated).toBe(false);
  });

  it('recycles only with the current ETag, then answers not found and never reuses the id', async () => {
    const repository = notes();
    await expect(repository.recycle(2, '"9"')).rejects.toBeInstanceOf(ConcurrencyConflictError);
    await repository.recycle(2, '"1"');
    await expect(repository.get(2)).rejects.toBeInstanceOf(NotFoundError);
    await expect(repository.update(2, { count: 1 }, '*')).rejects.toBeInstanceOf(NotFoundError);
    expect((await repository.create({ title: 'nieuw', tags: [] })).id).toBe(4);
  });

  it('stores copies: changing a value after create or read does not change the store', async () => {
    const repository = new InMemoryRepository<{ title: string; tags: string[] }>();
    const input = { title: 'AB', tags: ['formeel'] };
    const created = await repository.create(input);
    input.tags.push('gewijzigd');
    created.tags.push('ook gewijzigd');
    expect((await repository.get(created.id)).tags).toEqual(['formeel']);
  });

  it('ignores an id or ETag inside a created value', async () => {
    const repository = notes();
    const created = await repository.create({ title: 'x', tags: [], id: 99, etag: '"7"' } as Note);
    expect([created.id, created.etag]).toEqual([4, '"1"']);
  });

  it('reports failures per item in createMany and creates the others', async () => {
    const repository = new InMemoryRepository<Note>().failCreatesWhen((note) => (note.title === 'fout' ? new InvalidRequestError('bad value') : undefined));
    const results = await repository.createMany([{ title: 'goed', tags: [] }, { title: 'fout', tags: [] }, { title: 'ook goed', tags: [] }]);
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(repository.snapshot().map((note) => note.title)).toEqual(['goed', 'ook goed']);
  });
});

describe('InMemoryRepository: queries', () => {
  it('filters with eq, ne and comparisons', async () => {
    const repository = notes();
    expect((await repository.list({ where: { property: 'title', op: 'eq', value: 'DB' } })).map((n) => n.id)).toEqual([2]);
    expect((await repository.list({ where: { property: 'count', op: 'ge', value: 4 } })).map((n) => n.id)).toEqual([2]);
    // SharePoint: `ne` matches an empty field, other comparisons do not.
    expect((await repository.list({ where: { property: 'count', op: 'ne', value: 3 } })).map((n) => n.id)).toEqual([2, 3]);
    expect((await repository.list({ where: { property: 'count', op: 'lt', value: 10 } })).map((n) => n.id)).toEqual([1, 2]);
  });

  it('treats empty arrays and absent values as null', async () => {
    const repository = notes();
    expect((await repository.list({ where: { property: 'tags', op: 'isNull' } })).map((n) => n.id)).toEqual([3]);
    expect((await repository.list({ where: { property: 'owner', op: 'isNotNull' } })).map((n) => n.id)).toEqual([1, 2]);
  });

  it('tests membership with contains on arrays and substrings on text', async () => {
    const repository = notes();
    expect((await repository.list({ where: { property: 'tags', op: 'contains', value: 'intern' } })).map((n) => n.id)).toEqual([2]);
    expect((await repository.list({ where: { property: 'title', op: 'contains', value: 'later' } })).map((n) => n.id)).toEqual([3]);
  });

  it('compares people by user id or by e-mail address', async () => {
    const repository = notes();
    expect((await repository.list({ where: { property: 'owner', op: 'eq', value: 11 } })).map((n) => n.id)).toEqual([2]);
    expect((await repository.list({ where: { property: 'owner', op: 'eq', value: 'A.DeVries@hofvantwente.example' } })).map((n) => n.id)).toEqual([1]);
  });

  it('combines conditions with and/or and refuses an empty group', async () => {
    const repository = notes();
    const either = await repository.list({
      where: { op: 'or', conditions: [{ property: 'title', op: 'eq', value: 'AB' }, { property: 'tags', op: 'isNull' }] },
    });
    expect(either.map((n) => n.id)).toEqual([1, 3]);
    await expect(repository.list({ where: { op: 'and', conditions: [] } })).rejects.toBeInstanceOf(InvalidRequestError);
  });

  it('compares date-times as instants in the repeated autumn hour', async () => {
    const repository = new InMemoryRepository<Pick<Meeting, 'title' | 'start'>>([
      { title: 'second 02:30', start: parseZonedDateTime('2026-10-25T02:30:00+01:00') },
      { title: 'first 02:45', start: parseZonedDateTime('2026-10-25T02:45:00+02:00') },
    ]);
    const sorted = await repository.list({ orderBy: [{ property: 'start' }] });
    expect(sorted.map((m) => m.title)).toEqual(['first 02:45', 'second 02:30']);
    const after = await repository.list({ where: { property: 'start', op: 'gt', value: '2026-10-25T02:50:00+02:00' } });
    expect(after.map((m) => m.title)).toEqual(['second 02:30']);
  });

  it('sorts empty values first, then descending when asked, ties in id order', async () => {
    const repository = notes();
    expect((await repository.list({ orderBy: [{ property: 'count' }] })).map((n) => n.id)).toEqual([3, 1, 2]);
    expect((await repository.list({ orderBy: [{ property: 'count', descending: true }] })).map((n) => n.id)).toEqual([2, 1, 3]);
  });

  it('pages with a token until the last page and stops at the limit', async () => {
    const repository = new InMemoryRepository<Pick<Partnership, 'name'>>(Array.from({ length: 5 }, (_, index) => ({ name: `P${index + 1}` })));
    const first = await repository.page({ pageSize: 2 });
    const second = await repository.page({ pageSize: 2 }, first.nextPageToken);
    const third = await repository.page({ pageSize: 2 }, second.nextPageToken);
    expect([first.items.map((p) => p.name), second.items.map((p) => p.name), third.items.map((p) => p.name)]).toEqual([['P1', 'P2'], ['P3', 'P4'], ['P5']]);
    expect(third.nextPageToken).toBeUndefined();
    expect((await repository.list({ limit: 3 })).map((p) => p.name)).toEqual(['P1', 'P2', 'P3']);
    await expect(repository.page({}, 'abc')).rejects.toBeInstanceOf(InvalidRequestError);
  });
});

describe('InMemoryDirectory', () => {
  it('gives the same site user for the same address, in any case', async () => {
    const directory = new InMemoryDirectory({ 'a.devries@hofvantwente.example': 'Anne de Vries' });
    const first = await directory.ensureUser('a.devries@hofvantwente.example');
    const again = await directory.ensureUser('A.deVries@hofvantwente.example');
    expect(again).toEqual(first);
    expect(first.displayName).toBe('Anne de Vries');
  });

  it('refuses an address it does not know when given a user list', async () => {
    await expect(new InMemoryDirectory({ 'a@b.example': 'A' }).ensureUser('x@y.example')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('tells who is signed in', async () => {
    const directory = new InMemoryDirectory({ 'w.smit@hofvantwente.example': 'Wim Smit' }, 'w.smit@hofvantwente.example');
    expect((await directory.currentUser()).displayName).toBe('Wim Smit');
  });
});
