import * as path from 'node:path';
import * as mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { GBTWENTE, VEILIGHEIDSREGIO_TWENTE } from '../../demo-data/partnerships';
import { createEmulatorSp } from '../../src/data/sharepoint/spClient';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { blockingAxeViolations } from './accessibility';
import { RESULTS, useLocalPageSession } from './localPageSession';

/*
 * The "Overdrachtsdossier" buttons (issue 8) on the local page in Chromium, on the real adapters and the emulator with
 * the demo data: the dashboard's raad version and the register's "alle" version are generated in the browser (the
 * lazily loaded documents chunk), downloaded and read back with mammoth. axe-core checks the open menu.
 */

const ACCOUNT_HOLDER = 'a.devries@hofvantwente.example';
const OWNER = 'beheerder@hofvantwente.example';

jest.setTimeout(180_000);

let dataDir: string;
let environment: LocalEnvironment;
let page: Page;
let gbtwenteId: number;
let confidentialBodyNames: readonly string[];
const pageErrors: string[] = [];

function pageUrl(parameters: Record<string, string>): string {
  const url = new URL(environment.pageUrl({ user: ACCOUNT_HOLDER, lang: 'nl' }));
  for (const [key, value] of Object.entries(parameters)) url.searchParams.set(key, value);
  return url.toString();
}

async function downloadedText(buttonName: string, versionName: string): Promise<{ readonly fileName: string; readonly text: string }> {
  await page.getByRole('button', { name: buttonName, exact: true }).click();
  const item = page.getByRole('menuitem', { name: versionName });
  await item.waitFor();
  expect(await blockingAxeViolations(page)).toEqual([]);
  const [download] = await Promise.all([page.waitForEvent('download'), item.click()]);
  const file = path.join(dataDir, download.suggestedFilename());
  await download.saveAs(file);
  return { fileName: download.suggestedFilename(), text: (await mammoth.extractRawText({ path: file })).value };
}

useLocalPageSession({ name: 'dossier', acceptDownloads: true, pageErrors }, async (session) => {
  ({ dataDir, environment, page } = session);
  const repositories = createSharePointRepositories(createEmulatorSp(environment.siteUrl, OWNER));
  gbtwenteId = (await repositories.partnerships.list({ where: { property: 'name', op: 'eq', value: GBTWENTE } }))[0].id;
  confidentialBodyNames = (await repositories.meetingBodies.list({ where: { property: 'partnershipId', op: 'eq', value: gbtwenteId } }))
    .filter((body) => !body.isPublic)
    .map((body) => body.name);
});

describe('Overdrachtsdossier on the local page, in Chromium', () => {
  it('downloads the raad version of GBTwente from its dashboard, without its niet-openbare bodies', async () => {
    await page.goto(pageUrl({ webpart: 'partnershipDashboard', partnership: String(gbtwenteId) }));
    await page.getByRole('heading', { name: `Dashboard ${GBTWENTE}` }).waitFor();
    const { fileName, text } = await downloadedText('Overdrachtsdossier', 'Versie voor de raad (alleen openbare gegevens)');
    expect(fileName).toMatch(/^Overdrachtsdossier GBTwente .*\(raad\) \d{4}-\d{2}-\d{2}\.docx$/);
    expect(text).toContain('Versie voor de raad: alleen openbare overlegorganen, documenten en momenten.');
    expect(text).toContain('Algemeen Bestuur – AB');
    expect(confidentialBodyNames.length).toBeGreaterThan(0);
    for (const name of confidentialBodyNames) expect(text).not.toContain(name);
    expect(text).toContain('€ 1.215.000');
    await page.screenshot({ path: path.join(RESULTS, 'handover-dossier-dashboard.png') });
  });

  it('downloads the ambtelijke version of the whole register from the register’s command bar', async () => {
    await page.goto(pageUrl({ webpart: 'partnershipRegister' }));
    await page.getByRole('grid', { name: 'Samenwerkingsverbanden' }).getByRole('row').nth(1).waitFor();
    const { fileName, text } = await downloadedText('Overdrachtsdossier (alle)', 'Ambtelijke versie (alles wat u mag zien)');
    expect(fileName).toMatch(/^Overdrachtsdossier alle samenwerkingsverbanden \(ambtelijk\) \d{4}-\d{2}-\d{2}\.docx$/);
    expect(text).toContain('Inhoud');
    expect(text).toContain(GBTWENTE);
    expect(text).toContain(VEILIGHEIDSREGIO_TWENTE);
    expect(pageErrors).toEqual([]);
  });
});
