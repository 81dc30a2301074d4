import { createSharePointDashboardLoader } from '../../../src/data/dashboard';
import { provisionSite } from '../../../src/data/provisioning';
import { createSharePointRepositories } from '../../../src/data/sharepoint';
import { NotFoundError } from '../../../src/data/ports';
import { listSchema } from '../../../src/schema';
import type { Municipality, Partnership } from '../../../src/domain/models';
import { parseCalendarDate } from '../../../src/domain/time';
import { OWNER, startHarness, type EmulatorHarness } from '../support/emulatorHarness';

/*
 * The dashboard's promise: loading one partnership costs the same, bounded number of HTTP requests
 * whatever the number of its documents and meetings, because every read goes in one `$batch`.
 */

function partnership(name: string, participantIds: readonly number[]): Partnership {
  return {
    name,
    legalForm: 'gr-openbaar-lichaam',
    bbvGroup: 'gemeenschappelijke-regelingen',
    hasAdministrativeInterest: true,
    hasFinancialInterest: true,
    taskLayers: ['uitvoering'],
    domain: 'Bedrijfsvoering',
    participantIds,
    seat: 'Hengelo',
    publicInterest: 'Belastingheffing',
    importance: { societalTask: false, opportunities: true, risks: false, money: true, audiences: ['raad'], explanation: '' },
    risks: 'Geen bijzondere risico’s.',
    status: 'actief',
  };
}

async function countRequests<T>(work: () => Promise<T>): Promise<{ result: T; urls: string[] }> {
  const originalFetch = globalThis.fetch;
  const urls: string[] = [];
  globalThis.fetch = ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    urls.push(typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url);
    return originalFetch(input, init);
  }) as typeof fetch;
  try {
    return { result: await work(), urls };
  } finally {
    globalThis.fetch = originalFetch;
  }
}

