import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadDemoData } from '../../demo-data/index';
import { GBTWENTE_BODY_NAMES } from '../../demo-data/gbtwenteBodies';
import { GBTWENTE } from '../../demo-data/partnerships';
import type { ComplianceReport, ComplianceReportBody } from '../../cli/commands/compliance';
import { runCli } from '../../cli/run';
import { provisionSite } from '../../src/data/provisioning';
import { createSharePointDirectory, createSharePointRepositories } from '../../src/data/sharepoint';
import { parseFrequencyText, serializeRules } from '../../src/domain/meetings';
import { zonedDateTime } from '../../src/domain/time';
import { OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

const execFileAsync = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/** Runs the CLI as `npm run cli` does, in a child process. */
async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'cli', 'main.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The same command table in this process: quicker for the cases that do not need a real process. */
async function cliInProcess(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {} });
  return { code, stdout, stderr };
}

describe('npm run cli -- compliance against the emulator with the demo data', () => {
  let harness: EmulatorHarness;

  beforeAll(async () => {
    harness = await startHarness();
    const sp = harness.spAs(OWNER);
    await provisionSite(sp);
    const loaded = await loadDemoData(createSharePointRepositories(sp), createSharePointDirectory(sp));
    expect(loaded.failures).toEqual([]);
  });
  afterAll(async () => {
    await harness.close();
  });

  async function report(asOf: string, run = cliInProcess): Promise<ComplianceReport> {
    const result = await run(['compliance', '--site', harness.siteUrl, '--as-of', asOf, '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout) as ComplianceReport;
  }
  const gbtwente = (data: ComplianceReport, name: string): ComplianceReportBody => {
    const body = data.bodies.find((candidate) => candidate.partnershipName === GBTWENTE && candidate.bodyName === name);
    if (!body) {
      throw new Error(`no body ${name} in the report`);
    }
    return body;
  };

  it('parses the GBTwente frequency texts and judges every body as of 26 November 2026', async () => {
    const data = await report('2026-11-26', cli);
    expect(data.asOf).toBe('2026-11-26');
    expect(data.year).toBe(2026);
    const total = Object.values(data.summary).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(data.bodies.length);

    const ab = gbtwente(data, GBTWENTE_BODY_NAMES.ab);
    expect(ab.rulesFrom).toBe('text');
    expect(ab.frequencyText).toBe('minimaal drie keer per jaar');
    // Three AB meetings held in 2026 (March, July, November): the seed's minimum and Wgr art. 22 are met.
    expect(ab.rules.map((rule) => [rule.description, rule.state])).toEqual([
      ['Minimaal 3 keer per jaar', 'met'],
      ['Minimaal 2 keer per jaar (Wgr art. 22)', 'met'],
    ]);
    expect(ab.state).toBe('met');

    const db = gbtwente(data, GBTWENTE_BODY_NAMES.db);
    expect(db.state).toBe('at-risk');
    expect(db.rules[0].reason).toBe('DB: 3 van minimaal 4 vergaderingen in 2026 gehouden, 1 gepland.');

    const accounthouders = gbtwente(data, GBTWENTE_BODY_NAMES.accounthoudersoverleg);
    expect(accounthouders.rules.map((rule) => rule.kind)).toEqual(['relative', 'minimum']);
    expect(accounthouders.rules[0].state).toBe('violated');
    expect(accounthouders.rules[0].reason).toBe(
      'Accounthoudersoverleg: geen vergadering in de 2 weken voor de AB-vergadering van 12 maart 2026, 2 juli 2026 en 5 november 2026.',
    );
    expect(accounthouders.state).toBe('violated');

    // "één keer per jaar (najaar)": autumn ends 30 November, too soon to invite with two weeks' notice.
    const evaluation = gbtwente(data, GBTWENTE_BODY_NAMES.evaluatieDvo);
    expect(evaluation.rules[0].description).toBe('Minimaal 1 keer per jaar, in het najaar');
    expect(evaluation.state).toBe('violated');
  });

  it('counts a meeting added through the SharePoint adapter, and reads a stored structured rule before the text', async () => {
    const repositories = createSharePointRepositories(harness.spAs(OWNER));
    const bodies = await repositories.meetingBodies.list();
    const accounthouders = bodies.find((body) => body.name === GBTWENTE_BODY_NAMES.accounthoudersoverleg);
    const db = bodies.find((body) => body.name === GBTWENTE_BODY_NAMES.db);
    if (!accounthouders || !db) {
      throw new Error('demo bodies missing');
    }
    // Exactly two weeks before the AB of 12 March 2026: on the window's edge, so it counts.
    await repositories.meetings.create({
      bodyId: accounthouders.id,
      partnershipId: accounthouders.partnershipId,
      title: 'Accounthoudersoverleg',
      start: zonedDateTime('2026-02-26', '10:00'),
      end: zonedDateTime('2026-02-26', '11:30'),
      location: 'kantoor GBTwente',
      status: 'gehouden',
      isPublic: false,
    });
    await repositories.meetingBodies.update(db.id, { frequencyRuleJson: serializeRules(parseFrequencyText('minimaal drie keer per jaar')) }, db.etag);

    const data = await report('2026-11-26');
    const relative = gbtwente(data, GBTWENTE_BODY_NAMES.accounthoudersoverleg).rules[0];
    expect(relative.reason).toBe('Accounthoudersoverleg: geen vergadering in de 2 weken voor de AB-vergadering van 2 juli 2026 en 5 november 2026.');
    const storedDb = gbtwente(data, GBTWENTE_BODY_NAMES.db);
    expect(storedDb.rulesFrom).toBe('stored');
    expect(storedDb.rules[0].description).toBe('Minimaal 3 keer per jaar');
    expect(storedDb.state).toBe('met');
  });

  it('looks at the year of the peildatum only', async () => {
    const repositories = createSharePointRepositories(harness.spAs(OWNER));
    const abBody = (await repositories.meetingBodies.list()).find((body) => body.name === GBTWENTE_BODY_NAMES.ab);
    const planned2027 = (await repositories.meetings.list()).filter(
      (meeting) => meeting.bodyId === abBody?.id && meeting.status !== 'geannuleerd' && meeting.start.startsWith('2027-'),
    ).length;
    const data = await report('2027-01-15');
    const ab = gbtwente(data, GBTWENTE_BODY_NAMES.ab);
    expect(ab.state).toBe('at-risk');
    // None of the 2026 meetings count in 2027.
    expect(ab.rules[0].reason).toBe(`AB: 0 van minimaal 3 vergaderingen in 2027 gehouden, ${planned2027 === 0 ? 'geen meer gepland' : `${planned2027} gepland`}.`);
  });

  it('refuses a peildatum that is not yyyy-MM-dd, with exit code 2', async () => {
    const result = await cliInProcess(['compliance', '--site', harness.siteUrl, '--as-of', '26-11-2026']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--as-of must be a date written as yyyy-MM-dd/);
  });

  it('prints a Dutch table without --json', async () => {
    const result = await cliInProcess(['compliance', '--site', harness.siteUrl, '--as-of', '2026-11-26']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Naleving vergaderfrequenties per 2026-11-26/);
    expect(result.stdout).toMatch(/ {2}AB — voldaan/);
    expect(result.stdout).toMatch(/Organen: \d+ niet voldaan, \d+ risico, \d+ niet gecontroleerd, \d+ voldaan\./);
  });
});
