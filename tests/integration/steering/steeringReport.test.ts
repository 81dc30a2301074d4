import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as mammoth from 'mammoth';
import { loadDemoData } from '../../../demo-data';
import { DEMO_BUDGET_PROGRESS, DEMO_EVALUATIONS, DEMO_MILESTONES, DEMO_TASK_LAYER_INSIGHTS, EVALUATION_PLAN_GBTWENTE, TWENTE_DOSSIERS } from '../../../demo-data/steering';
import { GBTWENTE, VEILIGHEIDSREGIO_TWENTE } from '../../../demo-data/partnerships';
import { createSharePointDirectory, createSharePointRepositories, type SharePointRepositories } from '../../../src/data/sharepoint';
import { provisionSite } from '../../../src/data/provisioning';
import { ConcurrencyConflictError } from '../../../src/data/ports';
import { startHarness, OWNER, type EmulatorHarness } from '../support/emulatorHarness';

/*
 * The steering lists through the real SharePoint adapter and the emulator: the demo data round-trips, an
 * evaluation is saved with a stale ETag and refused, and the CLI writes the status report, read back with
 * an independent .docx reader (mammoth).
 */

const execFileAsync = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');

async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'cli', 'main.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

jest.setTimeout(120_000);

let harness: EmulatorHarness;
let repositories: SharePointRepositories;
let outDir: string;

beforeAll(async () => {
  harness = await startHarness();
  outDir = mkdtempSync(join(tmpdir(), 'swm-report-'));
  const sp = harness.spAs(OWNER);
  await provisionSite(sp);
  repositories = createSharePointRepositories(sp);
  const report = await loadDemoData(repositories, createSharePointDirectory(sp));
  expect(report.failures.filter((failure) => /taskLayer|coreDomain|coalition|milestone|evaluation|budgetProgress|EvaluatieGBTwente/i.test(failure))).toEqual([]);
});

