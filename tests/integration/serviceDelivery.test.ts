import { loadDemoData } from '../../demo-data';
import { GBTWENTE } from '../../demo-data/partnerships';
import { DEMO_INDICATORS, STADSBANK } from '../../demo-data/serviceDeliveryDemo';
import { provisionSite } from '../../src/data/provisioning';
import {
  applyValueImportPlan,
  loadServiceDelivery,
  readValueImportFile,
  saveIndicatorValue,
  syncAgreementMoments,
} from '../../src/data/serviceDelivery';
import { ImportFileError } from '../../src/data/import';
import { createSharePointDirectory, createSharePointRepositories, type SharePointRepositories } from '../../src/data/sharepoint';
import { countValueImportPlan, indicatorValueInput, planValueImport, serviceDeliveryFindings, serviceDeliveryOverview } from '../../src/domain/serviceDelivery';
import { parseCalendarDate } from '../../src/domain/time';
import { OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

/*
 * Service delivery through the real SharePoint adapter and the emulator (issue 9): the demo's indicators with a
 * missed report and an off-target value, a report imported with a bad row (dry run, apply, re-import unchanged),
 * a value saved with a stale ETag (412 → conflict with the current item), and the agreements' moments synced
 * idempotently without touching moments typed in by hand.
 */

jest.setTimeout(120_000);

const TODAY = parseCalendarDate('2026-11-26');
let harness: EmulatorHarness;
let repositories: SharePointRepositories;
let gbTwenteId: number;
let stadsbankId: number;

function csvFile(name: string, text: string): { name: string; arrayBuffer(): Promise<ArrayBuffer> } {
  const bytes = new TextEncoder().encode(text);
  return { name, arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

beforeAll(async () => {
  harness = await startHarness();
  const sp = harness.spAs(OWNER);
  await provisionSite(sp);
  repositories = createSharePointRepositories(sp);
  const report = await loadDemoData(repositories, createSharePointDirectory(sp));
  expect(report.failures.filter((failure) => /service|indicator|satisfaction|Agreement|dienstverlening/i.test(failure))).toEqual([]);
  const partnerships = await repositories.partnerships.list();
  gbTwenteId = partnerships.find((partnership) => partnership.name === GBTWENTE)?.id ?? -1;
  stadsbankId = partnerships.find((partnership) => partnership.name === STADSBANK)?.id ?? -1;
});

afterAll(async () => {
  await harness?.close();
});

describe('service delivery on the emulator', () => {
  it('loads the demo with a missed report and an off-target value, and a second load adds nothing', async () => {
    const all = await loadServiceDelivery(repositories);
    expect(all.indicators).toHaveLength(DEMO_INDICATORS.length);
    const valueCount = all.values.length;
    const partnerships = await repositories.partnerships.list();
    const overview = serviceDeliveryOverview({ partnerships, indicators: all.indicators, values: all.values, asOf: TODAY });
    expect(overview.overdue.map((report) => [report.partnershipName, report.indicatorName, report.message])).toEqual([
      [STADSBANK, 'Wachttijd tot eerste gesprek', 'Rapportage 3e kwartaal 2026 ontbreekt (verwacht uiterlijk 11 november 2026).'],
    ]);
    expect(overview.offTarget.map((row) => [row.partnershipName, row.indicator.name, row.latest.period])).toEqual([[GBTWENTE, 'Bezwaren binnen de wettelijke termijn afgehandeld', '2026-K3']]);

    const gbTwente = await loadServiceDelivery(repositories, gbTwenteId);
    expect(new Set(gbTwente.values.map((value) => value.partnershipId))).toEqual(new Set([gbTwenteId]));
    expect(gbTwente.measurements.map((measurement) => measurement.measuredBy)).toEqual(['regievoerder']);
    const stadsbank = await loadServiceDelivery(repositories, stadsbankId);
    expect(stadsbank.measurements.map((measurement) => measurement.measuredBy)).toEqual(['samenwerkingsverband']);
    expect(serviceDeliveryFindings({ ...stadsbank, asOf: TODAY }).map((finding) => finding.kind)).toEqual(['renewal-near', 'missing-report']);

    await loadDemoData(repositories, createSharePointDirectory(harness.spAs(OWNER)));
    const again = await loadServiceDelivery(repositories);
    expect(again.values).toHaveLength(valueCount);
    expect(again.agreements).toHaveLength(all.agreements.length);
    expect(again.measurements).toHaveLength(all.measurements.length);
  });

  it('syncs agreement dates to moments idempotently and leaves hand-entered moments alone', async () => {
    const derived = (await repositories.processMoments.list({ where: { property: 'partnershipId', op: 'eq', value: stadsbankId } })).filter((moment) => moment.source === 'dienstverlening');
    expect(derived.map((moment) => [moment.subject, moment.date, moment.kind, [...moment.audiences].sort()]).sort()).toEqual([
      ['DVO schuldhulpverlening Stadsbank 2024-2027: einde looptijd', '2027-06-30', 'informatie', ['ambtelijke-organisatie', 'college']],
      ['DVO schuldhulpverlening Stadsbank 2024-2027: uiterste datum verlenging of opzegging', '2027-01-31', 'informatie', ['ambtelijke-organisatie', 'college']],
    ]);
    const handEntered = await repositories.processMoments.create({
      partnershipId: stadsbankId,
      kind: 'informatie',
      subject: 'DVO schuldhulpverlening Stadsbank 2024-2027: einde looptijd',
      date: parseCalendarDate('2027-07-01'),
      isDeadline: false,
      audiences: ['raad'],
      status: 'verwacht',
      source: 'handmatig',
      isPublic: true,
      notes: 'Met de hand ingevoerd.',
    });
    const [agreement] = await repositories.serviceAgreements.list({ where: { property: 'partnershipId', op: 'eq', value: stadsbankId } });
    await repositories.serviceAgreements.update(agreement.id, { endDate: parseCalendarDate('2027-12-31') }, agreement.etag);
    expect(await syncAgreementMoments(repositories, TODAY, stadsbankId)).toEqual({ created: 0, updated: 1, unchanged: 1, removed: 0, failures: [] });
    expect(await syncAgreementMoments(repositories, TODAY, stadsbankId)).toEqual({ created: 0, updated: 0, unchanged: 2, removed: 0, failures: [] });
    const untouched = await repositories.processMoments.get(handEntered.id);
    expect([untouched.date, untouched.etag, untouched.source]).toEqual(['2027-07-01', handEntered.etag, 'handmatig']);
  });

  it('imports a report: a dry run with row-level reasons, the valid rows written, a re-import unchanged', async () => {
    const csv = [
      'Indicator;Periode;Waarde;Toelichting',
      'Wachttijd tot eerste gesprek;Q3 2026;22;Rapportage kwam laat',
      'Schuldregelingen succesvol afgerond;3e kwartaal 2026;77;Uit de kwartaalrapportage (demo).',
      'Wachttijd tot eerste gesprek;Q4 2026;20;',
      'Aantal klachten;2026-K3;4;',
      'Schuldregelingen succesvol afgerond;2026-K2;79,5;Gecorrigeerd',
    ].join('\n');
    const table = await readValueImportFile(csvFile('rapportage-K3.csv', csv));
    const plan = async () => {
      const data = await loadServiceDelivery(repositories, stadsbankId);
      return planValueImport(table, { indicators: data.indicators, existingValues: data.values, today: TODAY });
    };
    const dryRun = await plan();
    expect(dryRun.rows.map((row) => [row.rowNumber, row.kind, row.kind === 'rejected' ? row.reasons : []])).toEqual([
      [2, 'create', []],
      [3, 'unchanged', []],
      [4, 'rejected', ['Periode: Deze periode is nog niet voorbij.']],
      [5, 'rejected', ['Indicator: onbekende indicator ‘Aantal klachten’ voor dit samenwerkingsverband. Bekend zijn: Schuldregelingen succesvol afgerond, Wachttijd tot eerste gesprek.']],
      [6, 'update', []],
    ]);

    const results = await applyValueImportPlan(dryRun, repositories.indicatorValues);
    expect(results.map((result) => [result.rowNumber, result.outcome])).toEqual([
      [2, 'created'],
      [6, 'updated'],
    ]);
    const after = await loadServiceDelivery(repositories, stadsbankId);
    expect(after.values.find((value) => value.period === '2026-K3' && value.value === 22)?.notes).toBe('Rapportage kwam laat');
    expect(after.values.find((value) => value.period === '2026-K2' && value.value === 79.5)?.reportedOn).toBe('2026-11-26');
    expect(serviceDeliveryOverview({ partnerships: [{ id: stadsbankId, name: STADSBANK }], indicators: after.indicators, values: after.values, asOf: TODAY }).overdue).toEqual([]);

    expect(countValueImportPlan(await plan())).toEqual({ create: 0, update: 0, unchanged: 3, rejected: 2 });
    await expect(readValueImportFile(csvFile('rapportage.pdf', ''))).rejects.toThrow(ImportFileError);
  });

  it('reads a report as .xlsx with number and date cells as Excel stores them', async () => {
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Rapportage');
    sheet.addRow(['Indicator', 'Periode', 'Waarde', 'Gerapporteerd op']);
    sheet.addRow(['Aanslagen tijdig verzonden', '2026-K3', 99.2, new Date(Date.UTC(2026, 9, 30))]);
    const bytes = await workbook.xlsx.writeBuffer();
    const table = await readValueImportFile({ name: 'rapportage.xlsx', arrayBuffer: async () => bytes as ArrayBuffer });
    const data = await loadServiceDelivery(repositories, gbTwenteId);
    const plan = planValueImport(table, { indicators: data.indicators, existingValues: data.values, today: TODAY });
    // The demo value of that quarter (99,2, reported 30 October) is the same: nothing to do.
    expect(plan.rows.map((row) => row.kind)).toEqual(['unchanged']);
  });

  it('saves a value with its ETag and answers a stale one with the current item (412)', async () => {
    const data = await loadServiceDelivery(repositories, gbTwenteId);
    const indicator = data.indicators.find((item) => item.name === 'Bezwaren binnen de wettelijke termijn afgehandeld');
    if (!indicator) throw new Error('demo indicator missing');
    const stored = data.values.find((value) => value.indicatorId === indicator.id && value.period === '2026-K3');
    if (!stored) throw new Error('demo value missing');
    const input = (value: number) => indicatorValueInput(indicator, { period: '2026-K3', value, reportedOn: TODAY, notes: 'Gecorrigeerd' });

    const saved = await saveIndicatorValue(repositories, input(92.1), { indicator, existingValues: data.values, asOf: TODAY }, { id: stored.id, etag: stored.etag });
    expect(saved.kind).toBe('saved');
    const stale = await saveIndicatorValue(repositories, input(93), { indicator, existingValues: data.values, asOf: TODAY }, { id: stored.id, etag: stored.etag });
    expect(stale.kind).toBe('conflict');
    expect(stale.kind === 'conflict' ? stale.current?.value : undefined).toBe(92.1);

    const duplicate = await saveIndicatorValue(repositories, input(90), { indicator, existingValues: data.values, asOf: TODAY });
    expect(duplicate).toEqual({ kind: 'invalid', errors: { period: 'Voor deze periode is al een waarde vastgelegd; pas die waarde aan.' } });
    const future = await saveIndicatorValue(repositories, { ...input(90), period: '2026-K4', periodEnd: '2026-12-31' }, { indicator, existingValues: data.values, asOf: TODAY });
    expect(future).toEqual({ kind: 'invalid', errors: { period: 'Deze periode is nog niet voorbij.' } });
    expect((await repositories.indicatorValues.get(stored.id)).value).toBe(92.1);
  });
});
