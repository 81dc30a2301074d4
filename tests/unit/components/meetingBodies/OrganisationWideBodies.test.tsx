/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { MeetingBodies } from '../../../../src/webparts/meetingBodies/components';
import { MeetingBodyForm } from '../../../../src/webparts/meetingBodies/components/MeetingBodyForm';
import type { MeetingBody, Stored, ZonedDateTime } from '../../../../src/domain/models';
import type { CalendarEvent, CalendarGateway } from '../../../../src/data/ports';
import { parseCalendarDate } from '../../../../src/domain/time';
import { createInMemoryRepositories, InMemoryDirectory, InMemoryRepository } from '../../../support/inMemoryRepository';
import { meetingBody, partnership } from '../../data/sampleValues';

/*
 * Seed 002 in the meeting bodies web part: "Organisatiebreed (alle samenwerkingsverbanden)" in the partnership
 * choice lists the regievoerders' meeting with its compliance, and a new body there is internal and belongs to no
 * partnership. Issue 8: the partnership's risk profile is named, and its floor shows in the internal body's rules.
 */

setIconOptions({ disableWarnings: true });
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

/** Nothing here sends invites; a call would be a defect. */
class UnusedCalendar implements CalendarGateway {
  public async createEvent(): Promise<CalendarEvent> {
    throw new Error('not expected');
  }
  public async updateEvent(): Promise<CalendarEvent> {
    throw new Error('not expected');
  }
  public async cancelEvent(): Promise<void> {
    throw new Error('not expected');
  }
  public async listEvents(): Promise<readonly CalendarEvent[]> {
    throw new Error('not expected');
  }
}

const at = (value: string): ZonedDateTime => value as ZonedDateTime;
const { partnershipId: _unused, ...bodyFields } = { ...meetingBody, members: [], bilateralMunicipalityId: undefined, frequencyRuleJson: '' };

async function setup() {
  const repositories = createInMemoryRepositories();
  const stored = await repositories.partnerships.create(partnership);
  await repositories.meetingBodies.create({ ...bodyFields, partnershipId: stored.id, name: 'Intern afstemmingsoverleg', shortName: 'Intern overleg', category: 'intern', frequencyText: 'minimaal twee keer per jaar' });
  const regievoerders = await repositories.meetingBodies.create({ ...bodyFields, name: 'Overleg regievoerders', shortName: 'Regievoerders', category: 'intern', isPublic: false, frequencyText: 'ieder kwartaal' });
  for (const [date, status] of [['2026-03-19', 'gehouden'], ['2026-06-11', 'gehouden'], ['2026-09-24', 'gehouden'], ['2026-12-17', 'gepland']] as const) {
    await repositories.meetings.create({ bodyId: regievoerders.id, title: `Regievoerders ${date}`, start: at(`${date}T10:00:00+01:00`), end: at(`${date}T11:30:00+01:00`), location: 'Goor', status, isPublic: false });
  }
  await repositories.riskProfiles.create({ partnershipId: stored.id, answers: {}, score: 75, level: 'hoog', assessedOn: parseCalendarDate('2026-10-15'), notes: '' });
  render(
    <MeetingBodies
      repositories={repositories}
      directory={new InMemoryDirectory({}, 'a.devries@hofvantwente.example')}
      calendar={new UnusedCalendar()}
      calendarOwner={{ kind: 'me' }}
      calendarKey="user:a.devries@hofvantwente.example"
      now={() => new Date('2026-11-26T09:00:00Z')}
    />,
  );
  return { repositories, partnershipName: stored.name };
}

