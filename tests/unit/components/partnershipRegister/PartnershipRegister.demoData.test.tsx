/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { PartnershipRegister } from '../../../../src/webparts/partnershipRegister/components/PartnershipRegister';
import { DEMO_DATA, DEMO_PEOPLE_LIST, GBTWENTE, loadDemoData } from '../../../../demo-data';
import { createInMemoryRepositories, InMemoryDirectory } from '../../../support/inMemoryRepository';

setIconOptions({ disableWarnings: true });

// jsdom's global has no structuredClone (Node's has); the in-memory repository copies values with it.
if (typeof globalThis.structuredClone !== 'function') {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const v8 = require('node:v8') as typeof import('node:v8');
  globalThis.structuredClone = (<T,>(value: T): T => v8.deserialize(v8.serialize(value)) as T) as typeof structuredClone;
}

describe('PartnershipRegister with the seeds demo data', () => {
  it('lists every demo partnership once, with its account holder by name', async () => {
    const repositories = createInMemoryRepositories();
    const knownUsers = Object.fromEntries(DEMO_PEOPLE_LIST.map((person) => [person.email, person.displayName]));
    await loadDemoData(repositories, new InMemoryDirectory(knownUsers));

    render(<PartnershipRegister repositories={repositories} isDemoData={true} virtualize={false} />);

    const grid = await screen.findByRole('grid', { name: 'Samenwerkingsverbanden' });
    const rows = within(grid).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('rowheader').textContent).sort()).toEqual(DEMO_DATA.partnerships.map((partnership) => partnership.name).sort());
    const gbtwente = rows.find((row) => within(row).getByRole('rowheader').textContent === GBTWENTE) as HTMLElement;
    const expectedHolder = DEMO_PEOPLE_LIST.find((person) => person.email === DEMO_DATA.partnerships.find((p) => p.name === GBTWENTE)?.accountHolderEmail)?.displayName;
    expect(within(gbtwente).getAllByRole('gridcell')[2].textContent).toBe(expectedHolder);
  });
});
