import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { DEMO_PARTNERSHIPS, GBTWENTE } from '../../demo-data/partnerships';
import { GBTWENTE_BODY_NAMES } from '../../demo-data/gbtwenteBodies';
import { DASHBOARD_DEMO_DOCUMENTS } from '../../demo-data/dashboardDocuments';
import { createEmulatorSp } from '../../src/data/sharepoint/spClient';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { blockingAxeViolations } from './accessibility';
import { RESULTS, useLocalPageSession } from './localPageSession';

/*
 * The dashboard in a real browser against the local environment: GBTwente's bodies, timeline and
 * documents, an upload with metadata, the Teams dark theme, and the personal app of an accounthouder.
 */

const ACCOUNT_HOLDER = 'a.devries@hofvantwente.example';
const OWNER = 'beheerder@hofvantwente.example';

jest.setTimeout(180_000);

let environment: LocalEnvironment;
let page: Page;
let gbtwenteId: number;
const pageErrors: string[] = [];

function dashboardUrl(parameters: Record<string, string>): string {
  const url = new URL(environment.pageUrl({ user: ACCOUNT_HOLDER, lang: 'nl' }));
  url.searchParams.set('webpart', 'partnershipDashboard');
  for (const [key, value] of Object.entries(parameters)) url.searchParams.set(key, value);
  return url.toString();
}

async function openGbtwente(parameters: Record<string, string> = {}): Promise<void> {
  await page.goto(dashboardUrl({ partnership: String(gbtwenteId), ...parameters }));
  await page.getByRole('heading', { name: `Dashboard ${GBTWENTE}` }).waitFor();
}

useLocalPageSession({ name: 'dashboard', pageErrors }, async (session) => {
  ({ environment, page } = session);
  const repositories = createSharePointRepositories(createEmulatorSp(environment.siteUrl, OWNER));
  gbtwenteId = (await repositories.partnerships.list({ where: { property: 'name', op: 'eq', value: GBTWENTE } }))[0].id;
});

