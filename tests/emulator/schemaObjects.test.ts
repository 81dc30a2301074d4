import { listPath, startKit, type EmulatorKit } from './emulatorTestKit';

type Json = Record<string, unknown>;

describe('fields, views and content types', () => {
  let kit: EmulatorKit;
  beforeAll(async () => {
    kit = await startKit();
    await kit.createList('Samenwerkingsverbanden');
    await kit.createList('Documenten', 101);
  });
  afterAll(() => kit.close());

  it('gives every list the built-in fields, libraries also the file fields', async () => {
    const names = async (list: string): Promise<string[]> =>
      (await kit.json<{ value: { InternalName: string }[] }>(`${listPath(list)}/fields?$select=InternalName`)).value.map((field) => field.InternalName);
    expect(await names('Samenwerkingsverbanden')).toEqual(expect.arrayContaining(['ID', 'Title', 'Created', 'Modified', 'Author', 'Editor', 'ContentTypeId', 'Attachments', 'GUID', '_UIVersionString']));
    expect(await names('Documenten')).toEqual(expect.arrayContaining(['FileLeafRef', 'FileRef', 'File_x0020_Type']));
  });

  it('creates fields from field XML and reports them as SharePoint does', async () => {
    const lists = await kit.json(`${listPath('Samenwerkingsverbanden')}?$select=Id`);
    const created = await kit.addFieldXml(
      'Samenwerkingsverbanden',
      '<Field ID="{0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9}" Type="MultiChoice" Name="TaskLayers" StaticName="TaskLayers" DisplayName="Taaklagen" Required="TRUE" Indexed="FALSE"><Default>Beleid</Default><CHOICES><CHOICE>Beleid</CHOICE><CHOICE>Uitvoering</CHOICE></CHOICES></Field>',
    );
    expect(created.status).toBe(201);
    await kit.addFieldXml('Samenwerkingsverbanden', `<Field Type="Lookup" Name="Parent" DisplayName="Moeder" List="{${String(lists.Id)}}" ShowField="Title" />`);
    await kit.addFieldXml('Samenwerkingsverbanden', '<Field Type="DateTime" Format="DateOnly" Name="StartDate" DisplayName="Startdatum" />');
    await kit.addFieldXml('Samenwerkingsverbanden', '<Field Type="UserMulti" Mult="TRUE" Name="Members" DisplayName="Leden" />');

    const field = await kit.json(`${listPath('Samenwerkingsverbanden')}/fields/getbyinternalnameortitle('TaskLayers')`);
    expect(field).toMatchObject({
      Id: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9', InternalName: 'TaskLayers', StaticName: 'TaskLayers', Title: 'Taaklagen', TypeAsString: 'MultiChoice',
      FieldTypeKind: 15, Required: true, Indexed: false, Hidden: false, ReadOnlyField: false, Choices: ['Beleid', 'Uitvoering'], DefaultValue: 'Beleid', 'odata.type': 'SP.FieldMultiChoice',
    });
    expect(String(field.SchemaXml)).toContain('Name="TaskLayers"');
    const byTitle = await kit.json(`${listPath('Samenwerkingsverbanden')}/fields/getbyinternalnameortitle('Moeder')`);
    expect(byTitle).toMatchObject({ TypeAsString: 'Lookup', FieldTypeKind: 7, LookupList: `{${String(lists.Id)}}`, LookupField: 'Title', AllowMultipleValues: false });
    const members = await kit.json(`${listPath('Samenwerkingsverbanden')}/fields/getbyinternalnameortitle('Members')`);
    expect(members).toMatchObject({ TypeAsString: 'UserMulti', FieldTypeKind: 20, AllowMultipleValues: true });
    const date = await kit.json(`${listPath('Samenwerkingsverbanden')}/fields/getbyinternalnameortitle('StartDate')`);
    expect(date).toMatchObject({ TypeAsString: 'DateTime', DisplayFormat: 0 });
    // The default applies on create.
    const item = await kit.addItem('Samenwerkingsverbanden', { Title: 'Met standaard' });
    expect(item.TaskLayers).toEqual(['Beleid']);
  });

  it('filters the field collection and updates a field with MERGE', async () => {
    const visible = await kit.json<{ value: { InternalName: string }[] }>(`${listPath('Samenwerkingsverbanden')}/fields?$filter=${encodeURIComponent("Hidden eq false and InternalName eq 'StartDate'")}`);
    expect(visible.value.map((field) => field.InternalName)).toEqual(['StartDate']);
    const path = `${listPath('Samenwerkingsverbanden')}/fields/getbyinternalnameortitle('StartDate')`;
    expect((await kit.call(path, { body: { Indexed: true, Required: true, Title: 'Begindatum' }, headers: { 'x-http-method': 'MERGE' } })).status).toBe(204);
    expect(await kit.json(`${path}?$select=Indexed,Required,Title`)).toMatchObject({ Indexed: true, Required: true, Title: 'Begindatum' });
  });

  it('refuses field XML that is not XML or has an unknown type, and a duplicate name', async () => {
    expect((await kit.addFieldXml('Samenwerkingsverbanden', '<Field Type="Text" Name="Broken"')).status).toBe(400);
    expect((await kit.addFieldXml('Samenwerkingsverbanden', '<Field Type="Geolocation" Name="Place" />')).status).toBe(400);
    expect((await kit.addFieldXml('Samenwerkingsverbanden', '<Field Type="Text" Name="StartDate" />')).status).toBe(500);
  });

  it('creates views, sets their fields and query, and reads them back', async () => {
    const views = `${listPath('Samenwerkingsverbanden')}/views`;
    const created = await kit.json(views, { body: { Title: 'Per taaklaag', PersonalView: false, RowLimit: 50 } });
    expect(created).toMatchObject({ Title: 'Per taaklaag', RowLimit: 50, DefaultView: false });
    const view = `${views}/getbytitle('${encodeURIComponent('Per taaklaag')}')`;
    expect((await kit.call(`${view}/viewfields/removeallviewfields`, { method: 'POST' })).status).toBe(200);
    for (const field of ['LinkTitle', 'TaskLayers']) expect((await kit.call(`${view}/viewfields/addviewfield('${field}')`, { method: 'POST' })).status).toBe(200);
    expect((await kit.call(view, { body: { ViewQuery: '<OrderBy><FieldRef Name="Title" /></OrderBy>', RowLimit: 100 }, headers: { 'x-http-method': 'MERGE' } })).status).toBe(204);
    const read = await kit.json(`${view}?$expand=ViewFields`);
    expect(read).toMatchObject({ ViewQuery: '<OrderBy><FieldRef Name="Title" /></OrderBy>', RowLimit: 100 });
    expect((read.ViewFields as Json).Items).toEqual(['LinkTitle', 'TaskLayers']);
    expect((await kit.call(`${view}/viewfields/addviewfield('Bestaatniet')`, { method: 'POST' })).status).toBe(400);
  });

  it('adds a site content type as PnPjs sends it and makes it available on a list', async () => {
    const id = '0x01006D5C1B3A0F2E4B7C9A1D2E3F4A5B6C02';
    const created = await kit.json('/_api/web/contenttypes', { body: { Id: { StringValue: id }, Name: 'Samenwerkingsverband', Description: 'Een verbonden partij', Group: 'Samenwerkingsmonitor' } });
    expect(created).toMatchObject({ StringId: id, Name: 'Samenwerkingsverband', Group: 'Samenwerkingsmonitor' });
    const siteTypes = await kit.json<{ value: { StringId: string }[] }>('/_api/web/contenttypes');
    expect(siteTypes.value.map((type) => type.StringId)).toEqual(expect.arrayContaining(['0x01', '0x0101', id]));
    expect((await kit.call(`${listPath('Samenwerkingsverbanden')}/contenttypes/addavailablecontenttype`, { body: { contentTypeId: id } })).status).toBe(200);
    const listTypes = await kit.json<{ value: { Name: string }[] }>(`${listPath('Samenwerkingsverbanden')}/contenttypes`);
    expect(listTypes.value.map((type) => type.Name)).toContain('Samenwerkingsverband');
  });
});
