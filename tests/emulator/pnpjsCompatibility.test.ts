/** The emulator as PnPjs v4 (what the product's adapters use) sees it: calls PnPjs makes, parsed the way PnPjs parses them. */
import { spfi, DefaultHeaders, DefaultInit, type SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse, InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { COUNCIL_MEMBER, OWNER, startKit, type EmulatorKit } from './emulatorTestKit';

function spFor(kit: EmulatorKit, email: string): SPFI {
  return spfi(kit.site).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry({ retries: 2 }), DefaultParse(), InjectHeaders({ Authorization: `Bearer emulator:${email}` }));
}

describe('PnPjs v4 against the emulator', () => {
  let kit: EmulatorKit;
  let sp: SPFI;
  beforeAll(async () => {
    kit = await startKit();
    sp = spFor(kit, OWNER);
  });
  afterAll(() => kit.close());

  it('creates a list, a field from XML, a view, and items; updates with the ETag and surfaces a 412', async () => {
    const list = await sp.web.lists.add('Acties', 'Verbeteracties', 100, false);
    expect(list.Title).toBe('Acties');
    await sp.web.lists.getByTitle('Acties').fields.createFieldAsXml('<Field Type="Text" Name="Owner" DisplayName="Wie" Indexed="TRUE" />');
    const view = await sp.web.lists.getByTitle('Acties').views.add('Open acties', false, { RowLimit: 30 });
    expect(view.Title).toBe('Open acties');
    await sp.web.lists.getByTitle('Acties').views.getByTitle('Open acties').fields.add('Owner');

    const items = sp.web.lists.getByTitle('Acties').items;
    const added = await items.add({ Title: 'Verbeterplan opstellen', Owner: 'Anne' });
    expect(added.Id).toBe(1);
    const read = await items.getById(1).select('Title', 'Owner')<{ Title: string; 'odata.etag': string }>();
    expect(read.Title).toBe('Verbeterplan opstellen');
    const result = await items.getById(1).update({ Title: 'Verbeterplan vastgesteld' }, read['odata.etag']);
    expect(result.etag).toMatch(/,2"$/);
    await expect(items.getById(1).update({ Title: 'Te laat' }, read['odata.etag'])).rejects.toMatchObject({ status: 412 });
  });

  it('pages past 100 items with the async iterator', async () => {
    await kit.bulkInsert('Acties', Array.from({ length: 230 }, (_, index) => ({ Title: `Actie ${index}` })));
    let total = 0;
    for await (const page of sp.web.lists.getByTitle('Acties').items.select('Id').top(100)) total += (page as unknown[]).length;
    expect(total).toBe(231);
  });

  it('recycles an item and reads the recycle bin GUID', async () => {
    const guid = await sp.web.lists.getByTitle('Acties').items.getById(2).recycle();
    expect(guid).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('ensures users, reads groups and role definitions, and sets item permissions', async () => {
    const user = await sp.web.ensureUser('w.smit@hofvantwente.example');
    expect(user.Title).toBe('Wim Smit');
    const visitors = await sp.web.associatedVisitorGroup();
    expect(visitors.Title).toBe('Samenwerkingsmonitor Visitors');
    const read = await sp.web.roleDefinitions.getByName('Read')();
    const item = sp.web.lists.getByTitle('Acties').items.getById(3);
    await item.breakRoleInheritance(false, true);
    await item.roleAssignments.add(user.Id, read.Id);
    await expect(spFor(kit, COUNCIL_MEMBER).web.lists.getByTitle('Acties').items.getById(3)()).rejects.toMatchObject({ status: 404 });
    const asWim = await spFor(kit, 'w.smit@hofvantwente.example').web.lists.getByTitle('Acties').items.getById(3).select('Id')();
    expect(asWim.Id).toBe(3);
  });

  it('uploads and downloads a file in a library', async () => {
    await sp.web.lists.add('Documenten', '', 101, false);
    const folder = sp.web.getFolderByServerRelativePath('/sites/samenwerkingsmonitor/Documenten');
    const uploaded = await folder.files.addUsingPath('kadernota 2027.pdf', new TextEncoder().encode('kadernota'), { Overwrite: true });
    expect(uploaded.Name).toBe('kadernota 2027.pdf');
    const text = await sp.web.getFileByServerRelativePath('/sites/samenwerkingsmonitor/Documenten/kadernota 2027.pdf').getText();
    expect(text).toBe('kadernota');
    const fields = await sp.web.getFileByServerRelativePath('/sites/samenwerkingsmonitor/Documenten/kadernota 2027.pdf').getItem<{ FileLeafRef: string }>('FileLeafRef');
    expect(fields.FileLeafRef).toBe('kadernota 2027.pdf');
  });
});
