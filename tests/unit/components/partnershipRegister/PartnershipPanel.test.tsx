/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { getTheme, setIconOptions } from '@fluentui/react';
import { PartnershipPanel } from '../../../../src/webparts/partnershipRegister/components/PartnershipPanel';
import type { Municipality, Partnership, Stored } from '../../../../src/domain/models';
import { parseCalendarDate } from '../../../../src/domain/time';
import { AccessDeniedError } from '../../../../src/data/ports';
import { InMemoryRepository } from '../../../support/inMemoryRepository';
import { storedPartnership } from '../../../support/partnershipFixtures';

setIconOptions({ disableWarnings: true });
// jsdom has no structuredClone (the in-memory repository copies values with it); Node's serializer is the same algorithm.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

const today = parseCalendarDate('2026-11-26');
const municipalities: Stored<Municipality>[] = [
  { id: 1, etag: '"1"', name: 'Almelo', region: 'Twente' },
  { id: 2, etag: '"1"', name: 'Hof van Twente', region: 'Twente' },
];

function setup(partnership?: Stored<Partnership>, repository = new InMemoryRepository<Partnership>()) {
  const saved: Array<{ stored: Stored<Partnership>; text: string }> = [];
  const changedElsewhere: Stored<Partnership>[] = [];
  const dismissed = jest.fn();
  render(
    <PartnershipPanel
      partnership={partnership}
      municipalities={municipalities}
      repository={repository}
      today={today}
      theme={getTheme()}
      onSaved={(stored, text) => saved.push({ stored, text })}
      onChangedElsewhere={(current) => changedElsewhere.push(current)}
      onDismiss={dismissed}
    />,
  );
  return { repository, saved, changedElsewhere, dismissed };
}

function type(label: string | RegExp, value: string): void {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
}

