import { COUNCIL_MEMBER, MEMBER, listPath, startKit, type EmulatorKit } from './emulatorTestKit';

describe('files in a document library', () => {
  let kit: EmulatorKit;
  const folder = '/sites/samenwerkingsmonitor/Documenten';
  beforeAll(async () => {
    kit = await startKit();
    await kit.createList('Documenten', 101);
    await kit.addFieldXml('Documenten', '<Field Type="Boolean" Name="IsPublic" DisplayName="Openbaar"><Default>0</Default></Field>');
  });
  afterAll(() => kit.close());

  it('adds a file with files/add, reads it back with $value, and exposes its item', async () => {
    const content = Buffer.from('%PDF-1.4 begroting 2027', 'utf8');
    const added = await kit.json(`/_api/web/getfolderbyserverrelativeurl('${encodeURIComponent(folder)}')/files/add(url='begroting-2027.pdf',overwrite=true)`, { body: content, headers: { 'content-type': 'application/octet-stream' } });
    expect(added).toMatchObject({ Name: 'begroting-2027.pdf', ServerRelativeUrl: `${folder}/begroting-2027.pdf`, Length: String(content.byteLength), 'odata.type': 'SP.File' });
    expect(added.UniqueId).toMatch(/^[0-9a-f-]{36}$/);
    expect(added.TimeLastModified).toMatch(/Z$/);

    const bytes = await kit.call(`/_api/web/getfilebyserverrelativepath(decodedurl='${encodeURIComponent(`${folder}/begroting-2027.pdf`)}')/$value`);
    expect(Buffer.from(await bytes.arrayBuffer()).equals(content)).toBe(true);

    const item = await kit.json(`/_api/web/getfilebyserverrelativeurl('${encodeURIComponent(`${folder}/begroting-2027.pdf`)}')/ListItemAllFields?$select=Id,FileLeafRef,FileRef,Title,IsPublic`);
    expect(item).toMatchObject({ Id: 1, FileLeafRef: 'begroting-2027.pdf', FileRef: `${folder}/begroting-2027.pdf`, Title: null, IsPublic: false });

    // The library item is updatable like a list item.
    expect((await kit.call(`${listPath('Documenten')}/items(1)`, { body: { Title: 'Begroting 2027', IsPublic: true }, headers: { 'x-http-method': 'MERGE' } })).status).toBe(204);
    const file = await kit.json(`/_api/web/getfilebyserverrelativepath(decodedurl='${encodeURIComponent(`${folder}/begroting-2027.pdf`)}')`);
    expect(file.Title).toBe('Begroting 2027');
  });

  it('adds with addUsingPath, refuses an existing file without overwrite, and lists the folder', async () => {
    const url = `/_api/web/getfolderbyserverrelativepath(decodedurl='${encodeURIComponent(folder)}')/files/addUsingPath(DecodedUrl='${encodeURIComponent("verslag AB 12-03.docx")}',Overwrite=true)`;
    expect((await kit.call(url, { body: Buffer.from('v1') })).status).toBe(200);
    expect((await kit.call(url, { body: Buffer.from('v2') })).status).toBe(200);
    const noOverwrite = await kit.call(`/_api/web/getfolderbyserverrelativeurl('${encodeURIComponent(folder)}')/files/add(url='begroting-2027.pdf',overwrite=false)`, { body: Buffer.from('x') });
    expect(noOverwrite.status).toBe(400);
    const files = await kit.json<{ value: { Name: string; Length: string }[] }>(`/_api/web/getfolderbyserverrelativeurl('${encodeURIComponent(folder)}')/files`);
    expect(files.value.map((file) => [file.Name, file.Length])).toEqual([['begroting-2027.pdf', '23'], ['verslag AB 12-03.docx', '2']]);
  });

  it('hides a confidential file and its item from a reader without access', async () => {
    await kit.call(`/_api/web/getfolderbyserverrelativeurl('${encodeURIComponent(folder)}')/files/add(url='geheim.pdf',overwrite=true)`, { body: Buffer.from('geheim'), user: MEMBER });
    const item = await kit.json(`/_api/web/getfilebyserverrelativeurl('${encodeURIComponent(`${folder}/geheim.pdf`)}')/ListItemAllFields?$select=Id`);
    const itemPath = `${listPath('Documenten')}/items(${String(item.Id)})`;
    await kit.call(`${itemPath}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, { method: 'POST' });
    const groups = (await kit.json<{ value: { Id: number; Title: string }[] }>('/_api/web/sitegroups')).value;
    const members = groups.find((group) => group.Title.endsWith('Members'))!;
    await kit.call(`${itemPath}/roleassignments/addroleassignment(principalid=${members.Id},roledefid=1073741830)`, { method: 'POST' });

    expect((await kit.call(`/_api/web/getfilebyserverrelativeurl('${encodeURIComponent(`${folder}/geheim.pdf`)}')/$value`, { user: COUNCIL_MEMBER })).status).toBe(404);
    expect((await kit.call(itemPath, { user: COUNCIL_MEMBER })).status).toBe(404);
    expect((await kit.call(`/_api/web/getfilebyserverrelativeurl('${encodeURIComponent(`${folder}/geheim.pdf`)}')/$value`, { user: MEMBER })).status).toBe(200);
    const files = await kit.json<{ value: { Name: string }[] }>(`/_api/web/getfolderbyserverrelativeurl('${encodeURIComponent(folder)}')/files`, { user: COUNCIL_MEMBER });
    expect(files.value.map((file) => file.Name)).not.toContain('geheim.pdf');
  });
});
