import type { Queryable } from '@pnp/queryable';
import { spfi } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { provisionSite } from '../../src/data/provisioning';
import { ItemPermissionError, NotFoundError } from '../../src/data/ports/errors';
import { createSharePointRepositories, type SharePointRepositories } from '../../src/data/sharepoint';
import type { MeetingBody, PersonRef } from '../../src/domain/models';
import { listSchema } from '../../src/schema';
import { document as sampleDocument, meetingBody as sampleBody, partnership as samplePartnership } from '../unit/data/sampleValues';
import { ANNE_EMAIL, COUNCIL_MEMBER, OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

/*
 * Confidential items are closed to the raad the moment the repositories save them, not only at the next
 * publish run: the SharePoint repositories set item-level permissions after every write that sets `isPublic`.
 */

/** Records the requests PnPjs sends through this SPFI, except resolving people. */
function countingRequests(sp: SPFI): { sp: SPFI; requests: () => readonly string[] } {
  const seen: string[] = [];
  const counted = spfi(sp).using((instance: Queryable) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      // People given by e-mail are resolved first (`ensureuser`); that is not what these tests count.
      if (!/\/ensureuser$/i.test(url)) seen.push(`${init.method ?? 'GET'} ${url}`);
      return [url, init, result];
    });
    return instance;
  });
  return { sp: counted, requests: () => [...seen] };
}

const byEmail = (person: PersonRef): PersonRef => ({ displayName: person.displayName, email: person.email });

