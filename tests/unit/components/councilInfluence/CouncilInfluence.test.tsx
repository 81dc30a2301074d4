/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { CouncilInfluence } from '../../../../src/webparts/councilInfluence/components';
import type { InfluenceCase } from '../../../../src/domain/councilInfluence';
import type { CalendarDate } from '../../../../src/domain/models';
import { createInMemoryRepositories } from '../../../support/inMemoryRepository';
import { partnership } from '../../data/sampleValues';

setIconOptions({ disableWarnings: true });
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

const today = '2026-11-26' as CalendarDate;

async function seeded() {
  const repositories = createInMemoryRepositories();
  const hof = await repositories.municipalities.create({ name: 'Hof van Twente', region: 'Twente' });
  const almelo = await repositories.municipalities.create({ name: 'Almelo', region: 'Twente' });
  const gr = await repositories.partnerships.create({ ...partnership, name: 'GBTwente', participantIds: [hof.id, almelo.id] });
  const open: InfluenceCase = {
    partnershipId: gr.id,
    subject: 'Ontwerpbegroting 2028',
    kind: 'ontwerpbegroting',
    budgetYear: 2028,
    receivedDate: '2026-11-02' as CalendarDate,
    responseDeadline: '2027-06-24' as CalendarDate,
    abDecisionMeetingDate: '2027-07-01' as CalendarDate,
    collegeProposalPoints: ['Instemmen'],
    councilZienswijzeSummary: '',
    abMemberPosition: '',
    abDecision: '',
    grAnswerSummary: '',
  };
  const stored = await repositories.influenceCases.create(open);
  return { repositories, stored };
}

describe('the "Zienswijzen" web part', () => {
  it('shows each case with its steps as an ordered list with the state in words', async () => {
    const { repositories } = await seeded();
    render(<CouncilInfluence repositories={repositories} today={today} ownMunicipalityName="Hof van Twente" />);
    const progress = await screen.findByRole('list', { name: 'Voortgang van Ontwerpbegroting 2028' });
    expect(progress.tagName).toBe('OL');
    const items = within(progress).getAllByRole('listitem').map((item) => item.textContent);
    expect(items[0]).toContain('Document ontvangen: gedaan');
    expect(items[1]).toContain('Raadsoplegger naar de raad: te laat');
    expect(items[2]).toContain('Zienswijze raad: nog niet aan de beurt');
    expect(screen.getByText('1 trajecten getoond, waarvan 1 met een stap te laat')).toBeTruthy();
  });

  it('keeps what was typed when a step is refused, and saves it with the ETag once corrected', async () => {
    const { repositories, stored } = await seeded();
    render(<CouncilInfluence repositories={repositories} today={today} ownMunicipalityName="Hof van Twente" initialCaseId={stored.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Vastleggen: Besluit AB' }));
    const panel = await screen.findByRole('dialog');
    fireEvent.change(within(panel).getByLabelText(/Besluit van het AB/), { target: { value: 'Vastgesteld (test)' } });
    fireEvent.change(within(panel).getByLabelText(/Besluit genomen op/), { target: { value: '1-10-2026' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await within(panel).findByText('Het AB kan niet vóór de ontvangst van het document hebben besloten (2 november 2026).');
    expect((within(panel).getByLabelText(/Besluit van het AB/) as HTMLTextAreaElement).value).toBe('Vastgesteld (test)');
    expect((within(panel).getByLabelText(/Besluit genomen op/) as HTMLInputElement).value).toBe('1-10-2026');
    expect((await repositories.influenceCases.get(stored.id)).abDecision).toBe('');

    fireEvent.change(within(panel).getByLabelText(/Besluit genomen op/), { target: { value: '25-11-2026' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Besluit AB is opgeslagen.');
    expect(await repositories.influenceCases.get(stored.id)).toMatchObject({ abDecision: 'Vastgesteld (test)', abDecisionDate: '2026-11-25' });
  });

  it('shows a conflict instead of overwriting someone else’s save', async () => {
    const { repositories, stored } = await seeded();
    render(<CouncilInfluence repositories={repositories} today={today} initialCaseId={stored.id} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Vastleggen: Raadsoplegger naar de raad' }));
    const panel = await screen.findByRole('dialog');
    // Someone else records the cover note after this page read the case.
    await repositories.influenceCases.update(stored.id, { coverNoteDate: '2026-11-20' as CalendarDate }, stored.etag);
    fireEvent.change(within(panel).getByLabelText(/Verstuurd naar de raad op/), { target: { value: '2026-11-24' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await within(panel).findByText(/Iemand anders heeft dit traject intussen opgeslagen\. Nu opgeslagen: Raadsoplegger naar de raad op 20 november 2026/);
    expect((await repositories.influenceCases.get(stored.id)).coverNoteDate).toBe('2026-11-20');
    fireEvent.click(within(panel).getByRole('button', { name: 'Mijn invoer toch opslaan' }));
    await waitFor(async () => expect((await repositories.influenceCases.get(stored.id)).coverNoteDate).toBe('2026-11-24'));
  });

  it('creates a case from "Nieuw zienswijzetraject", asking for the budget year of an ontwerpbegroting first', async () => {
    const { repositories } = await seeded();
    render(<CouncilInfluence repositories={repositories} today={today} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw zienswijzetraject' }));
    const panel = await screen.findByRole('dialog');
    fireEvent.click(within(panel).getByRole('combobox', { name: /Samenwerkingsverband/ }));
    fireEvent.click(await screen.findByRole('option', { name: 'GBTwente' }));
    fireEvent.change(within(panel).getByLabelText(/Onderwerp/), { target: { value: 'Ontwerpbegroting 2029 (test)' } });
    fireEvent.change(within(panel).getByLabelText(/Ontvangen op/), { target: { value: '20-11-2026' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await within(panel).findByText('Vul het begrotingsjaar in: een (ontwerp)begroting of begrotingswijziging hoort bij een begrotingsjaar.');
    expect((within(panel).getByLabelText(/Onderwerp/) as HTMLInputElement).value).toBe('Ontwerpbegroting 2029 (test)');
    expect(await repositories.influenceCases.list()).toHaveLength(1);

    fireEvent.change(within(panel).getByLabelText(/Begrotingsjaar/), { target: { value: '2029' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Het traject Ontwerpbegroting 2029 (test) is opgeslagen.');
    const created = (await repositories.influenceCases.list()).find((item) => item.subject === 'Ontwerpbegroting 2029 (test)');
    expect(created).toMatchObject({ kind: 'ontwerpbegroting', budgetYear: 2029, receivedDate: '2026-11-20' });
    // The new case opens at once, with its steps.
    expect(await screen.findByRole('heading', { name: 'Ontwerpbegroting 2029 (test)' })).toBeTruthy();
  });
});
