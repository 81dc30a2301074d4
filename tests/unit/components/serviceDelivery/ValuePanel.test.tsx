/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { ValuePanel } from '../../../../src/webparts/serviceDelivery/components/ValuePanel';
import type { IndicatorValue } from '../../../../src/domain/serviceDelivery';
import type { Stored } from '../../../../src/domain/models';
import { installStructuredClone, seededRepositories, TODAY } from './fixtures';

setIconOptions({ disableWarnings: true });
installStructuredClone();

async function setup() {
  const seeded = await seededRepositories();
  const indicator = await seeded.repositories.performanceIndicators.get(seeded.wachttijd);
  const values = (await seeded.repositories.indicatorValues.list()).filter((stored) => stored.indicatorId === indicator.id);
  const saved: Stored<IndicatorValue>[] = [];
  render(<ValuePanel indicator={indicator} values={values} today={TODAY} repositories={seeded.repositories} onSaved={(item) => saved.push(item)} onDismiss={() => undefined} />);
  return { ...seeded, indicator, values, saved };
}

function type(label: string | RegExp, text: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value: text } });
}

function typePeriod(text: string): void {
  const input = screen.getByRole('combobox', { name: /Periode/ });
  // Fluent's ComboBox reads typing from the input event, as a browser sends it.
  fireEvent.input(input, { target: { value: text } });
}

describe('ValuePanel ("Waarde invoeren")', () => {
  it('refuses a period that has not ended and a negative number of days, keeps what was typed and writes nothing', async () => {
    const { repositories } = await setup();
    typePeriod('2026-K4');
    type(/Waarde \(dagen\)/, '-3');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Deze periode is nog niet voorbij.')).toBeTruthy();
    expect(await screen.findByText('Een aantal dagen kan niet negatief zijn.')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: /Periode/ }) as HTMLInputElement).value).toBe('2026-K4');
    expect((screen.getByLabelText(/Waarde \(dagen\)/) as HTMLInputElement).value).toBe('-3');
    expect(repositories.indicatorValues.calls.filter((call) => call.method === 'create' || call.method === 'update')).toEqual([]);
  });

  it('explains a period of the wrong frequency and a value that is no number', async () => {
    await setup();
    typePeriod('maart 2026');
    type(/Waarde \(dagen\)/, 'ongeveer twintig');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Vul de periode in als 2026-K3 (per kwartaal).')).toBeTruthy();
    expect(await screen.findByText('Vul de waarde in als getal.')).toBeTruthy();
  });

  it('offers the ended periods with the missing report marked, and saves the missing quarter from text as a report writes it', async () => {
    const { repositories, indicator, saved } = await setup();
    fireEvent.click(screen.getByRole('button', { name: /Periode/ }));
    expect(await screen.findByRole('option', { name: '3e kwartaal 2026 (2026-K3) – ontbreekt' })).toBeTruthy();
    expect(screen.getByRole('option', { name: '2e kwartaal 2026 (2026-K2) – ingevuld: 21 dagen' })).toBeTruthy();
    // The fourth quarter has not ended on 26 November: it is not offered.
    expect(screen.queryByRole('option', { name: /2026-K4/ })).toBeNull();

    typePeriod('Q3 2026');
    type(/Waarde \(dagen\)/, '22,5');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ indicatorId: indicator.id, partnershipId: indicator.partnershipId, period: '2026-K3', periodEnd: '2026-09-30', value: 22.5, reportedOn: TODAY });
    expect(repositories.indicatorValues.calls.filter((call) => call.method === 'update')).toEqual([]);
  });

  it('replaces the value of a period that has one with an update carrying its ETag', async () => {
    const { repositories, values, saved } = await setup();
    const second = values.find((stored) => stored.period === '2026-K2') as Stored<IndicatorValue>;
    typePeriod('2026-K2');
    expect(await screen.findByText('Voor deze periode is al 21 dagen vastgelegd; opslaan vervangt die waarde.')).toBeTruthy();
    type(/Waarde \(dagen\)/, '20');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    const update = repositories.indicatorValues.calls.find((call) => call.method === 'update')?.argument as { id: number; etag: string };
    expect(update).toMatchObject({ id: second.id, etag: second.etag });
    expect((await repositories.indicatorValues.get(second.id)).value).toBe(20);
  });

  it('shows both versions after someone else saved the value first, and overwrites only when asked', async () => {
    const { repositories, values, saved } = await setup();
    const second = values.find((stored) => stored.period === '2026-K2') as Stored<IndicatorValue>;
    // Someone else corrects the figure while the panel is open.
    await repositories.indicatorValues.update(second.id, { value: 19, notes: 'Gecorrigeerd door de Stadsbank.' }, second.etag);

    typePeriod('2026-K2');
    type(/Waarde \(dagen\)/, '20');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    const notice = await screen.findByTestId('conflict-notice');
    expect(notice.textContent).toContain('Iemand anders heeft dit intussen gewijzigd.');
    const rows = screen.getAllByRole('row').map((row) => row.textContent);
    expect(rows).toContain('Waarde2019');
    expect(rows).toContain('ToelichtingGecorrigeerd door de Stadsbank.');
    expect(saved).toEqual([]);
    expect((await repositories.indicatorValues.get(second.id)).value).toBe(19);

    fireEvent.click(screen.getByRole('button', { name: 'Mijn versie toch opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect((await repositories.indicatorValues.get(second.id)).value).toBe(20);
  });
});
