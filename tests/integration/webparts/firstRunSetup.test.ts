import { checkListsExist } from '../../../src/components/siteSetup/checkListsExist';
import { provisionSite } from '../../../src/data/provisioning';
import { createSharePointRepositories } from '../../../src/data/sharepoint';
import { OWNER, startHarness, type EmulatorHarness } from '../support/emulatorHarness';

// The web part's first-run path over HTTP: an empty register site reads as "lists missing", setting it up
// creates them, and afterwards the same first read finds them. The summary's Dutch lines are checked in
// the component's unit test; here only that a first run reports changes and a second run none.
jest.mock(
  'SiteSetupStrings',
  () => {
    const path = jest.requireActual<typeof import('path')>('path');
    const { loadAmdStrings } = jest.requireActual('../../support/amdStrings');
    return loadAmdStrings(path.join(__dirname, '..', '..', '..', 'src', 'components', 'siteSetup', 'loc', 'nl-nl.js'));
  },
  { virtual: true },
);

describe('first-run setup of a register site', () => {
  let harness: EmulatorHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('finds the lists missing, creates them, then finds them present; a second setup changes nothing', async () => {
    const { summarizeProvisioningReport } = await import('../../../src/components/siteSetup/provisioningSummary');
    const sp = harness.spAs(OWNER);
    const firstRead = (): Promise<unknown> => createSharePointRepositories(sp).partnerships.page({ pageSize: 1, limit: 1 });

    await expect(checkListsExist(firstRead)).resolves.toBe('missing');

    const first = summarizeProvisioningReport(await provisionSite(sp));
    expect(first.changes).toEqual(expect.arrayContaining(['Lijst Samenwerkingsverbanden: aangemaakt']));

    await expect(checkListsExist(firstRead)).resolves.toBe('present');

    const second = summarizeProvisioningReport(await provisionSite(sp));
    expect(second.changes).toEqual([]);
  });
});
