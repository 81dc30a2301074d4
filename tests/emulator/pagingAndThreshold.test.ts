import { NOMETADATA, VERBOSE, listPath, startKit, type EmulatorKit } from './emulatorTestKit';

interface Page {
  value: { Id: number; Title: string }[];
  'odata.nextLink'?: string;
}

describe('paging and the list view threshold', () => {
  let kit: EmulatorKit;
  beforeAll(async () => {
    kit = await startKit();
  });
  afterAll(() => kit.close());

  it('pages 250 items in pages of 100 through odata.nextLink with a p_ID skiptoken', async () => {
    await kit.createList('Acties');
    await kit.bulkInsert('Acties', Array.from({ length: 250 }, (_, index) => ({ Title: `Actie ${index + 1}` })));
    const ids: number[] = [];
    const links: string[] = [];
    let next: string | undefined = `${listPath('Acties')}/items?$select=Id,Title`;
    while (next) {
      const page: Page = await kit.json<Page>(next);
      ids.push(...page.value.map((item) => item.Id));
      next = page['odata.nextLink'];
      if (next) links.push(next);
    }
    expect(ids).toEqual(Array.from({ length: 250 }, (_, index) => index + 1));
    expect(links).toHaveLength(2);
    expect(new URL(links[0]).searchParams.get('$skiptoken')).toBe('Paged=TRUE&p_ID=100');
    expect(links[0].startsWith(kit.site)).toBe(true);
  });

  it('pages with $top and keeps the next link under __next in verbose', async () => {
    const first = await kit.json<{ d: { results: unknown[]; __next: string } }>(`${listPath('Acties')}/items?$select=Id&$top=120`, { accept: VERBOSE });
    expect(first.d.results).toHaveLength(120);
    expect(new URL(first.d.__next).searchParams.get('$skiptoken')).toBe('Paged=TRUE&p_ID=120');
    const last = await kit.json<Page>(`${listPath('Acties')}/items?$select=Id&$top=120&$skiptoken=${encodeURIComponent('Paged=TRUE&p_ID=240')}`, { accept: NOMETADATA });
    expect(last.value.map((item) => item.Id)).toEqual([241, 242, 243, 244, 245, 246, 247, 248, 249, 250]);
    expect(last['odata.nextLink']).toBeUndefined();
  });

  it('refuses a filter on a non-indexed column past 5,000 items, while an indexed filter and ID paging work', async () => {
    await kit.createList('Groot');
    expect((await kit.addFieldXml('Groot', '<Field Type="Text" Name="Code" DisplayName="Code" Indexed="TRUE" />')).status).toBe(201);
    expect((await kit.addFieldXml('Groot', '<Field Type="Text" Name="Note" DisplayName="Notitie" />')).status).toBe(201);
    await kit.bulkInsert('Groot', Array.from({ length: 5001 }, (_, index) => ({ Title: `Item ${index + 1}`, Code: index % 2 === 0 ? 'even' : 'oneven', Note: 'x' })));

    const throttled = await kit.call(`${listPath('Groot')}/items?$filter=${encodeURIComponent("Note eq 'x'")}`);
    expect(throttled.status).toBe(500);
    expect(await throttled.json()).toEqual({
      'odata.error': {
        code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
        message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' },
      },
    });
    expect((await kit.call(`${listPath('Groot')}/items?$orderby=Note`)).status).toBe(500);

    let count = 0;
    let next: string | undefined = `${listPath('Groot')}/items?$select=Id,Code&$top=2000&$filter=${encodeURIComponent("Code eq 'oneven'")}`;
    while (next) {
      const page: Page = await kit.json<Page>(next);
      count += page.value.length;
      next = page['odata.nextLink'];
    }
    expect(count).toBe(2500);

    const byId = await kit.json<Page>(`${listPath('Groot')}/items?$select=Id&$top=5000&$skiptoken=${encodeURIComponent('Paged=TRUE&p_ID=4990')}`);
    expect(byId.value).toHaveLength(11);

    // Once the column is indexed, the same filter works.
    const field = `${listPath('Groot')}/fields/getbyinternalnameortitle('Note')`;
    expect((await kit.call(field, { body: { Indexed: true }, headers: { 'x-http-method': 'MERGE' } })).status).toBe(204);
    expect((await kit.call(`${listPath('Groot')}/items?$top=10&$filter=${encodeURIComponent("Note eq 'x'")}`)).status).toBe(200);
  });
});
