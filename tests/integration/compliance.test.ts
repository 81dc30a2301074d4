import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadDemoData } from '../../demo-data/index';
import { GBTWENTE_BODY_NAMES } from '../../demo-data/gbtwenteBodies';
import { GBTWENTE, REGIO_TWENTE, VEILIGHEIDSREGIO_TWENTE } from '../../demo-data/partnerships';
import { INTERNAL_BODY_NAME, REGIEVOERDERS_BODY_NAME } from '../../demo-data/internalMeetingsDemo';
import type { ComplianceReport, ComplianceReportBody } from '../../cli/commands/compliance';
import { runCli } from '../../cli/run';
import { createEmulatorGraphClient, GraphCalendarGateway } from '../../src/data/graph';
import { calendarKeyOf, MeetingScheduler } from '../../src/data/scheduling';
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

  it('groups the organisation-wide Overleg regievoerders under "Organisatiebreed" and applies the demo risk profiles to internal bodies', async () => {
    const data = await report('2026-11-26');
    const regievoerders = data.bodies.find((body) => body.bodyName === REGIEVOERDERS_BODY_NAME);
    expect(regievoerders).toMatchObject({ group: 'organisation', partnershipName: 'Organisatiebreed', frequencyText: 'ieder kwartaal', state: 'at-risk' });
    expect(regievoerders?.partnershipId).toBeUndefined();
    expect(regievoerders?.rules.map((rule) => rule.reason)).toEqual(['Regievoerders: 0 van minimaal 1 vergadering in het 4e kwartaal van 2026 gehouden, 1 gepland.']);
    // The organisation-wide group comes after every partnership.
    expect(data.bodies[data.bodies.length - 1].group).toBe('organisation');

    // Risicoprofiel midden (partnershipControlDemo.ts): four a year; GBTwente's internal meeting held four, Regio Twente's two.
    const internalOf = (name: string): ComplianceReportBody | undefined => data.bodies.find((body) => body.partnershipName === name && body.bodyName.startsWith(INTERNAL_BODY_NAME));
    expect(internalOf(GBTWENTE)).toMatchObject({ riskLevel: 'midden', state: 'met' });
    expect(internalOf(GBTWENTE)?.rules.map((rule) => rule.description)).toEqual(['Minimaal 1 keer per kwartaal', 'Risicoprofiel midden: minimaal 4 keer per jaar']);
    const regio = internalOf(REGIO_TWENTE);
    expect(regio).toMatchObject({ riskLevel: 'midden', state: 'at-risk' });
    expect(regio?.rules.map((rule) => [rule.description, rule.state])).toEqual([
      ['Minimaal 2 keer per jaar', 'met'],
      ['Risicoprofiel midden: minimaal 4 keer per jaar', 'at-risk'],
    ]);
    // Risicoprofiel hoog: ten a year, held.
    expect(internalOf(VEILIGHEIDSREGIO_TWENTE)).toMatchObject({ riskLevel: 'hoog', state: 'met' });
    // A partnership with a profile but no internal body is a finding.
    expect(data.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ partnershipName: 'Stadsbank Oost-Nederland', code: 'geen-intern-overleg', level: 'midden', message: 'Geen intern voorbereidend overleg vastgelegd; risicoprofiel midden vraagt minimaal 4 keer per jaar.' }),
      ]),
    );
    expect(data.findings.some((finding) => finding.partnershipName === GBTWENTE)).toBe(false);

    const text = await cliInProcess(['compliance', '--site', harness.siteUrl, '--as-of', '2026-11-26']);
    expect(text.stdout).toMatch(/\nOrganisatiebreed\n {2}Regievoerders — risico\n/);
    expect(text.stdout).toMatch(/Regio Twente \(risicoprofiel midden\)/);
    expect(text.stdout).toMatch(/Bevindingen risicoprofiel\n(.*\n)*.*Stadsbank Oost-Nederland: Geen intern voorbereidend overleg vastgelegd/);
  });

  it('plans and sends a meeting of the organisation-wide body like any other: no partnership, invites to its members', async () => {
    const anne = 'a.devries@hofvantwente.example';
    const sp = harness.spAs(anne);
    const repositories = createSharePointRepositories(sp);
    const body = (await repositories.meetingBodies.list()).find((candidate) => candidate.name === REGIEVOERDERS_BODY_NAME);
    if (!body) throw new Error('no Overleg regievoerders in the demo data');
    const client = createEmulatorGraphClient(`${harness.url}/graph/v1.0`, anne, { maxRetries: 1 });
    const scheduler = new MeetingScheduler({
      repositories,
      calendar: new GraphCalendarGateway(client),
      owner: { kind: 'me' },
      calendarKey: calendarKeyOf({ kind: 'me' }, anne),
      now: () => new Date('2026-11-26T09:00:00Z'),
    });
    const [outcome] = await scheduler.planMeetings(body.id, [{ start: zonedDateTime('2027-03-18', '10:00'), end: zonedDateTime('2027-03-18', '11:30') }]);
    expect(outcome.sent).toBe(true);
    expect(outcome.meeting).toMatchObject({ bodyId: body.id, title: 'Regievoerders 18 maart 2027', sendState: 'verzonden' });
    expect(outcome.meeting.partnershipId).toBeUndefined();
    const response = await fetch(`${harness.url}/_emulator/outbox`);
    const invites = ((await response.json()) as { value: { kind: string; subject: string; recipient: string }[] }).value.filter(
      (message) => message.kind === 'invite' && message.subject.startsWith('Regievoerders 18 maart 2027'),
    );
    // Anne organises from her own calendar; the other member gets the invite.
    expect(body.members.map((member) => member.email)).toEqual([anne, 'b.jansen@hofvantwente.example']);
    expect(invites.map((message) => message.recipient.toLowerCase())).toEqual(['b.jansen@hofvantwente.example']);
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
