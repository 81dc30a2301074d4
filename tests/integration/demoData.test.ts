import { DEMO_DATA, loadDemoData } from '../../demo-data/index';
import { provisionSite } from '../../src/data/provisioning';
import { createSharePointDirectory, createSharePointRepositories } from '../../src/data/sharepoint';
import { COUNCIL_MEMBER, OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

describe('the demo data through the real SharePoint adapters', () => {
  let harness: EmulatorHarness;

  beforeAll(async () => {
    harness = await startHarness();
    await provisionSite(harness.spAs(OWNER));
  });
  afterAll(async () => {
    await harness.close();
  });

  it('loads every demo list without a failure, and a second load adds nothing', async () => {
    const sp = harness.spAs(OWNER);
    const repositories = createSharePointRepositories(sp);
    const directory = createSharePointDirectory(sp);
    const first = await loadDemoData(repositories, directory);
    expect(first.failures).toEqual([]);
    expect(first.created.partnerships).toBe(DEMO_DATA.partnerships.length);
    expect(first.created.meetingBodies).toBe(DEMO_DATA.meetingBodies.length);

    const second = await loadDemoData(repositories, directory);
    expect(second.failures).toEqual([]);
    expect(Object.values(second.created).every((count) => count === 0)).toBe(true);
  });

  it('shows the demo partnerships to the council with the same values the demo defines', async () => {
    const council = createSharePointRepositories(harness.spAs(COUNCIL_MEMBER));
    const partnerships = await council.partnerships.list({ orderBy: [{ property: 'name' }] });
    expect(partnerships.map((item) => item.name).sort()).toEqual(DEMO_DATA.partnerships.map((item) => item.name).sort());
    for (const demo of DEMO_DATA.partnerships) {
      const stored = partnerships.find((item) => item.name === demo.name);
      expect({ name: demo.name, legalForm: stored?.legalForm, taskLayers: stored?.taskLayers, status: stored?.status, lastRefreshed: stored?.lastRefreshed }).toEqual({
        name: demo.name,
        legalForm: demo.legalForm,
        taskLayers: demo.taskLayers,
        status: demo.status,
        lastRefreshed: demo.lastRefreshed,
      });
      if (demo.accountHolderEmail) {
        expect(stored?.accountHolder?.email).toBe(demo.accountHolderEmail);
      }
    }
  });
});
