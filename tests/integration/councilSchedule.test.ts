import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadDemoData, GBTWENTE } from '../../demo-data/index';
import { DEMO_MUNICIPALITY } from '../../demo-data/people';
import { applyCouncilScheduleImport, fetchCouncilFeed, planCouncilScheduleFromText, type CouncilCalendarRepository } from '../../src/data/councilSchedule';
import { DataAccessError } from '../../src/data/ports/errors';
import { provisionSite } from '../../src/data/provisioning';
import { createSharePointDirectory, createSharePointRepositories, type SharePointRepositories } from '../../src/data/sharepoint';
import { loadWgrCalendars, syncWgrProcessMoments } from '../../src/data/wgr';
import type { CouncilScheduleImportPlan } from '../../src/domain/councilSchedule';
import type { CalendarDate } from '../../src/domain/models';
import { dutchWorkingDays } from '../../src/domain/wgr/dutchHolidays';
import { OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

const execFileAsync = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const DEMO_ICS_PATH = join(ROOT, 'demo-data', 'hofVanTwenteRaad2027.demo.ics');
const DEMO_ICS = readFileSync(DEMO_ICS_PATH, 'utf8');

async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'cli', 'main.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The same feed with the 29 June council meeting a week earlier, the 30 November committee gone and one new committee. */
function changedFeed(): string {
  return DEMO_ICS.replace(/20270629T/g, '20270622T')
    .replace(/BEGIN:VEVENT\r\nUID:commissie-20271130@[\s\S]*?END:VEVENT\r\n/, '')
    .replace(
      'END:VCALENDAR',
      ['BEGIN:VEVENT', 'UID:commissie-extra-20270824@demo.hofvantwente.example', 'DTSTAMP:20261101T090000Z', 'DTSTART;VALUE=DATE:20270831', 'SUMMARY:Commissie Bestuur en Middelen extra (demo)', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n'),
    );
}

/** One more committee event, so a batch of creates holds more than one item. */
function extraCommittee(key: string): string {
  return ['BEGIN:VEVENT', `UID:commissie-${key}@demo.hofvantwente.example`, 'DTSTAMP:20261101T090000Z', 'DTSTART;VALUE=DATE:20271005', 'SUMMARY:Commissie Samenleving (demo)', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
}

/** A repository whose n-th call of one write method fails, as a dropped connection would. */
function failingOn(repository: CouncilCalendarRepository, method: 'createMany' | 'update' | 'recycle', failingCall: number): CouncilCalendarRepository {
  let calls = 0;
  const fail = (): void => {
    calls += 1;
    if (calls === failingCall) throw new DataAccessError('De verbinding met SharePoint is verbroken (test).', 503);
  };
  return {
    ...repository,
    list: (query) => repository.list(query),
    get: (id) => repository.get(id),
    create: (value) => repository.create(value),
    // In a $batch each item succeeds or fails on its own: the failing call's last item fails, the others are written.
    createMany: async (values) => {
      if (method !== 'createMany') return repository.createMany(values);
      calls += 1;
      if (calls !== failingCall) return repository.createMany(values);
      const written = await repository.createMany(values.slice(0, -1));
      return [...written, { ok: false as const, error: new DataAccessError('Het item kon niet worden opgeslagen (test).', 500) }];
    },
    update: async (id, changes, etag) => {
      if (method === 'update') fail();
      return repository.update(id, changes, etag);
    },
    recycle: async (id, etag) => {
      if (method === 'recycle') fail();
      return repository.recycle(id, etag);
    },
  };
}

describe('importing a council meeting schedule into the emulator', () => {
  let harness: EmulatorHarness;
  let repositories: SharePointRepositories;
  let hofVanTwenteId: number;

  const storedSchedule = async () =>
    (await repositories.councilCalendar.list({ where: { property: 'municipalityId', op: 'eq', value: hofVanTwenteId } }))
      .map((entry) => [entry.kind, entry.date, entry.endDate ?? null, entry.title, entry.sourceUid ?? null, entry.isDemo].join('|'))
      .sort();

  async function plan(text: string): Promise<CouncilScheduleImportPlan> {
    const result = await planCouncilScheduleFromText(repositories.councilCalendar, hofVanTwenteId, text);
    if (!result.ok) throw new Error(result.message);
    return result.plan;
  }

  async function internalMoments(): Promise<ReadonlyMap<string, string>> {
    const gbtwenteId = (await repositories.partnerships.list()).find((partnership) => partnership.name === GBTWENTE)?.id ?? -1;
    const moments = await repositories.processMoments.list({ where: { property: 'partnershipId', op: 'eq', value: gbtwenteId } });
    return new Map(moments.filter((moment) => moment.source === 'wgr' && moment.budgetYear === 2028 && / zienswijze ontwerpbegroting 2028$/.test(moment.subject)).map((moment) => [moment.subject, moment.date] as const));
  }

  beforeAll(async () => {
    harness = await startHarness();
    const sp = harness.spAs(OWNER);
    await provisionSite(sp);
    repositories = createSharePointRepositories(sp);
    const report = await loadDemoData(repositories, createSharePointDirectory(sp));
    expect(report.failures).toEqual([]);
    hofVanTwenteId = (await repositories.municipalities.list()).find((municipality) => municipality.name === DEMO_MUNICIPALITY)?.id ?? -1;
  }, 120_000);
  afterAll(async () => {
    await harness.close();
  });

  it('imports the demo schedule, links the demo meetings already there, moves the college deadline, and a re-import changes nothing', async () => {
    // The demo loader planned back from the GR's requested date (24 June, the demo's zienswijze case) on the demo
    // calendar, which has no committee meetings: the raad of 25 May, the college three weeks before it.
    expect(Object.fromEntries(await internalMoments())).toEqual({
      'Collegebesluit zienswijze ontwerpbegroting 2028': '2027-05-04',
      'Raadsbesluit zienswijze ontwerpbegroting 2028': '2027-05-25',
    });

    const first = await plan(DEMO_ICS);
    // 9 council meetings and the 2027 recess were in the demo calendar already (same kind and day): linked, not doubled.
    expect(first.counts).toEqual({ create: 8, update: 10, unchanged: 0, remove: 0, skip: 13 });
    expect(await applyCouncilScheduleImport(repositories.councilCalendar, first)).toEqual({ ok: true, created: 8, updated: 10, removed: 0 });

    const second = await plan(DEMO_ICS);
    expect(second.counts).toMatchObject({ create: 0, update: 0, unchanged: 18, remove: 0 });
    expect(second.isNoOp).toBe(true);

    const sync = await syncWgrProcessMoments(repositories.processMoments, await loadWgrCalendars(repositories, [2027, 2028], dutchWorkingDays(), { ownMunicipalityName: DEMO_MUNICIPALITY }));
    expect(sync.failures).toEqual([]);
    // The committee of 11 May now prepares the raad of 25 May: the college must decide three weeks before the committee.
    expect(Object.fromEntries(await internalMoments())).toEqual({
      'Collegebesluit zienswijze ontwerpbegroting 2028': '2027-04-20',
      'Commissie zienswijze ontwerpbegroting 2028': '2027-05-11',
      'Raadsbesluit zienswijze ontwerpbegroting 2028': '2027-05-25',
    });
  }, 90_000);

  it.each([
    ['one create of the batch', 'createMany' as const],
    ['an update', 'update' as const],
    ['a removal, the last step', 'recycle' as const],
  ])('leaves the list as it was when %s fails in the middle of an import', async (_label, method) => {
    const before = await storedSchedule();
    const changed = await plan(method === 'createMany' ? changedFeed().replace('END:VCALENDAR', extraCommittee('20271005')) : changedFeed());
    expect(changed.counts).toMatchObject({ create: method === 'createMany' ? 2 : 1, update: 1, remove: 1 });

    const result = await applyCouncilScheduleImport(failingOn(repositories.councilCalendar, method, 1), changed);
    expect(result).toMatchObject({ ok: false, undoFailures: [] });
    expect(result.ok ? '' : result.message).toContain('teruggedraaid; de lijst is zoals vóór de import');
    expect(await storedSchedule()).toEqual(before);
  }, 60_000);

  it('refuses a plan with an invalid row before writing anything', async () => {
    const before = await storedSchedule();
    const changed = await plan(changedFeed());
    const broken: CouncilScheduleImportPlan = {
      ...changed,
      rows: changed.rows.map((row) =>
        row.action === 'create' ? { ...row, entry: { ...row.entry, kind: 'zomerreces', date: '2027-08-31' as CalendarDate, endDate: '2027-08-01' as CalendarDate } } : row,
      ),
    };
    const result = await applyCouncilScheduleImport(repositories.councilCalendar, broken);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('eindigt vóór het begint'), undoFailures: [] });
    expect(result.ok ? '' : result.message).toContain('Er is niets gewijzigd.');
    expect(await storedSchedule()).toEqual(before);
  }, 30_000);

  it('applies the changed schedule when nothing fails, moving the meeting by its UID', async () => {
    const changed = await plan(changedFeed());
    expect(await applyCouncilScheduleImport(repositories.councilCalendar, changed)).toEqual({ ok: true, created: 1, updated: 1, removed: 1 });
    const stored = await repositories.councilCalendar.list({ where: { property: 'municipalityId', op: 'eq', value: hofVanTwenteId } });
    expect(stored.find((entry) => entry.sourceUid === 'raad-20270629@demo.hofvantwente.example')?.date).toBe('2027-06-22');
    expect(stored.some((entry) => entry.sourceUid === 'commissie-20271130@demo.hofvantwente.example')).toBe(false);
    expect((await plan(changedFeed())).isNoOp).toBe(true);
  }, 60_000);

  it('runs from the command line: a dry run of the demo file, and a refused feed changes nothing', async () => {
    const dryRun = await cli(['council-schedule', '--site', harness.siteUrl, '--municipality', DEMO_MUNICIPALITY, '--file', DEMO_ICS_PATH, '--dry-run']);
    expect(dryRun.stderr).toBe('');
    expect(dryRun.code).toBe(0);
    // Back from the changed schedule to the demo file: the meeting moves back, the committee returns, the extra one goes.
    expect(dryRun.stdout).toContain('1 nieuw, 1 gewijzigd, 16 ongewijzigd, 1 vervalt, 13 overgeslagen.');
    expect(dryRun.stdout).toContain('Proefimport: er is niets opgeslagen.');

    const before = await storedSchedule();
    const refused = await cli(['council-schedule', '--site', harness.siteUrl, '--municipality', DEMO_MUNICIPALITY, '--file', join(ROOT, 'package.json')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Dit is geen iCalendar-bestand');
    expect(await storedSchedule()).toEqual(before);

    const unknown = await cli(['council-schedule', '--site', harness.siteUrl, '--municipality', 'Atlantis', '--file', DEMO_ICS_PATH]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Gemeente 'Atlantis' staat niet in de lijst Gemeenten.");
  }, 60_000);
});

describe('fetching a council feed over HTTP', () => {
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === '/raad.ics') {
        response.writeHead(200, { 'Content-Type': 'text/calendar; charset=utf-8' });
        response.end(DEMO_ICS);
      } else if (request.url === '/besloten.ics') {
        response.writeHead(403).end();
      } else {
        response.writeHead(404, { 'Content-Type': 'text/html' }).end('<html>Niet gevonden</html>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('answers the feed text', async () => {
    await expect(fetchCouncilFeed(`${base}/raad.ics`)).resolves.toEqual({ ok: true, text: DEMO_ICS });
  });

  it('says in Dutch what went wrong: not found, no access, unreachable, not a web address', async () => {
    await expect(fetchCouncilFeed(`${base}/oud.ics`)).resolves.toEqual({ ok: false, message: expect.stringContaining('HTTP 404 (niet gevonden)') });
    await expect(fetchCouncilFeed(`${base}/besloten.ics`)).resolves.toEqual({ ok: false, message: expect.stringContaining('HTTP 403 (geen toegang)') });
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const port = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(port));
      });
    });
    await expect(fetchCouncilFeed(`http://127.0.0.1:${closedPort}/raad.ics`)).resolves.toEqual({ ok: false, message: expect.stringContaining('onbereikbaar of staat ophalen vanuit de browser niet toe (CORS)') });
    await expect(fetchCouncilFeed('ftp://raad.example/schema.ics')).resolves.toEqual({ ok: false, message: expect.stringContaining('geen geldig webadres') });
  });

  it('reads webcal:// as the same feed over HTTPS', async () => {
    const seen: string[] = [];
    const recording: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', { status: 200 });
    };
    await fetchCouncilFeed('webcal://raad.hofvantwente.example/schema.ics', recording);
    expect(seen).toEqual(['https://raad.hofvantwente.example/schema.ics']);
  });
});
