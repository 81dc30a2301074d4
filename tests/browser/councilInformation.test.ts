import * as path from 'node:path';
import type { Page, Request } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { COUNCIL_DEMO_DOCUMENTS, COUNCIL_DEMO_MOMENTS } from '../../demo-data/councilDemo';
import { GBTWENTE_BODY_NAMES } from '../../demo-data/gbtwenteBodies';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { createEmulatorSp } from '../../src/data/sharepoint/spClient';
import { SITE_SCHEMA } from '../../src/schema';
import { blockingAxeViolations } from './accessibility';
import { RESULTS, useLocalPageSession } from './localPageSession';

/*
 * The council's page in a real browser, as raadslid@ (Visitors: read only): it shows the public information,
 * no confidential name, never asks the register for its confidential lists, SharePoint itself refuses the
 * confidential items to this identity, the BBV paragraph downloads, and axe finds nothing serious.
 */

const COUNCIL_MEMBER = 'raadslid@hofvantwente.example';
const OWNER = 'beheerder@hofvantwente.example';
const REGISTER_PATH = '/sites/samenwerkingsmonitor/';
const INTRANET_PATH = '/sites/intranet/';

jest.setTimeout(180_000);

let environment: LocalEnvironment;
let page: Page;
const requests: string[] = [];

/** Lists of the register that may hold confidential items: the page must not touch them at all. */
const CONFIDENTIAL_LISTS = SITE_SCHEMA.lists.filter((list) => list.itemLevelConfidentiality);

function councilUrl(extra: Record<string, string> = {}): string {
  return `${environment.url}/?${new URLSearchParams({ user: COUNCIL_MEMBER, webpart: 'councilInformation', ...extra }).toString()}`;
}

/** The register-site list requests the page made, decoded, so a list title can be looked for. */
function registerListRequests(): string[] {
  return requests.map((url) => decodeURIComponent(url)).filter((url) => url.includes(REGISTER_PATH) && /\/_api\/web\/(lists|getfilebyserverrelative|getfolderbyserverrelative)/i.test(url));
}

useLocalPageSession({ name: 'council', acceptDownloads: true }, (session) => {
  ({ environment, page } = session);
  page.on('request', (request: Request) => requests.push(request.url()));
});

