import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Workbook } from 'exceljs';
import type { Page } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { GBTWENTE } from '../../demo-data/partnerships';
import { STADSBANK } from '../../demo-data/serviceDeliveryDemo';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { createEmulatorSp } from '../../src/data/sharepoint/spClient';
import { blockingAxeViolations } from './accessibility';
import { RESULTS, useLocalPageSession } from './localPageSession';

/*
 * "Dienstverlening" (issue 9) on the local page in Chromium, on the real adapters and the emulator with the demo
 * data (today 26 November 2026): the cross-partnership "Buiten norm" view with the demo's off-target value and missed
 * report, the dashboard's trend chart with its table alternative, importing a partnership's report with bad rows
 * (dry run, apply, re-import unchanged), and entering a value where a future period and an out-of-range number are
 * refused with the typed text kept. axe-core checks each view.
 */

const ANNE = 'a.devries@hofvantwente.example';
const OWNER = 'beheerder@hofvantwente.example';
const BEZWAREN = 'Bezwaren binnen de wettelijke termijn afgehandeld';
const WACHTTIJD = 'Wachttijd tot eerste gesprek';
const SCHULDREGELINGEN = 'Schuldregelingen succesvol afgerond';

jest.setTimeout(180_000);

let dataDir: string;
let environment: LocalEnvironment;
let page: Page;
const ids = new Map<string, number>();
const pageErrors: string[] = [];

useLocalPageSession({ name: 'service-delivery', pageErrors }, async (session) => {
  ({ dataDir, environment, page } = session);
  const repositories = createSharePointRepositories(createEmulatorSp(environment.siteUrl, OWNER));
  for (const partnership of await repositories.partnerships.list()) ids.set(partnership.name, partnership.id);
});

function pageUrl(parameters: Record<string, string>): string {
  const url = new URL(environment.pageUrl({ user: ANNE }));
  for (const [key, value] of Object.entries(parameters)) url.searchParams.set(key, value);
  return url.toString();
}

function partnershipId(name: string): string {
  const id = ids.get(name);
  if (id === undefined) throw new Error(`demo partnership ${name} not found`);
  return String(id);
}

/** The card of one indicator in the "Indicatoren en waarden" tab. */
function indicatorCard(name: string) {
  return page.locator(`section[data-indicator="${name}"]`);
}

