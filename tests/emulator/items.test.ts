import { MEMBER, NOMETADATA, VERBOSE, listPath, startKit, type EmulatorKit } from './emulatorTestKit';

type Json = Record<string, unknown>;

describe('list items', () => {
  let kit: EmulatorKit;
  let partnershipsId: string;
  beforeAll(async () => {
    kit = await startKit();
    await kit.createList('Gemeenten');
    await kit.createList('Samenwerkingsverbanden');
    const municipalities = await kit.json(`${listPath('Gemeenten')}?$select=Id`);
    await kit.createList('Overlegorganen');
    partnershipsId = String((await kit.json(`${listPath('Samenwerkingsverbanden')}?$select=Id`)).Id);
    const fields = [
      ['Samenwerkingsverbanden', '<Field Type="Choice" Name="LegalForm" DisplayName="Rechtsvorm" Required="TRUE" Indexed="TRUE"><CHOICES><CHOICE>GR openbaar lichaam</CHOICE><CHOICE>Stichting</CHOICE></CHOICES></Field>'],
      ['Samenwerkingsverbanden', '<Field Type="MultiChoice" Name="TaskLayers" DisplayName="Taaklagen"><CHOICES><CHOICE>Beleid</CHOICE><CHOICE>Uitvoering</CHOICE><CHOICE>Strategie</CHOICE></CHOICES></Field>'],
      ['Samenwerkingsverbanden', `<Field Type="LookupMulti" Mult="TRUE" Name="Participants" DisplayName="Deelnemers" List="{${String(municipalities.Id)}}" ShowField="Title" />`],
      ['Samenwerkingsverbanden', '<Field Type="User" Name="AccountHolder" DisplayName="Accounthouder" />'],
      ['Samenwerkingsverbanden', '<Field Type="DateTime" Format="DateTime" Name="LastRefreshed" DisplayName="Laatst bijgewerkt" />'],
      ['Samenwerkingsverbanden', '<Field Type="Currency" Name="Contribution" DisplayName="Bijdrage" />'],
      ['Samenwerkingsverbanden', '<Field Type="Number" Name="Year" DisplayName="Jaar" Min="2000" Max="2100" />'],
      ['Samenwerkingsverbanden', '<Field Type="Boolean" Name="IsPublic" DisplayName="Openbaar"><Default>1</Default></Field>'],
      ['Samenwerkingsverbanden', '<Field Type="URL" Name="Website" DisplayName="Website" />'],
    ] as const;
    for (const [list, xml] of fields) expect((await kit.addFieldXml(list, xml)).status).toBe(201);
    const lookup = await kit.addFieldXml('Overlegorganen', `<Field Type="Lookup" Name="Partnership" DisplayName="Samenwerkingsverband" List="{${partnershipsId}}" ShowField="Title" Indexed="TRUE" />`);
    expect(lookup.status).toBe(201);
    await kit.addItem('Gemeenten', { Title: 'Hof van Twente' });
    await kit.addItem('Gemeenten', { Title: 'Enschede' });
  });
  afterAll(() => kit.close());

  it('creates, reads, updates with the ETag, and refuses a stale ETag with 412', async () => {
    const created = await kit.call(`${listPath('Samenwerkingsverbanden')}/items`, { body: { Title: 'Regio Twente', LegalForm: 'GR openbaar lichaam' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toMatch(/\/_api\/Web\/Lists\(guid'.+'\)\/Items\(\d+\)$/);
    const item = (await created.json()) as Json;
    const itemPath = `${listPath('Samenwerkingsverbanden')}/items(${String(item.Id)})`;
    const firstETag = created.headers.get('etag')!;

    const update = await kit.call(itemPath, { body: { Title: 'Regio Twente (GR)' }, headers: { 'x-http-method': 'MERGE', 'if-match': firstETag } });
    expect(update.status).toBe(204);
    const secondETag = update.headers.get('etag')!;
    expect(secondETag).toMatch(/,2"$/);

    const stale = await kit.call(itemPath, { body: { Title: 'Te laat' }, headers: { 'x-http-method': 'MERGE', 'if-match': '"1"' } });
    expect(stale.status).toBe(412);
    expect(await stale.json()).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
        message: { lang: 'en-US', value: `The request ETag value '"1"' does not match the object's ETag value '${secondETag}'.` },
      },
    });

    // SharePoint accepts the short form "2" as well as "<guid>,2", and `*`.
    expect((await kit.call(itemPath, { body: { Title: 'Twee' }, headers: { 'x-http-method': 'MERGE', 'if-match': '"2"' } })).status).toBe(204);
    expect((await kit.call(itemPath, { body: { Title: 'Drie' }, headers: { 'x-http-method': 'MERGE', 'if-match': '*' } })).status).toBe(204);
    // Without IF-MATCH SharePoint overwrites.
    expect((await kit.call(itemPath, { body: { Title: 'Vier' }, headers: { 'x-http-method': 'MERGE' } })).status).toBe(204);
    const read = await kit.json(itemPath);
    expect(read).toMatchObject({ Title: 'Vier', OData__UIVersionString: '5.0', 'odata.etag': '"5"', LegalForm: 'GR openbaar lichaam' });
  });

  it('stores lookups as ids, multi values as arrays, dates as UTC seconds and URLs as Url/Description', async () => {
    const item = await kit.addItem('Samenwerkingsverbanden', {
      Title: 'Stichting Twentse Kennis',
      LegalForm: 'Stichting',
      TaskLayers: ['Beleid', 'Uitvoering'],
      ParticipantsId: [1, 2],
      AccountHolderId: 10,
      LastRefreshed: '2026-03-01T10:30:00+01:00',
      Contribution: '1250.5',
      Website: { Url: 'https://example.org', Description: 'Site' },
    });
    expect(item).toMatchObject({
      TaskLayers: ['Beleid', 'Uitvoering'], ParticipantsId: [1, 2], AccountHolderId: 10, AccountHolderStringId: '10',
      LastRefreshed: '2026-03-01T09:30:00Z', Contribution: 1250.5, IsPublic: true,
    });
    expect(item.Website).toMatchObject({ Url: 'https://example.org', Description: 'Site' });
    const verbose = await kit.json<{ d: Json }>(`${listPath('Samenwerkingsverbanden')}/items(${String(item.Id)})?$select=TaskLayers,ParticipantsId`, { accept: VERBOSE });
    expect(verbose.d.TaskLayers).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['Beleid', 'Uitvoering'] });
    expect(verbose.d.ParticipantsId).toEqual({ __metadata: { type: 'Collection(Edm.Int32)' }, results: [1, 2] });
  });

  it('expands lookups and users, and refuses L/Title without $expand=L', async () => {
    const partnership = await kit.addItem('Samenwerkingsverbanden', { Title: 'Netwerkstad Twente', LegalForm: 'GR openbaar lichaam', ParticipantsId: [2], AccountHolderId: 10 });
    await kit.addItem('Overlegorganen', { Title: 'Algemeen bestuur', PartnershipId: partnership.Id });
    const bodies = await kit.json<{ value: Json[] }>(`${listPath('Overlegorganen')}/items?$select=Title,PartnershipId,Partnership/Id,Partnership/Title&$expand=Partnership`, { accept: NOMETADATA });
    expect(bodies.value[0]).toEqual({ Title: 'Algemeen bestuur', PartnershipId: partnership.Id, Partnership: { Id: partnership.Id, Title: 'Netwerkstad Twente' } });

    const withUsers = await kit.json<{ value: Json[] }>(
      `${listPath('Samenwerkingsverbanden')}/items?$select=Title,AccountHolder/Title,AccountHolder/EMail,Participants/Title&$expand=AccountHolder,Participants&$filter=Id eq ${String(partnership.Id)}`,
      { accept: NOMETADATA },
    );
    expect(withUsers.value[0]).toEqual({ Title: 'Netwerkstad Twente', AccountHolder: { Title: 'Anne de Vries', EMail: MEMBER }, Participants: [{ Title: 'Enschede' }] });

    const missingExpand = await kit.call(`${listPath('Overlegorganen')}/items?$select=Partnership/Title`);
    expect(missingExpand.status).toBe(400);
    expect(((await missingExpand.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toBe(
      "The query to field 'Partnership' is not valid. The $select query string must specify the target fields and the $expand query string must contains Partnership.",
    );
  });

  it('filters with comparisons, logic, functions, lookups and multi values like SharePoint', async () => {
    const titles = async (filter: string, list = 'Samenwerkingsverbanden', expand = ''): Promise<string[]> => {
      const result = await kit.json<{ value: { Title: string }[] }>(`${listPath(list)}/items?$select=Title&$orderby=Title&$filter=${encodeURIComponent(filter)}${expand}`);
      return result.value.map((item) => item.Title);
    };
    expect(await titles("TaskLayers eq 'Beleid'")).toEqual(['Stichting Twentse Kennis']);
    expect(await titles("LegalForm eq 'Stichting' or substringof('Netwerk', Title)")).toEqual(['Netwerkstad Twente', 'Stichting Twentse Kennis']);
    expect(await titles("startswith(Title,'Stichting') and not (Contribution lt 1000)")).toEqual(['Stichting Twentse Kennis']);
    expect(await titles("LastRefreshed ge datetime'2026-03-01T09:00:00Z'")).toEqual(['Stichting Twentse Kennis']);
    expect(await titles('LastRefreshed eq null and IsPublic eq 1')).toEqual(['Netwerkstad Twente', 'Vier']);
    expect(await titles('ParticipantsId eq 2')).toEqual(['Netwerkstad Twente', 'Stichting Twentse Kennis']);
    expect(await titles('PartnershipId gt 0', 'Overlegorganen')).toEqual(['Algemeen bestuur']);
    expect(await titles("Partnership/Title eq 'Netwerkstad Twente'", 'Overlegorganen', '&$expand=Partnership')).toEqual(['Algemeen bestuur']);
  });

  it('orders by several fields in both directions and honours $top', async () => {
    const result = await kit.json<{ value: { Title: string }[] }>(`${listPath('Samenwerkingsverbanden')}/items?$select=Title&$orderby=LegalForm desc,Title asc&$top=2`);
    expect(result.value.map((item) => item.Title)).toEqual(['Stichting Twentse Kennis', 'Netwerkstad Twente']);
  });

  it('enforces required fields and choices, and rejects unknown properties and __metadata in JSON light', async () => {
    const path = `${listPath('Samenwerkingsverbanden')}/items`;
    const missing = await kit.call(path, { body: { Title: 'Zonder rechtsvorm' } });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('Rechtsvorm');
    expect((await kit.call(path, { body: { Title: 'X', LegalForm: 'Vennootschap' } })).status).toBe(400);
    expect((await kit.call(path, { body: { Title: 'X', LegalForm: 'Stichting', Year: 1999 } })).status).toBe(400);
    expect((await kit.call(path, { body: { Title: 'X', LegalForm: 'Stichting', Year: 'twee' } })).status).toBe(400);
    expect((await kit.call(path, { body: { Title: 'X', LegalForm: 'Stichting', LastRefreshed: 'gisteren' } })).status).toBe(400);
    const unknown = await kit.call(path, { body: { Title: 'X', LegalForm: 'Stichting', Bestaatniet: 1 } });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("The property 'Bestaatniet' does not exist on type 'SP.Data.SamenwerkingsverbandenListItem'");
    expect((await kit.call(path, { body: { __metadata: { type: 'SP.Data.SamenwerkingsverbandenListItem' }, Title: 'X', LegalForm: 'Stichting' } })).status).toBe(400);
    const verbose = await kit.call(path, {
      body: { __metadata: { type: 'SP.Data.SamenwerkingsverbandenListItem' }, Title: 'Verbose', LegalForm: 'Stichting' },
      headers: { 'content-type': 'application/json;odata=verbose' },
      accept: VERBOSE,
    });
    expect(verbose.status).toBe(201);
  });

  it('answers 400 for an unknown field in $select and a bad $filter', async () => {
    const unknown = await kit.call(`${listPath('Samenwerkingsverbanden')}/items?$select=Nope`);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toBe("The field or property 'Nope' does not exist.");
    const bad = await kit.call(`${listPath('Samenwerkingsverbanden')}/items?$filter=${encodeURIComponent("Title eq 'open")}`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { 'odata.error': { code: string } })['odata.error'].code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
  });

  it('deletes items and recycles them into the recycle bin', async () => {
    const doomed = await kit.addItem('Gemeenten', { Title: 'Weg ermee' });
    const recycle = await kit.json(`${listPath('Gemeenten')}/items(${String(doomed.Id)})/recycle()`, { method: 'POST' });
    expect(recycle.value).toMatch(/^[0-9a-f-]{36}$/);
    expect((await kit.call(`${listPath('Gemeenten')}/items(${String(doomed.Id)})`)).status).toBe(404);
    const bin = await kit.json<{ value: Json[] }>('/_api/web/recyclebin');
    expect(bin.value.map((entry) => entry.Id)).toContain(recycle.value);

    const deleted = await kit.addItem('Gemeenten', { Title: 'Verwijderd' });
    const response = await kit.call(`${listPath('Gemeenten')}/items(${String(deleted.Id)})`, { method: 'POST', headers: { 'x-http-method': 'DELETE', 'if-match': '*' } });
    expect(response.status).toBe(200);
    const gone = await kit.call(`${listPath('Gemeenten')}/items/getbyid(${String(deleted.Id)})`);
    expect(gone.status).toBe(404);
    expect(((await gone.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toBe('Item does not exist. It may have been deleted by another user.');
  });
});
