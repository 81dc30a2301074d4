/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { PartnershipRegister } from '../../../../src/webparts/partnershipRegister/components/PartnershipRegister';
import { NotFoundError } from '../../../../src/data/ports/errors';
import type { Municipality, Partnership } from '../../../../src/domain/models';
import { ScriptedListRepository } from '../../../support/scriptedListRepository';
import { storedPartnership } from '../../../support/partnershipFixtures';

// The page's locale decides which loc file SPFx loads; here it is English.
jest.mock('PartnershipRegisterWebPartStrings', () => jest.requireActual('../../../support/amdStrings').loadWebPartStrings('partnershipRegister', 'en-us'));

setIconOptions({ disableWarnings: true });

function renderRegister(partnerships: ScriptedListRepository<Partnership>) {
  const repositories = { partnerships, municipalities: new ScriptedListRepository<Municipality>() };
  return render(<PartnershipRegister repositories={repositories} isDemoData={true} virtualize={false} />);
}

describe('PartnershipRegister in English', () => {
  it('shows English headers, title and demo marker, and keeps the Dutch legal terms of the register', async () => {
    const gbtwente = storedPartnership(1, { name: 'GBTwente', legalForm: 'gr-bedrijfsvoeringsorganisatie', taskLayers: ['bedrijfsvoering'], status: 'actief' });
    renderRegister(new ScriptedListRepository<Partnership>().answerWith([gbtwente]));

    const grid = await screen.findByRole('grid', { name: 'Partnerships' });
    expect(screen.getAllByRole('columnheader').map((header) => header.textContent)).toEqual(['Name', 'Legal form', 'Task layer', 'Account holder', 'Status', 'Last refreshed']);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Partnerships');
    expect(screen.getByTestId('demo-data-badge').textContent).toContain('Demo data');
    const row = within(grid).getAllByRole('row')[1];
    expect(within(row).getAllByRole('gridcell').map((cell) => cell.textContent)).toEqual(['GR - bedrijfsvoeringsorganisatie', 'Bedrijfsvoering', 'Not assigned yet', 'Actief', 'Overdue · Never refreshed']);
  });

  it('explains errors and offers a retry in English', async () => {
    renderRegister(new ScriptedListRepository<Partnership>().failWith(new NotFoundError('no list')));

    expect(await screen.findByText((text) => text.startsWith('The register has not been set up on this site yet.'))).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('says so in English while loading and when the register is empty', async () => {
    const repository = new ScriptedListRepository<Partnership>();
    const release = repository.hold();
    renderRegister(repository);
    expect(screen.getByText('Loading partnerships…')).toBeTruthy();

    release([]);
    expect(await screen.findByText('No partnerships have been registered yet.')).toBeTruthy();
  });
});
