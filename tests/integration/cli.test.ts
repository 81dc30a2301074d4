import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startHarness, type EmulatorHarness } from './support/emulatorHarness';

const execFileAsync = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI as `npm run cli` does, in a child process (asynchronously: the emulator lives in this process). */
async function cli(args: readonly string[], env: Record<string, string> = {}): Promise<CliResult> {
  try {
    const { stdout, stderr } = await execFileAsync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'cli', 'main.ts'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('the CLI as a child process', () => {
  let harness: EmulatorHarness;

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterAll(async () => {
    await harness.close();
  });

  it('provisions the site, then finds nothing left to do', async () => {
    const first = await cli(['provision', '--site', harness.siteUrl]);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/created list Samenwerkingsverbanden/);
    const second = await cli(['provision', '--site', harness.siteUrl, '--json']);
    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout) as { created: number; updated: number; unchanged: number };
    expect(report).toMatchObject({ created: 0, updated: 0 });
    expect(report.unchanged).toBeGreaterThan(0);
  });

  it('lists partnerships as JSON', async () => {
    const sp = harness.spAs('a.devries@hofvantwente.example');
    await sp.web.lists.getByTitle('Samenwerkingsverbanden').items.add({ Title: 'GBTwente', LegalForm: 'GR - bedrijfsvoeringsorganisatie', BbvGroup: 'Gemeenschappelijke regelingen', PartnershipStatus: 'Actief' });
    const result = await cli(['list-partnerships', '--site', harness.siteUrl, '--json', '--as', 'raadslid@hofvantwente.example']);
    expect(result.code).toBe(0);
    const partnerships = JSON.parse(result.stdout) as { name: string; legalForm: string; status: string }[];
    expect(partnerships).toEqual([expect.objectContaining({ name: 'GBTwente', legalForm: 'gr-bedrijfsvoeringsorganisatie', status: 'actief' })]);
  });

  it('answers bad arguments with exit code 2 and the usage', async () => {
    const result = await cli(['list-partnerships', '--colour']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown option '--colour'[\s\S]*Usage: npm run cli -- list-partnerships/);
  });

  it('asks for an access token before touching a real tenant', async () => {
    const result = await cli(['provision', '--site', 'https://contoso.sharepoint.com/sites/samenwerkingsmonitor'], { SWM_ACCESS_TOKEN: '' });
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/SWM_ACCESS_TOKEN.*m365 util accesstoken get/);
  });

  it('loads the demo data and lists it as a table', async () => {
    const load = await cli(['load-demo', '--site', harness.siteUrl]);
    expect(load.stderr).toBe('');
    expect(load.code).toBe(0);
    const table = await cli(['list-partnerships', '--site', harness.siteUrl]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^Id +Naam +Rechtsvorm +Taaklagen +Accounthouder +Status/m);
    expect(table.stdout).toMatch(/Regio Twente/);
  });

  it('says so when the site cannot be reached', async () => {
    const result = await cli(['list-partnerships', '--site', 'http://127.0.0.1:9/sites/samenwerkingsmonitor']);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/Cannot reach http:\/\/127\.0\.0\.1:9\/sites\/samenwerkingsmonitor/);
  });
});
