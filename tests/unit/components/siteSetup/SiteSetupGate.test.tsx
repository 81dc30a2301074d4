/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import * as path from 'path';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { checkListsExist, SiteSetupGate, summarizeProvisioningReport } from '../../../../src/components/siteSetup';
import type { ListsCheck, SiteSetupResult } from '../../../../src/components/siteSetup';
import { AccessDeniedError, NotFoundError, ThrottledError } from '../../../../src/data/ports/errors';

// SPFx resolves 'SiteSetupStrings' from config.json's localizedResources; here the real Dutch file stands in.
jest.mock(
  'SiteSetupStrings',
  () => {
    const { loadAmdStrings } = jest.requireActual('../../../support/amdStrings');
    return loadAmdStrings(path.join(__dirname, '..', '..', '..', '..', 'src', 'components', 'siteSetup', 'loc', 'nl-nl.js'));
  },
  { virtual: true },
);

// SharePoint pages register Fluent's icon font; jsdom has none, and the warnings would only hide real output.
setIconOptions({ disableWarnings: true });

const SITE = 'https://gemeente.sharepoint.com/sites/samenwerkingsmonitor';

/** A promise the test settles by hand, to see what the user sees while an action runs. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

interface GateOptions {
  readonly lists: ListsCheck;
  readonly owner: boolean;
  readonly createLists?: () => Promise<SiteSetupResult>;
}

function renderGate(options: GateOptions) {
  const createLists = jest.fn(options.createLists ?? (() => Promise.resolve({ changes: ['Lijst Samenwerkingsverbanden aangemaakt'] })));
  const view = render(
    <SiteSetupGate
      dataSiteUrl={SITE}
      checkLists={() => Promise.resolve(options.lists)}
      canCreateLists={() => Promise.resolve(options.owner)}
      createLists={createLists}
    >
      <p>Het register</p>
    </SiteSetupGate>,
  );
  return { ...view, createLists };
}

describe('SiteSetupGate', () => {
  it('shows the register straight away when the lists exist', async () => {
    renderGate({ lists: 'present', owner: true });
    expect(await screen.findByText('Het register')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lijsten aanmaken' })).toBeNull();
  });

  it('tells a site owner the lists are missing on which site, and offers to create them', async () => {
    renderGate({ lists: 'missing', owner: true });
    expect(await screen.findByText('De lijsten van de Samenwerkingsmonitor bestaan nog niet op deze site')).toBeTruthy();
    expect(screen.getByText(`Site: ${SITE}`)).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Lijsten aanmaken' })).toBeTruthy();
    expect(screen.queryByText('Het register')).toBeNull();
  });

  it('tells someone who is not an owner that an owner must create the lists, without a button', async () => {
    renderGate({ lists: 'missing', owner: false });
    expect(await screen.findByText(/Een beheerder van deze site moet de lijsten eenmalig aanmaken/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lijsten aanmaken' })).toBeNull();
  });

  it('creates the lists once on click, shows what changed, then opens the register', async () => {
    const creation = deferred<SiteSetupResult>();
    const { createLists } = renderGate({ lists: 'missing', owner: true, createLists: () => creation.promise });

    fireEvent.click(await screen.findByRole('button', { name: 'Lijsten aanmaken' }));
    expect(await screen.findByText('Lijsten worden aangemaakt…')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Lijsten aanmaken' })).toBeNull();

    creation.resolve({ changes: ['Lijst Samenwerkingsverbanden aangemaakt', 'Veld Rechtsvorm toegevoegd'] });
    expect(await screen.findByText('De lijsten zijn aangemaakt.')).toBeTruthy();
    expect(screen.getByText('Lijst Samenwerkingsverbanden aangemaakt')).toBeTruthy();
    expect(screen.getByText('Veld Rechtsvorm toegevoegd')).toBeTruthy();
    expect(createLists).toHaveBeenCalledTimes(1);

    fireEvent.click(screen.getByRole('button', { name: 'Naar het register' }));
    expect(await screen.findByText('Het register')).toBeTruthy();
  });

  it('says so when there was nothing to create', async () => {
    renderGate({ lists: 'missing', owner: true, createLists: () => Promise.resolve({ changes: [] }) });
    fireEvent.click(await screen.findByRole('button', { name: 'Lijsten aanmaken' }));
    expect(await screen.findByText('Alle lijsten bestonden al; er is niets gewijzigd.')).toBeTruthy();
  });

  it('shows why creating failed and lets the owner try again', async () => {
    let attempts = 0;
    const { createLists } = renderGate({
      lists: 'missing',
      owner: true,
      createLists: () => {
        attempts++;
        return attempts === 1 ? Promise.reject(new Error('Access denied.')) : Promise.resolve({ changes: ['Lijst Gemeenten aangemaakt'] });
      },
    });

    fireEvent.click(await screen.findByRole('button', { name: 'Lijsten aanmaken' }));
    expect(await screen.findByText('Het aanmaken van de lijsten is mislukt: Access denied.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    await waitFor(() => expect(screen.getByText('Lijst Gemeenten aangemaakt')).toBeTruthy());
    expect(createLists).toHaveBeenCalledTimes(2);
  });
});

describe('checkListsExist', () => {
  it("answers 'missing' when the first read finds no list", async () => {
    const read = () => Promise.reject(new NotFoundError("List 'Samenwerkingsverbanden' does not exist at site with URL '…'."));
    await expect(checkListsExist(read)).resolves.toBe('missing');
  });

  it("answers 'present' when the first read succeeds", async () => {
    await expect(checkListsExist(() => Promise.resolve([]))).resolves.toBe('present');
  });

  it.each([
    ['no access', new AccessDeniedError('Access denied.')],
    ['throttling', new ThrottledError('Too many requests', 429, 10)],
  ])("answers 'present' on %s, so the register shows that error instead of a setup offer", async (_case, error) => {
    await expect(checkListsExist(() => Promise.reject(error))).resolves.toBe('present');
  });
});

describe('summarizeProvisioningReport', () => {
  it('lists only what was created or updated, naming lists by title, in Dutch', () => {
    const summary = summarizeProvisioningReport({
      schemaVersion: 1,
      steps: [
        { kind: 'contentType', name: 'Samenwerkingsverband', action: 'created' },
        { kind: 'list', list: 'Samenwerkingsverbanden', name: 'Lists/Samenwerkingsverbanden', action: 'created' },
        { kind: 'field', list: 'Samenwerkingsverbanden', name: 'LegalForm', action: 'updated', detail: 'required' },
        { kind: 'view', list: 'Samenwerkingsverbanden', name: 'Alle items', action: 'unchanged' },
      ],
      created: 2,
      updated: 1,
      unchanged: 1,
      notes: ['Zet de tenantinstelling samenwerkingsmonitor:dataSiteUrl.'],
    });
    expect(summary.changes).toEqual([
      'Inhoudstype Samenwerkingsverband: aangemaakt',
      'Lijst Samenwerkingsverbanden: aangemaakt',
      'Kolom LegalForm in lijst Samenwerkingsverbanden: bijgewerkt',
    ]);
    expect(summary.notes).toEqual(['Zet de tenantinstelling samenwerkingsmonitor:dataSiteUrl.']);
  });

  it('has no lines when a second run changed nothing', () => {
    const summary = summarizeProvisioningReport({
      schemaVersion: 1,
      steps: [{ kind: 'list', list: 'Gemeenten', name: 'Lists/Gemeenten', action: 'unchanged' }],
      created: 0,
      updated: 0,
      unchanged: 1,
      notes: [],
    });
    expect(summary.changes).toEqual([]);
  });
});
