import type { Bench, BenchResult } from './harness';
import { bestOf, bulkInsert, countRequests, OWNER_EMAIL, withProvisionedEmulator } from './harness';
import { createEmulatorSp } from '../src/data/sharepoint/spClient';
import { createSharePointRepositories } from '../src/data/sharepoint';
import { createSharePointDashboardLoader } from '../src/data/dashboard';
import { listSchema } from '../src/schema';
import type { Partnership } from '../src/domain/models';

const FEW = 10;
const MANY = 500;

function partnership(name: string): Partnership {
  return {
    name,
    legalForm: 'gr-openbaar-lichaam',
    bbvGroup: 'gemeenschappelijke-regelingen',
    hasAdministrativeInterest: true,
    hasFinancialInterest: true,
    taskLayers: ['uitvoering'],
    domain: 'Bedrijfsvoering',
    participantIds: [],
    seat: 'Hengelo',
    publicInterest: 'Bench',
    importance: { societalTask: false, opportunities: false, risks: false, money: true, audiences: ['raad'], explanation: '' },
    risks: '',
    status: 'actief',
  };
}

/**
 * Issue 4: loading a partnership's dashboard costs one `$batch` whatever its size. Measures the requests
 * and the load time with 10 and with 500 related documents, meetings and moments each.
 */
export const dashboardBench: Bench = {
  name: 'Partnership dashboard',
  async run(): Promise<readonly BenchResult[]> {
    return withProvisionedEmulator(async (emulator): Promise<readonly BenchResult[]> => {
      const sp = createEmulatorSp(emulator.siteUrl(), OWNER_EMAIL);
      const repositories = createSharePointRepositories(sp);
      const ids: number[] = [];
      for (const [name, count] of [
        ['Klein', FEW],
        ['Groot', MANY],
      ] as const) {
        const id = (await repositories.partnerships.create(partnership(name))).id;
        ids.push(id);
        await bulkInsert(emulator, listSchema('meetingBodies').title, [{ Title: `AB ${name}`, ShortName: 'AB', PartnershipId: id, BodyCategory: 'Formeel', IsPublic: true }]);
        const body = (await repositories.meetingBodies.list({ where: { property: 'partnershipId', op: 'eq', value: id } }))[0].id;
        const range = Array.from({ length: count }, (_unused, index) => index);
        await bulkInsert(
          emulator,
          listSchema('documents').title,
          range.map((index) => ({ FileLeafRef: `${name}-${index}.pdf`, Title: `Stuk ${index}`, PartnershipId: id, DocumentType: 'Verslag', DocumentYear: 2000 + (index % 27), IsPublic: true })),
        );
        await bulkInsert(
          emulator,
          listSchema('meetings').title,
          range.map((index) => ({
            Title: `Vergadering ${index}`,
            MeetingBodyId: body,
            PartnershipId: id,
            MeetingStart: new Date(Date.UTC(2020, 0, 1 + index, 13)).toISOString(),
            MeetingEnd: new Date(Date.UTC(2020, 0, 1 + index, 15)).toISOString(),
            MeetingStatus: 'Gehouden',
            IsPublic: true,
          })),
        );
        await bulkInsert(
          emulator,
          listSchema('processMoments').title,
          range.map((index) => ({ Title: `Moment ${index}`, PartnershipId: id, MomentKind: 'Informatiemoment', MomentDate: new Date(Date.UTC(2020, 0, 1 + index)).toISOString(), MomentStatus: 'Verwacht', MomentSource: 'Handmatig', IsPublic: true })),
        );
      }
      const load = createSharePointDashboardLoader(sp);
      const few = await countRequests(() => load(ids[0]));
      const many = await countRequests(() => load(ids[1]));
      if (few.result.documents.length !== FEW || many.result.documents.length !== MANY || many.result.processMoments.length !== MANY) {
        throw new Error(`dashboard read ${few.result.documents.length} / ${many.result.documents.length} documents`);
      }
      const fewMs = await bestOf(5, () => load(ids[0]));
      const manyMs = await bestOf(5, () => load(ids[1]));
      return [
        {
          name: `load a dashboard: ${MANY} vs ${FEW} related documents, meetings and moments each`,
          figures: { requestsFew: few.requests, requestsMany: many.requests, fewMs, manyMs },
          ratio: { label: `requests ${MANY} / ${FEW}`, value: many.requests / few.requests },
        },
        {
          name: `load time with ${MANY} vs ${FEW} related items each (one $batch either way)`,
          figures: { fewMs, manyMs },
          ratio: { label: `time ${MANY} / ${FEW}`, value: manyMs / fewMs },
        },
      ];
    });
  },
};