describe('the partnership dashboard on the local page, in Chromium', () => {
  it("shows GBTwente's key facts, meeting bodies, timeline and documents", async () => {
    await openGbtwente();
    const sections = page.locator('[data-section]');
    expect(await sections.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-section')))).toEqual([
      'key-facts',
      'importance',
      'risks',
      'actions',
      'finances',
      'service-delivery',
      'documents',
      'timeline',
      'compliance',
      'meeting-bodies',
      'contacts',
    ]);
    const keyFacts = page.locator('[data-section="key-facts"]');
    await expect(keyFacts.getByText('GR - openbaar lichaam').isVisible()).resolves.toBe(true);
    // Seed 000's bodies, with their frequency as written.
    const bodies = page.locator('[data-section="meeting-bodies"]');
    for (const name of [GBTWENTE_BODY_NAMES.ab, GBTWENTE_BODY_NAMES.db, GBTWENTE_BODY_NAMES.accounthoudersoverleg]) {
      await expect(bodies.locator(`[data-body="${name}"]`).count()).resolves.toBe(1);
    }
    const compliance = page.locator('[data-section="compliance"]');
    await expect(compliance.getByRole('rowheader', { name: GBTWENTE_BODY_NAMES.ab }).isVisible()).resolves.toBe(true);
    // The timeline lists moments by date.
    const dates = await page.locator('[data-section="timeline"] time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual([...dates].sort());
    // The GR text is up front; older stukken are grouped by type.
    const gr = DASHBOARD_DEMO_DOCUMENTS.find((document) => document.documentType === 'gr-statuten');
    const upFront = page.locator('[data-section="documents"] [data-key-document="Geldende GR of statuten"]');
    await expect(upFront.getByRole('link', { name: gr?.title }).isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-document-group="dvo"]').count()).resolves.toBe(1);
    await expect(page.getByTestId('demo-data-badge').isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(RESULTS, 'dashboard-gbtwente.png'), fullPage: true });
  });

  it('has no serious or critical WCAG 2.1 AA violations (axe-core)', async () => {
    await expect(blockingAxeViolations(page)).resolves.toEqual([]);
  });

  it('keeps the input and says what is missing when the upload panel is sent incomplete', async () => {
    await page.getByRole('button', { name: 'Document toevoegen' }).click();
    // Fluent's Panel positions its content inside the dialog element, so wait for a field, not the (zero-size) dialog box.
    const panel = page.getByRole('dialog', { name: 'Document toevoegen' });
    await panel.getByLabel('Titel').waitFor();
    await panel.getByLabel('Titel').fill('Evaluatie GR 2026 (test)');
    await panel.getByRole('button', { name: 'Uploaden' }).click();
    await expect(panel.getByText('Kies een bestand.').isVisible()).resolves.toBe(true);
    await expect(panel.getByText('Kies het soort stuk.').isVisible()).resolves.toBe(true);
    await expect(panel.getByLabel('Titel').inputValue()).resolves.toBe('Evaluatie GR 2026 (test)');
    await expect(blockingAxeViolations(page)).resolves.toEqual([]);
  });

  it('uploads a file with its type, year and public flag, and shows it in its group', async () => {
    const panel = page.getByRole('dialog', { name: 'Document toevoegen' });
    await panel.locator('input[type="file"]').setInputFiles({ name: 'Evaluatie GR 2026.txt', mimeType: 'text/plain', buffer: Buffer.from('Evaluatie (test)') });
    await panel.getByRole('combobox', { name: 'Soort stuk' }).click();
    await page.getByRole('option', { name: 'Evaluatie' }).click();
    await panel.getByLabel('Jaar').fill('2026');
    await panel.getByText('Openbaar (ook zichtbaar voor de raad)').click();
    await page.screenshot({ path: path.join(RESULTS, 'dashboard-upload-panel.png') });
    await panel.getByRole('button', { name: 'Uploaden' }).click();
    await page.getByText('“Evaluatie GR 2026 (test)” is toegevoegd.').waitFor();
    const group = page.locator('[data-document-group="evaluatie"]');
    await group.getByRole('link', { name: 'Evaluatie GR 2026 (test)' }).waitFor();
    await expect(group.getByText('Jaar 2026', { exact: false }).isVisible()).resolves.toBe(true);

    const stored = await createSharePointRepositories(createEmulatorSp(environment.siteUrl, OWNER)).documents.list({
      where: { property: 'partnershipId', op: 'eq', value: gbtwenteId },
    });
    expect(stored.find((document) => document.fileName === 'Evaluatie GR 2026.txt')).toMatchObject({ title: 'Evaluatie GR 2026 (test)', documentType: 'evaluatie', year: 2026, isPublic: true });
  });

  it('switches to the Teams dark theme from the top bar: the colours change and axe stays clean', async () => {
    await openGbtwente();
    const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.getByRole('combobox', { name: 'Weergave' }).click();
    await Promise.all([page.waitForURL(/host=teams-dark/), page.getByRole('option', { name: 'Teams (donker)' }).click()]);
    await page.getByRole('heading', { name: `Dashboard ${GBTWENTE}` }).waitFor();
    const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const headingColour = await page.getByRole('heading', { name: `Dashboard ${GBTWENTE}` }).evaluate((node) => getComputedStyle(node).color);
    expect(lightBackground).toBe('rgb(255, 255, 255)');
    expect(darkBackground).toBe('rgb(31, 31, 31)');
    expect(headingColour).toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: path.join(RESULTS, 'dashboard-teams-dark.png'), fullPage: true });
    await expect(blockingAxeViolations(page)).resolves.toEqual([]);

    await page.getByRole('button', { name: 'Document toevoegen' }).click();
    await page.getByRole('dialog', { name: 'Document toevoegen' }).getByLabel('Titel').waitFor();
    await expect(blockingAxeViolations(page)).resolves.toEqual([]);
    await page.keyboard.press('Escape');
  });

  it("shows in the personal app only the signed-in accounthouder's partnerships, and opens one with the keyboard", async () => {
    const url = new URL(environment.pageUrl({ user: ACCOUNT_HOLDER, lang: 'nl' }));
    url.searchParams.set('webpart', 'myPartnerships');
    url.searchParams.set('host', 'teams-default');
    await page.goto(url.toString());
    await page.getByRole('heading', { name: 'Mijn samenwerkingsverbanden' }).waitFor();
    const list = page.getByRole('list', { name: 'Mijn samenwerkingsverbanden' });
    await list.getByRole('listitem').first().waitFor();
    const shown = await list.locator('[data-partnership]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-partnership')));
    const expected = DEMO_PARTNERSHIPS.filter((partnership) => partnership.accountHolderEmail === ACCOUNT_HOLDER).map((partnership) => partnership.name);
    expect(expected.length).toBeGreaterThan(0);
    expect([...shown].sort()).toEqual([...expected].sort());
    expect(expected.length).toBeLessThan(DEMO_PARTNERSHIPS.length);
    await page.screenshot({ path: path.join(RESULTS, 'dashboard-personal-app.png'), fullPage: true });
    await expect(blockingAxeViolations(page)).resolves.toEqual([]);

    // Keyboard only: focus the first partnership link and press Enter.
    const firstLink = list.getByRole('button').first();
    const firstName = (await firstLink.textContent()) ?? '';
    await firstLink.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Dashboard ${firstName}` }).waitFor();
    await expect(page.getByRole('button', { name: 'Terug naar mijn samenwerkingsverbanden' }).isVisible()).resolves.toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
