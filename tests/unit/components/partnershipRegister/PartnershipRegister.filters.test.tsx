/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { PartnershipRegister } from '../../../../src/webparts/partnershipRegister/components/PartnershipRegister';
import { memoryUrlState } from '../../../../src/components/register';
import type { Municipality, Partnership } from '../../../../src/domain/models';
import { parseCalendarDate } from '../../../../src/domain/time';
import { InMemoryRepository } from '../../../support/inMemoryRepository';
import { storedPartnership } from '../../../support/partnershipFixtures';

setIconOptions({ disableWarnings: true });
// jsdom has no structuredClone (the in-memory repository copies values with it); Node's serializer is the same algorithm.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

function plain(id: number, overrides: Partial<Partnership>): Partnership {
  const { id: _id, etag: _etag, ...value } = storedPartnership(id, overrides);
  return value;
}

const partnerships = new InMemoryRepository<Partnership>([
  plain(1, { name: 'GBTwente', taskLayers: ['bedrijfsvoering'], participantIds: [1], lastRefreshed: parseCalendarDate('2026-06-01') }),
  plain(2, { name: 'Regio Twente', taskLayers: ['strategie', 'beleid'], participantIds: [1, 2], lastRefreshed: parseCalendarDate('2026-11-01') }),
]);
const municipalities = new InMemoryRepository<Municipality>([
  { name: 'Hof van Twente', region: 'Twente' },
  { name: 'Almelo', region: 'Twente' },
]);

function renderRegister(query: string) {
  const urlState = memoryUrlState(query);
  render(
    <PartnershipRegister repositories={{ partnerships, municipalities }} urlState={urlState} today={parseCalendarDate('2026-11-26')} virtualize={false} />,
  );
  return urlState;
}

async function names(): Promise<string[]> {
  const grid = await screen.findByRole('grid', { name: 'Samenwerkingsverbanden' });
  return within(grid).getAllByRole('row').slice(1).map((row) => within(row).getByRole('rowheader').textContent ?? '');
}

describe('the register’s filters and views', () => {
  it('opens with the filters of a shared link and keeps the page’s other parameters', async () => {
    const urlState = renderRegister('user=a.devries%40hofvantwente.example&taaklaag=strategie');
    expect(await names()).toEqual(['Regio Twente']);
    expect(screen.getByText('1 van 2 samenwerkingsverbanden')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(await names()).toEqual(['GBTwente', 'Regio Twente']);
    expect(urlState.current()).toBe('user=a.devries%40hofvantwente.example');
  });

  it('writes search, overdue filter and sort into the query as the user changes them', async () => {
    const urlState = renderRegister('');
    await names();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Alleen achterstallig' }));
    // GBTwente was refreshed in June and is not important: due yearly, so it is current; nothing is overdue.
    expect(await screen.findByText('Geen samenwerkingsverbanden voldoen aan de filters.')).toBeTruthy();
    expect(urlState.current()).toBe('achterstallig=1');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Alleen achterstallig' }));

    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoeken in het register' }), { target: { value: 'regio' } });
    expect(await names()).toEqual(['Regio Twente']);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoeken in het register' }), { target: { value: '' } });

    fireEvent.click(screen.getByRole('columnheader', { name: /Naam/ }).querySelector('.ms-DetailsHeader-cellTitle') as HTMLElement);
    expect(await names()).toEqual(['Regio Twente', 'GBTwente']);
    expect(urlState.current()).toBe('aflopend=1');
    expect(screen.getAllByRole('columnheader')[0].getAttribute('aria-sort')).toBe('descending');
  });

  it('shows the matrix as a table with municipality rows and task-layer columns', async () => {
    renderRegister('weergave=matrix');
    const table = await screen.findByRole('table', { name: 'Samenwerkingsverbanden per deelnemende gemeente en taaklaag' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Gemeente', 'Bedrijfsvoering', 'Uitvoering', 'Beleid', 'Strategie']);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['Almelo', 'Hof van Twente']);
    const hof = within(table).getAllByRole('row')[2];
    expect(within(hof).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['GBTwente', '—', 'Regio Twente', 'Regio Twente']);
  });
});
