import * as path from 'node:path';
import * as mammoth from 'mammoth';
import type { Locator, Page } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { DEMO_CASE_BUDGET_2027, DEMO_CASE_BUDGET_2028 } from '../../demo-data/councilInfluenceDemo';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { createEmulatorSp } from '../../src/data/sharepoint/spClient';
import type { Repositories } from '../../src/data/ports';
import { calendarDateOfInstant, calendarDateParts } from '../../src/domain/time';
import { blockingAxeViolations } from './accessibility';
import { RESULTS, useLocalPageSession } from './localPageSession';

/*
 * Issue 8's "done when": one open ontwerpbegroting of the demo data followed in Chromium from arrival through the
 * cover note (downloaded and read back with mammoth), the council's zienswijze, the AB member's position, the AB's
 * decision and the GR's answer, each step entered in the UI, the step indicator moving and the stored item checked;
 * a failed validation keeps what was typed; axe finds nothing serious on the list, the detail and a panel.
 */

const ANNE = 'a.devries@hofvantwente.example';

jest.setTimeout(240_000);

let dataDir: string;
let environment: LocalEnvironment;
let page: Page;
let repositories: Repositories;
const pageErrors: string[] = [];

/** Today as the page reads it, typed the Dutch way (the form accepts dd-mm-jjjj). */
const today = calendarDateOfInstant(new Date());
const { year, month, day } = calendarDateParts(today);
const todayTyped = `${day}-${month}-${year}`;

useLocalPageSession({ name: 'influence', acceptDownloads: true, pageErrors }, (session) => {
  ({ dataDir, environment, page } = session);
  repositories = createSharePointRepositories(createEmulatorSp(environment.siteUrl, ANNE));
});

function influenceUrl(parameters: Record<string, string> = {}): string {
  const url = new URL(environment.pageUrl({ user: ANNE }));
  url.searchParams.set('webpart', 'councilInfluence');
  for (const [key, value] of Object.entries(parameters)) url.searchParams.set(key, value);
  return url.toString();
}

async function openCase(): Promise<{ readonly id: number }> {
  const stored = (await repositories.influenceCases.list()).find((item) => item.subject === DEMO_CASE_BUDGET_2028);
  if (stored === undefined) throw new Error('demo case missing');
  return stored;
}

function stepState(step: string): Promise<string | null> {
  return page.getByRole('list', { name: `Voortgang van ${DEMO_CASE_BUDGET_2028}` }).locator(`li[data-step="${step}"]`).getAttribute('data-state');
}

async function recordStep(label: string, fill: (panel: Locator) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: `Vastleggen: ${label}` }).click();
  const panel = page.getByRole('dialog');
  await fill(panel);
  await panel.getByRole('button', { name: 'Opslaan' }).click();
  await panel.waitFor({ state: 'detached' });
  await page.getByText(`${label} is opgeslagen.`).waitFor();
}

