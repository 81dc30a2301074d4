/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { ServiceDelivery } from '../../../../src/webparts/serviceDelivery/components';
import type { ServiceDeliveryTab } from '../../../../src/webparts/serviceDelivery/components';
import { installStructuredClone, seededRepositories, TODAY } from './fixtures';

setIconOptions({ disableWarnings: true });
installStructuredClone();

async function setup(tab: ServiceDeliveryTab, partnership?: 'gbtwente' | 'stadsbank') {
  const seeded = await seededRepositories();
  render(
    <ServiceDelivery
      repositories={seeded.repositories}
      today={TODAY}
      initialTab={tab}
      initialPartnershipId={partnership ? seeded[partnership] : undefined}
      linkFor={(id) => `https://intranet.example/sites/register/SitePages/Dienstverlening.aspx?partnership=${id}`}
    />,
  );
  return seeded;
}

function type(label: string | RegExp, text: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
}

describe('"Dienstverlening"', () => {
  it('"Buiten norm" lists the off-target indicator and the missed report across partnerships, sortable, linking to the partnership', async () => {
    const { stadsbank } = await setup('offTarget');
    const offTarget = await screen.findByTestId('off-target-table');
    const rows = within(offTarget).getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([expect.stringContaining('GBTwenteBezwaren binnen termijn3e kwartaal 202691%minimaal 95%4%')]);
    const overdue = screen.getByTestId('overdue-table');
    expect(within(overdue).getAllByRole('row')[1].textContent).toBe('Stadsbank Oost-NederlandWachttijd tot eerste gesprek3e kwartaal 2026wo 11 nov 2026');

    // Sorting says so in aria-sort; a second click reverses it.
    const partnershipHeader = within(offTarget).getAllByRole('columnheader')[0];
    expect(partnershipHeader.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(within(partnershipHeader).getByRole('button'));
    expect(partnershipHeader.getAttribute('aria-sort')).toBe('descending');

    const link = within(overdue).getByRole('link', { name: 'Stadsbank Oost-Nederland' });
    expect(link.getAttribute('href')).toBe(`https://intranet.example/sites/register/SitePages/Dienstverlening.aspx?partnership=${stadsbank}`);
    fireEvent.click(link);
    const findings = await screen.findByTestId('service-delivery-findings');
    expect(findings.textContent).toContain('Wachttijd tot eerste gesprek: Rapportage 3e kwartaal 2026 ontbreekt (verwacht uiterlijk 11 november 2026).');
    expect(screen.getByRole('tab', { name: 'Indicatoren en waarden' }).getAttribute('aria-selected')).toBe('true');
  });

  it('shows each indicator with its norm, latest value, trend and values, and opens "Waarde invoeren" on a missing report', async () => {
    await setup('indicators', 'gbtwente');
    const card = (await screen.findByRole('heading', { name: 'Bezwaren binnen termijn' })).closest('section') as HTMLElement;
    expect(within(card).getByTestId('latest-value').textContent).toBe('3e kwartaal 2026: 91% blijft onder de norm van minimaal 95%. Buiten de norm');
    expect(within(card).getByText('Dalend over de laatste 3 perioden: een verslechtering.')).toBeTruthy();
    expect(within(card).getAllByRole('row').map((row) => row.textContent)).toContain('3e kwartaal 202691%Buiten de normzo 1 nov 2026');

    fireEvent.click(screen.getByRole('combobox', { name: /^Samenwerkingsverband/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Stadsbank Oost-Nederland' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Waarde invoeren voor Wachttijd tot eerste gesprek, 3e kwartaal 2026' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByRole('combobox', { name: /Periode/ }) as HTMLInputElement).value).toBe('2026-K3');
  });

  it('adds an agreement after a Dutch message on its dates, and warns when the renewal date is near', async () => {
    const { repositories, gbtwente } = await setup('agreements', 'gbtwente');
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwe afspraak' }));
    type('Naam van de afspraak', 'DVO belastingen 2026-2029');
    type('Ingangsdatum', '1-1-2026');
    type('Einddatum', '31-12-2025');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De einddatum moet na de ingangsdatum liggen.')).toBeTruthy();
    expect((screen.getByLabelText('Einddatum') as HTMLInputElement).value).toBe('31-12-2025');
    expect(repositories.serviceAgreements.calls.filter((call) => call.method === 'create')).toEqual([]);

    type('Einddatum', '31-12-2029');
    type('Uiterste datum verlenging of opzegging', '2027-01-15');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De afspraak ‘DVO belastingen 2026-2029’ is opgeslagen.')).toBeTruthy();
    const stored = await repositories.serviceAgreements.list();
    expect(stored).toEqual([expect.objectContaining({ partnershipId: gbtwente, kind: 'dvo', startDate: '2026-01-01', endDate: '2029-12-31', renewalDate: '2027-01-15' })]);
    expect((await screen.findByTestId('renewal-finding')).textContent).toContain('Besluit over verlenging of opzegging uiterlijk 15 januari 2027.');
  });

  it('records a satisfaction measurement with who measured it, refusing a score above its scale', async () => {
    const { repositories } = await setup('satisfaction', 'stadsbank');
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwe meting' }));
    type('Wat is gemeten', 'Klanttevredenheid schuldhulp 2026');
    type('Datum meting', '2026-10-15');
    fireEvent.click(screen.getByRole('combobox', { name: /^Gemeten door/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Extern bureau' }));
    type('Methode', 'Enquête onder cliënten');
    type('Score', '11');
    type('Aantal respondenten', '212');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('De score ligt tussen 0 en 10, de top van de schaal.')).toBeTruthy();
    expect((screen.getByLabelText('Score') as HTMLInputElement).value).toBe('11');

    type('Score', '7,5');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('De meting ‘Klanttevredenheid schuldhulp 2026’ is opgeslagen.');
    await waitFor(() => expect(screen.getAllByRole('row').map((row) => row.textContent)).toContain(
      'Klanttevredenheid schuldhulp 2026do 15 okt 2026Extern bureauEnquête onder cliënten7,5 op een schaal tot 10212Bewerken',
    ));
    expect((await repositories.satisfactionMeasurements.list())[0]).toMatchObject({ measuredBy: 'extern-bureau', score: 7.5, scaleMax: 10, respondents: 212 });
  });

  it('asks for both bounds of a band when an indicator is judged within a band', async () => {
    const { repositories } = await setup('indicators', 'gbtwente');
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwe indicator' }));
    type('Naam van de indicator', 'Doorlooptijd vergunningen');
    fireEvent.click(screen.getByRole('combobox', { name: /^Richting/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Binnen bandbreedte' }));
    type('Ondergrens bandbreedte', '90');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Vul de bovengrens van de bandbreedte in.')).toBeTruthy();
    expect((screen.getByLabelText('Ondergrens bandbreedte') as HTMLInputElement).value).toBe('90');
    type('Bovengrens bandbreedte', '100');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('De indicator ‘Doorlooptijd vergunningen’ is opgeslagen.');
    const saved = (await repositories.performanceIndicators.list()).find((item) => item.name === 'Doorlooptijd vergunningen');
    expect(saved).toMatchObject({ direction: 'binnen-bandbreedte', targetLow: 90, targetHigh: 100 });
    // A band has no single norm: the field of the other direction is not stored.
    expect(saved?.target).toBeUndefined();
  });
});
