import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startLocalEnvironment, type LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { GBTWENTE, VEILIGHEIDSREGIO_TWENTE } from '../../demo-data/partnerships';
import { blockingAxeViolations } from './accessibility';
import { launchHeadlessChromium } from './chromium';

/*
 * The Wgr calendar's year view for 2027 on the local page: real adapters, emulator, demo data (whose AB meetings of
 * 2027 the Wgr demo extension adds), in Dutch, in English and in the dark Teams theme, with axe-core.
 */

const ACCOUNT_HOLDER = 'a.devries@hofvantwente.example';
const RESULTS = path.resolve(__dirname, '..', '..', 'test-results');

jest.setTimeout(120_000);

let dataDir: string;
let environment: LocalEnvironment;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samenwerkingsmonitor-wgr-'));
  [environment, browser] = await Promise.all([startLocalEnvironment({ port: 0, dataDir }), launchHeadlessChromium()]);
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'nl-NL' });
  await fs.mkdir(RESULTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await environment?.close();
  if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
});

function calendarUrl(options: { lang?: 'nl' | 'en'; host?: string } = {}): string {
  const url = new URL(environment.pageUrl({ user: ACCOUNT_HOLDER, lang: options.lang ?? 'nl' }));
  url.searchParams.set('webpart', 'wgrCalendar');
  url.searchParams.set('year', '2027');
  if (options.host) url.searchParams.set('host', options.host);
  return url.toString();
}

describe('the Wgr calendar year view on the local page, in Chromium', () => {
  it('shows the deadlines of 2027 per week and GR, with the busiest weeks named in text', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(calendarUrl());

    await page.getByRole('heading', { name: 'Wgr-kalender 2027' }).waitFor();
    const table = page.getByRole('table', { name: 'Termijnen per week in 2027, per gemeenschappelijke regeling' });
    await table.waitFor();
    const headers = (await table.getByRole('columnheader').allTextContents()).map((text) => text.trim());
    expect(headers[0]).toBe('Week');
    expect(headers[headers.length - 1]).toBe('Totaal');
    expect(headers).toEqual(expect.arrayContaining([GBTWENTE, VEILIGHEIDSREGIO_TWENTE]));

    // GBTwente's ontwerpbegroting 2028 is due Thursday 8 April 2027 (AB 1 July − 12 weeks): ISO week 14.
    const week14 = page.getByTestId('week-14');
    await expect(week14.textContent()).resolves.toContain('Ontwerpbegroting 2028 naar de raden');
    await expect(week14.textContent()).resolves.toContain('Wgr art. 35(1)');

    // The busiest weeks carry the words "Drukste week", not only a style.
    expect(await page.getByText('Drukste week', { exact: true }).count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Drukste weken' }).waitFor();

    // Findings in Dutch: the Veiligheidsregio's own send date leaves the raden ten weeks.
    await expect(page.getByText('de raden krijgen dan 10 weken in plaats van ten minste twaalf weken', { exact: false }).isVisible()).resolves.toBe(true);
    await expect(page.getByTestId('demo-data-badge').first().isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'wgr-calendar-nl.png'), fullPage: true });
  });

  it('has no serious or critical WCAG 2.1 AA violations (axe-core)', async () => {
    expect(await blockingAxeViolations(page)).toEqual([]);
  });

  it('renders in the dark Teams theme without contrast violations', async () => {
    await page.goto(calendarUrl({ host: 'teams-dark' }));
    await page.getByRole('heading', { name: 'Wgr-kalender 2027' }).waitFor();
    await page.getByRole('table').waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'wgr-calendar-teams-dark.png'), fullPage: true });
    // Only the web part: the local page's own menu (not part of the product) is checked by its own tests.
    expect(await blockingAxeViolations(page, 'section[aria-labelledby="wgr-calendar-title"]')).toEqual([]);
  });

  it('puts the deadlines on the timelines on request; the demo load already did, so nothing changes', async () => {
    await page.goto(calendarUrl());
    await page.getByRole('button', { name: 'Termijnen op de tijdlijnen zetten' }).click();
    const done = page.getByText(/^Procesmomenten: 0 aangemaakt, 0 bijgewerkt, \d+ ongewijzigd, 0 verwijderd\.$/);
    await done.waitFor();
    await expect(done.isVisible()).resolves.toBe(true);
  });

  it('speaks English when the page does', async () => {
    await page.goto(calendarUrl({ lang: 'en' }));
    await page.getByRole('heading', { name: 'Wgr calendar 2027' }).waitFor();
    await page.getByRole('table', { name: 'Deadlines per week in 2027, per joint arrangement' }).waitFor();
    await page.getByRole('heading', { name: 'Busiest weeks' }).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'wgr-calendar-en.png'), fullPage: true });
  });
});