describe('loading a partnership dashboard from SharePoint', () => {
  let harness: EmulatorHarness;
  let small: number;
  let large: number;
  let participants: number[];

  async function addRelated(partnershipId: number, count: number): Promise<void> {
    const documents = Array.from({ length: count }, (_unused, index) => ({
      FileLeafRef: `Stuk ${partnershipId}-${index}.pdf`,
      Title: `Stuk ${index}`,
      PartnershipId: partnershipId,
      DocumentType: index % 2 === 0 ? 'Begroting' : 'Verslag',
      DocumentYear: 2000 + (index % 27),
      IsPublic: true,
    }));
    const bodies = (await harness.admin('bulk-insert', {
      listTitle: listSchema('meetingBodies').title,
      items: [{ Title: `AB ${partnershipId}`, ShortName: 'AB', PartnershipId: partnershipId, BodyCategory: 'Formeel', IsPublic: true, FrequencyText: 'minimaal twee keer per jaar' }],
    })) as { firstId?: number } | undefined;
    const bodyId = bodies?.firstId ?? 1;
    const meetings = Array.from({ length: count }, (_unused, index) => ({
      Title: `AB-vergadering ${index}`,
      MeetingBodyId: bodyId,
      PartnershipId: partnershipId,
      MeetingStart: new Date(Date.UTC(2020, 0, 1 + index, 13)).toISOString(),
      MeetingEnd: new Date(Date.UTC(2020, 0, 1 + index, 15)).toISOString(),
      MeetingStatus: 'Gehouden',
      IsPublic: true,
    }));
    await harness.admin('bulk-insert', { listTitle: listSchema('documents').title, items: documents });
    await harness.admin('bulk-insert', { listTitle: listSchema('meetings').title, items: meetings });
  }

  beforeAll(async () => {
    harness = await startHarness();
    const sp = harness.spAs(OWNER);
    await provisionSite(sp);
    const repositories = createSharePointRepositories(sp);
    const created = await repositories.municipalities.createMany([
      { name: 'Hof van Twente', region: 'Twente' },
      { name: 'Enschede', region: 'Twente' },
      { name: 'Maassluis', region: 'Rijnmond' },
    ] satisfies Municipality[]);
    participants = created.flatMap((result) => (result.ok ? [result.item.id] : []));
    small = (await repositories.partnerships.create(partnership('Klein verband', participants.slice(0, 2)))).id;
    large = (await repositories.partnerships.create(partnership('Groot verband', participants.slice(0, 2)))).id;
    await addRelated(small, 5);
    await addRelated(large, 200);
  });
  afterAll(async () => {
    await harness.close();
  });

  it('costs one $batch request with 5 and with 200 documents and meetings', async () => {
    const load = createSharePointDashboardLoader(harness.spAs(OWNER));
    const few = await countRequests(() => load(small));
    const many = await countRequests(() => load(large));

    expect(few.result.documents).toHaveLength(5);
    expect(few.result.meetings).toHaveLength(5);
    expect(many.result.documents).toHaveLength(200);
    expect(many.result.meetings).toHaveLength(200);
    expect(few.urls).toHaveLength(1);
    expect(few.urls[0]).toMatch(/\/_api\/\$batch$/);
    expect(many.urls).toEqual(few.urls);
  });

  it("returns only this partnership's items, with its participants resolved", async () => {
    const data = await createSharePointDashboardLoader(harness.spAs(OWNER))(small);
    expect(data.partnership.name).toBe('Klein verband');
    expect(data.participants.map((municipality) => municipality.name).sort()).toEqual(['Enschede', 'Hof van Twente']);
    expect(new Set(data.documents.map((document) => document.partnershipId))).toEqual(new Set([small]));
    expect(new Set(data.meetings.map((meeting) => meeting.partnershipId))).toEqual(new Set([small]));
    expect(data.meetingBodies.map((body) => body.name)).toEqual([`AB ${small}`]);
  });

  it("reads the service delivery indicators and values in the same single $batch, only this partnership's", async () => {
    const owner = createSharePointRepositories(harness.spAs(OWNER));
    const indicator = await owner.performanceIndicators.create({
      partnershipId: small,
      name: 'Aanslagen tijdig verzonden',
      description: '',
      unit: 'procent',
      direction: 'hoger-is-beter',
      target: 98,
      reportingFrequency: 'kwartaal',
      valueSource: 'rapportage-partner',
      reportingFrom: parseCalendarDate('2026-01-01'),
      isActive: true,
    });
    await owner.performanceIndicators.create({ ...indicator, partnershipId: large, name: 'Ander verband' });
    await owner.indicatorValues.createMany(
      ['2026-03-31', '2026-06-30', '2026-09-30'].map((periodEnd, index) => ({
        indicatorId: indicator.id,
        partnershipId: small,
        period: `2026-K${index + 1}`,
        periodEnd: parseCalendarDate(periodEnd),
        value: 98 + index / 2,
        reportedOn: parseCalendarDate('2026-11-01'),
        notes: '',
      })),
    );

    const { result, urls } = await countRequests(() => createSharePointDashboardLoader(harness.spAs(OWNER))(small));
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/\/_api\/\$batch$/);
    expect(result.serviceDelivery?.indicators.map((item) => item.name)).toEqual(['Aanslagen tijdig verzonden']);
    expect(result.serviceDelivery?.values.map((value) => [value.period, value.value]).sort()).toEqual([['2026-K1', 98], ['2026-K2', 98.5], ['2026-K3', 99]]);
  });

  it('fails with NotFoundError for a partnership that does not exist, after the same single request', async () => {
    const load = createSharePointDashboardLoader(harness.spAs(OWNER));
    const { urls } = await countRequests(() => load(9999).catch((error: unknown) => error));
    expect(urls).toHaveLength(1);
    await expect(load(9999)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('shows a document uploaded with its metadata on the next load', async () => {
    const owner = createSharePointRepositories(harness.spAs(OWNER));
    const content = new TextEncoder().encode('Begroting 2027 (demo)');
    await owner.documents.upload(
      { name: 'Begroting 2027.txt', content },
      { partnershipId: small, title: 'Begroting 2027', documentType: 'begroting', year: 2027, isPublic: true },
    );
    const data = await createSharePointDashboardLoader(harness.spAs(OWNER))(small);
    const uploaded = data.documents.find((document) => document.fileName === 'Begroting 2027.txt');
    expect(uploaded).toMatchObject({ title: 'Begroting 2027', documentType: 'begroting', year: 2027, isPublic: true });
    expect(uploaded?.fileUrl).toMatch(/\/Documenten\/Begroting 2027\.txt$/);
  });
});