describe('Raadsinformatie on the local page, as a council member', () => {
  it('puts what the raad can do first, then information, then the partnerships with public bodies, meetings and documents', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(councilUrl());
    await page.getByRole('heading', { name: 'Wat kan de raad doen, en wanneer?' }).waitFor();
    await page.getByTestId('council-partnership').first().waitFor();

    const headings = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.slice(0, 3)).toEqual(['Wat kan de raad doen, en wanneer?', 'Wat krijgt de raad?', 'De samenwerkingsverbanden']);
    const actions = page.locator('section', { has: page.getByRole('heading', { name: 'Wat kan de raad doen, en wanneer?' }) });
    // The demo's next influence moment for the raad (26 November 2026 is the demo's today, but the page counts from the real today).
    const actionTexts = await actions.getByTestId('council-moment').allTextContents();
    for (const text of actionTexts) expect(text).toMatch(/^(Uiterlijk|Op) \d{1,2} \w+ \d{4} · (nog \d+ dagen|vandaag)/);
    expect(actionTexts.some((text) => text.includes('De raad kan een zienswijze geven.'))).toBe(true);

    const gbtwente = page.getByRole('article', { name: /^GBTwente/ });
    await expect(gbtwente.getByText('Belangrijk voor de raad').isVisible()).resolves.toBe(true);
    expect(await gbtwente.getByTestId('council-body').allTextContents()).toEqual([expect.stringContaining(GBTWENTE_BODY_NAMES.ab)]);
    const documents = await gbtwente.getByTestId('council-document').allTextContents();
    expect(documents.join('\n')).toContain('Begroting 2027 GBTwente (demo)');
    // The document link opens the copy on the intranet, not the register.
    const href = await gbtwente.getByRole('link', { name: 'Begroting 2027 GBTwente (demo)' }).getAttribute('href');
    expect(href).toMatch(/^\/sites\/intranet\/OpenbareStukken\//);
    await page.screenshot({ path: path.join(RESULTS, 'council-information-top.png') });
    await gbtwente.screenshot({ path: path.join(RESULTS, 'council-information-gbtwente.png') });
    await page.screenshot({ path: path.join(RESULTS, 'council-information.png'), fullPage: true });
    // The first few moments show; the rest on request.
    const showAll = actions.getByRole('button', { name: /^Toon alle \d+ momenten$/ });
    if (await showAll.count()) {
      const total = Number(/\d+/.exec(await showAll.innerText())?.[0]);
      await showAll.click();
      expect(await actions.getByTestId('council-moment').count()).toBe(total);
    }
    expect(errors).toEqual([]);
  });

  it('shows no confidential name anywhere on the page', async () => {
    const text = await page.locator('body').innerText();
    const confidential = [
      GBTWENTE_BODY_NAMES.db,
      GBTWENTE_BODY_NAMES.bilateraalBestuurlijk,
      GBTWENTE_BODY_NAMES.overlegManagersDienstverlening,
      ...COUNCIL_DEMO_DOCUMENTS.filter((document) => !document.isPublic).map((document) => document.title),
      ...COUNCIL_DEMO_MOMENTS.filter((moment) => !moment.isPublic).map((moment) => moment.subject),
    ];
    // Also inside the collapsed "overige" partnerships.
    const hidden = await page.locator('details').evaluateAll((nodes) => nodes.map((node) => node.textContent ?? '').join('\n'));
    for (const name of confidential) {
      expect({ name, shown: text.includes(name) || hidden.includes(name) }).toEqual({ name, shown: false });
    }
  });

  it('reads the intranet projection only: no request to the register’s lists at all', async () => {
    expect(requests.some((url) => url.includes(`${INTRANET_PATH}_api/`))).toBe(true);
    expect(registerListRequests()).toEqual([]);
  });

  it('is refused the confidential items by SharePoint itself (the API, not the page, decides)', async () => {
    const owner = createSharePointRepositories(createEmulatorSp(environment.siteUrl, OWNER));
    const confidential = [
      ...(await owner.meetingBodies.list()).filter((item) => !item.isPublic).map((item) => ({ list: 'Overlegorganen', id: item.id })),
      ...(await owner.meetings.list()).filter((item) => !item.isPublic).map((item) => ({ list: 'Vergaderingen', id: item.id })),
      ...(await owner.documents.list()).filter((item) => !item.isPublic).map((item) => ({ list: 'Documenten', id: item.id })),
      ...(await owner.processMoments.list()).filter((item) => !item.isPublic).map((item) => ({ list: 'Procesmomenten', id: item.id })),
    ];
    expect(new Set(confidential.map((item) => item.list)).size).toBe(4);
    // From the page, with the council member's own credentials, straight at the register's REST API.
    const statuses = await page.evaluate(
      async ({ items, site, user }) =>
        Promise.all(
          items.map(async (item) => {
            const response = await fetch(`${site}/_api/web/lists/getbytitle('${item.list}')/items(${item.id})`, { headers: { Authorization: `Bearer emulator:${user}`, Accept: 'application/json' } });
            return `${item.list}/${item.id}: ${response.status}`;
          }),
        ),
      { items: confidential, site: environment.siteUrl, user: COUNCIL_MEMBER },
    );
    expect(statuses).toEqual(confidential.map((item) => `${item.list}/${item.id}: 404`));
    const collection = await page.evaluate(
      async ({ site, user }) => {
        const response = await fetch(`${site}/_api/web/lists/getbytitle('Overlegorganen')/items?$select=Title`, { headers: { Authorization: `Bearer emulator:${user}`, Accept: 'application/json' } });
        return ((await response.json()) as { value: { Title: string }[] }).value.map((item) => item.Title);
      },
      { site: environment.siteUrl, user: COUNCIL_MEMBER },
    );
    // Those were the test's own requests: drop them before checking the page's requests again.
    requests.length = 0;
    const publicBodies = (await owner.meetingBodies.list()).filter((item) => item.isPublic).map((item) => item.name);
    expect(collection.sort()).toEqual(publicBodies.sort());
    expect(collection).toContain(GBTWENTE_BODY_NAMES.ab);
    expect(collection).not.toContain(GBTWENTE_BODY_NAMES.db);
  });

  it('makes the BBV paragraph as .docx and .xlsx, lists the missing data, and reads only the register’s public lists for it', async () => {
    await page.getByRole('textbox', { name: 'Jaar' }).fill('20x6');
    await expect(page.getByText('Vul een jaartal in tussen 1990 en 2100, bijvoorbeeld 2027.').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'BBV-paragraaf maken' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Jaar' }).fill('2026');
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await page.getByRole('button', { name: 'BBV-paragraaf maken' }).click();
    await page.getByTestId('bbv-done').waitFor();
    await page.waitForTimeout(500);
    expect(downloads.sort()).toEqual(['Paragraaf verbonden partijen begroting 2026.docx', 'Paragraaf verbonden partijen begroting 2026.xlsx']);
    expect(await page.getByTestId('bbv-missing').innerText()).toContain('Veiligheidsregio Twente: Belang gemeente begin 2026 (bijdrage 2025)');
    const listsRead = registerListRequests().map((url) => /getbytitle\('([^']+)'\)/i.exec(url)?.[1]);
    expect(new Set(listsRead)).toEqual(new Set(['Samenwerkingsverbanden', 'Financiele gegevens']));
    for (const list of CONFIDENTIAL_LISTS) expect(registerListRequests().some((url) => url.includes(`'${list.title}'`))).toBe(false);
    await page.locator('section', { has: page.getByRole('heading', { name: 'Paragraaf verbonden partijen (BBV)' }) }).screenshot({ path: path.join(RESULTS, 'council-information-bbv.png') });
  });

  it('has no serious or critical WCAG 2.1 AA violations (axe-core), in SharePoint and in the Teams dark theme', async () => {
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.goto(councilUrl({ host: 'teams-dark' }));
    await page.getByTestId('council-partnership').first().waitFor();
    await page.locator('details').first().evaluate((node) => node.setAttribute('open', ''));
    // The web part itself: the local page's own top bar is not part of the product.
    expect(await blockingAxeViolations(page, '[data-web-part="councilInformation"]')).toEqual([]);
    const background = await page.locator('[data-web-part="councilInformation"] [role="region"]').evaluate((node) => getComputedStyle(node).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: path.join(RESULTS, 'council-information-teams-dark.png') });
  });

  it('speaks English when asked', async () => {
    await page.goto(councilUrl({ lang: 'en' }));
    await page.getByRole('heading', { name: 'What can the council do, and when?' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Council information' }).isVisible()).resolves.toBe(true);
    await page.screenshot({ path: path.join(RESULTS, 'council-information-en.png'), fullPage: false });
  });
});
