import * as path from 'node:path';
import * as mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { VEILIGHEIDSREGIO_TWENTE } from '../../demo-data/partnerships';
import { DEMO_MILESTONES } from '../../demo-data/steering';
import { blockingAxeViolations } from './accessibility';
import { RESULTS, useLocalPageSession } from './localPageSession';

/*
 * "Sturing" on the local page in Chromium, on the real adapters and the emulator with the demo data: adding an
 * action (validation keeps what was typed), "Mijn acties", completing an evaluation with a follow-up action,
 * and generating the status report, downloaded and read back with mammoth. axe-core checks every tab.
 */

const ANNE = 'a.devries@hofvantwente.example';

jest.setTimeout(180_000);

let dataDir: string;
let environment: LocalEnvironment;
let page: Page;
const pageErrors: string[] = [];

useLocalPageSession({ name: 'steering', acceptDownloads: true, pageErrors }, (session) => {
  ({ dataDir, environment, page } = session);
});

function steeringUrl(parameters: Record<string, string> = {}): string {
  const url = new URL(environment.pageUrl({ user: ANNE }));
  url.searchParams.set('webpart', 'steering');
  for (const [key, value] of Object.entries(parameters)) url.searchParams.set(key, value);
  return url.toString();
}

async function openTab(name: string): Promise<void> {
  await page.getByRole('tab', { name, exact: true }).click();
}