afterAll(async () => {
  await harness?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('steering lists on the emulator', () => {
  it('holds the steering demo data, with references resolved to ids', async () => {
    const partnerships = await repositories.partnerships.list();
    const gbTwenteId = partnerships.find((partnership) => partnership.name === GBTWENTE)?.id;
    expect(await repositories.taskLayerInsights.list()).toHaveLength(DEMO_TASK_LAYER_INSIGHTS.length);
    const milestones = await repositories.milestones.list({ orderBy: [{ property: 'date' }] });
    expect(milestones.map((milestone) => milestone.title)).toEqual([...DEMO_MILESTONES].sort((a, b) => a.date.localeCompare(b.date)).map((milestone) => milestone.title));
    const dossiers = await repositories.coalitionDossiers.list();
    expect(dossiers.find((dossier) => dossier.name === TWENTE_DOSSIERS.newGr)?.participantIds).toHaveLength(14);

    const [evaluation] = await repositories.evaluations.list();
    expect(evaluation).toMatchObject({ partnershipId: gbTwenteId, title: DEMO_EVALUATIONS[0].title, answers: DEMO_EVALUATIONS[0].answers, status: 'afgerond' });
    const followUps = await Promise.all(evaluation.followUpActionIds.map((id) => repositories.actions.get(id)));
    expect(followUps.map((action) => `${action.plan} ${action.number} ${action.owner?.email ?? ''}`)).toEqual([
      `${EVALUATION_PLAN_GBTWENTE} E1 a.devries@hofvantwente.example`,
      `${EVALUATION_PLAN_GBTWENTE} E2 b.jansen@hofvantwente.example`,
    ]);
    expect(await repositories.budgetProgress.list()).toHaveLength(DEMO_BUDGET_PROGRESS.length);
  });

  it('loads the steering demo only once', async () => {
    const before = (await repositories.milestones.list()).length;
    await loadDemoData(repositories, createSharePointDirectory(harness.spAs(OWNER)));
    expect(await repositories.milestones.list()).toHaveLength(before);
    expect(await repositories.evaluations.list()).toHaveLength(DEMO_EVALUATIONS.length);
  });

  it('refuses an evaluation saved over a newer version, with the current item', async () => {
    const [evaluation] = await repositories.evaluations.list();
    await repositories.evaluations.update(evaluation.id, { outcomeSummary: 'Eerste wijziging' }, evaluation.etag);
    const stale = repositories.evaluations.update(evaluation.id, { outcomeSummary: 'Tweede wijziging' }, evaluation.etag);
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyConflictError);
    const error = (await stale.catch((caught: unknown) => caught)) as ConcurrencyConflictError<{ outcomeSummary: string }>;
    expect(error.current?.outcomeSummary).toBe('Eerste wijziging');
  });
});

describe('npm run cli -- status-report', () => {
  it('writes a .docx with the summary and each partnership, readable by mammoth', async () => {
    const out = join(outDir, 'rapport-2026-11-26.docx');
    const result = await cli(['status-report', '--site', harness.siteUrl, '--as-of', '2026-11-26', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Status report as of 2026-11-26 written to/);

    // Amounts are written with a no-break space after the euro sign, as Intl formats them.
    const text = (await mammoth.extractRawText({ buffer: readFileSync(out) })).value.replace(/\u00a0/g, ' ').replace(/\n\n/g, '\n');
    expect(text).toContain('Statusrapportage verbonden partijen');
    expect(text).toContain('Tweede helft 2026, peildatum 26 november 2026');
    expect(text).toContain('Samenvatting');
    expect(text).toContain(GBTWENTE);
    expect(text).toContain(VEILIGHEIDSREGIO_TWENTE);
    // Budget deviation from the demo forecast: begroting € 1.215.000, prognose € 1.262.000.
    expect(text).toMatch(/Begroot € 1\.215\.000, verwacht € 1\.262\.000 volgens prognose van 30 september 2026: afwijking \+€ 47\.000 \(\+3,9%\)/);
    // The overdue follow-up action of the evaluation, with its owner.
    expect(text).toMatch(/E1\. Afspraken maken met GBTwente .*\(Anne de Vries, gepland 31 maart 2026, TE LAAT\)/);
    // GBTwente's dashboard was last refreshed on 15 July 2026; its demo risk profile is midden (issue 8), so every
    // six months instead of seed 004's quarter for important partnerships: due 15 January 2027, not overdue.
    expect(text).toContain('Laatst geactualiseerd 15 juli 2026; actualiseren uiterlijk 15 januari 2027.\n');
    expect(text).toContain('Acties voor alle verbonden partijen');
    // Meeting compliance comes from the meetings issue's check, one Dutch sentence per rule.
    expect(text).toContain('Overlegorganen die hun vergaderfrequentie niet halen');
    expect(text).toContain('Algemeen Bestuur – AB\nminimaal drie keer per jaar\nOp orde\nAB: 3 van minimaal 3 vergaderingen in 2026 gehouden. AB: 3 van minimaal 2 vergaderingen in 2026 gehouden (Wgr art. 22).');
    expect(text).toContain('Voer een jaarlijkse evaluatie met de VP in.');

    // Issue 9: delivery of services next to the budget, from the demo's indicators, reports and measurements.
    expect(result.stdout).toMatch(/1 indicators off target, 1 missing reports\./);
    expect(text).toContain('Prestatie-indicatoren onder de norm\n1\nOntbrekende rapportages van samenwerkingsverbanden\n1');
    expect(text).toContain('Levering van diensten');
    expect(text).toContain('Bezwaren binnen de wettelijke termijn afgehandeld\nminimaal 95%\n91,3%\n3e kwartaal 2026\nOnder de norm');
    expect(text).toContain('2 van de 3 indicatoren halen de norm; 1 niet.');
    expect(text).toContain('Laatste tevredenheidsmeting: Tevredenheid ambtelijk opdrachtgeverschap GBTwente 2026, 15 oktober 2026: 7,2 op een schaal tot 10 (gemeten door regievoerder;');
    expect(text).toContain('Wachttijd tot eerste gesprek: Rapportage 3e kwartaal 2026 ontbreekt (verwacht uiterlijk 11 november 2026).');
    expect(text).toContain('gemeten door samenwerkingsverband');
    expect(text).toContain('DVO schuldhulpverlening Stadsbank 2024-2027: Besluit over verlenging of opzegging uiterlijk 31 januari 2027.');
    // The summary table's row: name, actueel, vergaderingen, termijnen, dienstverlening.
    expect(text).toMatch(/Stadsbank Oost-Nederland\n(?:Ja|Nee)\n[^\n]+\n\d+\n2 van 2 op norm, 1 rapportage ontbreekt\n/);
  });

  it('is reproducible for a past date: the same date gives the same text, an earlier date an earlier state', async () => {
    const first = join(outDir, 'a.docx');
    const second = join(outDir, 'b.docx');
    expect((await cli(['status-report', '--site', harness.siteUrl, '--as-of', '2026-03-01', '--out', first])).code).toBe(0);
    expect((await cli(['status-report', '--site', harness.siteUrl, '--as-of', '2026-03-01', '--out', second])).code).toBe(0);
    const [textA, textB] = await Promise.all([first, second].map(async (file) => (await mammoth.extractRawText({ buffer: readFileSync(file) })).value));
    expect(textA).toBe(textB);
    expect(textA).toContain('Eerste helft 2026, peildatum 1 maart 2026');
    // The September forecast did not exist yet, and E1 (planned 31 March) was not late yet.
    expect(textA).not.toContain('prognose van 30 september 2026');
    expect(textA).toMatch(/E1\. Afspraken maken met GBTwente .*\(Anne de Vries, gepland 31 maart 2026\)/);
    // On 1 March 2026 the latest bezwaren figure was the 4e kwartaal 2025 (reported 30 January), on target.
    expect(textA.replace(/\n\n/g, '\n')).toContain('Bezwaren binnen de wettelijke termijn afgehandeld\nminimaal 95%\n96,8%\n4e kwartaal 2025\nOp norm');
  });

  it('refuses to run without an as-of date', async () => {
    const result = await cli(['status-report', '--site', harness.siteUrl, '--out', join(outDir, 'x.docx')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--as-of yyyy-mm-dd/);
  });
});
