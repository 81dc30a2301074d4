import { canSetUpDataSite } from '../../../src/webparts/shared/dataSitePermissions';
import { ANNE_EMAIL, COUNCIL_MEMBER, OWNER, startHarness, type EmulatorHarness } from '../support/emulatorHarness';

// Who is offered "Lijsten aanmaken" on a register site without lists: the web part asks SharePoint for the
// user's effective permissions on the site, here answered by the emulator as SharePoint would.
describe('canSetUpDataSite against the emulator', () => {
  let harness: EmulatorHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('lets the site owner (Full Control) set up the site', async () => {
    await expect(canSetUpDataSite(harness.spAs(OWNER))).resolves.toBe(true);
  });

  it('does not let a member (Edit) set it up', async () => {
    await expect(canSetUpDataSite(harness.spAs(ANNE_EMAIL))).resolves.toBe(false);
  });

  it('does not let a council member (Read) set it up', async () => {
    await expect(canSetUpDataSite(harness.spAs(COUNCIL_MEMBER))).resolves.toBe(false);
  });

  it('answers no when the site cannot be reached, instead of failing the page', async () => {
    const { createEmulatorSp } = await import('../../../src/data/sharepoint/spClient');
    await expect(canSetUpDataSite(createEmulatorSp(`${harness.url}/sites/bestaat-niet`, OWNER))).resolves.toBe(false);
  });
});
