/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { PartnershipDashboard } from '../../../src/components/dashboard';
import type { PartnershipDashboardData } from '../../../src/data/dashboard';
import type { HandoverDossierGenerator } from '../../../src/data/documents/lazyGenerators';
import type { Municipality, Partnership } from '../../../src/domain/models';
import { parseCalendarDate } from '../../../src/domain/time';
import { PartnershipRegister } from '../../../src/webparts/partnershipRegister/components/PartnershipRegister';
import { storedPartnership } from '../../support/partnershipFixtures';
import { ScriptedListRepository } from '../../support/scriptedListRepository';

/*
 * The "Overdrachtsdossier" buttons (issue 8) on the partnership dashboard and in the register: they ask for the
 * chosen version and offer the generated file as a download; a failure is shown in Dutch.
 */

setIconOptions({ disableWarnings: true });

const TODAY = parseCalendarDate('2026-11-26');
const DOSSIER = { fileName: 'Overdrachtsdossier GBTwente (raad) 2026-11-26.docx', bytes: new Uint8Array([80, 75, 3, 4]) };

let downloads: string[];

beforeEach(() => {
  downloads = [];
  // jsdom has no object URLs and does not navigate; record what the browser would save.
  Object.assign(URL, { createObjectURL: () => 'blob:dossier', revokeObjectURL: () => undefined });
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});

afterEach(() => jest.restoreAllMocks());

function dashboardData(): PartnershipDashboardData {
  return {
    partnership: storedPartnership(1, { name: 'GBTwente' }),
    participants: [],
    financialFigures: [],
    meetingBodies: [],
    meetings: [],
    documents: [],
    processMoments: [],
    actions: [],
    contacts: [],
  };
}

async function choose(buttonName: string, versionName: RegExp): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: buttonName }));
  const item = await screen.findByRole('menuitem', { name: versionName });
  // The generation settles in a promise; act lets React apply its state before the test looks.
  await act(async () => {
    fireEvent.click(item);
  });
}

describe('Overdrachtsdossier on the dashboard', () => {
  it('makes the raad version of this partnership and offers it as a download', async () => {
    const generate = jest.fn<ReturnType<HandoverDossierGenerator>, Parameters<HandoverDossierGenerator>>().mockResolvedValue(DOSSIER);
    render(<PartnershipDashboard partnershipId={1} load={() => Promise.resolve(dashboardData())} today={TODAY} generateHandoverDossier={generate} />);
    await screen.findByRole('heading', { name: 'Dashboard GBTwente' });
    await choose('Overdrachtsdossier', /Versie voor de raad/);
    await waitFor(() => expect(downloads).toEqual([DOSSIER.fileName]));
    expect(generate).toHaveBeenCalledWith({ partnershipId: 1, audience: 'raad' });
  });

  it('says in Dutch when the dossier could not be made, and offers no file', async () => {
    const generate = jest.fn<ReturnType<HandoverDossierGenerator>, Parameters<HandoverDossierGenerator>>().mockRejectedValue(new Error('SharePoint is niet bereikbaar'));
    render(<PartnershipDashboard partnershipId={1} load={() => Promise.resolve(dashboardData())} today={TODAY} generateHandoverDossier={generate} />);
    await screen.findByRole('heading', { name: 'Dashboard GBTwente' });
    await choose('Overdrachtsdossier', /Ambtelijke versie/);
    expect(await screen.findByText('Het overdrachtsdossier kon niet worden gemaakt: SharePoint is niet bereikbaar')).toBeTruthy();
    expect(generate).toHaveBeenCalledWith({ partnershipId: 1, audience: 'ambtelijk' });
    expect(downloads).toEqual([]);
  });

  it('has no button when no generator is given', async () => {
    render(<PartnershipDashboard partnershipId={1} load={() => Promise.resolve(dashboardData())} today={TODAY} />);
    await screen.findByRole('heading', { name: 'Dashboard GBTwente' });
    expect(screen.queryByRole('button', { name: 'Overdrachtsdossier' })).toBeNull();
  });
});

describe('Overdrachtsdossier (alle) in the register', () => {
  it('makes the chosen version of the whole register', async () => {
    const generate = jest.fn<ReturnType<HandoverDossierGenerator>, Parameters<HandoverDossierGenerator>>().mockResolvedValue({ ...DOSSIER, fileName: 'alle.docx' });
    const repositories = { partnerships: new ScriptedListRepository<Partnership>().answerWith([storedPartnership(1, { name: 'GBTwente' })]), municipalities: new ScriptedListRepository<Municipality>() };
    render(<PartnershipRegister repositories={repositories} virtualize={false} generateHandoverDossier={generate} />);
    await screen.findByRole('grid', { name: 'Samenwerkingsverbanden' });
    await choose('Overdrachtsdossier (alle)', /Ambtelijke versie/);
    await waitFor(() => expect(downloads).toEqual(['alle.docx']));
    expect(generate).toHaveBeenCalledWith({ audience: 'ambtelijk' });
  });
});
