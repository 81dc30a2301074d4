import { provisionSite } from '../../src/data/provisioning';
import { createSharePointRepositories, type SharePointRepositories } from '../../src/data/sharepoint';
import { ListViewThresholdError } from '../../src/data/ports/errors';
import { OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

const ITEM_COUNT = 5100;

describe('lists past the 5,000-item view threshold', () => {
  let harness: EmulatorHarness;
  let repositories: SharePointRepositories;
  let partnershipId: number;

  beforeAll(async () => {
    harness = await startHarness();
    const sp = harness.spAs(OWNER);
    await provisionSite(sp);
    repositories = createSharePointRepositories(sp);
    const municipality = await repositories.municipalities.create({ name: 'Hof van Twente', region: 'Twente' });
    partnershipId = municipality.id;
    // Test-only admin endpoint: inserting 5,100 items through the REST API would take minutes.
    await harness.admin('bulk-insert', {
      site: '/sites/samenwerkingsmonitor',
      listTitle: 'Contactpersonen',
      items: Array.from({ length: ITEM_COUNT }, (_, index) => ({
        Title: `Contact ${index + 1}`,
        Organisation: index % 2 === 0 ? 'Regio Twente' : 'GBTwente',
        PartnershipId: index < 10 ? partnershipId : null,
      })),
    });
  });
  afterAll(async () => {
    await harness.close();
  });

  it('reads all items page by page', async () => {
    const all = await repositories.contacts.list();
    expect(all).toHaveLength(ITEM_COUNT);
    expect(new Set(all.map((item) => item.id)).size).toBe(ITEM_COUNT);
  });

  it('hands out one page at a time with a token for the next', async () => {
    const first = await repositories.contacts.page({ pageSize: 2000 });
    expect(first.items).toHaveLength(2000);
    expect(first.nextPageToken).toEqual(expect.any(String));
    const second = await repositories.contacts.page({ pageSize: 2000 }, first.nextPageToken);
    expect(second.items).toHaveLength(2000);
    expect(second.items[0].id).toBeGreaterThan(first.items[first.items.length - 1].id);
    const third = await repositories.contacts.page({ pageSize: 2000 }, second.nextPageToken);
    expect(third.items).toHaveLength(ITEM_COUNT - 4000);
    expect(third.nextPageToken).toBeUndefined();
  });

  it('stops at the limit', async () => {
    expect(await repositories.contacts.list({ limit: 5, pageSize: 2 })).toHaveLength(5);
  });

  it('filters on an indexed column (the partnership lookup) without hitting the threshold', async () => {
    const found = await repositories.contacts.list({ where: { property: 'partnershipId', op: 'eq', value: partnershipId } });
    expect(found).toHaveLength(10);
  });

  it('fails with ListViewThresholdError when filtering on a non-indexed column', async () => {
    await expect(repositories.contacts.list({ where: { property: 'organisation', op: 'eq', value: 'GBTwente' } })).rejects.toBeInstanceOf(ListViewThresholdError);
  });
});
