import type { Queryable } from '@pnp/queryable';
import { spfi } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { provisionSite } from '../../src/data/provisioning';
import { createSharePointDirectory, createSharePointRepositories, type SharePointRepositories } from '../../src/data/sharepoint';
import { AccessDeniedError, ConcurrencyConflictError, NotFoundError } from '../../src/data/ports/errors';
import type { CalendarDate, Contact, MeetingBody, Partnership, Stored, ZonedDateTime } from '../../src/domain/models';
import { meetingBody as sampleBody, partnership as samplePartnership } from '../unit/data/sampleValues';
import { ANNE_EMAIL, COUNCIL_MEMBER, OWNER, WIM_EMAIL, startHarness, type EmulatorHarness } from './support/emulatorHarness';

/** Counts the `$batch` requests PnPjs sends (the batch request inherits the root's observers). */
function countingBatches(sp: SPFI): { sp: SPFI; batches: () => number } {
  let batches = 0;
  const counted = spfi(sp).using((instance: Queryable) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown) => {
      if (/\/_api\/\$batch$/i.test(url)) batches += 1;
      return [url, init, result];
    });
    return instance;
  });
  return { sp: counted, batches: () => batches };
}

describe('SharePoint repositories against the emulator', () => {
  let harness: EmulatorHarness;
  let owner: SharePointRepositories;
  let anne: SharePointRepositories;
  let municipalityIds: number[];

  beforeAll(async () => {
    harness = await startHarness();
    await provisionSite(harness.spAs(OWNER));
    owner = createSharePointRepositories(harness.spAs(OWNER));
    anne = createSharePointRepositories(harness.spAs(ANNE_EMAIL));
    municipalityIds = [];
    for (const name of ['Hof van Twente', 'Enschede', 'Hengelo']) {
      municipalityIds.push((await owner.municipalities.create({ name, region: 'Twente' })).id);
    }
  });
  afterAll(async () => {
    await harness.close();
  });

  function newPartnership(overrides: Partial<Partnership> = {}): Partnership {
    return {
      ...samplePartnership,
      participantIds: municipalityIds,
      // People known only by e-mail: the repository resolves them to site users (ensureuser).
      accountHolder: { displayName: 'Anne de Vries', email: ANNE_EMAIL },
      portfolioHolder: { displayName: 'Wim Smit', email: WIM_EMAIL },
      ...overrides,
    };
  }

  it('creates a partnership with lookups, people, choices and dates and reads it back the same', async () => {
    const created = await anne.partnerships.create(newPartnership());
    const read = await anne.partnerships.get(created.id);
    expect(read).toEqual(created);
    expect(read).toMatchObject({
      name: samplePartnership.name,
      legalForm: 'gr-openbaar-lichaam',
      taskLayers: ['uitvoering', 'beleid'],
      participantIds: municipalityIds,
      lastRefreshed: '2026-03-29',
      importance: samplePartnership.importance,
      website: samplePartnership.website,
      status: 'actief',
    });
    expect(read.accountHolder).toMatchObject({ displayName: 'Anne de Vries', email: ANNE_EMAIL });
    expect(read.accountHolder?.userId).toEqual(expect.any(Number));
    expect(read.portfolioHolder).toMatchObject({ displayName: 'Wim Smit', email: WIM_EMAIL });
    expect(read.etag).toMatch(/\d/);
  });

  it('keeps meeting times in Amsterdam time across the October DST switch', async () => {
    const partnership = await anne.partnerships.create(newPartnership({ name: 'Tijd' }));
    const body = await anne.meetingBodies.create({ ...sampleBody, partnershipId: partnership.id, members: [], bilateralMunicipalityId: municipalityIds[1] } as MeetingBody);
    const meeting = await anne.meetings.create({
      bodyId: body.id,
      partnershipId: partnership.id,
      title: 'AB',
      start: '2026-10-25T01:30:00+02:00' as ZonedDateTime,
      end: '2026-10-25T03:30:00+01:00' as ZonedDateTime,
      location: 'Goor',
      status: 'gepland',
      isPublic: true,
    });
    expect(meeting).toMatchObject({ start: '2026-10-25T01:30:00+02:00', end: '2026-10-25T03:30:00+01:00' });
    const found = await anne.meetings.list({ where: { property: 'start', op: 'ge', value: '2026-10-25T00:00:00+02:00' } });
    expect(found.map((item) => item.id)).toEqual([meeting.id]);
  });

  it('queries with filters on choices, multi-choices, lookups, people and dates', async () => {
    const strategic = await anne.partnerships.create(newPartnership({ name: "Stichting 't Stadhuis", legalForm: 'stichting', taskLayers: ['strategie'], participantIds: [municipalityIds[2]], lastRefreshed: '2026-10-25' as CalendarDate }));
    const byChoice = await anne.partnerships.list({ where: { property: 'legalForm', op: 'eq', value: 'stichting' } });
    expect(byChoice.map((item) => item.id)).toEqual([strategic.id]);
    const byName = await anne.partnerships.list({ where: { property: 'name', op: 'eq', value: "Stichting 't Stadhuis" } });
    expect(byName.map((item) => item.id)).toEqual([strategic.id]);
    const byLayer = await anne.partnerships.list({ where: { property: 'taskLayers', op: 'contains', value: 'strategie' } });
    expect(byLayer.map((item) => item.id)).toEqual([strategic.id]);
    const byParticipant = await anne.partnerships.list({ where: { property: 'participantIds', op: 'contains', value: municipalityIds[2] } });
    expect(byParticipant.map((item) => item.id)).toContain(strategic.id);
    const byDate = await anne.partnerships.list({ where: { property: 'lastRefreshed', op: 'eq', value: '2026-10-25' } });
    expect(byDate.map((item) => item.id)).toEqual([strategic.id]);
    const byPerson = await anne.partnerships.list({ where: { property: 'accountHolder', op: 'eq', value: ANNE_EMAIL }, orderBy: [{ property: 'name', descending: true }], limit: 2 });
    expect(byPerson).toHaveLength(2);
    expect(byPerson[0].name.localeCompare(byPerson[1].name)).toBeGreaterThan(0);
  });

  it('updates only the changed fields with the ETag and returns the new version', async () => {
    const created = await anne.partnerships.create(newPartnership({ name: 'Te wijzigen' }));
    const updated = await anne.partnerships.update(created.id, { seat: 'Almelo', website: undefined }, created.etag);
    expect(updated).toMatchObject({ seat: 'Almelo', name: 'Te wijzigen', legalForm: created.legalForm });
    expect(updated).not.toHaveProperty('website');
    expect(updated.etag).not.toBe(created.etag);
  });

  it('surfaces a concurrent change as a ConcurrencyConflictError carrying the current item', async () => {
    const created = await anne.partnerships.create(newPartnership({ name: 'Conflict' }));
    await owner.partnerships.update(created.id, { seat: 'Hengelo' }, created.etag);
    const attempt = anne.partnerships.update(created.id, { seat: 'Goor' }, created.etag);
    await expect(attempt).rejects.toBeInstanceOf(ConcurrencyConflictError);
    const error = (await attempt.catch((caught: unknown) => caught)) as ConcurrencyConflictError<Stored<Partnership>>;
    expect(error.current).toMatchObject({ id: created.id, seat: 'Hengelo' });
    expect((await anne.partnerships.get(created.id)).seat).toBe('Hengelo');
  });

  it('recycles with the current ETag, refuses a stale one', async () => {
    const created = await anne.partnerships.create(newPartnership({ name: 'Weg ermee' }));
    const changed = await anne.partnerships.update(created.id, { seat: 'Delden' }, created.etag);
    await expect(anne.partnerships.recycle(created.id, created.etag)).rejects.toBeInstanceOf(ConcurrencyConflictError);
    await anne.partnerships.recycle(created.id, changed.etag);
    await expect(anne.partnerships.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('creates 45 contacts in 3 $batch requests and reports each', async () => {
    const counted = countingBatches(harness.spAs(ANNE_EMAIL));
    const repositories = createSharePointRepositories(counted.sp);
    const contacts: Contact[] = Array.from({ length: 45 }, (_, index) => ({
      name: `Contact ${index + 1}`,
      organisation: 'Regio Twente',
      role: 'Adviseur',
      expertise: '',
      email: `contact${index + 1}@regiotwente.example`,
      phone: '',
    }));
    const results = await repositories.contacts.createMany(contacts);
    expect(counted.batches()).toBe(3);
    expect(results).toHaveLength(45);
    expect(results.every((result) => result.ok)).toBe(true);
    const names = results.map((result) => (result.ok ? result.item.name : ''));
    expect(names).toEqual(contacts.map((contact) => contact.name));
    expect(await repositories.contacts.list({ where: { property: 'organisation', op: 'eq', value: 'Regio Twente' } })).toHaveLength(45);
  });

  it('reports a failed part of a batch without failing the others', async () => {
    const results = await anne.actions.createMany([
      { number: '1', plan: 'P', recommendation: 'Goed', response: 'overgenomen', responseExplanation: '', action: '', status: 'open' },
      // A status code the schema does not know cannot be written; the other items still are.
      { number: '2', plan: 'P', recommendation: 'Fout', response: 'overgenomen', responseExplanation: '', action: '', status: 'onbekend' as 'open' },
      { number: '3', plan: 'P', recommendation: 'Ook goed', response: 'overgenomen', responseExplanation: '', action: '', status: 'afgerond' },
    ]);
    expect(results.map((result) => result.ok)).toEqual([true, false, true]);
    expect(results[1].ok ? '' : results[1].error.message).toMatch(/onbekend/);
  });

  it('denies a council member (read only) any write', async () => {
    const council = createSharePointRepositories(harness.spAs(COUNCIL_MEMBER));
    await expect(council.partnerships.create(newPartnership({ name: 'Mag niet' }))).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await council.partnerships.list()).length).toBeGreaterThan(0);
  });

  it('hides a confidential item from the council: absent from lists, not found by id', async () => {
    const partnership = await anne.partnerships.create(newPartnership({ name: 'Vertrouwelijk overleg' }));
    const body = await owner.meetingBodies.create({ ...sampleBody, partnershipId: partnership.id, members: [], bilateralMunicipalityId: undefined, isPublic: false } as MeetingBody);
    // Item-level permissions: only the site owner keeps access (copyRoleAssignments = false).
    await harness.spAs(OWNER).web.lists.getByTitle('Overlegorganen').items.getById(body.id).breakRoleInheritance(false, true);
    const council = createSharePointRepositories(harness.spAs(COUNCIL_MEMBER));
    await expect(council.meetingBodies.get(body.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await council.meetingBodies.list()).map((item) => item.id)).not.toContain(body.id);
    expect((await owner.meetingBodies.get(body.id)).name).toBe(sampleBody.name);
  });

  it('uploads a document with its metadata', async () => {
    const partnership = await anne.partnerships.create(newPartnership({ name: 'Met stukken' }));
    const content = new TextEncoder().encode('%PDF-1.4 begroting');
    const stored = await anne.documents.upload(
      { name: 'Begroting 2027.pdf', content },
      { partnershipId: partnership.id, title: 'Begroting 2027', documentType: 'begroting', year: 2027, isPublic: true },
    );
    expect(stored).toMatchObject({
      partnershipId: partnership.id,
      title: 'Begroting 2027',
      fileName: 'Begroting 2027.pdf',
      fileUrl: '/sites/samenwerkingsmonitor/Documenten/Begroting 2027.pdf',
      documentType: 'begroting',
      year: 2027,
      isPublic: true,
    });
    const listed = await anne.documents.list({ where: { property: 'partnershipId', op: 'eq', value: partnership.id } });
    expect(listed.map((item) => item.fileName)).toEqual(['Begroting 2027.pdf']);
  });

  it('resolves and reports the signed-in user through the directory', async () => {
    const directory = createSharePointDirectory(harness.spAs(ANNE_EMAIL));
    expect(await directory.currentUser()).toMatchObject({ displayName: 'Anne de Vries', email: ANNE_EMAIL });
    const wim = await directory.ensureUser(WIM_EMAIL);
    expect(wim).toMatchObject({ displayName: 'Wim Smit', email: WIM_EMAIL, userId: expect.any(Number) });
  });
});
