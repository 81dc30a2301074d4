import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { VEILIGHEIDSREGIO_TWENTE } from '../../demo-data/partnerships';
import { calendarDateOfInstant, formatDutchDate } from '../../src/domain/time';
import { exitNoticeMoment } from '../../src/domain/wgr2022';
import { blockingAxeViolations } from './accessibility';
import { RESULTS, useLocalPageSession } from './localPageSession';

/*
 * "Risico en Wgr-toets" on the local page in Chromium, on the real adapters and the emulator with the demo data:
 * the questionnaire (unanswered questions refused, live level and intensity, save, history), the Wgr 2022 check of
 * Veiligheidsregio Twente (a provision marked "Ontbreekt" with its article, the exit notice moment) and the overview.
 * axe-core checks each state.
 */

const ANNE = 'a.devries@hofvantwente.example';

jest.setTimeout(180_000);

let environment: LocalEnvironment;
let page: Page;
const pageErrors: string[] = [];

useLocalPageSession({ name: 'control', pageErrors }, (session) => {
  ({ environment, page } = session);
});

function controlUrl(): string {
  const url = new URL(environment.pageUrl({ user: ANNE }));
  url.searchParams.set('webpart', 'partnershipControl');
  return url.toString();
}

async function choosePartnership(name: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Samenwerkingsverband' }).click();
  await page.getByRole('option', { name, exact: true }).click();
}

