import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { GBTWENTE } from '../../demo-data/partnerships';
import { createEmulatorSp } from '../../src/data/sharepoint/spClient';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { blockingAxeViolations } from './accessibility';
import { RESULTS, useLocalBrowserSession } from './localPageSession';

/*
 * Issue 4 (register) in a real browser against the emulator: filtering and sharing the view as a link,
 * two people editing the same partnership, importing a workbook with a bad row, and axe-core on the
 * register and its panels.
 */

const ANNE = 'a.devries@hofvantwente.example';
const BRAM = 'b.jansen@hofvantwente.example';
const OWNER = 'beheerder@hofvantwente.example';

jest.setTimeout(180_000);

let dataDir: string;
let environment: LocalEnvironment;
let browser: Browser;

useLocalBrowserSession({ name: 'register' }, (session) => {
  ({ dataDir, environment, browser } = session);
});

async function openPage(user: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: environment.url });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(environment.pageUrl({ user }));
  await page.getByRole('grid', { name: 'Samenwerkingsverbanden' }).waitFor();
  (page as Page & { errors?: string[] }).errors = errors;
  return page;
}

async function gridNames(page: Page): Promise<string[]> {
  const grid = page.getByRole('grid', { name: 'Samenwerkingsverbanden' });
  await grid.getByRole('row').nth(1).waitFor();
  return grid.getByRole('rowheader').allTextContents();
}

function dropdownNamed(page: Page, label: string) {
  return page.getByRole('combobox', { name: new RegExp(`^${label} `) });
}

async function choose(page: Page, dropdown: string, option: string): Promise<void> {
  // A Fluent dropdown is named by its label and its current text ("Taaklaag Alle").
  await dropdownNamed(page, dropdown).click();
  // The checkbox of a multi-select option sits under its label, which takes the click.
  const id = await page.getByRole('option', { name: option, exact: true }).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  await page.keyboard.press('Escape');
}

async function storedPartnerships() {
  return createSharePointRepositories(createEmulatorSp(environment.siteUrl, OWNER)).partnerships.list();
}

