import { EXIT_NOTICE_SUBJECT } from '../../../src/domain/wgr2022';
import { DEMO_DATA, DEMO_LIST_ORDER, DEMO_PEOPLE, GBTWENTE, GBTWENTE_BODY_NAMES, loadDemoData, type DemoData } from '../../../demo-data';
import { InvalidRequestError } from '../../../src/data/ports';
import type { Municipality } from '../../../src/domain/models';
import { createInMemoryRepositories, InMemoryDirectory } from '../../support/inMemoryRepository';

const SITE_USERS = Object.fromEntries(DEMO_DATA.people.map((person) => [person.email, person.displayName]));

function expectedCounts(data: DemoData = DEMO_DATA): Record<string, number> {
  return {
    municipalities: data.municipalities.length,
    partnerships: data.partnerships.length,
    financialFigures: data.financialFigures.length,
    meetingBodies: data.meetingBodies.length,
    meetings: data.meetings.length,
    processMoments: data.processMoments.length,
    actions: data.actions.length,
    contacts: data.contacts.length,
  };
}

const zeroCounts = Object.fromEntries(DEMO_LIST_ORDER.map((key) => [key, 0]));

describe('loadDemoData', () => {
  it('creates every demo item on an empty site and reports the counts', async () => {
    const repositories = createInMemoryRepositories();
    const report = await loadDemoData(repositories, new InMemoryDirectory(SITE_USERS));
    expect(report.failures).toEqual([]);
    expect(report.created).toEqual(expectedCounts());
    expect(report.skipped).toEqual(zeroCounts);
    expect(repositories.partnerships.snapshot()).toHaveLength(DEMO_DATA.partnerships.length);
  });

  it('changes nothing when run a second time', async () => {
    const repositories = createInMemoryRepositories();
    const directory = new InMemoryDirectory(SITE_USERS);
    await loadDemoData(repositories, directory);
    const before = DEMO_LIST_ORDER.map((key) => repositories[key].snapshot());

    const second = await loadDemoData(repositories, directory);

    expect(second.created).toEqual(zeroCounts);
    expect(second.skipped).toEqual(expectedCounts());
    expect(second.failures).toEqual([]);
    expect(DEMO_LIST_ORDER.map((key) => repositories[key].snapshot())).toEqual(before);
    for (const key of DEMO_LIST_ORDER) {
      expect(repositories[key].calls.filter((call) => call.method === 'update' || call.method === 'recycle')).toEqual([]);
    }
  });

  it('writes in bulk with createMany; only the exit notice sync writes its one moment singly', async () => {
    const repositories = createInMemoryRepositories();
    await loadDemoData(repositories, new InMemoryDirectory(SITE_USERS));
    for (const key of DEMO_LIST_ORDER) {
      const singleCreates = repositories[key].calls.filter((call) => call.method === 'create');
      // The exit notice moment is written by the product's own sync (one moment per GR), the same path the web part takes.
      const allowed = key === 'processMoments' ? singleCreates.filter((call) => (call.argument as { subject?: string }).subject === EXIT_NOTICE_SUBJECT) : [];
      expect(singleCreates).toEqual(allowed);
      expect(allowed.length).toBeLessThanOrEqual(1);
      expect(repositories[key].calls.map((call) => call.method)).toContain('createMany');
    }
  });

  it('resolves participants to the ids of the municipalities on the site', async () => {
    const repositories = createInMemoryRepositories();
    await loadDemoData(repositories, new InMemoryDirectory(SITE_USERS));
    const municipalityNames = new Map(repositories.municipalities.snapshot().map((m) => [m.id, m.name]));
    const gbTwente = repositories.partnerships.snapshot().find((p) => p.name === GBTWENTE);
    const demo = DEMO_DATA.partnerships.find((p) => p.name === GBTWENTE);
    expect(gbTwente?.participantIds.map((id) => municipalityNames.get(id))).toEqual(demo?.participantNames);
  });

  it('makes the people site users through the directory and stores them as people', async () => {
    const repositories = createInMemoryRepositories();
    const directory = new InMemoryDirectory(SITE_USERS);
    const report = await loadDemoData(repositories, directory);
    const gbTwente = repositories.partnerships.snapshot().find((p) => p.name === GBTWENTE);
    const anne = await directory.ensureUser(DEMO_PEOPLE.anneDeVries.email);
    expect(gbTwente?.accountHolder).toEqual(anne);
    expect(gbTwente?.portfolioHolder?.displayName).toBe('Wim Smit');
    expect(report.peopleEnsured).toBe(3);
  });

  it('links meetings to their body and partnership and copies the body’s public flag', async () => {
    const repositories = createInMemoryRepositories();
    await loadDemoData(repositories, new InMemoryDirectory(SITE_USERS));
    const bodies = repositories.meetingBodies.snapshot();
    const ab = bodies.find((b) => b.name === GBTWENTE_BODY_NAMES.ab);
    const db = bodies.find((b) => b.name === GBTWENTE_BODY_NAMES.db);
    const meetings = repositories.meetings.snapshot();
    expect(meetings.filter((m) => m.bodyId === ab?.id).every((m) => m.isPublic && m.partnershipId === ab?.partnershipId)).toBe(true);
    expect(meetings.filter((m) => m.bodyId === db?.id).every((m) => !m.isPublic)).toBe(true);
  });

  it('adds only what is missing and uses the ids of what was already there', async () => {
    const repositories = createInMemoryRepositories();
    // A site where someone already entered two municipalities, with different ids than a fresh load gives.
    await repositories.municipalities.create({ name: 'Gemeente zonder demo', region: 'Elders' });
    await repositories.municipalities.create({ name: 'hof van twente', region: 'Twente' });
    const report = await loadDemoData(repositories, new InMemoryDirectory(SITE_USERS));
    expect(report.skipped.municipalities).toBe(1);
    expect(report.created.municipalities).toBe(DEMO_DATA.municipalities.length - 1);
    const salaries = repositories.partnerships.snapshot().find((p) => p.name === 'Salarisadministratie');
    expect(salaries?.participantIds).toEqual([2]);
  });

  it('reports a failed write and the items that depend on it, and goes on with the rest', async () => {
    const repositories = createInMemoryRepositories();
    repositories.partnerships.failCreatesWhen((p) => (p.name === GBTWENTE ? new InvalidRequestError('The field or property \'X\' does not exist.') : undefined));
    const report = await loadDemoData(repositories, new InMemoryDirectory(SITE_USERS));

    expect(report.failures[0]).toBe(`partnerships: '${GBTWENTE}' was not created: The field or property 'X' does not exist.`);
    expect(report.created.partnerships).toBe(DEMO_DATA.partnerships.length - 1);
    expect(report.created.meetingBodies).toBe(0);
    expect(report.failures.filter((f) => f.startsWith('meetingBodies: Demo data refers to an unknown partnership'))).toHaveLength(DEMO_DATA.meetingBodies.length);
    expect(report.created.actions).toBe(DEMO_DATA.actions.length);
  });

  it('reports a person the directory cannot find, and loads the partnership without that reference failing silently', async () => {
    const repositories = createInMemoryRepositories();
    const { [DEMO_PEOPLE.bramJansen.email]: _bram, ...withoutBram } = SITE_USERS;
    const report = await loadDemoData(repositories, new InMemoryDirectory(withoutBram));
    expect(report.failures[0]).toMatch(/^people: 'b\.jansen@hofvantwente\.example' could not be added to the site/);
    const bramsPartnerships = DEMO_DATA.partnerships.filter((p) => p.accountHolderEmail === DEMO_PEOPLE.bramJansen.email).length;
    expect(report.created.partnerships).toBe(DEMO_DATA.partnerships.length - bramsPartnerships);
  });

  it('logs one line per list', async () => {
    const lines: string[] = [];
    await loadDemoData(createInMemoryRepositories(), new InMemoryDirectory(SITE_USERS), (line) => lines.push(line));
    expect(lines).toContain(`municipalities: ${DEMO_DATA.municipalities.length} created, 0 already there`);
    expect(lines).toContain('people: 3 site users ensured');
  });

  it('loads other data passed in, such as a subset', async () => {
    const municipalities: readonly Municipality[] = [{ name: 'Hof van Twente', region: 'Twente' }];
    const subset: DemoData = { ...DEMO_DATA, municipalities, partnerships: [], financialFigures: [], meetingBodies: [], meetings: [], processMoments: [], contacts: [] };
    const report = await loadDemoData(createInMemoryRepositories(), new InMemoryDirectory(SITE_USERS), undefined, subset);
    expect(report.created).toEqual(expectedCounts(subset));
  });
});
