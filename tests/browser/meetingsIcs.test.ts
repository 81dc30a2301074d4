import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { GBTWENTE_BODY_NAMES } from '../../demo-data/gbtwenteBodies';
import { GBTWENTE_MEETINGS } from '../../demo-data/meetings';
import { GBTWENTE } from '../../demo-data/partnerships';
import { toInstant } from '../../src/domain/time';
import { RESULTS, useLocalPageSession } from './localPageSession';

/*
 * An accounthouder downloads the GBTwente AB's meetings as an .ics file in a real browser (for members
 * outside the tenant); ical.js, an independent RFC 5545 parser, reads back every AB meeting of the demo
 * data with its title and start instant, and nothing of the DB.
 */

const ACCOUNT_HOLDER = 'a.devries@hofvantwente.example';

jest.setTimeout(180_000);

let environment: LocalEnvironment;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

useLocalPageSession({ name: 'meetings-ics', acceptDownloads: true, pageErrors }, (session) => {
  ({ environment, browser, page } = session);
});

describe('exporting a body\'s meetings as an .ics file in the browser', () => {
  it('downloads the GBTwente AB\'s meetings, which ical.js reads back with their titles and start times', async () => {
    await page.goto(`${environment.pageUrl({ user: ACCOUNT_HOLDER, lang: 'nl' })}&webpart=meetingBodies&host=teams-dark`);
    await page.getByRole('heading', { name: 'Overlegorganen en vergaderingen' }).waitFor();
    await page.getByRole('combobox', { name: 'Samenwerkingsverband' }).click();
    await page.getByRole('option', { name: GBTWENTE }).click();
    await page.getByRole('button', { name: GBTWENTE_BODY_NAMES.ab, exact: true }).click();
    const exportButton = page.getByRole('button', { name: 'Exporteren als agenda-bestand (.ics)' });
    await exportButton.waitFor();
    const rows = await page.getByRole('table', { name: 'Vergaderingen van dit overlegorgaan' }).locator('tbody tr').count();

    const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()]);
    expect(download.suggestedFilename()).toBe(`${GBTWENTE_BODY_NAMES.ab}.ics`);
    const text = await fs.readFile((await download.path())!, 'utf8');
    await page.getByText(/is gedownload met \d+ vergaderingen\./).waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'meetings-ics-export-teams-dark.png'), fullPage: true });

    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((component) => {
      const event = new ICAL.Event(component);
      return { summary: event.summary, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString() };
    });
    // One event per meeting in the body's table, all the AB's.
    expect(events).toHaveLength(rows);
    expect(events.every((event) => event.summary.startsWith('AB GBTwente'))).toBe(true);
    // Every AB meeting of the demo data is there, at its exact instant (the file is in UTC; the demo in Amsterdam time).
    const expected = GBTWENTE_MEETINGS.filter((meeting) => meeting.bodyName === GBTWENTE_BODY_NAMES.ab).map((meeting) => ({
      summary: meeting.title,
      start: toInstant(meeting.start).toISOString(),
      end: toInstant(meeting.end).toISOString(),
    }));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    expect(events).toEqual(expect.arrayContaining(expected));
    expect(events.find((event) => event.summary === expected[0].summary)?.start).toBe('2026-03-12T13:00:00.000Z');
    expect(pageErrors).toEqual([]);
  });
});
