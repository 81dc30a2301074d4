import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as mammoth from 'mammoth';
import { loadDemoData } from '../../../demo-data';
import { DEMO_MUNICIPALITY } from '../../../demo-data/people';
import { GBTWENTE, VEILIGHEIDSREGIO_TWENTE } from '../../../demo-data/partnerships';
import { generateCoverNote, generateHandoverDossier } from '../../../src/data/documents';
import { provisionSite } from '../../../src/data/provisioning';
import { createSharePointDirectory, createSharePointRepositories, type SharePointRepositories } from '../../../src/data/sharepoint';
import type { InfluenceCase } from '../../../src/domain/councilInfluence/models';
import { planCouncilRoute } from '../../../src/domain/councilSchedule';
import type { Partnership, Stored } from '../../../src/domain/models';
import { formatDutchDate, parseCalendarDate } from '../../../src/domain/time';
import { COUNCIL_MEMBER, OWNER, startHarness, type EmulatorHarness } from '../support/emulatorHarness';

/*
 * The raadsoplegger and the overdrachtsdossier (issue 8) generated from the demo data through the real SharePoint
 * adapter and the emulator, and read back with an independent .docx reader (mammoth).
 */

const execFileAsync = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const AS_OF = parseCalendarDate('2026-11-26');
const CASE_2028 = 'Ontwerpbegroting 2028 GBTwente (demo)';

