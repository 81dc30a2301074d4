import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadDemoData, GBTWENTE, VEILIGHEIDSREGIO_TWENTE } from '../../demo-data/index';
import { provisionSite } from '../../src/data/provisioning';
import { createSharePointDirectory, createSharePointRepositories } from '../../src/data/sharepoint';
import type { WgrCalendar } from '../../src/domain/wgr';
import { zonedDateTime } from '../../src/domain/time';
import { OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

const execFileAsync = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'cli', 'main.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

interface CliJson {
  readonly budgetYear: number;
  readonly calendars: readonly WgrCalendar[];
  readonly sync?: { created: number; updated: number; unchanged: number; removed: number; failures: string[] };
}

function calendarOf(output: CliJson, name: string): WgrCalendar {
  const found = output.calendars.find((calendar) => calendar.partnershipName === name);
  if (!found) {
    throw new Error(`no calendar for ${name}`);
  }
  return found;
}

describe('the Wgr calendar against the emulator with the demo data', () => {
  let harness: EmulatorHarness;

  beforeAll(async () => {
    harness = await startHarness();
    const sp = harness.spAs(OWNER);
    await provisionSite(sp);
    const report = await loadDemoData(createSharePointRepositories(sp), createSharePointDirectory(sp));
    expect(report.failures).toEqual([]);
  }, 120_000);
  afterAll(async () => {
    await harness.close();
  });

  it('prints every deadline and check per GR for budget year 2028 as JSON', async () => {
    const result = await cli(['wgr-calendar', '--site', harness.siteUrl, '--budget-year', '2028', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as CliJson;
    expect(output.budgetYear).toBe(2028);
    const names = output.calendars.map((calendar) => calendar.partnershipName);
    expect(names).toEqual(expect.arrayContaining([GBTWENTE, VEILIGHEIDSREGIO_TWENTE]));

    // GBTwente: demo AB 1 July 2027 adopts the begroting 2028; its own kaders date 15-04 is before 30 April.
    const gbtwente = calendarOf(output, GBTWENTE);
    expect(gbtwente.budgetAbDate).toBe('2027-07-01');
    const byRule = (calendar: WgrCalendar, rule: string) => calendar.deadlines.find((deadline) => deadline.rule === rule);
    expect(byRule(gbtwente, 'kaders-naar-raden')).toMatchObject({ legalDate: '2027-04-15', article: 'Wgr art. 34b' });
    expect(byRule(gbtwente, 'ontwerpbegroting-naar-raden')).toMatchObject({ lastAllowedDay: '2027-04-08' });
    expect(byRule(gbtwente, 'begroting-naar-gs')).toMatchObject({ lastAllowedDay: '2027-07-15' });
    // GBTwente exempts begrotingswijzigingen (demo setting, art. 35(6)).
    expect(gbtwente.deadlines.some((deadline) => deadline.rule === 'begrotingswijziging-naar-raden')).toBe(false);

    // Veiligheidsregio Twente: AB 24 June 2027, own send date 15 April: 70 days, 10 weeks (error).
    const vrt = calendarOf(output, VEILIGHEIDSREGIO_TWENTE);
    expect(vrt.budgetAbDate).toBe('2027-06-24');
    const tooShort = vrt.checks.find((check) => check.code === 'minder-dan-twaalf-weken');
    expect(tooShort?.message).toContain('de raden krijgen dan 10 weken in plaats van ten minste twaalf weken');
    // The demo proposal (sent 25 May 2027, eight weeks to 20 July) runs into the Hof van Twente recess from 10 July.
    expect(byRule(vrt, 'zienswijze-regeling')).toMatchObject({ window: { start: '2027-05-25', end: '2027-07-20' } });
    expect(vrt.checks.some((check) => check.code === 'termijn-in-zomerreces' && check.message.includes('Hof van Twente'))).toBe(true);
  }, 60_000);

  it('wrote the derived deadlines as process moments next to the hand-entered ones, and follows an AB that moves', async () => {
    const repositories = createSharePointRepositories(harness.spAs(OWNER));
    const gbtwenteId = (await repositories.partnerships.list()).find((partnership) => partnership.name === GBTWENTE)?.id;
    const momentsOf = async () => repositories.processMoments.list({ where: { property: 'partnershipId', op: 'eq', value: gbtwenteId ?? -1 } });
    const before = await momentsOf();
    const handEntered = before.filter((moment) => moment.source === 'handmatig');
    expect(handEntered.length).toBeGreaterThan(0);
    const derived = before.find((moment) => moment.source === 'wgr' && moment.budgetYear === 2028 && moment.subject === 'Ontwerpbegroting 2028 naar de raden');
    expect(derived).toMatchObject({ date: '2027-04-08', kind: 'informatie', isDeadline: true, isPublic: true, audiences: ['raad', 'college'] });

    // The AB of 1 July 2027 moves a week: the ontwerpbegroting deadline moves with it.
    const meeting = (await repositories.meetings.list()).find((candidate) => candidate.partnershipId === gbtwenteId && candidate.start === zonedDateTime('2027-07-01', '14:00'));
    expect(meeting).toBeDefined();
    await repositories.meetings.update(meeting!.id, { start: zonedDateTime('2027-07-08', '14:00'), end: zonedDateTime('2027-07-08', '16:00') }, meeting!.etag);

    const synced = await cli(['wgr-calendar', '--site', harness.siteUrl, '--budget-year', '2028', '--json', '--sync']);
    expect(synced.code).toBe(0);
    const report = (JSON.parse(synced.stdout) as CliJson).sync;
    expect(report?.failures).toEqual([]);
    expect(report?.created).toBe(0);
    expect(report?.updated).toBeGreaterThan(0);

    const after = await momentsOf();
    expect(after.find((moment) => moment.id === derived?.id)).toMatchObject({ date: '2027-04-15' });
    // Hand-entered moments are untouched.
    expect(after.filter((moment) => moment.source === 'handmatig').map((moment) => [moment.id, moment.etag, moment.date])).toEqual(
      handEntered.map((moment) => [moment.id, moment.etag, moment.date]),
    );

    const again = await cli(['wgr-calendar', '--site', harness.siteUrl, '--budget-year', '2028', '--json', '--sync']);
    expect((JSON.parse(again.stdout) as CliJson).sync).toMatchObject({ created: 0, updated: 0, removed: 0 });
    // Without --own-municipality nothing is planned through a council, and the internal moments the demo load
    // wrote for Hof van Twente are left alone rather than removed.
    expect((await momentsOf()).some((moment) => moment.source === 'wgr' && moment.subject === 'Collegebesluit zienswijze ontwerpbegroting 2028')).toBe(true);
  }, 90_000);

  it('gives the griffie (a council identity) the same calendar: AB meetings and Wgr lists are public', async () => {
    const asOwner = JSON.parse((await cli(['wgr-calendar', '--site', harness.siteUrl, '--budget-year', '2028', '--json'])).stdout) as CliJson;
    const asCouncil = await cli(['wgr-calendar', '--site', harness.siteUrl, '--budget-year', '2028', '--json', '--as', 'raadslid@hofvantwente.example']);
    expect(asCouncil.code).toBe(0);
    expect((JSON.parse(asCouncil.stdout) as CliJson).calendars).toEqual(asOwner.calendars);
  }, 60_000);

  it('plans each zienswijze back through the own council with --own-municipality, and refuses an unknown one', async () => {
    const result = await cli(['wgr-calendar', '--site', harness.siteUrl, '--budget-year', '2028', '--json', '--own-municipality', 'hof van twente']);
    expect(result.code).toBe(0);
    const gbtwente = calendarOf(JSON.parse(result.stdout) as CliJson, GBTWENTE);
    // The test above moved the AB to 8 July 2027 (legal last day 7 July), but GBTwente asks for the zienswijze by
    // 24 June (the demo's zienswijze case): the raad of 25 May adopts it, no committee in its cycle (the demo calendar
    // has none), so the college decides three weeks before the raad, on 4 May.
    expect(gbtwente.councilRoutes).toEqual([
      expect.objectContaining({
        rule: 'zienswijze-ontwerpbegroting',
        deadline: '2027-07-07',
        requestedByGr: '2027-06-24',
        municipalityName: 'Hof van Twente',
        route: expect.objectContaining({ councilMeeting: '2027-05-25', collegeDeadline: '2027-05-04' }),
      }),
    ]);
    const text = await cli(['wgr-calendar', '--site', harness.siteUrl, '--budget-year', '2028', '--own-municipality', 'Hof van Twente']);
    expect(text.stdout).toContain("Raad Hof van Twente voor 'Zienswijze raden op ontwerpbegroting 2028': raad 2027-05-25, commissie —, college uiterlijk 2027-05-04");

    const unknown = await cli(['wgr-calendar', '--site', harness.siteUrl, '--budget-year', '2028', '--own-municipality', 'Atlantis']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Gemeente 'Atlantis' (--own-municipality) staat niet in de lijst Gemeenten.");
  }, 60_000);

  it('refuses a budget year that is not a year, in the usage message', async () => {
    const result = await cli(['wgr-calendar', '--site', harness.siteUrl, '--budget-year', '27']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--budget-year needs a year');
  }, 30_000);
});