describe('Risico en Wgr-toets on the local page, in Chromium', () => {
  it('refuses an unanswered questionnaire, shows the level and intensity change live, and saves a new profile into the history', async () => {
    await page.goto(controlUrl());
    await choosePartnership('Port of Twente');
    const result = page.getByTestId('risk-result');
    // No profile yet: the control follows the importance, and nothing is answered.
    await expect(page.getByText('Nog geen risicoprofiel: de sturing volgt de belangrijkheid (belangrijk samenwerkingsverband).').isVisible()).resolves.toBe(true);
    await expect(result.textContent()).resolves.toContain('Nog 10 van 10 vragen te beantwoorden.');
    await page.getByRole('button', { name: 'Risicoprofiel opslaan' }).click();
    await expect(page.getByText('10 vragen zijn nog niet (goed) beantwoord. Ze zijn hieronder gemarkeerd.').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Kies een antwoord.').count()).resolves.toBe(10);
    expect(await blockingAxeViolations(page)).toEqual([]);

    await choosePartnership('Openbaar Lichaam Crematoria Twente');
    // The current demo profile (laag, score 10) is filled in.
    await expect(result.textContent()).resolves.toContain('Score 10 van 100: risiconiveau Laag.');
    await expect(result.textContent()).resolves.toContain('Jaarlijks via de paragraaf verbonden partijen in de begroting');

    const question = (text: string) => page.getByRole('group', { name: text });
    await question('Hoe groot is de jaarlijkse bijdrage van de gemeente, als deel van de totale lasten van de gemeentelijke begroting?').getByLabel('2% of meer (3 punten)').check();
    await question('Staat de gemeente garant voor leningen van de partij of draagt zij tekorten mee?').getByLabel('Ja, zonder maximum of met grote garanties op leningen (3 punten)').check();
    await expect(result.textContent()).resolves.toContain('Score 30 van 100: risiconiveau Laag.');
    await question('Hoe staat het met het weerstandsvermogen van de partij (ratio beschikbare tegen benodigde weerstandscapaciteit)?').getByLabel('Ruim onvoldoende (onder 0,6) of niet bekend (3 punten)').check();
    await expect(result.textContent()).resolves.toContain('Score 40 van 100: risiconiveau Midden.');
    await expect(result.textContent()).resolves.toContain('Elk halfjaar een raadsinformatiebrief');
    await question('Voert de partij een wettelijke taak van de gemeente uit?').getByLabel('Een wettelijke taak die de gemeente niet zelf kan uitvoeren (3 punten)').check();
    await question('Wat merken inwoners als de partij tekortschiet?').getByLabel('Gevaar voor veiligheid, gezondheid of bestaanszekerheid (3 punten)').check();
    await question('Hoe afhankelijk is de gemeente van deze partij?').getByLabel('Geen alternatief (3 punten)').check();
    await expect(result.textContent()).resolves.toContain('Score 63 van 100: risiconiveau Hoog.');
    await expect(result.textContent()).resolves.toContain('Elk kwartaal een raadsinformatiebrief');
    await expect(result.textContent()).resolves.toContain('minimaal 10 keer per jaar');
    expect(await blockingAxeViolations(page)).toEqual([]);

    await page.getByLabel('Toelichting bij deze beoordeling').fill('Na het faillissement van een leverancier (test).');
    await page.getByRole('button', { name: 'Risicoprofiel opslaan' }).click();
    await page.getByText('Risicoprofiel opgeslagen: score 63, niveau Hoog. Dit profiel bepaalt nu de sturing.').waitFor();
    const history = page.getByRole('table', { name: 'Risicoprofielen van Openbaar Lichaam Crematoria Twente, nieuwste eerst' });
    const rows = history.getByRole('row');
    await expect(rows.count()).resolves.toBe(3);
    await expect(rows.nth(1).textContent()).resolves.toContain('Hoog63Na het faillissement van een leverancier (test).');
    await expect(rows.nth(2).textContent()).resolves.toContain('Laag10');
    await expect(page.getByText(/^Risiconiveau Hoog \(score 63 van 100\)/).isVisible()).resolves.toBe(true);
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'partnership-control-risk.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it('marks a provision "Ontbreekt" with its article, computes the exit moment and shows the overview across GRs', async () => {
    await page.goto(controlUrl());
    await choosePartnership(VEILIGHEIDSREGIO_TWENTE);
    await page.getByRole('tab', { name: 'Wgr-toets', exact: true }).click();
    const summary = page.getByTestId('wgr-summary');
    await expect(summary.textContent()).resolves.toBe('Stand: 3 van 6 geregeld, 1 deels, 1 ontbreekt, 1 nog te toetsen.');

    await page.getByRole('button', { name: 'Toets bewerken: Gemeenschappelijke adviescommissie' }).click();
    const panel = page.getByRole('dialog');
    await panel.getByRole('combobox', { name: 'Uitkomst' }).click();
    await page.getByRole('option', { name: 'Geregeld', exact: true }).click();
    await panel.getByLabel('Toelichting').fill('De regeling noemt geen adviescommissie (test).');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    // A regulated provision needs its article; what was typed stays.
    await panel.getByText('Noem het artikel van de regeling waarin dit geregeld is, bijvoorbeeld "art. 32".').waitFor();
    await expect(panel.getByLabel('Toelichting').inputValue()).resolves.toBe('De regeling noemt geen adviescommissie (test).');
    expect(await blockingAxeViolations(page)).toEqual([]);

    await panel.getByRole('combobox', { name: 'Uitkomst' }).click();
    await page.getByRole('option', { name: 'Ontbreekt', exact: true }).click();
    await panel.getByLabel('Artikel in de regeling').fill('art. 24');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await panel.waitFor({ state: 'detached' });
    await page.getByText('Toets opgeslagen: Gemeenschappelijke adviescommissie.').waitFor();
    const row = page.getByRole('table', { name: `Wgr 2022-toets van ${VEILIGHEIDSREGIO_TWENTE}` }).getByRole('row').filter({ hasText: 'Gemeenschappelijke adviescommissie' });
    await expect(row.textContent()).resolves.toContain('Ontbreektart. 24');
    await expect(summary.textContent()).resolves.toBe('Stand: 3 van 6 geregeld, 1 deels, 2 ontbreekt.');

    // The exit notice: the moment follows what is typed, and saving puts it on the timeline.
    const expected = exitNoticeMoment({ exitNoticeMonths: 6, exitEffectiveDay: '31-08' }, calendarDateOfInstant(new Date()));
    if (!expected.ok) throw new Error(expected.message);
    await page.getByLabel('Opzegtermijn (maanden)').fill('6');
    await page.getByLabel('Uittreding gaat in op (dd-mm)').fill('31-08');
    const moment = page.getByTestId('exit-moment');
    await expect(moment.textContent()).resolves.toBe(
      `Eerstvolgende mogelijke uittreding${formatDutchDate(expected.moment.effectiveDate)}Besluit van de raad uiterlijk${formatDutchDate(expected.moment.lastDecisionDay)}`,
    );
    await page.getByRole('button', { name: 'Uittreding opslaan' }).click();
    await page.getByText(`Opgeslagen. Het invloedsmoment staat op de tijdlijn: besluit uiterlijk ${formatDutchDate(expected.moment.lastDecisionDay)}.`).waitFor();
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'partnership-control-wgr.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Overzicht Wgr-toets', exact: true }).click();
    const overview = page.getByRole('table', { name: 'Uitkomst per regeling en bepaling' });
    const vrtRow = overview.getByRole('row').filter({ hasText: VEILIGHEIDSREGIO_TWENTE });
    await expect(vrtRow.textContent()).resolves.toContain('3 van 6 geregeld, 1 deels, 2 ontbreekt');
    const gbtwenteRow = overview.getByRole('row').filter({ hasText: 'GBTwente' });
    await expect(gbtwenteRow.textContent()).resolves.toContain('5 van 5 geregeld');
    expect(await blockingAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(RESULTS, 'partnership-control-overview.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