async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'cli', 'main.ts'), ...args], { cwd: ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** The document's text as mammoth reads it: one line per paragraph or table cell. */
async function textOf(bytes: Uint8Array | Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value.replace(/\u00a0/g, ' ').replace(/\n\n/g, '\n');
}

jest.setTimeout(180_000);

let harness: EmulatorHarness;
let repositories: SharePointRepositories;
let outDir: string;
let gbTwente: Stored<Partnership>;
let case2028: Stored<InfluenceCase>;

beforeAll(async () => {
  harness = await startHarness();
  outDir = mkdtempSync(join(tmpdir(), 'swm-documents-'));
  const sp = harness.spAs(OWNER);
  await provisionSite(sp);
  repositories = createSharePointRepositories(sp);
  await loadDemoData(repositories, createSharePointDirectory(sp));
  const partnerships = await repositories.partnerships.list();
  gbTwente = partnerships.find((partnership) => partnership.name === GBTWENTE) as Stored<Partnership>;
  // The demo's ontwerpbegroting 2028 (issue 8 demo data); made here with the same facts if the demo lacks it.
  case2028 =
    (await repositories.influenceCases.list()).find((influenceCase) => influenceCase.subject === CASE_2028) ??
    (await repositories.influenceCases.create({
      partnershipId: gbTwente.id,
      subject: CASE_2028,
      kind: 'ontwerpbegroting',
      budgetYear: 2028,
      receivedDate: parseCalendarDate('2026-11-02'),
      responseDeadline: parseCalendarDate('2027-06-24'),
      abDecisionMeetingDate: parseCalendarDate('2027-07-01'),
      collegeProposalPoints: ['Instemmen met de ontwerpbegroting 2028 (demo).'],
      councilZienswijzeSummary: '',
      abMemberPosition: '',
      abDecision: '',
      grAnswerSummary: '',
    }));
});

afterAll(async () => {
  await harness?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('raadsoplegger', () => {
  it('says what the document is, what the raad can do, by when along the own council calendar, and what the college proposes', async () => {
    const note = await generateCoverNote(repositories, case2028.id, AS_OF, { ownMunicipalityName: DEMO_MUNICIPALITY });
    expect(note.fileName).toBe(`Raadsoplegger ${CASE_2028}.docx`);
    const text = await textOf(note.bytes);

    expect(text).toContain(`Raadsoplegger\n${CASE_2028} – ${GBTWENTE}`);
    expect(text).toContain('Soort stuk\nOntwerpbegroting');
    expect(text).toContain('Ontvangen op\n2 november 2026');
    expect(text).toContain('AB-vergadering die besluit\n1 juli 2027');
    expect(text).toContain('Wat kan de raad doen? (Wgr art. 35 lid 1)');
    expect(text).toContain('De zienswijze moet uiterlijk 24 juni 2027 bij het dagelijks bestuur zijn (nog 210 dagen, gerekend vanaf 26 november 2026).');

    // Hof van Twente's demo council meets on 25 May and 29 June 2027: 29 June is after the deadline, so 25 May.
    expect(text).toContain(`Raadsvergadering ${DEMO_MUNICIPALITY}\n25 mei 2027`);
    const [municipality] = (await repositories.municipalities.list()).filter((candidate) => candidate.name === DEMO_MUNICIPALITY);
    const entries = await repositories.councilCalendar.list({ where: { property: 'municipalityId', op: 'eq', value: municipality.id } });
    const route = planCouncilRoute({ deadline: parseCalendarDate('2027-06-24'), entries, collegeLeadWeeks: municipality.collegeLeadWeeks });
    expect(route?.councilMeeting).toBe('2027-05-25');
    expect(text).toContain(`Besluit college uiterlijk\n${formatDutchDate(route!.collegeDeadline)}`);
    expect(text).toContain(route!.explanation);

    // The demo's (ontwerp)begroting 2028 of GBTwente against its begroting 2027: 1.290.000 − 1.240.000 = 50.000, 4,03%.
    expect(text).toContain('Financieel belang van de gemeente (begroting 2028)');
    expect(text).toContain('De bijdrage van de gemeente volgens de begroting 2028 is € 1.290.000.');
    expect(text).toContain('Volgens de begroting 2027 was de bijdrage € 1.240.000: een stijging van € 50.000 (+4%).');
    expect(text).toContain('Voorstel van het college');
    for (const point of case2028.collegeProposalPoints) expect(text).toContain(point);
  });

  it('gives the municipality’s share and its change from last year in Dutch amounts', async () => {
    // A year the demo has no figures for, after the demo's begroting 2028 of € 1.290.000.
    await repositories.financialFigures.create({ partnershipId: gbTwente.id, year: 2029, kind: 'begroting', contribution: 1_161_000, explanation: 'Testbedrag (niet echt).' });
    const amendment = await repositories.influenceCases.create({
      partnershipId: gbTwente.id,
      subject: 'Begrotingswijziging 2029 GBTwente (test)',
      kind: 'begrotingswijziging',
      budgetYear: 2029,
      receivedDate: parseCalendarDate('2026-11-20'),
      responseDeadline: parseCalendarDate('2027-03-01'),
      collegeProposalPoints: [],
      councilZienswijzeSummary: '',
      abMemberPosition: '',
      abDecision: '',
      grAnswerSummary: '',
    });
    const text = await textOf((await generateCoverNote(repositories, amendment.id, AS_OF)).bytes);
    expect(text).toContain('Wat kan de raad doen? (Wgr art. 35 lid 6)');
    expect(text).toContain('De bijdrage van de gemeente volgens de begroting 2029 is € 1.161.000.');
    // 1.161.000 − 1.290.000 = −129.000, −10% of 1.290.000.
    expect(text).toContain('Volgens de begroting 2028 was de bijdrage € 1.290.000: een daling van € 129.000 (-10%).');
    expect(text).toContain('Er is geen eigen gemeente opgegeven');
    expect(text).toContain('Het college heeft (nog) geen punten voor de zienswijze voorgesteld.');
  });
});

describe('overdrachtsdossier', () => {
  it('describes one partnership for the raad without its niet-openbare bodies and documents', async () => {
    const bodies = await repositories.meetingBodies.list({ where: { property: 'partnershipId', op: 'eq', value: gbTwente.id } });
    const confidential = bodies.filter((body) => !body.isPublic);
    const open = bodies.filter((body) => body.isPublic);
    expect(confidential.length).toBeGreaterThan(0);
    expect(open.length).toBeGreaterThan(0);

    const raad = await generateHandoverDossier(repositories, { partnershipId: gbTwente.id, audience: 'raad', asOf: AS_OF });
    expect(raad.fileName).toBe(`Overdrachtsdossier ${GBTWENTE} (raad) 2026-11-26.docx`);
    const text = await textOf(raad.bytes);
    expect(text).toContain(`Overdrachtsdossier\n${GBTWENTE}`);
    expect(text).toContain('Versie voor de raad: alleen openbare overlegorganen, documenten en momenten.');
    expect(text).toContain(gbTwente.publicInterest);
    expect(text).toContain('Rechtsvorm\nGR - openbaar lichaam');
    expect(text).toContain('Verbonden partij: de gemeente heeft een bestuurlijk én een financieel belang (BBV art. 1)');
    expect(text).toContain('Portefeuillehouder\nWim Smit');
    expect(text).toContain('Accounthouder\nAnne de Vries');
    for (const body of open) expect(text).toContain(body.name);
    for (const body of confidential) expect(text).not.toContain(body.name);
    expect(text).not.toContain('Niet openbaar');
    expect(text).not.toContain('Vertrouwelijke DB-notitie tariefonderhandeling (demo)');
    expect(text).toContain('Begroting 2027 GBTwente (demo) (Begroting, 2027)');

    // The last three years: 2024 without figures, the 2025 realisatie and the 2026 begroting of the demo.
    expect(text).toContain('Financiële cijfers 2024–2026');
    expect(text).toContain('2024\nGeen cijfers vastgelegd');
    expect(text).toContain('2025\nRealisatie\n€ 1.180.000\n€ 45.000\n€ 465.000\n€ 1.950.000');
    expect(text).toContain('2026\nBegroting\n€ 1.215.000\n€ 0\n€ 465.000\n€ 1.800.000');
    // E1 was planned for 31 March 2026 and is still open.
    expect(text).toMatch(/E1\. Afspraken maken met GBTwente .*\(Anne de Vries, gepland 31 maart 2026, over de planning\)/);
    // The open ontwerpbegroting 2028 and the Wgr calendar's zienswijze deadline, by date.
    expect(text).toContain(`uiterlijk 24 juni 2027\nZienswijze van de raad: ${CASE_2028}\nZienswijzetraject`);
    const moments = text.slice(text.indexOf('Komende invloedsmomenten'));
    const caseLine = moments.indexOf(`uiterlijk 24 juni 2027\nZienswijze van de raad: ${CASE_2028}\nZienswijzetraject`);
    const wgrLine = moments.indexOf('uiterlijk 30 juni 2027\nZienswijze raden op ontwerpbegroting 2028\nWgr-kalender (Wgr art. 35(1))');
    expect(caseLine).toBeGreaterThan(0);
    expect(wgrLine).toBeGreaterThan(caseLine);
  });

  it('shows the niet-openbare bodies and documents in the ambtelijke version, marked as such', async () => {
    const text = await textOf((await generateHandoverDossier(repositories, { partnershipId: gbTwente.id, audience: 'ambtelijk', asOf: AS_OF })).bytes);
    const confidential = (await repositories.meetingBodies.list({ where: { property: 'partnershipId', op: 'eq', value: gbTwente.id } })).filter((body) => !body.isPublic);
    for (const body of confidential) expect(text).toContain(body.name);
    expect(text).toContain('Openbaar\nNiet openbaar');
    expect(text).toContain('Vertrouwelijke DB-notitie tariefonderhandeling (demo)');
    expect(text).toContain('Ambtelijke versie');
  });

  it('never holds what SharePoint hides from the reader, even in the ambtelijke version', async () => {
    const asCouncilMember = createSharePointRepositories(harness.spAs(COUNCIL_MEMBER));
    const text = await textOf((await generateHandoverDossier(asCouncilMember, { partnershipId: gbTwente.id, audience: 'ambtelijk', asOf: AS_OF })).bytes);
    expect(text).toContain(GBTWENTE);
    expect(text).not.toContain('Niet openbaar');
    expect(text).not.toContain('Vertrouwelijke DB-notitie tariefonderhandeling (demo)');
  });

  it('covers the whole register with a linked table of contents and a section per partnership', async () => {
    const dossier = await generateHandoverDossier(repositories, { audience: 'raad', asOf: AS_OF });
    expect(dossier.fileName).toBe('Overdrachtsdossier alle samenwerkingsverbanden (raad) 2026-11-26.docx');
    const active = (await repositories.partnerships.list()).filter((partnership) => partnership.status !== 'beeindigd');
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(dossier.bytes) })).value;
    const contents = html.slice(html.indexOf('Inhoud'), html.indexOf('</h1>', html.indexOf('Inhoud') + 10) + 1);
    for (const partnership of active) {
      const escaped = partnership.name.replace(/&/g, '&amp;');
      expect(contents).toContain(`<a href="#samenwerking_${partnership.id}">${escaped}</a>`);
      expect(html).toContain(`<h1><a id="samenwerking_${partnership.id}"></a>${escaped}</h1>`);
    }
    expect(html).toContain(VEILIGHEIDSREGIO_TWENTE);
  });
});

