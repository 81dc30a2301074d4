import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as mammoth from 'mammoth';
import * as XLSX from 'xlsx';
import { DEMO_DATA, loadDemoData } from '../../demo-data/index';
import { isVerbondenPartij } from '../../src/domain/partnerships';
import { BBV_GROUP_TITLES } from '../../src/domain/bbv';
import { provisionSite } from '../../src/data/provisioning';
import { createSharePointDirectory, createSharePointRepositories } from '../../src/data/sharepoint';
import { OWNER, startHarness, type EmulatorHarness } from './support/emulatorHarness';

const execFileAsync = promisify(execFile);
const ROOT = join(__dirname, '..', '..');

/*
 * The BBV paragraph as the CLI writes it, opened with readers other than the writers: mammoth for the
 * .docx (the writer is `docx`) and SheetJS for the .xlsx (the writer is exceljs).
 */
describe('bbv-paragraph: .docx and .xlsx from the demo register', () => {
  let harness: EmulatorHarness;
  let out: string;
  let stdout: string;

  beforeAll(async () => {
    harness = await startHarness();
    const owner = harness.spAs(OWNER);
    await provisionSite(owner);
    await loadDemoData(createSharePointRepositories(owner), createSharePointDirectory(owner));
    out = mkdtempSync(join(tmpdir(), 'swm-bbv-'));
    const result = await execFileAsync(
      join(ROOT, 'node_modules', '.bin', 'tsx'),
      [join(ROOT, 'cli', 'main.ts'), 'bbv-paragraph', '--site', harness.siteUrl, '--year', '2026', '--kind', 'begroting', '--out', out, '--include-others'],
      { cwd: ROOT },
    );
    stdout = result.stdout;
  }, 90_000);
  afterAll(async () => {
    await harness.close();
    rmSync(out, { recursive: true, force: true });
  });

  const verbonden = DEMO_DATA.partnerships.filter((partnership) => isVerbondenPartij(partnership) && partnership.status !== 'beeindigd');

  it('writes both files and says so', () => {
    expect(readdirSync(out).sort()).toEqual(['Paragraaf verbonden partijen begroting 2026.docx', 'Paragraaf verbonden partijen begroting 2026.xlsx']);
    expect(stdout).toContain('Geschreven:');
    expect(verbonden.length).toBeGreaterThan(0);
  });

  it('the Word document names every verbonden partij of the demo under its BBV group, and lists the missing data', async () => {
    const { value: text } = await mammoth.extractRawText({ path: join(out, 'Paragraaf verbonden partijen begroting 2026.docx') });
    const headings = Object.values(BBV_GROUP_TITLES).map((title) => text.indexOf(`\n${title}\n`));
    expect(headings.every((index) => index > 0)).toBe(true);
    for (const partnership of verbonden) {
      const at = text.indexOf(`\n${partnership.name}\n`);
      const groupIndex = Object.keys(BBV_GROUP_TITLES).indexOf(partnership.bbvGroup);
      const next = headings[groupIndex + 1] ?? text.indexOf('\nOntbrekende gegevens\n');
      expect({ name: partnership.name, inOwnGroup: at > headings[groupIndex] && at < next }).toEqual({ name: partnership.name, inOwnGroup: true });
    }
    // GBTwente has full 2026 figures (and 2025 realised); Veiligheidsregio has no 2025 contribution.
    expect(text).toContain('€ 1.215.000');
    const missingSection = text.slice(text.lastIndexOf('Ontbrekende gegevens'));
    expect(missingSection).toContain('Veiligheidsregio Twente: Belang gemeente begin 2026 (bijdrage 2025)');
    expect(missingSection).not.toContain('GBTwente');
    // Partnerships without both interests appear only in the separate list, with the reason.
    expect(text).toContain('Overige samenwerkingsverbanden (geen verbonden partij)');
    expect(text).toContain('Pact van Twickel (Convenant): Geen bestuurlijk en geen financieel belang');
  });

  it('the spreadsheet has one row per verbonden partij in the right group, numbers as numbers, and the missing data', () => {
    const workbook = XLSX.read(readFileSync(join(out, 'Paragraaf verbonden partijen begroting 2026.xlsx')));
    expect(workbook.SheetNames).toEqual(['Verbonden partijen', 'Ontbrekende gegevens', 'Overige samenwerkingen']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Verbonden partijen'], { header: 1, blankrows: false });
    const header = rows[2] as string[];
    expect(header.slice(0, 2)).toEqual(['Groep (BBV art. 15)', 'Naam']);
    const body = rows.slice(3) as unknown[][];
    for (const partnership of verbonden) {
      const row = body.find((candidate) => candidate[1] === partnership.name);
      expect({ name: partnership.name, group: row?.[0] }).toEqual({ name: partnership.name, group: BBV_GROUP_TITLES[partnership.bbvGroup] });
    }
    const gbtwente = body.find((row) => String(row[1]).startsWith('GBTwente'))!;
    const column = (label: string) => header.findIndex((title) => title.startsWith(label));
    expect(gbtwente[column('Belang gemeente eind 2026')]).toBe(1_215_000);
    expect(gbtwente[column('Belang gemeente begin 2026')]).toBe(1_180_000);
    expect(gbtwente[column('Ontbrekende gegevens')] ?? '').toBe('');
    const missing = XLSX.utils.sheet_to_json<{ 'Verbonden partij': string; 'Ontbrekend gegeven': string }>(workbook.Sheets['Ontbrekende gegevens']);
    expect(missing).toContainEqual({ 'Verbonden partij': 'Regio Twente', 'Ontbrekend gegeven': 'Vreemd vermogen begin 2026' });
    expect(missing.some((row) => row['Verbonden partij'].startsWith('GBTwente'))).toBe(false);
  });
});