describe('Dienstverlening on the local page, in Chromium', () => {
  it('lists the demo’s off-target indicator and missed report across partnerships, and links to the partnership', async () => {
    await page.goto(pageUrl({ webpart: 'serviceDelivery', tab: 'offTarget' }));
    const offTarget = page.getByTestId('off-target-table');
    await offTarget.waitFor();
    const offTargetRows = await offTarget.locator('tbody tr').allTextContents();
    expect(offTargetRows).toHaveLength(1);
    expect(offTargetRows[0]).toContain(GBTWENTE);
    expect(offTargetRows[0]).toContain(BEZWAREN);
    expect(offTargetRows[0]).toContain('3e kwartaal 2026');
    expect(offTargetRows[0]).toContain('91,3%');
    expect(offTargetRows[0]).toContain('minimaal 95%');
    const overdueRows = await page.getByTestId('overdue-table').locator('tbody tr').allTextContents();
    expect(overdueRows).toEqual([expect.stringContaining(WACHTTIJD)]);
    expect(overdueRows[0]).toContain(STADSBANK);
    expect(overdueRows[0]).toContain('3e kwartaal 2026');

    // Sorting by a column header says so to assistive technology.
    const valueHeader = offTarget.locator('thead th').filter({ hasText: 'Waarde' });
    await valueHeader.getByRole('button').click();
    await expect(valueHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'service-delivery-off-target.png'), fullPage: true });

    // The link opens the partnership's indicators, where the missed report is a finding.
    await page.getByTestId('overdue-table').getByRole('link', { name: STADSBANK }).click();
    const findings = page.getByTestId('service-delivery-findings');
    await findings.waitFor();
    expect(await findings.textContent()).toContain(`${WACHTTIJD}: Rapportage 3e kwartaal 2026 ontbreekt (verwacht uiterlijk 11 november 2026).`);
    await expect(page.getByRole('combobox', { name: 'Samenwerkingsverband' }).textContent()).resolves.toContain(STADSBANK);
  });

  it('shows the trend of each indicator on the dashboard as a chart with a table of the same values', async () => {
    await page.goto(pageUrl({ webpart: 'partnershipDashboard', partnership: partnershipId(GBTWENTE) }));
    const section = page.locator('[data-section="service-delivery"]');
    await section.waitFor();
    const card = section.locator(`li[data-indicator="${BEZWAREN}"]`);
    expect(await card.getByTestId('service-delivery-latest').textContent()).toContain('3e kwartaal 2026: 91,3% blijft onder de norm van minimaal 95%.');
    // The chart (its own lazily loaded chunk) with a Dutch name; the norm is a second, dashed line.
    const chart = card.getByRole('region', { name: `Trend van ${BEZWAREN} over de laatste 7 perioden` });
    await chart.waitFor();
    expect(await chart.locator('path[stroke-dasharray], line[stroke-dasharray]').count()).toBeGreaterThan(0);

    const toggle = card.getByRole('button', { name: 'Toon als tabel' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await toggle.click();
    const table = card.getByRole('table', { name: `${BEZWAREN}: waarde per periode` });
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows).toEqual(['K1 202596,1%Binnen de norm', 'K2 202595,4%Binnen de norm', 'K3 202597,2%Binnen de norm', 'K4 202596,8%Binnen de norm', 'K1 202695,9%Binnen de norm', 'K2 202695,2%Binnen de norm', 'K3 202691,3%Buiten de norm']);
    await expect(card.getByRole('button', { name: 'Verberg tabel' }).getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await section.screenshot({ path: path.join(RESULTS, 'service-delivery-dashboard-trend.png') });
  });

  it('imports a partnership’s report: the dry run gives reasons per bad row, applying writes the good rows, re-importing changes nothing', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Rapportage');
    sheet.addRow(['Indicator', 'Periode', 'Waarde', 'Toelichting']);
    sheet.addRow([WACHTTIJD, 'Q3 2026', '22', 'Kwartaalrapportage Q3 (test).']);
    sheet.addRow([SCHULDREGELINGEN, '3e kwartaal 2026', 80, 'Kwartaalrapportage Q3 (test).']);
    sheet.addRow([SCHULDREGELINGEN, '2026-K4', 75, 'Te vroeg (test).']);
    sheet.addRow(['Wachtlijst budgetbeheer', '2026-K3', 12, '']);
    const file = path.join(dataDir, 'rapportage-stadsbank.xlsx');
    await fs.writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));

    await page.goto(pageUrl({ webpart: 'serviceDelivery', partnership: partnershipId(STADSBANK) }));
    await page.getByRole('button', { name: 'Rapportage importeren' }).click();
    const panel = page.getByRole('dialog');
    await panel.getByLabel('Bestand met de rapportage').setInputFiles(file);
    await panel.getByRole('button', { name: 'Controleren' }).click();
    const plan = panel.getByTestId('import-plan');
    await plan.waitFor();
    expect(await panel.getByTestId('import-summary').textContent()).toBe('1 nieuw, 1 gewijzigd, 0 ongewijzigd, 2 afgewezen.');
    const rejected = await plan.locator('tr[data-outcome="rejected"]').allTextContents();
    expect(rejected[0]).toContain('Deze periode is nog niet voorbij.');
    expect(rejected[1]).toContain('Wachtlijst budgetbeheer');
    expect(await plan.locator('tr[data-outcome="update"]').textContent()).toContain('Waarde');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'service-delivery-import.png'), fullPage: true });

    await panel.getByRole('button', { name: '2 waarden opslaan' }).click();
    await panel.getByTestId('import-result').waitFor();
    expect(await panel.getByTestId('import-result').textContent()).toBe('Klaar: 1 nieuw, 1 gewijzigd, 0 mislukt.');
    await panel.getByRole('button', { name: 'Sluiten' }).first().click();
    await panel.waitFor({ state: 'detached' });
    // The missed report is in, so it is no longer a finding; the changed figure is in the table.
    await indicatorCard(WACHTTIJD).getByRole('cell', { name: '22 dagen' }).waitFor();
    await expect(page.getByTestId('service-delivery-findings').count()).resolves.toBe(0);
    expect(await indicatorCard(SCHULDREGELINGEN).getByRole('row').filter({ hasText: '3e kwartaal 2026' }).textContent()).toContain('80%');

    // The same file again: nothing to write.
    await page.getByRole('button', { name: 'Rapportage importeren' }).click();
    await panel.getByLabel('Bestand met de rapportage').setInputFiles(file);
    await panel.getByRole('button', { name: 'Controleren' }).click();
    await panel.getByTestId('import-plan').waitFor();
    expect(await panel.getByTestId('import-summary').textContent()).toBe('0 nieuw, 0 gewijzigd, 2 ongewijzigd, 2 afgewezen.');
    await expect(panel.getByText('Er is niets op te slaan.').isVisible()).resolves.toBe(true);
    await expect(panel.getByRole('button', { name: /waarden opslaan/ }).count()).resolves.toBe(0);
    await panel.getByRole('button', { name: 'Annuleren' }).click();
  });

  it('enters a value: a future period and an out-of-range number are refused with the typed text kept, then the value is saved', async () => {
    await page.goto(pageUrl({ webpart: 'serviceDelivery', partnership: partnershipId(STADSBANK) }));
    await page.getByRole('button', { name: `Waarde invoeren voor ${SCHULDREGELINGEN}` }).click();
    const panel = page.getByRole('dialog');
    const period = panel.getByRole('combobox', { name: 'Periode' });
    await period.fill('2026-K4');
    await panel.getByLabel('Waarde (procent)').fill('120');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await expect(panel.getByText('Deze periode is nog niet voorbij.').isVisible()).resolves.toBe(true);
    await expect(panel.getByText('Een percentage ligt tussen 0 en 100.').isVisible()).resolves.toBe(true);
    await expect(period.inputValue()).resolves.toBe('2026-K4');
    await expect(panel.getByLabel('Waarde (procent)').inputValue()).resolves.toBe('120');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'service-delivery-value-refused.png'), fullPage: true });

    // A period as a report writes it; it already has a value, which saving replaces (with its ETag).
    await period.fill('2e kwartaal 2026');
    await panel.getByLabel('Waarde (procent)').fill('79,5');
    await expect(panel.getByText('Voor deze periode is al 78% vastgelegd; opslaan vervangt die waarde.').isVisible()).resolves.toBe(true);
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByText(`De waarde van ‘${SCHULDREGELINGEN}’ over 2e kwartaal 2026 is opgeslagen.`).waitFor();
    await indicatorCard(SCHULDREGELINGEN).getByRole('cell', { name: '79,5%' }).waitFor();
    expect(await indicatorCard(SCHULDREGELINGEN).getByRole('row').filter({ hasText: '2e kwartaal 2026' }).count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
