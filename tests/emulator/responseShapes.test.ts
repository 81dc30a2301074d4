import { COUNCIL_MEMBER, MINIMAL, NOMETADATA, VERBOSE, listPath, startKit, type EmulatorKit } from './emulatorTestKit';

describe('SharePoint response shapes', () => {
  let kit: EmulatorKit;
  beforeAll(async () => {
    kit = await startKit();
    await kit.createList('Gemeenten');
    await kit.addItem('Gemeenten', { Title: 'Hof van Twente' });
  });
  afterAll(() => kit.close());

  it('answers the web with Title, Url, ServerRelativeUrl and Id', async () => {
    const web = await kit.json('/_api/web');
    expect(web).toMatchObject({ Title: 'Samenwerkingsmonitor', Url: kit.site, ServerRelativeUrl: '/sites/samenwerkingsmonitor', 'odata.type': 'SP.Web' });
    expect(web.Id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives items minimal metadata for application/json, with the ETag header', async () => {
    const response = await kit.call(`${listPath('Gemeenten')}/items(1)`, { accept: MINIMAL });
    const item = (await response.json()) as Record<string, unknown>;
    expect(item['odata.metadata']).toBe(`${kit.site}/_api/$metadata#SP.ListData.GemeentenListItems/@Element`);
    expect(item['odata.type']).toBe('SP.Data.GemeentenListItem');
    expect(item['odata.etag']).toBe('"1"');
    expect(item['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
    expect(item).toMatchObject({ FileSystemObjectType: 0, Id: 1, ID: 1, Title: 'Hof van Twente', OData__UIVersionString: '1.0', Attachments: false });
    expect(item.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f-]{36},1"$/);
  });

  it('gives collections under value in minimal metadata and nometadata, without metadata in nometadata', async () => {
    const minimal = await kit.json(`${listPath('Gemeenten')}/items`, { accept: MINIMAL });
    expect(minimal['odata.metadata']).toBe(`${kit.site}/_api/$metadata#SP.ListData.GemeentenListItems`);
    expect(minimal.value).toHaveLength(1);
    const none = await kit.json<{ value: Record<string, unknown>[] }>(`${listPath('Gemeenten')}/items`, { accept: NOMETADATA });
    expect(Object.keys(none)).toEqual(['value']);
    expect(Object.keys(none.value[0]).filter((key) => key.startsWith('odata.'))).toEqual([]);
    expect(none.value[0].Title).toBe('Hof van Twente');
  });

  it('wraps verbose answers in d with __metadata and results', async () => {
    const collection = await kit.json<{ d: { results: { __metadata: Record<string, string>; Title: string }[] } }>(`${listPath('Gemeenten')}/items`, { accept: VERBOSE });
    expect(collection.d.results[0].__metadata).toMatchObject({ etag: '"1"', type: 'SP.Data.GemeentenListItem' });
    expect(collection.d.results[0].__metadata.uri).toMatch(/\/_api\/Web\/Lists\(guid'.+'\)\/Items\(1\)$/);
    expect(collection.d.results[0].Title).toBe('Hof van Twente');
  });

  it('answers errors as odata.error, or error in verbose', async () => {
    const minimal = await kit.call(`${listPath('Bestaat niet')}/items`);
    expect(minimal.status).toBe(404);
    expect(await minimal.json()).toEqual({
      'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: `List 'Bestaat niet' does not exist at site with URL '${kit.site}'.` } },
    });
    const verbose = await kit.call(`${listPath('Bestaat niet')}/items`, { accept: VERBOSE });
    expect(((await verbose.json()) as { error: { code: string } }).error.code).toBe('-1, System.ArgumentException');
  });

  it('reports list properties, with RootFolder through $expand', async () => {
    const list = await kit.json(`${listPath('Gemeenten')}?$select=Id,Title,ItemCount,BaseTemplate,EntityTypeName,ListItemEntityTypeFullName,RootFolder/ServerRelativeUrl&$expand=RootFolder`);
    expect(list).toMatchObject({
      Title: 'Gemeenten', ItemCount: 1, BaseTemplate: 100, EntityTypeName: 'GemeentenList', ListItemEntityTypeFullName: 'SP.Data.GemeentenListItem',
    });
    expect((list.RootFolder as Record<string, unknown>).ServerRelativeUrl).toBe('/sites/samenwerkingsmonitor/Lists/Gemeenten');
  });

  it('keeps the list URL when the list is renamed', async () => {
    await kit.createList('Tijdelijk');
    const rename = await kit.call(listPath('Tijdelijk'), { body: { Title: 'Hernoemd' }, headers: { 'x-http-method': 'MERGE' } });
    expect(rename.status).toBe(204);
    const byUrl = await kit.json(`/_api/web/getlist('${encodeURIComponent('/sites/samenwerkingsmonitor/Lists/Tijdelijk')}')?$select=Title`);
    expect(byUrl.Title).toBe('Hernoemd');
  });

  it('hands out a request digest that lasts 1800 seconds and refuses an invalid one', async () => {
    const info = await kit.json('/_api/contextinfo', { method: 'POST' });
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
    expect(info.WebFullUrl).toBe(kit.site);
    const good = await kit.call(`${listPath('Gemeenten')}/items`, { body: { Title: 'Haaksbergen' }, headers: { 'x-requestdigest': String(info.FormDigestValue) } });
    expect(good.status).toBe(201);
    const bad = await kit.call(`${listPath('Gemeenten')}/items`, { body: { Title: 'Enschede' }, headers: { 'x-requestdigest': '0xDEADBEEF,26 Nov 2026 10:00:00 -0000' } });
    expect(bad.status).toBe(403);
    expect(((await bad.json()) as { 'odata.error': { code: string } })['odata.error'].code).toMatch(/^-2130575251, /);
  });

  it('answers anonymous requests with 401 and unknown sites with 404', async () => {
    expect((await kit.call('/_api/web', { user: null })).status).toBe(401);
    const unknownSite = await fetch(`${kit.emulator.url}/sites/bestaatniet/_api/web`, { headers: { authorization: 'Bearer emulator:beheerder@hofvantwente.example' } });
    expect(unknownSite.status).toBe(404);
  });

  it('knows the seeded users, groups and role definitions', async () => {
    const me = await kit.json('/_api/web/currentuser', { user: COUNCIL_MEMBER });
    expect(me).toMatchObject({ Title: 'Raadslid (demo)', Email: COUNCIL_MEMBER, LoginName: `i:0#.f|membership|${COUNCIL_MEMBER}`, IsSiteAdmin: false });
    const groups = await kit.json<{ value: { Title: string }[] }>('/_api/web/sitegroups');
    expect(groups.value.map((group) => group.Title)).toEqual(['Samenwerkingsmonitor Owners', 'Samenwerkingsmonitor Visitors', 'Samenwerkingsmonitor Members']);
    const roles = await kit.json<{ value: { Name: string }[] }>('/_api/web/roledefinitions');
    expect(roles.value.map((role) => role.Name)).toEqual(expect.arrayContaining(['Full Control', 'Edit', 'Read']));
    const ensured = await kit.json('/_api/web/ensureuser', { body: { logonName: 'nieuw@hofvantwente.example' } });
    expect(ensured.Email).toBe('nieuw@hofvantwente.example');
    const byId = await kit.json(`/_api/web/getuserbyid(${String(ensured.Id)})`);
    expect(byId.LoginName).toBe('i:0#.f|membership|nieuw@hofvantwente.example');
  });
});