describe('Sturing on the local page, in Chromium', () => {
  it('lists seed 002 recommendations with overdue actions marked, and adds an action after a failed validation without losing input', async () => {
    await page.goto(steeringUrl());
    const grid = page.getByRole('grid', { name: 'Aanbevelingen en acties' });
    await grid.getByRole('row').nth(1).waitFor();
    await expect(grid.getByText('Voer een discussie over de rollenscheiding zowel op bestuurlijk als op ambtelijk niveau.').isVisible()).resolves.toBe(true);
    // E1 of the demo evaluation was planned for 31 March 2026: overdue, with an icon and the words "Te laat".
    const overdueRow = grid.getByRole('row').filter({ hasText: 'Afspraken maken met GBTwente' });
    await expect(overdueRow.getByTestId('overdue-marker').textContent()).resolves.toContain('Te laat');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'steering-actions.png'), fullPage: true });

    await page.getByRole('button', { name: 'Nieuwe actie' }).click();
    const panel = page.getByRole('dialog');
    await panel.getByLabel('Nummer').fill('11');
    await panel.getByLabel('Aanbeveling').fill('Leg de afspraken over rapportages per verbonden partij vast.');
    await panel.getByRole('combobox', { name: 'Reactie' }).click();
    await page.getByRole('option', { name: 'Niet overgenomen' }).click();
    await panel.getByLabel('Eigenaar (e-mailadres)').fill('a.devries@');
    await panel.getByRole('button', { name: 'Opslaan' }).click();

    await expect(panel.getByText('Licht toe waarom de aanbeveling niet is overgenomen.').isVisible()).resolves.toBe(true);
    await expect(panel.getByText('Dit is geen geldig e-mailadres: a.devries@').isVisible()).resolves.toBe(true);
    // What was typed is still there.
    await expect(panel.getByLabel('Aanbeveling').inputValue()).resolves.toBe('Leg de afspraken over rapportages per verbonden partij vast.');
    expect(await blockingAxeViolations(page)).toEqual([]);

    await panel.getByLabel('Toelichting op de reactie').fill('Wordt al geregeld via de DVO (test).');
    await panel.getByLabel('Eigenaar (e-mailadres)').fill(ANNE);
    await panel.getByLabel('Actie', { exact: true }).fill('Rapportage-afspraken vastleggen (test).');
    await panel.getByLabel('Planning').fill('1-11-2026');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await panel.waitFor({ state: 'detached' });

    const newRow = grid.getByRole('row').filter({ hasText: 'Rapportage-afspraken vastleggen (test).' });
    await newRow.waitFor();
    const text = await newRow.textContent();
    expect(text).toContain('Niet overgenomen: Wordt al geregeld via de DVO (test).');
    expect(text).toContain('Anne de Vries');
    expect(text).toContain('Te laat');
  });

  it('shows an owner only their own open actions in "Mijn acties" (the Teams personal app view)', async () => {
    const url = new URL(steeringUrl());
    url.searchParams.set('webpart', 'myActions');
    await page.goto(url.toString());
    const grid = page.getByRole('grid', { name: 'Mijn acties' });
    await grid.getByRole('row').nth(1).waitFor();
    const rows = await grid.getByRole('row').allTextContents();
    expect(rows.some((row) => row.includes('Rapportage-afspraken vastleggen (test).'))).toBe(true);
    expect(rows.some((row) => row.includes('Afspraken maken met GBTwente'))).toBe(true);
    // E2 belongs to Bram Jansen.
    expect(rows.some((row) => row.includes('Tevredenheidsmeting bezwaarafhandeling'))).toBe(false);
    await expect(page.getByText('2 open acties, waarvan 2 te laat').isVisible()).resolves.toBe(true);
    expect(await blockingAxeViolations(page)).toEqual([]);
  });

  it('completes an evaluation: asks for every answer first, then saves it with a follow-up action', async () => {
    await page.goto(steeringUrl({ tab: 'evaluations' }));
    const schedule = page.getByRole('grid', { name: 'Evaluatieschema per samenwerkingsverband' });
    await schedule.getByRole('row').nth(1).waitFor();
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: `Evalueren: ${VEILIGHEIDSREGIO_TWENTE}` }).click();
    const panel = page.getByRole('dialog');
    await panel.getByLabel('Hoe voert het samenwerkingsverband de afgesproken taken uit?').fill('Brandweerzorg volgens het dekkingsplan (test).');
    await panel.getByRole('button', { name: 'Evaluatie afronden' }).click();
    await expect(panel.getByText('Beantwoord deze vraag voordat u de evaluatie afrondt.').first().isVisible()).resolves.toBe(true);
    await expect(panel.getByLabel('Hoe voert het samenwerkingsverband de afgesproken taken uit?').inputValue()).resolves.toBe('Brandweerzorg volgens het dekkingsplan (test).');
    expect(await blockingAxeViolations(page)).toEqual([]);

    await panel.getByLabel('Hoe verlopen de relatie en de samenwerking?').fill('Goed (test).');
    await panel.getByLabel('Hoe staan de financiën ervoor?').fill('Lagere kapitaallasten (test).');
    await panel.getByLabel("Welke risico's zijn er?").fill('Beschikbaarheid vrijwilligers (test).');
    await panel.getByLabel('Is de evaluatie volgens de evaluatiebepaling van de GR (Wgr art. 11a) aan de orde?').fill('Nee (test).');
    await panel.getByLabel('Toelichting op de uitkomst').fill('Op orde; vrijwilligersbeleid volgen (test).');
    await panel.getByRole('button', { name: 'Vervolgactie toevoegen' }).click();
    await panel.getByLabel('Vervolgactie 1', { exact: true }).fill('Vrijwilligersbeleid agenderen in het AB (test).');
    await panel.getByLabel('Eigenaar vervolgactie 1 (e-mailadres)').fill('b.jansen@hofvantwente.example');
    await panel.getByLabel('Planning vervolgactie 1').fill('2027-03-01');
    await panel.getByRole('button', { name: 'Evaluatie afronden' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByText('De evaluatie is opgeslagen, met 1 nieuwe vervolgacties.').waitFor();

    const row = schedule.getByRole('row').filter({ hasText: VEILIGHEIDSREGIO_TWENTE });
    expect(await row.textContent()).not.toContain('Nog niet geëvalueerd');
    const evaluations = page.getByRole('grid', { name: 'Evaluaties' });
    expect(await evaluations.getByRole('row').filter({ hasText: 'Op orde; vrijwilligersbeleid volgen (test).' }).textContent()).toContain('Afgerond');
    await page.screenshot({ path: path.join(RESULTS, 'steering-evaluations.png'), fullPage: true });

    // The follow-up action is in the register, linked to the partnership.
    await openTab('Acties');
    const actions = page.getByRole('grid', { name: 'Aanbevelingen en acties' });
    await actions.getByRole('row').filter({ hasText: 'Vrijwilligersbeleid agenderen in het AB (test).' }).waitFor();
    expect(await actions.getByRole('row').filter({ hasText: 'Vrijwilligersbeleid agenderen in het AB (test).' }).textContent()).toContain(VEILIGHEIDSREGIO_TWENTE);
  });

  it('shows budget progress sorted by deviation, the task layers and the coalitions, axe-clean', async () => {
    await openTab('Begroting');
    const budget = page.getByRole('grid', { name: 'Begrotingsvoortgang, grootste afwijking eerst' });
    await budget.getByRole('row').nth(1).waitFor();
    const rows = await budget.getByRole('row').allTextContents();
    expect(rows[1]).toContain(VEILIGHEIDSREGIO_TWENTE);
    expect(rows[1]).toContain('-52.000');
    expect(rows[2]).toContain('GBTwente');
    expect(await blockingAxeViolations(page)).toEqual([]);

    await openTab('Taaklagen');
    await page.getByRole('heading', { name: 'Bedrijfsvoering' }).waitFor();
    await expect(page.getByText('Openbaar Lichaam Crematoria Tw.').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Duurzame bedrijfsvoering').isVisible()).resolves.toBe(true);
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'steering-task-layers.png'), fullPage: true });

    await openTab('Coalities');
    const grOfRegio = page.getByRole('grid', { name: 'Mijlpalen van Voorbereiding nieuwe/ aangepaste GR Regio Twente' });
    await grOfRegio.getByRole('row').nth(1).waitFor();
    const milestones = (await grOfRegio.getByRole('row').allTextContents()).slice(1);
    expect(milestones).toHaveLength(DEMO_MILESTONES.filter((milestone) => milestone.dossierName === 'Voorbereiding nieuwe/ aangepaste GR Regio Twente').length);
    expect(milestones[0]).toContain('Voorstel door DB');
    expect(milestones[milestones.length - 1]).toContain('1 januari 2016');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'steering-coalitions.png'), fullPage: true });
  });

  it('generates the status report as a .docx that an independent reader opens, with the evaluation just completed', async () => {
    await openTab('Statusrapportage');
    await page.getByLabel('Peildatum').fill('2026-11-26');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Rapport maken (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('statusrapportage-verbonden-partijen-2026-11-26.docx');
    const file = path.join(dataDir, download.suggestedFilename());
    await download.saveAs(file);
    await expect(page.getByText(/Het rapport statusrapportage-verbonden-partijen-2026-11-26\.docx is gemaakt/).isVisible()).resolves.toBe(true);
    expect(await blockingAxeViolations(page)).toEqual([]);

    const text = (await mammoth.extractRawText({ path: file })).value.replace(/\u00a0/g, ' ');
    expect(text).toContain('Statusrapportage verbonden partijen');
    expect(text).toContain('Tweede helft 2026, peildatum 26 november 2026');
    expect(text).toContain('Samenvatting');
    // The evaluation completed above counts, with the date it was held.
    const veiligheidsregio = text.slice(text.indexOf(`${VEILIGHEIDSREGIO_TWENTE}\n`, text.indexOf('Samenwerkingsverbanden\n\n')));
    expect(veiligheidsregio).toMatch(/Laatste evaluatie 26 november 2026, volgende uiterlijk 26 november 2027/);
    expect(veiligheidsregio).toContain('Vrijwilligersbeleid agenderen in het AB (test).');
    expect(text).toContain('Rapportage-afspraken vastleggen (test). (Anne de Vries, gepland 1 november 2026, TE LAAT)');
    expect(pageErrors).toEqual([]);
  });

  it('speaks English as the second locale', async () => {
    await page.goto(steeringUrl({ lang: 'en', tab: 'evaluations' }));
    await page.getByRole('grid', { name: 'Evaluation schedule per partnership' }).getByRole('row').nth(1).waitFor();
    expect((await page.getByRole('tab').allTextContents()).map((text) => text.trim())).toEqual(expect.arrayContaining(['Actions', 'My actions', 'Evaluations', 'Budget', 'Task layers', 'Coalitions', 'Status report']));
    await page.getByRole('button', { name: `Evaluate: ${VEILIGHEIDSREGIO_TWENTE}` }).click();
    await page.getByRole('dialog').getByLabel('How does the partnership perform the agreed tasks?').waitFor();
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'steering-evaluation-panel-en.png'), fullPage: false });
  });

  it('reads in a dark Teams theme', async () => {
    await page.goto(steeringUrl({ host: 'teams-dark' }));
    await page.getByRole('grid', { name: 'Aanbevelingen en acties' }).getByRole('row').nth(1).waitFor();
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'steering-teams-dark.png'), fullPage: false });
  });
});
