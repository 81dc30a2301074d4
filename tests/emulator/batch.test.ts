import { spfi } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { OWNER, listPath, startKit, type EmulatorKit } from './emulatorTestKit';

describe('$batch', () => {
  let kit: EmulatorKit;
  beforeAll(async () => {
    kit = await startKit();
    await kit.createList('Acties');
    await kit.addItem('Acties', { Title: 'Bestaand' });
  });
  afterAll(() => kit.close());

  it('answers reads and a changeset of writes in one multipart response, in order', async () => {
    const items = `${kit.site}${listPath('Acties')}/items`;
    const body = [
      '--batch_1',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${items}(1)?$select=Title HTTP/1.1`,
      'Accept: application/json;odata=nometadata',
      '',
      '--batch_1',
      'Content-Type: multipart/mixed; boundary="changeset_a"',
      '',
      '--changeset_a',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `POST ${items} HTTP/1.1`,
      'Accept: application/json',
      'Content-Type: application/json;charset=utf-8',
      '',
      '{"Title":"Nieuw"}',
      '',
      '--changeset_a',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `MERGE ${items}(1) HTTP/1.1`,
      'Content-Type: application/json;charset=utf-8',
      'IF-Match: "9"',
      '',
      '{"Title":"Gewijzigd"}',
      '',
      '--changeset_a--',
      '',
      '--batch_1--',
      '',
    ].join('\r\n');
    const response = await kit.call('/_api/$batch', { body, headers: { 'content-type': 'multipart/mixed; boundary=batch_1' } });
    expect(response.status).toBe(200);
    const boundary = /boundary=(batchresponse_[0-9a-f-]+)/.exec(response.headers.get('content-type') ?? '')?.[1];
    expect(boundary).toBeDefined();
    const text = await response.text();
    expect(text.endsWith(`--${boundary}--\n`)).toBe(true);
    const statuses = [...text.matchAll(/^HTTP\/1\.1 (\d+) /gm)].map((match) => Number(match[1]));
    expect(statuses).toEqual([200, 201, 412]);
    expect(text).toContain('{"Title":"Bestaand"}');
    // Not transactional: the create stands although the update in the same changeset failed.
    const all = await kit.json<{ value: { Title: string }[] }>(`${listPath('Acties')}/items?$select=Title`);
    expect(all.value.map((item) => item.Title)).toEqual(['Bestaand', 'Nieuw']);
  });

  it('works with PnPjs sp.batched(): adds, updates and reads in one batch', async () => {
    const sp = spfi(kit.site).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), InjectHeaders({ Authorization: `Bearer emulator:${OWNER}` }));
    const [batchedSp, execute] = sp.batched();
    const list = batchedSp.web.lists.getByTitle('Acties');
    const added: unknown[] = [];
    list.items.add({ Title: 'Batch 1' }).then((result) => added.push(result));
    list.items.add({ Title: 'Batch 2' }).then((result) => added.push(result));
    let updated: unknown;
    list.items.getById(1).update({ Title: 'Via PnPjs' }).then((result) => {
      updated = result;
    });
    let read: { Title: string }[] = [];
    list.items.select('Title').orderBy('Id')().then((result: { Title: string }[]) => {
      read = result;
    });
    await execute();
    expect(added).toHaveLength(2);
    expect((updated as { etag: string }).etag).toMatch(/,2"$/);
    expect(read.map((item) => item.Title)).toEqual(['Via PnPjs', 'Nieuw', 'Batch 1', 'Batch 2']);
  });
});
