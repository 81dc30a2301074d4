import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { DEMO_PARTNERSHIPS, GBTWENTE, VEILIGHEIDSREGIO_TWENTE } from '../../demo-data/partnerships';
import { DEMO_PEOPLE_LIST } from '../../demo-data/people';
import { choiceLabel, choiceLabels } from '../../src/components/choices';
import { LEGAL_FORM_CHOICES, PARTNERSHIP_STATUS_CHOICES, TASK_LAYER_CHOICES } from '../../src/schema';
import { blockingAxeViolations } from './accessibility';
import { useLocalPageSession } from './localPageSession';

/*
 * The whole chain in a real browser: the local page's bundle, the real SharePoint adapter over HTTP, the
 * emulator, the provisioned lists and the seeds' demo data, as an accounthouder would see the register.
 */

const ACCOUNT_HOLDER = 'a.devries@hofvantwente.example';
const SCREENSHOT = path.resolve(__dirname, '..', '..', 'test-results', 'register.png');

// Chromium unpacks itself on first use and the first start bundles the page and loads the demo data.
jest.setTimeout(120_000);

let environment: LocalEnvironment;
let page: Page;

// Tall enough for every demo row: the grid is virtualised and renders only the rows in view.
useLocalPageSession({ name: 'browser', viewport: { width: 1280, height: 3200 } }, (session) => {
  ({ environment, page } = session);
});

async function registerRows(): Promise<string[][]> {
  const grid = page.getByRole('grid');
  await grid.getByRole('row').nth(1).waitFor();
  return grid.getByRole('row').evaluateAll((rows) =>
    rows.slice(1).map((row) => Array.from(row.querySelectorAll('[role="rowheader"], [role="gridcell"]')).map((cell) => (cell.textContent ?? '').trim())),
  );
}

describe('the register on the local page, in Chromium', () => {
  it('shows the demo partnerships with their Dutch labels to an accounthouder', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Everything comes from the local origin: no CDN, no tenant (there is no internet to reach them).
    page.on('requestfailed', (request) => errors.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`));
    await page.goto(environment.pageUrl({ user: ACCOUNT_HOLDER }));

    await page.getByRole('grid', { name: 'Samenwerkingsverbanden' }).waitFor();
    await expect(page.getByText(`${DEMO_PARTNERSHIPS.length} samenwerkingsverbanden`).isVisible()).resolves.toBe(true);
    const rows = await registerRows();
    const names = rows.map((row) => row[0]);
    expect(names).toEqual(expect.arrayContaining([GBTWENTE, VEILIGHEIDSREGIO_TWENTE]));
    // Sorted by name, the Dutch way.
    expect(names).toEqual([...names].sort(new Intl.Collator('nl', { sensitivity: 'base', numeric: true }).compare));
    // Every row as the seeds say, with the Dutch labels of the schema and the account holder's name.
    for (const row of rows) {
      const demo = DEMO_PARTNERSHIPS.find((partnership) => partnership.name === row[0]);
      expect(demo).toBeDefined();
      if (!demo) continue;
      const accountHolder = DEMO_PEOPLE_LIST.find((person) => person.email === demo.accountHolderEmail)?.displayName ?? 'Nog niet toegewezen';
      // The sixth cell, freshness, depends on today's date; the register workflow test checks it.
      expect(row.slice(0, 5)).toEqual([
        demo.name,
        choiceLabel(LEGAL_FORM_CHOICES, demo.legalForm),
        choiceLabels(TASK_LAYER_CHOICES, demo.taskLayers),
        accountHolder,
        choiceLabel(PARTNERSHIP_STATUS_CHOICES, demo.status),
      ]);
    }
    expect(rows.find((row) => row[0] === GBTWENTE)?.[1]).toBe('GR - openbaar lichaam');

    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    await expect(page.getByText('Lokale ontwikkelomgeving — demogegevens uit de seeds, geen echte tenant').isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('demo-data-badge').isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);

    await fs.mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });

  it('has no serious or critical WCAG 2.1 AA violations (axe-core)', async () => {
    // Rows fade in: the helper judges contrast once every animation has finished.
    expect(await blockingAxeViolations(page)).toEqual([]);
  });

  it('switches to English from the top bar and keeps the chosen user', async () => {
    await page.getByRole('combobox', { name: 'Taal' }).click();
    await Promise.all([page.waitForURL(/lang=en/), page.getByRole('option', { name: 'English' }).click()]);

    await page.getByRole('grid', { name: 'Partnerships' }).waitFor();
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining(['Legal form', 'Account holder']));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(new URL(page.url()).searchParams.get('user')).toBe(ACCOUNT_HOLDER);
  });

  it('explains throttling in Dutch and shows the register again after "Opnieuw proberen"', async () => {
    // PnPjs makes three attempts in all (BrowserFetchWithRetry), and the register reads two lists
    // (partnerships and municipalities) at once: throttle every attempt of both.
    const planned = await fetch(`${environment.url}/_emulator/throttle`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ target: 'sharepoint', count: 6, status: 429, retryAfterSeconds: 0 }),
    });
    expect(planned.ok).toBe(true);

    await page.goto(environment.pageUrl({ user: ACCOUNT_HOLDER, lang: 'nl' }));
    await page.getByText('SharePoint is op dit moment druk', { exact: false }).waitFor();
    expect(await page.getByRole('grid').count()).toBe(0);

    await page.getByRole('button', { name: 'Opnieuw proberen' }).click();
    await page.getByRole('grid', { name: 'Samenwerkingsverbanden' }).waitFor();
    expect(await page.getByRole('button', { name: 'Opnieuw proberen' }).count()).toBe(0);
  });
});