describe('the register in Chromium', () => {
  it('filters, keeps the filters in the URL, and the copied link shows the same result to someone else', async () => {
    const page = await openPage(ANNE);
    const all = await gridNames(page);

    await choose(page, 'Taaklaag', 'Uitvoering');
    // Fluent draws its own box over the native checkbox: the user clicks the label.
    await page.getByText('Alleen achterstallig', { exact: true }).click();
    const filtered = await gridNames(page);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    // Overdue ones say so in words, with an icon, not by colour alone.
    const freshness = await page.getByRole('grid').locator('[data-overdue="true"]').allTextContents();
    expect(freshness).toHaveLength(filtered.length);
    expect(freshness.every((text) => text.includes('Achterstallig'))).toBe(true);
    // "5 van 26": the total is the whole register (the grid renders only the rows in view).
    await page.getByText(new RegExp(`^${filtered.length} van \\d+ samenwerkingsverbanden$`)).waitFor();

    const url = new URL(page.url());
    expect(url.searchParams.get('taaklaag')).toBe('uitvoering');
    expect(url.searchParams.get('achterstallig')).toBe('1');
    expect(url.searchParams.get('user')).toBe(ANNE);

    await page.getByRole('button', { name: 'Link kopiëren' }).click();
    await page.getByText('De link naar deze weergave is gekopieerd.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('taaklaag')).toBe('uitvoering');
    await page.screenshot({ path: path.join(RESULTS, 'register-filtered.png'), fullPage: true });

    // A colleague opens the shared link (as another user): same partnerships, same filter controls.
    const colleague = await openPage(BRAM);
    const shared = new URL(copied);
    shared.searchParams.set('user', BRAM);
    await colleague.goto(shared.toString());
    await colleague.getByRole('grid', { name: 'Samenwerkingsverbanden' }).waitFor();
    expect(await gridNames(colleague)).toEqual(filtered);
    await expect(colleague.getByRole('checkbox', { name: 'Alleen achterstallig' }).isChecked()).resolves.toBe(true);
    expect(await dropdownNamed(colleague, 'Taaklaag').textContent()).toContain('Uitvoering');

    // Sorting is part of the link as well, and the header says how the column is sorted.
    await colleague.getByRole('columnheader', { name: 'Naam' }).locator('.ms-DetailsHeader-cellTitle').click();
    expect(new URL(colleague.url()).searchParams.get('aflopend')).toBe('1');
    expect(await gridNames(colleague)).toEqual([...filtered].reverse());

    // The matrix: municipalities against task layers, as a table with headers.
    await colleague.getByRole('tab', { name: 'Matrix' }).click();
    const matrix = colleague.getByRole('table', { name: 'Samenwerkingsverbanden per deelnemende gemeente en taaklaag' });
    await matrix.waitFor();
    expect(await matrix.getByRole('columnheader').allTextContents()).toEqual(['Gemeente', 'Bedrijfsvoering', 'Uitvoering', 'Beleid', 'Strategie']);
    expect(await matrix.getByRole('rowheader').count()).toBeGreaterThan(0);
    expect(new URL(colleague.url()).searchParams.get('weergave')).toBe('matrix');
    await colleague.screenshot({ path: path.join(RESULTS, 'register-matrix.png'), fullPage: true });
    expect(await blockingAxeViolations(colleague)).toEqual([]);
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  });

  it('shows both versions when two people edit the same partnership, and saves the chosen one', async () => {
    const anne = await openPage(ANNE);
    const bram = await openPage(BRAM);
    const edit = `${GBTWENTE} bewerken`;
    await anne.getByRole('button', { name: edit }).click();
    await bram.getByRole('button', { name: edit }).click();
    const anneSeat = anne.getByRole('textbox', { name: 'Vestigingsplaats' });
    const bramSeat = bram.getByRole('textbox', { name: 'Vestigingsplaats' });
    await anneSeat.waitFor();
    await bramSeat.waitFor();
    expect(await blockingAxeViolations(bram)).toEqual([]);

    await anneSeat.fill('Almelo (Anne)');
    await anne.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await anne.getByText(`${GBTWENTE}: Opgeslagen.`).waitFor();

    await bramSeat.fill('Borne (Bram)');
    await bram.getByRole('button', { name: 'Opslaan', exact: true }).click();
    const conflict = bram.getByTestId('conflict-view');
    await conflict.waitFor();
    const seatRow = conflict.locator('tr[data-property="seat"]');
    expect(await seatRow.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['Borne (Bram)', 'Almelo (Anne)']));
    // Nothing was overwritten while Bram decides.
    expect((await storedPartnerships()).find((item) => item.name === GBTWENTE)?.seat).toBe('Almelo (Anne)');
    await bram.screenshot({ path: path.join(RESULTS, 'register-conflict.png') });
    expect(await blockingAxeViolations(bram)).toEqual([]);

    await seatRow.getByText('Mijn versie', { exact: true }).click();
    await expect(seatRow.getByRole('radio', { name: 'Mijn versie' }).isChecked()).resolves.toBe(true);
    await bram.getByRole('button', { name: 'Opslaan met deze keuzes' }).click();
    await bram.getByText(`${GBTWENTE}: Opgeslagen.`).waitFor();
    expect((await storedPartnerships()).find((item) => item.name === GBTWENTE)?.seat).toBe('Borne (Bram)');

    // "Markeer als geactualiseerd" sets today's date: the partnership is no longer overdue.
    await bram.getByRole('button', { name: edit }).click();
    await bram.getByRole('button', { name: 'Markeer als geactualiseerd' }).click();
    await bram.getByText(/Gemarkeerd als geactualiseerd op/).waitFor();
    const refreshed = (await storedPartnerships()).find((item) => item.name === GBTWENTE);
    expect(refreshed?.lastRefreshed).toBe(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date()));
    expect(refreshed?.seat).toBe('Borne (Bram)');
  });

  it('imports a workbook: the dry run rejects the bad row, applying creates only the good rows, re-importing changes nothing', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Samenwerkingen');
    sheet.addRow(['Naam', 'Rechtsvorm', 'Taaklagen', 'Deelnemers', 'Laatst geactualiseerd']);
    sheet.addRow(['Proefconvenant Import Noord', 'Convenant', 'Beleid', 'Hof van Twente; Almelo', new Date(Date.UTC(2026, 9, 1))]);
    sheet.addRow(['Foutieve rij', 'Convenant', 'Beleid', 'Atlantis', '']);
    sheet.addRow(['Proefstichting Import Zuid', 'Stichting', 'Uitvoering', 'Hof van Twente', '']);
    const file = path.join(dataDir, 'samenwerkingen.xlsx');
    await fs.writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
    const before = (await storedPartnerships()).length;

    const page = await openPage(ANNE);
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByLabel('Bestand (.xlsx of .csv)').setInputFiles(file);
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    const plan = page.getByTestId('import-plan');
    await plan.waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toBe('2 nieuw, 0 bijgewerkt, 0 ongewijzigd, 1 afgewezen.');
    const rejected = plan.locator('tr[data-outcome="rejected"]');
    expect(await rejected.textContent()).toContain('Deelnemers: onbekende gemeente ‘Atlantis’');
    await page.screenshot({ path: path.join(RESULTS, 'register-import.png') });
    expect(await blockingAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Importeren (2 wijzigingen)' }).click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toBe('Import klaar: 2 aangemaakt, 0 bijgewerkt, 0 mislukt.');
    const after = await storedPartnerships();
    expect(after.length).toBe(before + 2);
    expect(after.some((item) => item.name === 'Foutieve rij')).toBe(false);
    expect(after.find((item) => item.name === 'Proefconvenant Import Noord')).toMatchObject({ legalForm: 'convenant', taskLayers: ['beleid'], lastRefreshed: '2026-10-01' });

    // The same file again: nothing to write.
    await page.getByRole('button', { name: 'Bestand controleren' }).click();
    await page.getByText('0 nieuw, 0 bijgewerkt, 2 ongewijzigd, 1 afgewezen.').waitFor();
    expect(await page.getByRole('button', { name: /^Importeren \(/ }).count()).toBe(0);
    expect((await storedPartnerships()).length).toBe(before + 2);

    await page.getByRole('button', { name: 'Sluiten' }).first().click();
    await page.getByRole('button', { name: 'Proefconvenant Import Noord bewerken' }).waitFor();
  });

  it('refuses an invalid edit with a Dutch message under the field and keeps what was typed', async () => {
    const page = await openPage(ANNE);
    await page.getByRole('button', { name: 'Nieuw samenwerkingsverband' }).click();
    await page.getByRole('textbox', { name: 'Laatst geactualiseerd (jjjj-mm-dd)' }).fill('2026-13-01');
    await page.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await page.getByText('Vul een naam in.').waitFor();
    await expect(page.getByText('Kies minstens één taaklaag.').isVisible()).resolves.toBe(true);
    expect(await page.getByRole('textbox', { name: 'Laatst geactualiseerd (jjjj-mm-dd)' }).inputValue()).toBe('2026-13-01');
    await page.screenshot({ path: path.join(RESULTS, 'register-panel-errors.png') });
    expect(await blockingAxeViolations(page)).toEqual([]);
  });

  it('follows the Teams dark theme, with no serious or critical axe findings on the register, the matrix and the panel', async () => {
    const page = await openPage(ANNE);
    const url = new URL(page.url());
    url.searchParams.set('host', 'teams-dark');
    await page.goto(url.toString());
    await page.getByRole('grid', { name: 'Samenwerkingsverbanden' }).waitFor();
    const background = await page.locator('[data-web-part="partnershipRegister"] section').evaluate((element) => getComputedStyle(element.parentElement as HTMLElement).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'register-teams-dark.png') });

    await page.getByRole('tab', { name: 'Matrix' }).click();
    await page.getByTestId('register-matrix').waitFor();
    expect(await blockingAxeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: `${GBTWENTE} bewerken` }).first().click();
    await page.getByRole('textbox', { name: 'Vestigingsplaats' }).waitFor();
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'register-panel-teams-dark.png') });
  });
});
