import { performance } from 'node:perf_hooks';
import type { Bench, BenchResult } from './harness';
import { bestOf, bulkInsert, countRequests, OWNER_EMAIL, withProvisionedEmulator } from './harness';
import { createEmulatorSp } from '../src/data/sharepoint/spClient';
import { createSharePointRepositories } from '../src/data/sharepoint';
import { toSharePointBody } from '../src/data/sharepoint/fieldMapping';
import { listSchema } from '../src/schema';
import { LEGAL_FORMS, PARTNERSHIP_STATUSES, TASK_LAYERS, type Partnership } from '../src/domain/models';
import { defaultBbvGroup } from '../src/domain/partnerships';
import { addDaysToCalendarDate, parseCalendarDate } from '../src/domain/time';
import { applyRegisterView, EMPTY_REGISTER_FILTER, toRegisterEntries } from '../src/domain/register';

const SMALL = 100;
const LARGE = 1000;
const TODAY = parseCalendarDate('2026-11-26');

/** A varied register: every legal form, layer and status, some important, refresh dates spread over two years. */
function partnership(index: number, municipalityIds: readonly number[]): Partnership {
  const legalForm = LEGAL_FORMS[index % LEGAL_FORMS.length];
  return {
    name: `Samenwerkingsverband ${String(index).padStart(4, '0')}`,
    legalForm,
    bbvGroup: defaultBbvGroup(legalForm),
    hasAdministrativeInterest: index % 2 === 0,
    hasFinancialInterest: index % 3 === 0,
    taskLayers: [TASK_LAYERS[index % 4], TASK_LAYERS[(index + 1) % 4]],
    domain: ['Sociaal domein', 'Fysiek domein', 'Bedrijfsvoering', 'Veiligheid'][index % 4],
    participantIds: municipalityIds.filter((_id, position) => (position + index) % 3 === 0),
    seat: 'Enschede',
    publicInterest: 'Demo voor de benchmark.',
    importance: { societalTask: index % 5 === 0, opportunities: false, risks: index % 7 === 0, money: false, audiences: index % 5 === 0 || index % 7 === 0 ? ['raad'] : [], explanation: '' },
    risks: '',
    lastRefreshed: addDaysToCalendarDate(TODAY, -(index % 730)),
    status: PARTNERSHIP_STATUSES[index % PARTNERSHIP_STATUSES.length],
  };
}

/**
 * Issue 4: the register stays smooth with 1,000 partnerships. Reading goes through the SharePoint adapter
 * (pages of 500), filtering and sorting happen in the domain in the browser.
 */
export const registerBench: Bench = {
  name: 'Register (issue 4)',
  async run(): Promise<readonly BenchResult[]> {
    return withProvisionedEmulator(async (emulator): Promise<readonly BenchResult[]> => {
      const sp = createEmulatorSp(emulator.siteUrl(), OWNER_EMAIL);
      const repositories = createSharePointRepositories(sp);
      await bulkInsert(emulator, listSchema('municipalities').title, Array.from({ length: 17 }, (_unused, index) => ({ Title: `Gemeente ${index + 1}`, Region: 'Twente' })));
      const municipalityIds = (await repositories.municipalities.list()).map((municipality) => municipality.id);
      const schema = listSchema('partnerships');
      const bodies = (from: number, to: number): Record<string, unknown>[] =>
        Array.from({ length: to - from }, (_unused, offset) => toSharePointBody(schema, partnership(from + offset, municipalityIds) as never, 'create'));

      await bulkInsert(emulator, schema.title, bodies(0, SMALL));
      const small = await countRequests(() => repositories.partnerships.list());
      if (small.result.length !== SMALL) throw new Error(`read ${small.result.length} partnerships, expected ${SMALL}`);
      const smallMs = await bestOf(5, () => repositories.partnerships.list());

      await bulkInsert(emulator, schema.title, bodies(SMALL, LARGE));
      const large = await countRequests(() => repositories.partnerships.list());
      if (large.result.length !== LARGE) throw new Error(`read ${large.result.length} partnerships, expected ${LARGE}`);
      const largeMs = await bestOf(5, () => repositories.partnerships.list());

      const items = large.result;
      const context = { today: TODAY, municipalityNames: new Map(municipalityIds.map((id, index) => [id, `Gemeente ${index + 1}`])) };
      const filter = { ...EMPTY_REGISTER_FILTER, search: 'verband 0', taskLayers: ['beleid' as const], overdueOnly: true };
      // Once per load: freshness (seed 004) per partnership. The component memoises this on the loaded items.
      let entries = toRegisterEntries(items, context);
      const deriveMs = await bestOf(3, async () => {
        entries = toRegisterEntries(items, context);
      });
      const iterations = 50;
      let shown = 0;
      const started = performance.now();
      for (let run = 0; run < iterations; run += 1) {
        // What the register does on each keystroke or filter change: filter, search and sort all 1,000.
        shown = applyRegisterView(entries, filter, { key: 'geactualiseerd', descending: true }, context).length;
      }
      const filterMs = (performance.now() - started) / iterations;
      if (shown === 0 || shown === LARGE) throw new Error(`the benchmark filter kept ${shown} of ${LARGE}`);

      return [
        {
          name: `load the register through the adapter: ${LARGE} vs ${SMALL} partnerships`,
          figures: { smallMs, largeMs, smallRequests: small.requests, largeRequests: large.requests },
          ratio: { label: `load ${LARGE} / load ${SMALL}`, value: largeMs / smallMs },
        },
        {
          name: `filter, search and sort ${LARGE} partnerships in the domain vs loading them`,
          figures: { filterMs, loadMs: largeMs, shown },
          ratio: { label: 'filter+sort / load', value: filterMs / largeMs },
        },
        {
          name: `derive freshness (refreshDue) for ${LARGE} partnerships, once per load, vs loading them`,
          figures: { deriveMs, loadMs: largeMs },
          ratio: { label: 'derive / load', value: deriveMs / largeMs },
        },
      ];
    });
  },
};
