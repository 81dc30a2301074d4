import type { Bench, BenchResult } from './harness';
import { bestOf, bulkInsert, countRequests, OWNER_EMAIL, withProvisionedEmulator } from './harness';
import { createEmulatorSp } from '../src/data/sharepoint/spClient';
import { createSharePointRepositories } from '../src/data/sharepoint';
import { listSchema } from '../src/schema';
import type { Municipality } from '../src/domain/models';

const ITEM_COUNT = 2000;
const CREATE_COUNT = 100;

/**
 * Foundation: what the schema-driven SharePoint adapter costs over plain REST calls for the same pages,
 * and what `$batch` saves over one request per created item.
 */
export const adapterBench: Bench = {
  name: 'SharePoint adapter',
  async run(): Promise<readonly BenchResult[]> {
    return withProvisionedEmulator(async (emulator): Promise<readonly BenchResult[]> => {
      const title = listSchema('municipalities').title;
      await bulkInsert(
        emulator,
        title,
        Array.from({ length: ITEM_COUNT }, (_unused, index) => ({ Title: `Gemeente ${index + 1}`, Region: 'Twente' })),
      );
      const sp = createEmulatorSp(emulator.siteUrl(), OWNER_EMAIL);
      const repositories = createSharePointRepositories(sp);

      const adapterRead = await countRequests(() => repositories.municipalities.list());
      if (adapterRead.result.length !== ITEM_COUNT) throw new Error(`adapter read ${adapterRead.result.length} items`);
      const adapterMs = await bestOf(5, () => repositories.municipalities.list());
      const rawMs = await bestOf(5, () => readAllRaw(`${emulator.siteUrl()}/_api/web/lists/getbytitle('${title}')/items?$select=Id,Title,Region&$top=500`));

      const values: Municipality[] = Array.from({ length: CREATE_COUNT }, (_unused, index) => ({ name: `Nieuw ${index}`, region: 'Twente' }));
      const batched = await countRequests(() => repositories.municipalities.createMany(values));
      const batchedMs = await bestOf(1, () => repositories.municipalities.createMany(values));
      const sequentialMs = await bestOf(1, async () => {
        for (const value of values) await repositories.municipalities.create(value);
      });

      return [
        {
          name: `read ${ITEM_COUNT} items: repository.list() vs raw REST pages`,
          figures: { adapterMs, rawMs, adapterRequests: adapterRead.requests },
          ratio: { label: 'adapter / raw', value: adapterMs / rawMs },
        },
        {
          name: `create ${CREATE_COUNT} items: createMany ($batch) vs one request each`,
          figures: { batchedMs, sequentialMs, batchedRequests: batched.requests },
          ratio: { label: 'batched / sequential', value: batchedMs / sequentialMs },
        },
      ];
    });
  },
};

async function readAllRaw(firstUrl: string): Promise<number> {
  let url: string | undefined = firstUrl;
  let count = 0;
  while (url) {
    const response = await fetch(url, { headers: { Accept: 'application/json;odata=nometadata', Authorization: `Bearer emulator:${OWNER_EMAIL}` } });
    const page = (await response.json()) as { value: unknown[]; 'odata.nextLink'?: string };
    count += page.value.length;
    url = page['odata.nextLink'];
  }
  return count;
}
