import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { OutboxMessage } from '../../emulator/graph/store';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { GBTWENTE_BODIES, GBTWENTE_BODY_NAMES } from '../../demo-data/gbtwenteBodies';
import { GBTWENTE } from '../../demo-data/partnerships';
import { REGIEVOERDERS_BODY_NAME } from '../../demo-data/internalMeetingsDemo';
import { blockingAxeViolations } from './accessibility';
import { RESULTS, useLocalPageSession } from './localPageSession';

/*
 * An accounthouder plans next year for the GBTwente AB and DB in a real browser: proposal first, then
 * confirm, then the invites show up in the emulator's outbox tab for every member; axe-core finds no
 * serious or critical WCAG 2.1 AA violations on either screen.
 */

const ACCOUNT_HOLDER = 'a.devries@hofvantwente.example';
const PLANNED_YEAR = new Date().getFullYear() + 2;

jest.setTimeout(180_000);

let environment: LocalEnvironment;
let page: Page;
const pageErrors: string[] = [];

useLocalPageSession({ name: 'meetings', pageErrors }, (session) => {
  ({ environment, page } = session);
});

function pageUrl(webPart: string, extra = ''): string {
  return `${environment.pageUrl({ user: ACCOUNT_HOLDER, lang: 'nl' })}&webpart=${webPart}${extra}`;
}

async function outbox(): Promise<readonly OutboxMessage[]> {
  const response = await fetch(`${environment.url}/_emulator/outbox`);
  return ((await response.json()) as { value: OutboxMessage[] }).value;
}

async function planYearFor(bodyName: string): Promise<number> {
  await page.getByRole('button', { name: bodyName, exact: true }).click();
  await page.getByRole('tab', { name: 'Jaarplanner' }).click();
  // The demo data already plans next year's AB; the year after is empty.
  await page.getByRole('combobox', { name: 'Jaar' }).click();
  await page.getByRole('option', { name: String(PLANNED_YEAR) }).click();
  await page.getByRole('button', { name: 'Voorstel maken' }).click();
  // The proposal is shown before anything is stored or sent.
  await page.getByText('Er is nog niets opgeslagen of verzonden.').waitFor();
  const proposed = await page.getByRole('checkbox', { name: /Meenemen/ }).count();
  expect(proposed).toBeGreaterThanOrEqual(3);
  const before = (await outbox()).length;
  expect(before).toBe((await outbox()).length);
  await page.getByRole('button', { name: 'Bevestigen en uitnodigingen versturen' }).click();
  await page.getByText(`${proposed} vergaderingen gepland en de uitnodigingen verzonden.`).waitFor({ timeout: 30_000 });
  return proposed;
}

describe('planning the GBTwente AB and DB in the browser', () => {
  it('proposes a year, sends the invites on confirmation, and the outbox shows one per member per meeting', async () => {
    await page.goto(pageUrl('meetingBodies'));
    await page.getByRole('heading', { name: 'Overlegorganen en vergaderingen' }).waitFor();
    await page.getByRole('combobox', { name: 'Samenwerkingsverband' }).click();
    await page.getByRole('option', { name: GBTWENTE }).click();
    await page.getByRole('button', { name: GBTWENTE_BODY_NAMES.ab, exact: true }).waitFor();
    expect(await outbox()).toEqual([]);

    const abMeetings = await planYearFor(GBTWENTE_BODY_NAMES.ab);
    await page.screenshot({ path: path.join(RESULTS, 'meetings-planned.png'), fullPage: true });
    const dbMeetings = await planYearFor(GBTWENTE_BODY_NAMES.db);

    const ab = GBTWENTE_BODIES.find((body) => body.name === GBTWENTE_BODY_NAMES.ab)!;
    const db = GBTWENTE_BODIES.find((body) => body.name === GBTWENTE_BODY_NAMES.db)!;
    const members = (body: typeof ab): number => new Set([...body.memberEmails, ...body.externalMemberEmails].map((email) => email.toLowerCase())).size;
    const messages = await outbox();
    const invites = (subjectStart: string): readonly OutboxMessage[] => messages.filter((message) => message.kind === 'invite' && message.subject.startsWith(subjectStart));
    expect(invites('AB GBTwente')).toHaveLength(abMeetings * members(ab));
    expect(invites('DB GBTwente')).toHaveLength(dbMeetings * members(db));
    expect(invites('AB GBTwente').every((message) => message.start.startsWith(String(PLANNED_YEAR)))).toBe(true);
    for (const external of ab.externalMemberEmails) {
      expect(invites('AB GBTwente').filter((message) => message.recipient === external)).toHaveLength(abMeetings);
    }

    await page.goto(pageUrl('outbox'));
    await page.getByRole('heading', { name: 'Verzonden uitnodigingen (emulator)' }).waitFor();
    await page.getByTestId('outbox').waitFor();
    const rows = await page.getByTestId('outbox').locator('tbody tr').count();
    expect(rows).toBe(messages.length);
    await page.getByRole('cell', { name: ab.externalMemberEmails[0] }).first().waitFor();
    await page.screenshot({ path: path.join(RESULTS, 'meetings-outbox.png'), fullPage: true });
    expect(await blockingAxeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('the meetings screen, with the planned meetings and the year planner, has no serious or critical axe violations (also in Teams dark)', async () => {
    for (const host of ['', '&host=teams-dark']) {
      await page.goto(pageUrl('meetingBodies', host));
      await page.getByRole('combobox', { name: 'Samenwerkingsverband' }).click();
      await page.getByRole('option', { name: GBTWENTE }).click();
      await page.getByRole('button', { name: GBTWENTE_BODY_NAMES.ab, exact: true }).click();
      await page.getByRole('button', { name: /^Verplaatsen:/ }).first().waitFor();
      expect(await blockingAxeViolations(page)).toEqual([]);
      await page.getByRole('tab', { name: 'Jaarplanner' }).click();
      await page.getByRole('button', { name: 'Voorstel maken' }).click();
      await page.getByText('Er is nog niets opgeslagen of verzonden.').waitFor();
      expect(await blockingAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(RESULTS, `meetings-planner${host ? '-teams-dark' : ''}.png`), fullPage: true });
    }
    expect(pageErrors).toEqual([]);
  });

  it('lists the organisation-wide Overleg regievoerders (seed 002) under "Organisatiebreed" with its compliance', async () => {
    await page.goto(pageUrl('meetingBodies'));
    await page.getByRole('combobox', { name: 'Samenwerkingsverband' }).click();
    await page.getByRole('option', { name: 'Organisatiebreed (alle samenwerkingsverbanden)' }).click();
    const section = page.getByRole('region', { name: 'Organisatiebrede overlegorganen' });
    const row = section.getByRole('row').filter({ has: page.getByRole('button', { name: REGIEVOERDERS_BODY_NAME, exact: true }) });
    await row.waitFor();
    expect(await row.getByText('Intern overleg', { exact: true }).count()).toBe(1);
    expect(await row.textContent()).toMatch(/Regievoerders: \d+ van minimaal 1 vergadering in het \de kwartaal van 2026 gehouden/);
    // No partnership's bodies are mixed in.
    expect(await section.getByRole('button', { name: GBTWENTE_BODY_NAMES.ab, exact: true }).count()).toBe(0);
    await page.screenshot({ path: path.join(RESULTS, 'meetings-organisation-wide.png'), fullPage: true });
    expect(await blockingAxeViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