async function choose(option: string): Promise<void> {
  fireEvent.click(await screen.findByRole('combobox', { name: /^Samenwerkingsverband/ }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

describe('organisation-wide bodies in the meeting bodies web part', () => {
  it('shows the partnership\'s risk profile and its floor on the internal body', async () => {
    const { partnershipName } = await setup();
    await screen.findByRole('heading', { name: `Overlegorganen van ${partnershipName}` });
    expect(screen.getByText('Risicoprofiel hoog (vastgesteld 15 oktober 2026): intern voorbereidend overleg minimaal 10 keer per jaar.')).toBeTruthy();
    const row = screen.getByRole('button', { name: 'Intern afstemmingsoverleg' }).closest('tr') as HTMLElement;
    expect(within(row).getByText(/Risicoprofiel hoog: minimaal 10 keer per jaar/)).toBeTruthy();
    expect(within(row).getByText(/0 van minimaal 10 vergaderingen in 2026 gehouden \(risicoprofiel hoog\)/)).toBeTruthy();
  });

  it('lists the regievoerders\' meeting under "Organisatiebreed" with its compliance', async () => {
    await setup();
    await choose('Organisatiebreed (alle samenwerkingsverbanden)');
    await screen.findByRole('heading', { name: 'Organisatiebrede overlegorganen' });
    const row = screen.getByRole('button', { name: 'Overleg regievoerders' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('Intern overleg')).toBeTruthy();
    expect(within(row).getByText('Regievoerders: 0 van minimaal 1 vergadering in het 4e kwartaal van 2026 gehouden, 1 gepland.')).toBeTruthy();
    // Only the organisation-wide body is listed, and bilateral bodies make no sense here.
    expect(screen.queryByRole('button', { name: 'Intern afstemmingsoverleg' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Bilaterale overleggen genereren' })).toBeNull();
  });

  it('creates a new organisation-wide body as internal, prefilled from seed 002, without a partnership', async () => {
    const { repositories } = await setup();
    await choose('Organisatiebreed (alle samenwerkingsverbanden)');
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw overlegorgaan' }));
    expect((screen.getByRole('textbox', { name: 'Deelnemers' }) as HTMLTextAreaElement).value).toBe('Alle gemeentelijke regievoerders');
    fireEvent.change(screen.getByRole('textbox', { name: /^Naam/ }), { target: { value: 'Regievoerders Twente' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Frequentie' }), { target: { value: 'minimaal twee keer per jaar' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Regievoerders Twente is opgeslagen.');
    const created = (await repositories.meetingBodies.list()).find((body) => body.name === 'Regievoerders Twente');
    expect(created).toMatchObject({ category: 'intern', participantsDescription: 'Alle gemeentelijke regievoerders' });
    expect(created?.partnershipId).toBeUndefined();
  });
});

describe('the body form for an internal body', () => {
  function setupForm(partnershipId: number | undefined) {
    const repository = new InMemoryRepository<MeetingBody>();
    const saved: Stored<MeetingBody>[] = [];
    render(<MeetingBodyForm partnershipId={partnershipId} repository={repository} directory={new InMemoryDirectory({})} onSaved={(body) => saved.push(body)} onCancel={() => undefined} />);
    return { repository, saved };
  }
  const chooseCategory = async (label: string): Promise<void> => {
    fireEvent.click(screen.getByRole('combobox', { name: /^Categorie/ }));
    fireEvent.click(await screen.findByRole('option', { name: label }));
  };
  const value = (label: string | RegExp): string => (screen.getByRole('textbox', { name: label }) as HTMLTextAreaElement).value;

  it('fills in purpose and participants after recommendation 8 when "Intern overleg" is chosen', async () => {
    setupForm(1);
    await chooseCategory('Intern overleg');
    expect(value('Deelnemers')).toBe('Regievoerder; advies beleid, financiën en juridisch; uitvoering; waar mogelijk kwaliteitsmedewerkers');
    expect(value('Taak / doel')).toMatch(/^Structureel intern afstemmingsoverleg/);
    expect(await screen.findByText(/volgens aanbeveling 8 van het verbeterplan/)).toBeTruthy();
  });

  it('never replaces what the user typed', async () => {
    setupForm(1);
    fireEvent.change(screen.getByRole('textbox', { name: 'Taak / doel' }), { target: { value: 'Eigen doel' } });
    await chooseCategory('Intern overleg');
    expect(value('Taak / doel')).toBe('Eigen doel');
    expect(value('Deelnemers')).toBe('');
  });

  it('refuses an organisation-wide body of another category with a Dutch message at the category, storing nothing', async () => {
    const { repository, saved } = setupForm(undefined);
    fireEvent.change(screen.getByRole('textbox', { name: /^Naam/ }), { target: { value: 'Bestuurlijk overleg' } });
    await chooseCategory('Formeel');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Kies het samenwerkingsverband. Alleen een intern overleg kan organisatiebreed zijn (zonder samenwerkingsverband).')).toBeTruthy();
    expect(value(/^Naam/)).toBe('Bestuurlijk overleg');
    await waitFor(() => expect(repository.snapshot()).toEqual([]));
    expect(saved).toEqual([]);
  });
});
