/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { MeetingBodyForm } from '../../../../src/webparts/meetingBodies/components/MeetingBodyForm';
import type { MeetingBody, Stored } from '../../../../src/domain/models';
import { InMemoryDirectory, InMemoryRepository } from '../../../support/inMemoryRepository';
import { meetingBody } from '../../data/sampleValues';

setIconOptions({ disableWarnings: true });
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

const directory = new InMemoryDirectory({ 'w.smit@hofvantwente.example': 'Wim Smit' });

function setup(body?: Stored<MeetingBody>, repository = new InMemoryRepository<MeetingBody>()) {
  const saved: Stored<MeetingBody>[] = [];
  render(<MeetingBodyForm partnershipId={1} body={body} repository={repository} directory={directory} onSaved={(stored) => saved.push(stored)} onCancel={() => undefined} />);
  return { repository, saved };
}

function type(label: string | RegExp, value: string): void {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
}

describe('the meeting body form', () => {
  it('shows the parsed frequency back in Dutch, and flags a text it cannot read without losing it', async () => {
    setup();
    type('Frequentie', 'minimaal drie keer per jaar');
    expect(screen.getByText(/Gelezen als: Minimaal 3 keer per jaar/)).toBeTruthy();

    type('Frequentie', 'als het zo uitkomt');
    // Fluent renders message bars and field errors a moment later (DelayedRender, for screen readers).
    expect(await screen.findByText(/Deze frequentie kan niet automatisch worden gelezen/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Frequentie' }) as HTMLInputElement).value).toBe('als het zo uitkomt');
  });

  it('refuses bad input with Dutch messages at the fields, keeps what was typed and stores nothing', async () => {
    const { repository, saved } = setup();
    type(/Externe leden/, 'wethouder@almelo\nsecretaris@regiotwente.example');
    type(/Leden die een uitnodiging krijgen/, 'onbekend@elders.example');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await screen.findByText('Dit is geen geldig e-mailadres: wethouder@almelo');
    expect(await screen.findByText('Vul een naam in.')).toBeTruthy();
    expect(await screen.findByText(/onbekend@elders.example is geen bekende gebruiker/)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Externe leden/ }) as HTMLTextAreaElement).value).toBe('wethouder@almelo\nsecretaris@regiotwente.example');
    expect(repository.snapshot()).toEqual([]);
    expect(saved).toEqual([]);
  });

  it('saves a new body with its members resolved to site users and the parsed rule stored', async () => {
    const { repository, saved } = setup();
    type(/^Naam/, 'Algemeen bestuur');
    type(/Korte naam/, 'AB');
    type(/Leden die een uitnodiging krijgen/, 'w.smit@hofvantwente.example');
    type(/Externe leden/, 'voorzitter@enschede.example');
    type('Frequentie', 'minimaal twee keer per jaar');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    const [stored] = repository.snapshot();
    expect(stored).toMatchObject({ name: 'Algemeen bestuur', shortName: 'AB', partnershipId: 1, externalMemberEmails: ['voorzitter@enschede.example'] });
    expect(stored.members).toEqual([expect.objectContaining({ displayName: 'Wim Smit', email: 'w.smit@hofvantwente.example' })]);
    expect(JSON.parse(stored.frequencyRuleJson)).toEqual(expect.anything());
  });

  it('surfaces a concurrent change instead of overwriting it, and can load the other version', async () => {
    const repository = new InMemoryRepository<MeetingBody>([{ ...meetingBody, members: [] }]);
    const [original] = repository.snapshot();
    setup(original, repository);
    // Someone else saves first.
    await repository.update(original.id, { frequencyText: 'ieder kwartaal' }, original.etag);
    type('Frequentie', 'minimaal vier keer per jaar');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    await screen.findByText(/Iemand anders heeft dit overlegorgaan intussen gewijzigd/);
    expect(repository.snapshot()[0].frequencyText).toBe('ieder kwartaal');
    expect((screen.getByRole('textbox', { name: 'Frequentie' }) as HTMLInputElement).value).toBe('minimaal vier keer per jaar');

    fireEvent.click(screen.getByRole('button', { name: 'Hun versie laden' }));
    expect((screen.getByRole('textbox', { name: 'Frequentie' }) as HTMLInputElement).value).toBe('ieder kwartaal');
  });
});