describe('the partnership panel', () => {
  it('shows a Dutch message under each invalid field, keeps what was typed and saves nothing', async () => {
    const { repository, saved } = setup();
    type(/Naam/, '   ');
    type('Laatst geactualiseerd (jjjj-mm-dd)', '31-02-2026');
    type('Evaluatieperiode in jaren (Wgr art. 11a)', 'vier');
    type('Website', 'gbtwente');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText(/Het samenwerkingsverband is niet opgeslagen/)).toBeTruthy();
    expect(screen.getByText('Vul een naam in.')).toBeTruthy();
    expect(screen.getByText('Kies een rechtsvorm.')).toBeTruthy();
    expect(screen.getByText('Kies minstens één taaklaag.')).toBeTruthy();
    expect(screen.getByText(/Vul de datum van laatste actualisatie in als jjjj-mm-dd/)).toBeTruthy();
    expect(screen.getByText('Vul een evaluatieperiode van 1 tot en met 20 hele jaren in.')).toBeTruthy();
    expect(screen.getByText('Dit is geen geldig webadres: gbtwente')).toBeTruthy();
    // What the user typed is still there.
    expect((screen.getByRole('textbox', { name: 'Laatst geactualiseerd (jjjj-mm-dd)' }) as HTMLInputElement).value).toBe('31-02-2026');
    expect((screen.getByRole('textbox', { name: 'Evaluatieperiode in jaren (Wgr art. 11a)' }) as HTMLInputElement).value).toBe('vier');
    expect(repository.calls.filter((call) => call.method === 'create')).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('saves a new partnership once it is valid, with the BBV group of the chosen legal form', async () => {
    const { repository, saved } = setup();
    type(/Naam/, 'Stichting Netwerk Twente');
    fireEvent.click(screen.getByRole('combobox', { name: /Rechtsvorm/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Stichting' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Beleid' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(repository.snapshot()).toEqual([
      expect.objectContaining({ name: 'Stichting Netwerk Twente', legalForm: 'stichting', bbvGroup: 'stichtingen-en-verenigingen', taskLayers: ['beleid'], status: 'actief' }),
    ]);
  });

  it('marks an existing partnership as refreshed today with one update carrying its ETag', async () => {
    const { id: _id, etag: _etag, ...value } = storedPartnership(1, { name: 'GBTwente' });
    const repository = new InMemoryRepository<Partnership>([value]);
    const stored = await repository.get(1);
    const { saved } = setup(stored, repository);
    fireEvent.click(screen.getByRole('button', { name: 'Markeer als geactualiseerd' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].text).toBe('Gemarkeerd als geactualiseerd op 26 nov 2026.');
    expect(repository.calls.filter((call) => call.method === 'update').map((call) => call.argument)).toEqual([{ id: 1, changes: { lastRefreshed: '2026-11-26' }, etag: '"1"' }]);
  });

  it('after a conflict shows both versions per field, lets the user choose, and saves with the current ETag', async () => {
    const { id: _id, etag: _etag, ...value } = storedPartnership(1, { name: 'GBTwente', seat: 'Hengelo', domain: 'Belastingen' });
    const repository = new InMemoryRepository<Partnership>([value]);
    const opened = await repository.get(1);
    // Someone else saves first: another seat and another domain.
    await repository.update(1, { seat: 'Almelo', domain: 'Financiën' }, '"1"');
    const { saved } = setup(opened, repository);

    type('Vestigingsplaats', 'Enschede');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const conflict = await screen.findByTestId('conflict-view');
    expect(within(conflict).getByRole('table', { name: 'Iemand anders heeft dit samenwerkingsverband intussen gewijzigd' })).toBeTruthy();
    const seatRow = conflict.querySelector('tr[data-property="seat"]') as HTMLElement;
    expect(within(seatRow).getAllByRole('cell').slice(0, 2).map((cell) => cell.textContent)).toEqual(['Enschede', 'Almelo']);
    const domainRow = conflict.querySelector('tr[data-property="domain"]') as HTMLElement;
    expect(within(domainRow).getAllByRole('cell').slice(0, 2).map((cell) => cell.textContent)).toEqual(['Belastingen', 'Financiën']);
    // Nothing was overwritten yet.
    expect((await repository.get(1)).seat).toBe('Almelo');

    // The seat was changed by both: no default, so saving first asks for a choice.
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan met deze keuzes' }));
    expect(await screen.findByText('Kies bij elk veld een versie.')).toBeTruthy();
    expect(saved).toEqual([]);

    fireEvent.click(within(within(seatRow).getByRole('radiogroup')).getByRole('radio', { name: 'Mijn versie' }));
    // The domain only the other person changed keeps their value by default.
    expect((within(domainRow).getByRole('radio', { name: 'Versie van de ander' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan met deze keuzes' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    const current = await repository.get(1);
    expect([current.seat, current.domain]).toEqual(['Enschede', 'Financiën']);
    const updates = repository.calls.filter((call) => call.method === 'update').map((call) => call.argument);
    expect(updates.slice(-1)).toEqual([{ id: 1, changes: { seat: 'Enschede' }, etag: '"2"' }]);
  });

  it('cancelling a conflict writes nothing and hands the other version to the register', async () => {
    const { id: _id, etag: _etag, ...value } = storedPartnership(1, { name: 'GBTwente', seat: 'Hengelo' });
    const repository = new InMemoryRepository<Partnership>([value]);
    const opened = await repository.get(1);
    await repository.update(1, { seat: 'Almelo' }, '"1"');
    const { changedElsewhere, dismissed } = setup(opened, repository);

    type('Vestigingsplaats', 'Enschede');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByTestId('conflict-view');
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));

    expect(dismissed).toHaveBeenCalled();
    expect(changedElsewhere.map((item) => item.seat)).toEqual(['Almelo']);
    expect((await repository.get(1)).seat).toBe('Almelo');
  });

  it('says in Dutch that a read-only user may not save, and keeps the form', async () => {
    const repository = new InMemoryRepository<Partnership>().failCreatesWhen(() => new AccessDeniedError('Access denied.'));
    setup(undefined, repository);
    type(/Naam/, 'Alleen lezen');
    fireEvent.click(screen.getByRole('combobox', { name: /Rechtsvorm/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'Convenant' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Beleid' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText(/U hebt geen rechten om samenwerkingsverbanden te wijzigen/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Naam/ }) as HTMLInputElement).value).toBe('Alleen lezen');
    expect(repository.snapshot()).toEqual([]);
  });
});
