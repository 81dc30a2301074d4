import { provisionSite } from '../../src/data/provisioning';
import { createSharePointRepositories, type SharePointRepositories } from '../../src/data/sharepoint';
import { ThrottledError } from '../../src/data/ports/errors';
import { OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

describe('throttling (429 with Retry-After)', () => {
  let harness: EmulatorHarness;
  let repositories: SharePointRepositories;

  beforeAll(async () => {
    harness = await startHarness();
    await provisionSite(harness.spAs(OWNER));
    repositories = createSharePointRepositories(harness.spAs(OWNER));
    await repositories.municipalities.create({ name: 'Enschede', region: 'Twente' });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('retries after Retry-After, so one throttled answer does not fail the read', async () => {
    await harness.admin('throttle', { target: 'sharepoint', count: 1, status: 429, retryAfterSeconds: 1 });
    const municipalities = await repositories.municipalities.list();
    expect(municipalities.map((item) => item.name)).toEqual(['Enschede']);
  });

  it('gives up with a ThrottledError when SharePoint keeps throttling', async () => {
    await harness.admin('throttle', { target: 'sharepoint', count: 5, status: 429, retryAfterSeconds: 1 });
    const error = await repositories.municipalities.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ThrottledError);
    expect((error as ThrottledError).status).toBe(429);
  });
});