describe('Zienswijzen on the local page, in Chromium', () => {
  it('lists the demo cases with an accessible step indicator and filters on progress', async () => {
    await page.goto(influenceUrl());
    const cases = page.getByRole('list', { name: 'Zienswijzetrajecten' });
    await cases.waitFor();
    await expect(cases.getByRole('button', { name: `Openen: ${DEMO_CASE_BUDGET_2027}` }).isVisible()).resolves.toBe(true);
    // The ontwerpbegroting 2028 arrived on 2 November 2026: its cover note was due two weeks later.
    const indicator = page.getByRole('list', { name: `Voortgang van ${DEMO_CASE_BUDGET_2028}` });
    await expect(indicator.locator('li[data-step="raadsoplegger"]').textContent()).resolves.toContain('Raadsoplegger naar de raad: te laat (ma 16 nov 2026)');
    await expect(indicator.locator('li[data-step="ontvangen"]').textContent()).resolves.toContain('Document ontvangen: gedaan (ma 2 nov 2026)');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'council-influence-list.png'), fullPage: true });

    await page.getByRole('combobox', { name: 'Toon' }).click();
    await page.getByRole('option', { name: 'Afgerond' }).click();
    await expect(cases.getByRole('button').allTextContents()).resolves.toEqual([DEMO_CASE_BUDGET_2027]);
    await page.getByRole('combobox', { name: 'Toon' }).click();
    await page.getByRole('option', { name: 'Met een stap te laat' }).click();
    await expect(cases.getByRole('button').allTextContents()).resolves.toEqual([DEMO_CASE_BUDGET_2028]);
  });

  it('follows the open ontwerpbegroting from arrival through the cover note to the GR’s answer', async () => {
    const { id } = await openCase();
    await page.getByRole('button', { name: `Openen: ${DEMO_CASE_BUDGET_2028}` }).click();
    await page.getByRole('heading', { name: DEMO_CASE_BUDGET_2028 }).waitFor();
    expect(await blockingAxeViolations(page)).toEqual([]);

    // The councils side by side: the own council and every other participant, "onbekend" where nothing is known.
    const ownRow = page.getByRole('row', { name: /Hof van Twente \(eigen raad\)/ });
    await expect(ownRow.textContent()).resolves.toContain('onbekend');

    // Cover note: generated, downloaded, and read with an independent reader.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Raadsoplegger maken' }).click()]);
    const file = path.join(dataDir, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const note = (await mammoth.extractRawText({ path: file })).value.replace(/\u00a0/g, ' ');
    expect(note).toContain('Ontwerpbegroting 2028');
    expect(note).toContain('24 juni 2027');
    await page.getByText(`De raadsoplegger ${download.suggestedFilename()} is gemaakt`).waitFor();

    await page.getByRole('button', { name: 'Markeer als verstuurd' }).click();
    await page.getByText(/De raadsoplegger is als verstuurd vastgelegd op/).waitFor();
    await expect(stepState('raadsoplegger')).resolves.toBe('gedaan');
    expect((await repositories.influenceCases.get(id)).coverNoteDate).toBe(today);

    // The council's zienswijze: a missing summary is refused, and what was typed stays.
    await page.getByRole('button', { name: 'Vastleggen: Zienswijze raad' }).click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('combobox', { name: 'Wat vond de raad?' }).click();
    await page.getByRole('option', { name: 'Instemmend met opmerkingen' }).click();
    await panel.getByLabel('Zienswijze vastgesteld op').fill(todayTyped);
    await panel.getByLabel('Zienswijze (webadres van het document)').fill('https://hofvantwente.example/raad/zienswijze-gbtwente-2028');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await panel.getByText('Vat de zienswijze van de raad samen.').waitFor();
    await expect(panel.getByLabel('Zienswijze vastgesteld op').inputValue()).resolves.toBe(todayTyped);
    await expect(panel.getByLabel('Zienswijze (webadres van het document)').inputValue()).resolves.toBe('https://hofvantwente.example/raad/zienswijze-gbtwente-2028');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'council-influence-step-panel.png'), fullPage: false });
    await panel.getByLabel('Samenvatting van de zienswijze').fill('Instemmen; de raad vraagt een taakstelling op de bedrijfsvoering (test).');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByText('Zienswijze raad is opgeslagen.').waitFor();
    await expect(stepState('zienswijze-raad')).resolves.toBe('gedaan');
    expect(await repositories.influenceCases.get(id)).toMatchObject({
      councilPosition: 'met-opmerkingen',
      councilAdoptedDate: today,
      councilZienswijzeSummary: 'Instemmen; de raad vraagt een taakstelling op de bedrijfsvoering (test).',
    });
    await expect(ownRow.textContent()).resolves.toContain('Instemmend met opmerkingen');

    await recordStep('Standpunt AB-lid', async (stepPanel) => {
      await stepPanel.getByLabel('Standpunt van het AB-lid').fill('Zienswijze van de raad ingebracht (test).');
      await stepPanel.getByLabel('Standpunt ingenomen op').fill(todayTyped);
    });
    await expect(stepState('standpunt-ab-lid')).resolves.toBe('gedaan');
    await recordStep('Besluit AB', async (stepPanel) => {
      await stepPanel.getByLabel('Besluit van het AB').fill('Begroting 2028 vastgesteld (test).');
      await stepPanel.getByLabel('Besluit genomen op').fill(todayTyped);
    });
    await expect(stepState('besluit-ab')).resolves.toBe('gedaan');
    await expect(stepState('antwoord-gr')).resolves.toBe('aan-de-beurt');
    await recordStep('Antwoord GR', async (stepPanel) => {
      await expect(stepPanel.getByText(/^Het algemeen bestuur moet schriftelijk en gemotiveerd .*Wgr art\. 35 lid 4 en art\. 10 lid 6/).isVisible()).resolves.toBe(true);
      await stepPanel.getByLabel('Antwoord van de GR ontvangen op').fill(todayTyped);
      await stepPanel.getByLabel('Samenvatting: hoe is met de zienswijzen omgegaan?').fill('De taakstelling wordt in de kadernota 2029 uitgewerkt (test).');
    });
    await expect(stepState('antwoord-gr')).resolves.toBe('gedaan');
    expect(await repositories.influenceCases.get(id)).toMatchObject({
      abMemberPosition: 'Zienswijze van de raad ingebracht (test).',
      abMemberPositionDate: today,
      abDecision: 'Begroting 2028 vastgesteld (test).',
      abDecisionDate: today,
      grAnswerDate: today,
      grAnswerSummary: 'De taakstelling wordt in de kadernota 2029 uitgewerkt (test).',
    });
    await expect(page.getByTestId('case-progress').textContent()).resolves.toContain('Afgerond');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'council-influence-detail.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('adds another council’s zienswijze next to the own council’s', async () => {
    await page.getByRole('button', { name: 'Toevoegen: zienswijze van Almelo' }).click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('combobox', { name: 'Wat vond de raad?' }).click();
    await page.getByRole('option', { name: 'Bezwaren' }).click();
    await panel.getByLabel('Samenvatting').fill('Bezwaar tegen de hogere bijdrage (test).');
    await panel.getByLabel('Vastgesteld op').fill(todayTyped);
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByText('De zienswijze van Almelo is opgeslagen.').waitFor();
    const row = page.getByRole('row', { name: /^Almelo/ });
    await expect(row.textContent()).resolves.toContain('Bezwaar tegen de hogere bijdrage (test).');
    const { id } = await openCase();
    const stored = (await repositories.participantZienswijzen.list()).filter((item) => item.caseId === id);
    expect(stored.map((item) => `${item.position}|${item.summary}`)).toEqual(['bezwaren|Bezwaar tegen de hogere bijdrage (test).']);
    expect(pageErrors).toEqual([]);
  });

  it('speaks English as the second locale and reads in a dark Teams theme', async () => {
    await page.goto(influenceUrl({ lang: 'en' }));
    await page.getByRole('heading', { name: 'Council views' }).waitFor();
    const indicator = page.getByRole('list', { name: `Progress of ${DEMO_CASE_BUDGET_2027}` });
    await expect(indicator.locator('li[data-step="antwoord-gr"]').textContent()).resolves.toContain(': done');
    expect(await blockingAxeViolations(page)).toEqual([]);

    await page.goto(influenceUrl({ host: 'teams-dark' }));
    await page.getByRole('list', { name: `Voortgang van ${DEMO_CASE_BUDGET_2027}` }).waitFor();
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'council-influence-teams-dark.png'), fullPage: false });
  });
});
