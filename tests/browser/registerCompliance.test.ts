import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { blockingAxeViolations } from './accessibility';
import { RESULTS, useLocalBrowserSession } from './localPageSession';

/*
 * Issue 5 in the register: the "Naleving vergaderfrequentie" column and the "Naleving" filter in a real
 * browser against the emulator, with the demo data as of the real today. The demo data's GBTwente
 * accounthoudersoverleg has no meetings before the AB dates of 2026 (`npm run cli -- compliance --json`
 * says "violated" for it), so GBTwente is "Geschonden"; Veiligheidsregio Twente's AB met the Wgr floor.
 */

const ANNE = 'a.devries@hofvantwente.example';

jest.setTimeout(180_000);

let environment: LocalEnvironment;
let browser: Browser;

useLocalBrowserSession({ name: 'register-compliance' }, (session) => {
  ({ environment, browser } = session);
});

async function openRegister(query: string, host?: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const url = new URL(environment.pageUrl({ user: ANNE }));
  for (const [name, value] of new URLSearchParams(query)) url.searchParams.set(name, value);
  if (host) url.searchParams.set('host', host);
  await page.goto(url.toString());
  return { page, errors };
}

async function gridNames(page: Page): Promise<string[]> {
  const grid = page.getByRole('grid', { name: 'Samenwerkingsverbanden' });
  await grid.getByRole('row').nth(1).waitFor();
  return grid.getByRole('rowheader').allTextContents();
}

describe('meeting-frequency compliance in the register (Chromium)', () => {
  it('shows the worst state per partnership with the reason of the worst body', async () => {
    const { page, errors } = await openRegister('');
    const grid = page.getByRole('grid', { name: 'Samenwerkingsverbanden' });
    await grid.waitFor();
    await page.getByRole('columnheader', { name: /Naleving vergaderfrequentie/ }).waitFor();
    const gbTwente = grid.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /^GBTwente/ }) });
    const badge = gbTwente.locator('[data-compliance-state]');
    await badge.waitFor();
    expect(await badge.getAttribute('data-compliance-state')).toBe('violated');
    expect(await badge.textContent()).toBe('Geschonden');
    const reason = await gbTwente.locator('[data-compliance-reason]').getAttribute('data-compliance-reason');
    expect(reason).toMatch(/^Accounthoudersoverleg: geen vergadering in de 2 weken voor de AB-vergadering van /);

    // Hovering shows the reason as a tooltip.
    await gbTwente.locator('[data-compliance-reason]').hover();
    await page.locator('.ms-Tooltip').filter({ hasText: 'Accounthoudersoverleg: geen vergadering' }).waitFor({ state: 'attached' });
    await page.screenshot({ path: path.join(RESULTS, 'register-compliance-tooltip.png') });

    // Partnerships without meeting bodies say so in words.
    expect(await grid.getByText('Geen overlegorganen').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);

    // The grid renders only the rows in view (DetailsList virtualises), so search for the one further down.
    const searched = await openRegister('q=Veiligheidsregio Twente');
    const veiligheidsregio = searched.page
      .getByRole('grid', { name: 'Samenwerkingsverbanden' })
      .getByRole('row')
      .filter({ has: searched.page.getByRole('rowheader', { name: /^Veiligheidsregio Twente/ }) });
    expect(await veiligheidsregio.locator('[data-compliance-state]').getAttribute('data-compliance-state')).toBe('met');
    expect(searched.errors).toEqual([]);
  });

  it('filters on naleving=geschonden from the URL and on the "Naleving" dropdown, and stays axe-clean', async () => {
    const { page, errors } = await openRegister('naleving=geschonden');
    expect(await gridNames(page)).toEqual([expect.stringMatching(/^GBTwente/)]);
    await page.getByText(/^1 van \d+ samenwerkingsverbanden$/).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'register-compliance-violated.png'), fullPage: true });
    expect(await blockingAxeViolations(page)).toEqual([]);

    await page.getByRole('combobox', { name: /^Naleving / }).click();
    await page.getByRole('option', { name: 'Voldaan', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('naleving') === 'voldaan');
    expect(await gridNames(page)).toEqual([expect.stringMatching(/^Veiligheidsregio Twente/)]);
    expect(new URL(page.url()).searchParams.get('user')).toBe(ANNE);
    expect(errors).toEqual([]);
  });

  it('is axe-clean in a dark Teams theme', async () => {
    const { page } = await openRegister('', 'teams-dark');
    await page.getByRole('grid', { name: 'Samenwerkingsverbanden' }).locator('[data-compliance-state="violated"]').waitFor();
    expect(await blockingAxeViolations(page)).toEqual([]);
    // After axe: it waits for the rows' fade-in to finish.
    await page.screenshot({ path: path.join(RESULTS, 'register-compliance-teams-dark.png') });
  });
});
