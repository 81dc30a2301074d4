import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { GBTWENTE, VEILIGHEIDSREGIO_TWENTE } from '../../demo-data/partnerships';
import { blockingAxeViolations } from './accessibility';
import { RESULTS, useLocalPageSession } from './localPageSession';

/*
 * The Wgr calendar's year view for 2027 on the local page: real adapters, emulator, demo data (whose AB meetings of
 * 2027 the Wgr demo extension adds), in Dutch, in English and in the dark Teams theme, with axe-core.
 */

const ACCOUNT_HOLDER = 'a.devries@hofvantwente.example';
const DEMO_ICS = path.resolve(__dirname, '..', '..', 'demo-data', 'hofVanTwenteRaad2027.demo.ics');

jest.setTimeout(120_000);

let environment: LocalEnvironment;
let page: Page;

useLocalPageSession({ name: 'wgr' }, (session) => {
  ({ environment, page } = session);
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
    await page.getByRole('table').first().waitFor();
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
    await page.getByRole('heading', { name: 'Route through the council of Hof van Twente' }).waitFor();
    await page.getByRole('heading', { name: 'Import meeting schedule' }).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'wgr-calendar-en.png'), fullPage: true });
  });

  // Last: it changes the council calendar the tests above read.
  it('imports the demo council schedule (.ics) through a dry run, and the college deadline of a zienswijze moves', async () => {
    await page.goto(calendarUrl());
    const routes = page.getByRole('table', { name: 'Zienswijzen met raadsvergadering, commissie en collegedatum, termijnen in 2027' });
    await routes.waitFor();
    const ontwerpbegroting = routes.getByRole('row').filter({ hasText: 'Zienswijze raden op ontwerpbegroting 2028' }).filter({ hasText: GBTWENTE });
    // GBTwente asks for the zienswijze by 24 June (the demo's zienswijze case), before the legal 30 June: the raad of
    // 25 May adopts it; the demo calendar has no committee meetings, so the college decides three weeks before it.
    await expect(ontwerpbegroting.getByTestId('college-deadline').textContent()).resolves.toContain('di 4 mei 2027');

    await page.getByLabel('iCalendar-bestand (.ics)').setInputFiles(DEMO_ICS);
    const summary = page.getByText('8 nieuw, 10 gewijzigd, 0 ongewijzigd, 0 vervalt, 13 overgeslagen.');
    await summary.waitFor();
    const plan = page.getByRole('table', { name: 'Wat de import verandert, en wat wordt overgeslagen' });
    await expect(plan.textContent()).resolves.toContain('De afspraak is geannuleerd (STATUS:CANCELLED).');
    expect(await blockingAxeViolations(page, 'section[aria-labelledby="wgr-calendar-title"]')).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'wgr-calendar-import-dry-run.png'), fullPage: true });

    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByText('Vergaderschema geïmporteerd: 8 nieuw, 10 gewijzigd, 0 vervallen.', { exact: false }).waitFor();
    await page.getByText('De interne termijnen (collegebesluit, commissie, raad) op de tijdlijnen zijn bijgewerkt.', { exact: false }).waitFor();
    // The committee of 11 May prepares the raad of 25 May now: the college must decide three weeks before the committee.
    await ontwerpbegroting.getByTestId('college-deadline').filter({ hasText: 'di 20 apr 2027' }).waitFor();
    await expect(ontwerpbegroting.textContent()).resolves.toContain('di 11 mei 2027');
    await page.screenshot({ path: path.join(RESULTS, 'wgr-calendar-import-done.png'), fullPage: true });

    // A bad file is refused as a whole, with the reason, and nothing is planned.
    await page.getByLabel('iCalendar-bestand (.ics)').setInputFiles({ name: 'schema.ics', mimeType: 'text/calendar', buffer: Buffer.from('<html>niet gevonden</html>') });
    await page.getByText('Dit is geen iCalendar-bestand (.ics)', { exact: false }).waitFor();
  });
});
