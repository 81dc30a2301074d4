/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { ActionPanel } from '../../../../src/webparts/steering/components/ActionPanel';
import type { ImprovementAction, Partnership, Stored } from '../../../../src/domain/models';
import { InMemoryDirectory, InMemoryRepository } from '../../../support/inMemoryRepository';

setIconOptions({ disableWarnings: true });
// jsdom's window has no structuredClone; the in-memory repository copies plain data with it.
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
}

const PEOPLE = { 'a.devries@hofvantwente.example': 'Anne de Vries' };
const PARTNERSHIPS = [{ id: 3, etag: '"1"', name: 'Veiligheidsregio Twente' } as Stored<Partnership>];

function setup(existing?: ImprovementAction) {
  const repository = new InMemoryRepository<ImprovementAction>(existing ? [existing] : []);
  const saved: Stored<ImprovementAction>[] = [];
  const stored = existing ? repository.snapshot()[0] : undefined;
  render(
    <ActionPanel
      action={stored}
      defaultPlan="Verbeterplan verbonden partijen deel 2"
      partnerships={PARTNERSHIPS}
      repository={repository}
      directory={new InMemoryDirectory(PEOPLE)}
      onSaved={(item) => saved.push(item)}
      onDismiss={() => undefined}
    />,
  );
  return { repository, saved, stored };
}

function type(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('ActionPanel', () => {
  it('shows Dutch messages per field and keeps what was typed', async () => {
    const { repository, saved } = setup();
    type('Aanbeveling', 'Leg afspraken vast.');
    type('Eigenaar (e-mailadres)', 'onbekend@hofvantwente.example');
    type('Planning', '31-02-2027');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Vul een nummer in.')).toBeTruthy();
    expect(screen.getByText('Vul de planning in als jjjj-mm-dd: dit is geen bestaande datum (2027-02-31).')).toBeTruthy();
    expect((screen.getByLabelText('Aanbeveling') as HTMLTextAreaElement).value).toBe('Leg afspraken vast.');
    expect((screen.getByLabelText('Planning') as HTMLInputElement).value).toBe('31-02-2027');
    expect(repository.calls.filter((call) => call.method === 'create')).toEqual([]);

    // A person SharePoint does not know is refused at save, with the address in the message.
    type('Nummer', '11');
    type('Planning', '28-02-2027');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Deze persoon is niet gevonden: onbekend@hofvantwente.example')).toBeTruthy();

    type('Eigenaar (e-mailadres)', 'a.devries@hofvantwente.example');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ number: '11', plannedDate: '2027-02-28', owner: { displayName: 'Anne de Vries' }, status: 'open', response: 'nog-te-bepalen' });
    expect(saved[0].partnershipId).toBeUndefined();
  });

  it('surfaces a 412 conflict with the current version instead of overwriting it', async () => {
    const existing: ImprovementAction = {
      number: '9', plan: 'Verbeterplan', recommendation: 'Voer een jaarlijkse evaluatie in.', response: 'overgenomen',
      responseExplanation: '', action: 'Evaluatie plannen', status: 'open',
    };
    const { repository, saved, stored } = setup(existing);
    if (!stored) throw new Error('no stored action');
    // Someone else saves first.
    await repository.update(stored.id, { status: 'lopend', action: 'Evaluatie gepland in maart' }, stored.etag);

    type('Actie', 'Mijn wijziging');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/Iemand anders heeft dit item intussen gewijzigd/)).toBeTruthy();
    expect(screen.getByText(/Huidige versie: Lopend · Niet toegewezen · Geen planning · Evaluatie gepland in maart/)).toBeTruthy();
    expect(repository.snapshot()[0].action).toBe('Evaluatie gepland in maart');
    expect((screen.getByLabelText('Actie') as HTMLTextAreaElement).value).toBe('Mijn wijziging');
    expect(saved).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Mijn versie toch opslaan' }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(repository.snapshot()[0].action).toBe('Mijn wijziging');
  });
});
