/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { PartnershipRegister } from '../../../../src/webparts/partnershipRegister/components/PartnershipRegister';
import {
  AccessDeniedError,
  DataAccessError,
  ListViewThresholdError,
  NotFoundError,
  ThrottledError,
} from '../../../../src/data/ports/errors';
import type { Municipality, Partnership } from '../../../../src/domain/models';
import { ScriptedListRepository } from '../../../support/scriptedListRepository';
import { storedPartnership } from '../../../support/partnershipFixtures';

// SPFx registers Fluent's icon font on the page; jsdom has none, and the warnings would only be noise.
setIconOptions({ disableWarnings: true });

function renderRegister(partnerships: ScriptedListRepository<Partnership>, isDemoData = false) {
  const repositories = { partnerships, municipalities: new ScriptedListRepository<Municipality>() };
  return render(<PartnershipRegister repositories={repositories} isDemoData={isDemoData} virtualize={false} />);
}

async function findDataRows(): Promise<HTMLElement[]> {
  const grid = await screen.findByRole('grid', { name: 'Samenwerkingsverbanden' });
  // The first row is the header row.
  return within(grid).getAllByRole('row').slice(1);
}

const GBTWENTE = storedPartnership(1, {
  name: 'GBTwente',
  legalForm: 'gr-bedrijfsvoeringsorganisatie',
  taskLayers: ['bedrijfsvoering', 'uitvoering'],
  accountHolder: { userId: 7, displayName: 'Anne de Vries', email: 'a.devries@hofvantwente.example' },
  status: 'actief',
});
const VEILIGHEIDSREGIO = storedPartnership(2, {
  name: 'Veiligheidsregio Twente',
  legalForm: 'gr-openbaar-lichaam',
  taskLayers: ['uitvoering'],
  status: 'in-voorbereiding',
});
const ALMELO = storedPartnership(3, { name: 'Afvalsamenwerking Twente', legalForm: 'nv-bv', taskLayers: [], status: 'beeindigd' });

