import { COUNCIL_MEMBER, MEMBER, OWNER, listPath, startKit, type EmulatorKit } from './emulatorTestKit';

type Json = Record<string, unknown>;
const READ_ROLE = 1073741826;
const EDIT_ROLE = 1073741830;

describe('permissions', () => {
  let kit: EmulatorKit;
  let confidentialId: number;
  let publicId: number;
  let groups: { Id: number; Title: string }[];
  beforeAll(async () => {
    kit = await startKit();
    await kit.createList('Overlegorganen');
    publicId = Number((await kit.addItem('Overlegorganen', { Title: 'Algemeen bestuur' })).Id);
    confidentialId = Number((await kit.addItem('Overlegorganen', { Title: 'Vertrouwelijk overleg' })).Id);
    groups = (await kit.json<{ value: { Id: number; Title: string }[] }>('/_api/web/sitegroups')).value;
    // Confidential item: break inheritance without copying, then give Owners and Members their rights back.
    const item = `${listPath('Overlegorganen')}/items(${confidentialId})`;
    expect((await kit.call(`${item}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, { method: 'POST' })).status).toBe(200);
    for (const group of groups.filter((candidate) => !candidate.Title.endsWith('Visitors'))) {
      const response = await kit.call(`${item}/roleassignments/addroleassignment(principalid=${group.Id},roledefid=${EDIT_ROLE})`, { method: 'POST' });
      expect(response.status).toBe(200);
    }
  });
  afterAll(() => kit.close());

  it('hides a confidential item from a council member: absent from the collection and 404 by id', async () => {
    const visible = await kit.json<{ value: Json[] }>(`${listPath('Overlegorganen')}/items?$select=Id`, { user: COUNCIL_MEMBER });
    expect(visible.value.map((item) => item.Id)).toEqual([publicId]);
    const byId = await kit.call(`${listPath('Overlegorganen')}/items(${confidentialId})`, { user: COUNCIL_MEMBER });
    expect(byId.status).toBe(404);
    expect(((await byId.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toBe('Item does not exist. It may have been deleted by another user.');
  });

  it('lets owners and members read the confidential item', async () => {
    for (const user of [OWNER, MEMBER]) {
      const visible = await kit.json<{ value: Json[] }>(`${listPath('Overlegorganen')}/items?$select=Id`, { user });
      expect(visible.value.map((item) => item.Id)).toEqual([publicId, confidentialId]);
    }
  });

  it('refuses writes by a reader with 403 Access denied, and allows them for a member', async () => {
    const denied = await kit.call(`${listPath('Overlegorganen')}/items`, { body: { Title: 'Poging' }, user: COUNCIL_MEMBER });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({ 'odata.error': { code: '-2147024891, System.UnauthorizedAccessException', message: { lang: 'en-US', value: 'Access denied.' } } });
    const update = await kit.call(`${listPath('Overlegorganen')}/items(${publicId})`, { body: { Title: 'Nee' }, headers: { 'x-http-method': 'MERGE' }, user: COUNCIL_MEMBER });
    expect(update.status).toBe(403);
    expect((await kit.call(`${listPath('Overlegorganen')}/items`, { body: { Title: 'Wel' }, user: MEMBER })).status).toBe(201);
  });

  it('answers a list the user cannot read as a list that does not exist', async () => {
    await kit.createList('Geheim');
    await kit.call(`${listPath('Geheim')}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`, { method: 'POST' });
    const owners = groups.find((group) => group.Title.endsWith('Owners'))!;
    await kit.call(`${listPath('Geheim')}/roleassignments/addroleassignment(principalid=${owners.Id},roledefid=${READ_ROLE})`, { method: 'POST' });
    expect((await kit.call(`${listPath('Geheim')}/items`, { user: MEMBER })).status).toBe(404);
    const titles = (await kit.json<{ value: { Title: string }[] }>('/_api/web/lists?$select=Title', { user: MEMBER })).value.map((list) => list.Title);
    expect(titles).not.toContain('Geheim');
    expect((await kit.call(`${listPath('Geheim')}/items`, { user: OWNER })).status).toBe(200);
    const assignments = await kit.json<{ value: { PrincipalId: number }[] }>(`${listPath('Geheim')}/roleassignments`);
    expect(assignments.value.map((assignment) => assignment.PrincipalId)).toEqual([owners.Id]);
  });

  it('refuses permission changes by a member', async () => {
    const response = await kit.call(`${listPath('Overlegorganen')}/items(${publicId})/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=false)`, { method: 'POST', user: MEMBER });
    expect(response.status).toBe(403);
  });

  it('takes a right away with removeroleassignment', async () => {
    const members = groups.find((group) => group.Title.endsWith('Members'))!;
    const item = `${listPath('Overlegorganen')}/items(${confidentialId})`;
    expect((await kit.call(item, { user: MEMBER })).status).toBe(200);
    expect((await kit.call(`${item}/roleassignments/removeroleassignment(principalid=${members.Id},roledefid=${EDIT_ROLE})`, { method: 'POST' })).status).toBe(200);
    expect((await kit.call(item, { user: MEMBER })).status).toBe(404);
  });

  it('denies a tenant user without site permissions', async () => {
    expect((await kit.call('/_api/web', { user: 'vreemde@elders.example' })).status).toBe(403);
  });
});
