import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadDemoData } from '../../demo-data/index';
import { COUNCIL_DEMO_DOCUMENTS, COUNCIL_DEMO_MOMENTS } from '../../demo-data/councilDemo';
import { provisionSite } from '../../src/data/provisioning';
import { createSharePointDirectory, createSharePointRepositories } from '../../src/data/sharepoint';
import { createEmulatorSp } from '../../src/data/sharepoint/spClient';
import { toSharePointBody } from '../../src/data/sharepoint/fieldMapping';
import { applyItemPermissions, createPublicRepositories, preparePublicIntranet, publishPublicInformation, sharePointFileReader } from '../../src/data/publication';
import { INTRANET_SITE_SCHEMA, listSchema } from '../../src/schema';
import { ANNE_EMAIL as MEMBER_EMAIL, COUNCIL_MEMBER, OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

/*
 * The permission proof of issue 6: confidential register items are closed to the raad by SharePoint itself
 * (item-level permissions), and the intranet projection the council reads holds public items only.
 */
const ROOT = join(__dirname, '..', '..');

describe('public projection and item-level permissions', () => {
  let harness: EmulatorHarness;
  let intranetUrl: string;
  const raw = async (url: string, user: string): Promise<Response> => fetch(url, { headers: { Authorization: `Bearer emulator:${user}`, Accept: 'application/json' } });

  beforeAll(async () => {
    harness = await startHarness();
    intranetUrl = harness.siteUrl.replace('/sites/samenwerkingsmonitor', '/sites/intranet');
    const owner = harness.spAs(OWNER);
    await provisionSite(owner);
    const report = await loadDemoData(createSharePointRepositories(owner), createSharePointDirectory(owner));
    expect(report.failures).toEqual([]);
    await preparePublicIntranet(owner, createEmulatorSp(intranetUrl, OWNER));
  }, 60_000);
  afterAll(() => harness.close());

  it('before permissions are applied, a council member could read a confidential body written outside the repositories (so the proof below is not vacuous)', async () => {
    const owner = harness.spAs(OWNER);
    const register = createSharePointRepositories(owner);
    // Written straight through the REST API (as SharePoint's own list form would): the repositories secure
    // what they save themselves (tests/integration/itemPermissionsOnSave.test.ts), this item is left to the run.
    const body = toSharePointBody(listSchema('meetingBodies'), { ...(await register.meetingBodies.list())[0], name: 'Nieuw vertrouwelijk overleg (test)', isPublic: false }, 'create');
    const created = (await owner.web.lists.getByTitle(listSchema('meetingBodies').title).items.add(body)) as { Id: number };
    const url = `${harness.siteUrl}/_api/web/lists/getbytitle('${listSchema('meetingBodies').title}')/items(${created.Id})`;
    expect((await raw(url, COUNCIL_MEMBER)).status).toBe(200);
    const report = await applyItemPermissions(owner);
    expect(report.secured).toBe(1);
    expect((await raw(url, COUNCIL_MEMBER)).status).toBe(404);
    expect((await raw(url, MEMBER_EMAIL)).status).toBe(200);
  });

  it('gives a council member nothing of the register’s confidential bodies, meetings, documents and moments through the API', async () => {
    const owner = createSharePointRepositories(harness.spAs(OWNER));
    const council = createSharePointRepositories(harness.spAs(COUNCIL_MEMBER));
    const checks = [
      { key: 'meetingBodies', all: await owner.meetingBodies.list(), seen: await council.meetingBodies.list() },
      { key: 'meetings', all: await owner.meetings.list(), seen: await council.meetings.list() },
      { key: 'documents', all: await owner.documents.list(), seen: await council.documents.list() },
      { key: 'processMoments', all: await owner.processMoments.list(), seen: await council.processMoments.list() },
    ] as const;
    for (const { key, all, seen } of checks) {
      const confidential = all.filter((item) => !item.isPublic);
      expect({ key, confidentialCount: confidential.length > 0 }).toEqual({ key, confidentialCount: true });
      expect({ key, seen: seen.map((item) => item.id).sort() }).toEqual({ key, seen: all.filter((item) => item.isPublic).map((item) => item.id).sort() });
      for (const item of confidential) {
        const response = await raw(`${harness.siteUrl}/_api/web/lists/getbytitle('${listSchema(key).title}')/items(${item.id})`, COUNCIL_MEMBER);
        expect({ key, id: item.id, status: response.status }).toEqual({ key, id: item.id, status: 404 });
      }
    }
    // The confidential file itself is refused too, not only its list item.
    const secret = (await owner.documents.list()).find((document) => !document.isPublic);
    expect(secret?.fileUrl).toBeDefined();
    const file = await raw(`${harness.siteUrl}/_api/web/getfilebyserverrelativeurl('${encodeURIComponent(secret!.fileUrl!)}')/$value`, COUNCIL_MEMBER);
    expect([403, 404]).toContain(file.status);
  });

  it('publishes public items only to the intranet, readable by the council', async () => {
    const council = createPublicRepositories(createEmulatorSp(intranetUrl, COUNCIL_MEMBER));
    const register = createSharePointRepositories(harness.spAs(OWNER));
    const [partnerships, bodies, meetings, documents, moments] = await Promise.all([
      council.partnerships.list(),
      council.meetingBodies.list(),
      council.meetings.list(),
      council.documents.list(),
      council.processMoments.list(),
    ]);
    expect(partnerships.length).toBe((await register.partnerships.list()).length);
    const registerBodies = await register.meetingBodies.list();
    expect(bodies.map((body) => body.name).sort()).toEqual(registerBodies.filter((body) => body.isPublic).map((body) => body.name).sort());
    expect(bodies.length).toBeGreaterThan(0);
    const publicBodyIds = new Set(registerBodies.filter((body) => body.isPublic).map((body) => body.id));
    expect(meetings.length).toBeGreaterThan(0);
    expect(meetings.every((meeting) => publicBodyIds.has(meeting.bodySourceId))).toBe(true);
    const confidentialNames = [
      ...registerBodies.filter((body) => !body.isPublic).map((body) => body.name),
      ...COUNCIL_DEMO_DOCUMENTS.filter((document) => !document.isPublic).map((document) => document.fileName),
      ...COUNCIL_DEMO_MOMENTS.filter((moment) => !moment.isPublic).map((moment) => moment.subject),
    ];
    const everything = JSON.stringify({ partnerships, bodies, meetings, documents, moments });
    for (const name of confidentialNames) expect({ name, published: everything.includes(name) }).toEqual({ name, published: false });
    const registerDocuments = await register.documents.list();
    expect(documents.map((document) => document.fileName).sort()).toEqual(registerDocuments.filter((document) => document.isPublic).map((document) => document.fileName).sort());
    expect(documents.map((document) => document.fileName)).toEqual(expect.arrayContaining(COUNCIL_DEMO_DOCUMENTS.filter((document) => document.isPublic).map((document) => document.fileName)));
    // The copy carries the file's content, readable by the council on the intranet.
    const begroting = documents.find((document) => document.fileName === COUNCIL_DEMO_DOCUMENTS[0].fileName);
    const text = new TextDecoder().decode(await sharePointFileReader(createEmulatorSp(intranetUrl, COUNCIL_MEMBER))(begroting!.fileUrl!));
    expect(text).toContain('Demobestand');
  });

  it('is idempotent, and withdraws a copy when its source becomes confidential', async () => {
    const ownerSp = harness.spAs(OWNER);
    const sources = {
      register: createSharePointRepositories(ownerSp),
      intranet: createPublicRepositories(createEmulatorSp(intranetUrl, OWNER)),
      readFile: sharePointFileReader(ownerSp),
    };
    const again = await publishPublicInformation(sources);
    // The body added as confidential in the first test is not published; nothing else changed.
    for (const counts of Object.values(again)) expect({ created: counts.created, updated: counts.updated, removed: counts.removed }).toEqual({ created: 0, updated: 0, removed: 0 });

    const moment = (await sources.register.processMoments.list()).find((candidate) => candidate.isPublic && candidate.audiences.includes('raad'))!;
    await sources.register.processMoments.update(moment.id, { isPublic: false }, moment.etag);
    const withdrawn = await publishPublicInformation(sources);
    expect(withdrawn.processMoments.removed).toBe(1);
    expect((await sources.intranet.processMoments.list()).some((copy) => copy.sourceId === moment.id)).toBe(false);
    // And the register item was closed to the raad by the save itself; the permissions run finds nothing to do.
    const url = `${harness.siteUrl}/_api/web/lists/getbytitle('${listSchema('processMoments').title}')/items(${moment.id})`;
    expect((await raw(url, COUNCIL_MEMBER)).status).toBe(404);
    expect((await applyItemPermissions(ownerSp)).secured).toBe(0);
    expect((await raw(url, COUNCIL_MEMBER)).status).toBe(404);

    // Made public again: it inherits again at once and is published again.
    const current = await sources.register.processMoments.get(moment.id);
    await sources.register.processMoments.update(moment.id, { isPublic: true }, current.etag);
    expect((await raw(url, COUNCIL_MEMBER)).status).toBe(200);
    const reopened = await applyItemPermissions(ownerSp);
    expect(reopened.reopened).toBe(0);
    expect((await raw(url, COUNCIL_MEMBER)).status).toBe(200);
    expect((await publishPublicInformation(sources)).processMoments.created).toBe(1);
  });

  it('runs from the CLI: `publish --json` reports the permissions and what it published', async () => {
    const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'cli', 'main.ts'), 'publish', '--site', harness.siteUrl, '--json'], { cwd: ROOT });
    const report = JSON.parse(stdout) as { permissions: { secured: number; confidentialItems: Record<string, number[]> }; publication: Record<string, { created: number; updated: number; removed: number; unchanged: number }> };
    expect(report.permissions.secured).toBe(0);
    expect(report.permissions.confidentialItems[listSchema('meetingBodies').title].length).toBeGreaterThan(0);
    expect(report.publication.partnerships).toMatchObject({ created: 0, updated: 0, removed: 0 });
    expect(report.publication.partnerships.unchanged).toBeGreaterThan(0);
  }, 60_000);

  it('provisions the intranet projection lists from INTRANET_SITE_SCHEMA, idempotently, readable by the council only', async () => {
    const again = await provisionSite(createEmulatorSp(intranetUrl, OWNER), INTRANET_SITE_SCHEMA);
    expect({ created: again.created, updated: again.updated }).toEqual({ created: 0, updated: 0 });
    const titles = ((await createEmulatorSp(intranetUrl, COUNCIL_MEMBER).web.lists.select('Title')()) as { Title: string }[]).map((list) => list.Title);
    expect(titles).toEqual(expect.arrayContaining(INTRANET_SITE_SCHEMA.lists.map((list) => list.title)));
    // The register's lists are not on the intranet: the projection is all the council's page can read there.
    expect(titles).not.toContain(listSchema('meetingBodies').title);
  });

  it('refuses the council any write on the intranet projection', async () => {
    const council = createPublicRepositories(createEmulatorSp(intranetUrl, COUNCIL_MEMBER));
    const [first] = await council.partnerships.list();
    await expect(council.partnerships.update(first.id, { name: 'Gewijzigd' }, first.etag)).rejects.toThrow();
  });
});