describe('PartnershipRegister', () => {
  it('lists the partnerships in alphabetical order', async () => {
    renderRegister(new ScriptedListRepository<Partnership>().answerWith([VEILIGHEIDSREGIO, GBTWENTE, ALMELO]));

    const rows = await findDataRows();
    const names = rows.map((row) => within(row).getByRole('rowheader').textContent);
    expect(names).toEqual(['Afvalsamenwerking Twente', 'GBTwente', 'Veiligheidsregio Twente']);
    expect(screen.getByText('3 samenwerkingsverbanden')).toBeTruthy();
  });

  it('shows legal form, task layers and status with their Dutch labels and the account holder by name', async () => {
    renderRegister(new ScriptedListRepository<Partnership>().answerWith([GBTWENTE]));

    const [row] = await findDataRows();
    const cells = within(row).getAllByRole('gridcell').map((cell) => cell.textContent);
    expect(cells).toEqual(['GR - bedrijfsvoeringsorganisatie', 'Bedrijfsvoering, Uitvoering', 'Anne de Vries', 'Actief', 'Achterstallig · Nooit geactualiseerd']);
  });

  it('says in words when no account holder is assigned and shows other statuses in Dutch', async () => {
    renderRegister(new ScriptedListRepository<Partnership>().answerWith([VEILIGHEIDSREGIO, ALMELO]));

    const rows = await findDataRows();
    expect(within(rows[0]).getAllByRole('gridcell').map((cell) => cell.textContent)).toEqual(['NV/BV', '', 'Nog niet toegewezen', 'Beëindigd', 'Achterstallig · Nooit geactualiseerd']);
    expect(within(rows[1]).getAllByRole('gridcell').map((cell) => cell.textContent)).toEqual(['GR - openbaar lichaam', 'Uitvoering', 'Nog niet toegewezen', 'In voorbereiding', 'Achterstallig · Nooit geactualiseerd']);
  });

  it('has named column headers and marks the name column as sorted ascending', async () => {
    renderRegister(new ScriptedListRepository<Partnership>().answerWith([GBTWENTE]));

    await findDataRows();
    const headers = screen.getAllByRole('columnheader');
    expect(headers.map((header) => header.textContent)).toEqual(['Naam', 'Rechtsvorm', 'Taaklaag', 'Accounthouder', 'Status', 'Laatst geactualiseerd']);
    expect(headers[0].getAttribute('aria-sort')).toBe('ascending');
  });

  it('shows a spinner with a Dutch label while the register loads', async () => {
    const repository = new ScriptedListRepository<Partnership>();
    const release = repository.hold();
    renderRegister(repository);

    expect(screen.getByText('Samenwerkingsverbanden laden…')).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();

    release([GBTWENTE]);
    await findDataRows();
    expect(screen.queryByText('Samenwerkingsverbanden laden…')).toBeNull();
  });

  it('says so when no partnership is registered yet', async () => {
    renderRegister(new ScriptedListRepository<Partnership>().answerWith([]));

    expect(await screen.findByText('Er zijn nog geen samenwerkingsverbanden geregistreerd.')).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();
  });

  it.each([
    [new AccessDeniedError('403'), 'U hebt geen toegang tot het register.'],
    [new NotFoundError("List 'Samenwerkingsverbanden' does not exist"), 'Het register is op deze site nog niet ingericht.'],
    [new ThrottledError('Retry count exceeded', 429, 10), 'SharePoint is op dit moment druk'],
    [new ListViewThresholdError('threshold'), 'De lijst is te groot om zo op te vragen.'],
    [new DataAccessError('socket hang up'), 'Het register kon niet worden geladen.'],
    [new TypeError('Failed to fetch'), 'Het register kon niet worden geladen.'],
  ])('explains a %p in plain Dutch', async (error, expectedStart) => {
    renderRegister(new ScriptedListRepository<Partnership>().failWith(error));

    const alert = await screen.findByText((text) => text.startsWith(expectedStart));
    expect(alert).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opnieuw proberen' })).toBeTruthy();
  });

  it('loads again after "Opnieuw proberen" and then shows the register', async () => {
    const repository = new ScriptedListRepository<Partnership>().failWith(new ThrottledError('busy')).answerWith([GBTWENTE]);
    renderRegister(repository);

    fireEvent.click(await screen.findByRole('button', { name: 'Opnieuw proberen' }));

    const rows = await findDataRows();
    expect(within(rows[0]).getByRole('rowheader').textContent).toBe('GBTwente');
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).toBeNull();
    expect(repository.listCalls).toBe(2);
  });

  it('marks demo data visibly, and only when told the data is demo data', async () => {
    const { unmount } = renderRegister(new ScriptedListRepository<Partnership>().answerWith([GBTWENTE]), true);
    await findDataRows();
    expect(screen.getByTestId('demo-data-badge').textContent).toContain('Demogegevens');
    unmount();

    renderRegister(new ScriptedListRepository<Partnership>().answerWith([GBTWENTE]), false);
    await findDataRows();
    expect(screen.queryByTestId('demo-data-badge')).toBeNull();
  });

  it('ignores an answer that arrives after the register was closed', async () => {
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const repository = new ScriptedListRepository<Partnership>();
    const release = repository.hold();
    const { unmount } = renderRegister(repository);

    unmount();
    release([GBTWENTE]);
    await Promise.resolve();
    await new Promise((resolve) => setTimeout(resolve, 0));

    // React 17 warns "Can't perform a React state update on an unmounted component" without the guard.
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });
});

describe('PartnershipRegister reading through the repository', () => {
  it('asks the repository once per load', async () => {
    const repository = new ScriptedListRepository<Partnership>().answerWith([GBTWENTE]);
    renderRegister(repository);
    await findDataRows();
    await waitFor(() => expect(repository.listCalls).toBe(1));
  });
});