describe('npm run cli -- cover-note and handover-dossier', () => {
  it('writes the cover note of a case for the given municipality', async () => {
    const out = join(outDir, 'raadsoplegger.docx');
    const result = await cli(['cover-note', '--site', harness.siteUrl, '--case', String(case2028.id), '--municipality', DEMO_MUNICIPALITY, '--as-of', '2026-11-26', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`council route of ${DEMO_MUNICIPALITY}`);
    const text = await textOf(readFileSync(out));
    expect(text).toContain(`Raadsvergadering ${DEMO_MUNICIPALITY}\n25 mei 2027`);
  });

  it('writes the raad version of one partnership’s dossier, found by name', async () => {
    const out = join(outDir, 'dossier.docx');
    const result = await cli(['handover-dossier', '--site', harness.siteUrl, '--partnership', 'gbtwente', '--as-of', '2026-11-26', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(raad) as of 2026-11-26');
    const text = await textOf(readFileSync(out));
    expect(text).toContain('Versie voor de raad');
    expect(text).toContain(GBTWENTE);
    expect(text).not.toContain(VEILIGHEIDSREGIO_TWENTE);
  });

  it('refuses an unknown audience, an unknown partnership and a missing case with a clear message', async () => {
    const audience = await cli(['handover-dossier', '--site', harness.siteUrl, '--audience', 'pers', '--out', join(outDir, 'x.docx')]);
    expect(audience.code).toBe(2);
    expect(audience.stderr).toContain("--audience must be 'raad' or 'ambtelijk'");
    const partnership = await cli(['handover-dossier', '--site', harness.siteUrl, '--partnership', 'Atlantis', '--out', join(outDir, 'x.docx')]);
    expect(partnership.code).toBe(2);
    expect(partnership.stderr).toContain("No partnership is named 'Atlantis'. Choose one of:");
    expect(partnership.stderr).toContain(GBTWENTE);
    const missing = await cli(['cover-note', '--site', harness.siteUrl, '--case', '9999', '--out', join(outDir, 'x.docx')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no zienswijze case 9999');
  });
});