describe('item-level permissions set when the repositories save', () => {
  let harness: EmulatorHarness;
  let owner: SharePointRepositories;
  let council: SharePointRepositories;
  let partnershipId: number;
  const bodyValue = (name: string, isPublic: boolean): MeetingBody => ({ ...sampleBody, partnershipId, name, isPublic, members: sampleBody.members.map(byEmail) });

  beforeAll(async () => {
    harness = await startHarness();
    await provisionSite(harness.spAs(OWNER));
    owner = createSharePointRepositories(harness.spAs(OWNER));
    council = createSharePointRepositories(harness.spAs(COUNCIL_MEMBER));
    partnershipId = (await owner.partnerships.create({ ...samplePartnership, accountHolder: byEmail(samplePartnership.accountHolder!), portfolioHolder: byEmail(samplePartnership.portfolioHolder!) })).id;
  }, 60_000);
  afterAll(() => harness.close());

  it('hides a confidential body from the council at once, opens it when made public and hides it again', async () => {
    const counted = countingRequests(harness.spAs(OWNER));
    const repositories = createSharePointRepositories(counted.sp);
    const created = await repositories.meetingBodies.create(bodyValue('Vertrouwelijk overleg (direct)', false));
    // add + read back, then: Visitors group id (once per repository), break inheritance, read role assignments, remove Visitors' role.
    expect(counted.requests()).toHaveLength(6);
    expect(counted.requests().filter((request) => /breakroleinheritance|removeroleassignment|associatedvisitorgroup/i.test(request))).toHaveLength(3);

    await expect(council.meetingBodies.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await council.meetingBodies.list()).map((body) => body.id)).not.toContain(created.id);
    // Members keep their access, and the ETag returned is still the item's current one.
    expect((await createSharePointRepositories(harness.spAs(ANNE_EMAIL)).meetingBodies.get(created.id)).name).toBe('Vertrouwelijk overleg (direct)');
    expect((await owner.meetingBodies.get(created.id)).etag).toBe(created.etag);

    const opened = await owner.meetingBodies.update(created.id, { isPublic: true }, created.etag);
    expect((await council.meetingBodies.get(created.id)).isPublic).toBe(true);
    expect((await owner.meetingBodies.get(created.id)).etag).toBe(opened.etag);

    const closed = await owner.meetingBodies.update(created.id, { isPublic: false }, opened.etag);
    await expect(council.meetingBodies.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
    // The returned ETag is valid for the next save.
    const renamed = await owner.meetingBodies.update(created.id, { name: 'Vertrouwelijk overleg (hernoemd)' }, closed.etag);
    expect(renamed.name).toBe('Vertrouwelijk overleg (hernoemd)');
    await expect(council.meetingBodies.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a public create costs no permission requests at all', async () => {
    const counted = countingRequests(harness.spAs(OWNER));
    const created = await createSharePointRepositories(counted.sp).meetingBodies.create(bodyValue('Openbaar overleg', true));
    expect(counted.requests()).toHaveLength(2);
    expect((await council.meetingBodies.get(created.id)).name).toBe('Openbaar overleg');
  });

  it('hides a confidential uploaded document, file and item, and reopens it when overwritten as public', async () => {
    const { fileName: _fileName, fileUrl: _fileUrl, ...metadata } = { ...sampleDocument, partnershipId };
    const file = { name: 'vertrouwelijke-notitie.txt', content: new TextEncoder().encode('Vertrouwelijk') };
    const uploaded = await owner.documents.upload(file, { ...metadata, title: 'Vertrouwelijke notitie', isPublic: false });
    await expect(council.documents.get(uploaded.id)).rejects.toBeInstanceOf(NotFoundError);
    const raw = await fetch(`${harness.siteUrl}/_api/web/getfilebyserverrelativeurl('${encodeURIComponent(uploaded.fileUrl!)}')/$value`, {
      headers: { Authorization: `Bearer emulator:${COUNCIL_MEMBER}` },
    });
    expect([403, 404]).toContain(raw.status);
    expect((await owner.documents.get(uploaded.id)).etag).toBe(uploaded.etag);

    const reopened = await owner.documents.upload(file, { ...metadata, title: 'Notitie, nu openbaar', isPublic: true });
    expect(reopened.id).toBe(uploaded.id);
    expect((await council.documents.get(uploaded.id)).title).toBe('Notitie, nu openbaar');
  });

  it('createMany: only the public item is visible to the council', async () => {
    const results = await owner.meetingBodies.createMany([bodyValue('Batch openbaar', true), bodyValue('Batch vertrouwelijk', false)]);
    expect(results.map((result) => result.ok)).toEqual([true, true]);
    const [open, secret] = results.map((result) => (result.ok ? result.item : undefined));
    const seen = (await council.meetingBodies.list()).map((body) => body.id);
    expect(seen).toContain(open!.id);
    expect(seen).not.toContain(secret!.id);
    await expect(council.meetingBodies.get(secret!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await owner.meetingBodies.get(secret!.id)).etag).toBe(secret!.etag);
  });

  it("secures a member's confidential create at once: provisioning gave Members Full Control on the confidential lists", async () => {
    const member = createSharePointRepositories(harness.spAs(ANNE_EMAIL));
    const created = await member.meetingBodies.create(bodyValue('Vertrouwelijk door lid', false));
    await expect(council.meetingBodies.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await member.meetingBodies.get(created.id)).etag).toBe(created.etag);
    expect((await owner.meetingBodies.get(created.id)).name).toBe('Vertrouwelijk door lid');

    const batch = await member.meetingBodies.createMany([bodyValue('Lid batch openbaar', true), bodyValue('Lid batch vertrouwelijk', false)]);
    expect(batch.map((result) => result.ok)).toEqual([true, true]);
    const seen = (await council.meetingBodies.list()).map((body) => body.id);
    if (batch[0].ok) expect(seen).toContain(batch[0].item.id);
    if (batch[1].ok) expect(seen).not.toContain(batch[1].item.id);
  });

  it('surfaces a failure to secure (the grant taken away, so a member may not change permissions) with the saved item, instead of leaving it open silently', async () => {
    // An administrator removes the Members' Full Control from the list: Edit alone lacks Manage Permissions.
    const ownerSp = harness.spAs(OWNER);
    const members = ((await ownerSp.web.associatedMemberGroup.select('Id')()) as { Id: number }).Id;
    const fullControl = ((await ownerSp.web.roleDefinitions.getByType(5).select('Id')()) as { Id: number }).Id;
    await ownerSp.web.lists.getByTitle(listSchema('meetingBodies').title).roleAssignments.remove(members, fullControl);
    try {
      const member = createSharePointRepositories(harness.spAs(ANNE_EMAIL));
      const failure = await member.meetingBodies.create(bodyValue('Vertrouwelijk zonder recht', false)).then(
        () => undefined,
        (error: unknown) => error,
      );
      expect(failure).toBeInstanceOf(ItemPermissionError);
      const error = failure as ItemPermissionError<{ id: number; etag: string }>;
      expect(error.message).toMatch(/is opgeslagen/);
      expect(error.message).toContain(listSchema('meetingBodies').title);
      // The item exists (the write happened): the owner can retry by saving it again, with the ETag from the error.
      const stored = await owner.meetingBodies.get(error.item.id);
      expect(stored.etag).toBe(error.item.etag);
      expect((await council.meetingBodies.get(error.item.id)).name).toBe('Vertrouwelijk zonder recht');
      await owner.meetingBodies.update(error.item.id, { isPublic: false }, error.item.etag);
      await expect(council.meetingBodies.get(error.item.id)).rejects.toBeInstanceOf(NotFoundError);

      const batch = await member.meetingBodies.createMany([bodyValue('Lid batch openbaar zonder recht', true), bodyValue('Lid batch vertrouwelijk zonder recht', false)]);
      expect(batch[0].ok).toBe(true);
      expect(batch[1].ok).toBe(false);
      if (!batch[1].ok) expect(batch[1].error).toBeInstanceOf(ItemPermissionError);
    } finally {
      // Provisioning puts the grant back, and says so.
      const report = await provisionSite(ownerSp);
      expect(report.steps.filter((step) => step.kind === 'permissions' && step.action === 'updated').map((step) => step.list)).toEqual([listSchema('meetingBodies').title]);
    }
  });
});
