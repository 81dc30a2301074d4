/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { PartnershipRegister } from '../../../../src/webparts/partnershipRegister/components/PartnershipRegister';
import { memoryUrlState } from '../../../../src/components/register';
import type { ItemQuery } from '../../../../src/data/ports';
import type { Meeting, MeetingBody, MeetingStatus, Municipality, Partnership, Stored } from '../../../../src/domain/models';
import { parseCalendarDate, zonedDateTime } from '../../../../src/domain/time';
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

function body(partnershipId: number, name: string, shortName: string, frequencyText: string): MeetingBody {
  return {
    partnershipId,
    name,
    shortName,
    category: 'bestuurlijk',
    isPublic: true,
    purpose: '',
    membersDescription: '',
    participantsDescription: '',
    occasionalGuests: '',
    members: [],
    externalMemberEmails: [],
    frequencyText,
    frequencyRuleJson: '',
    agendaOwner: '',
    organiser: '',
    minutesBy: '',
    location: '',
  };
}

function meeting(bodyId: number, partnershipId: number, date: string, status: MeetingStatus = 'gehouden'): Meeting {
  return {
    bodyId,
    partnershipId,
    title: 'Vergadering',
    start: zonedDateTime(date, '14:00'),
    end: zonedDateTime(date, '16:00'),
    location: '',
    status,
    isPublic: true,
  };
}

/** Holds every `list()` answer until the test releases it, to see what the register shows meanwhile. */
class HeldRepository<T extends object> extends InMemoryRepository<T> {
  private release: () => void = () => undefined;
  private readonly gate = new Promise<void>((resolve) => {
    this.release = resolve;
  });
  public open(): void {
    this.release();
  }
  public override async list(query?: ItemQuery): Promise<readonly Stored<T>[]> {
    const result = super.list(query);
    await this.gate;
    return result;
  }
}

const today = parseCalendarDate('2026-11-26');

function setup() {
  const partnerships = new HeldRepository<Partnership>([
    plain(1, { name: 'GBTwente', legalForm: 'gr-openbaar-lichaam' }),
    plain(2, { name: 'Regio Twente', legalForm: 'gr-openbaar-lichaam' }),
    plain(3, { name: 'Stichting zonder overleg', legalForm: 'stichting' }),
  ]);
  const municipalities = new InMemoryRepository<Municipality>([]);
  // Body ids follow insertion order: 1 AB GBTwente, 2 accounthoudersoverleg GBTwente, 3 AB Regio Twente.
  const meetingBodies = new HeldRepository<MeetingBody>([
    body(1, 'Algemeen Bestuur', 'AB', 'minimaal twee keer per jaar'),
    body(1, 'Accounthoudersoverleg', 'Accounthoudersoverleg', 'twee weken voorafgaand aan AB'),
    body(2, 'Algemeen Bestuur', 'AB', ''),
  ]);
  const meetings = new InMemoryRepository<Meeting>([
    meeting(1, 1, '2026-03-10'),
    meeting(1, 1, '2026-07-02'),
    meeting(2, 1, '2026-02-26'),
    meeting(3, 2, '2026-04-01'),
    meeting(3, 2, '2026-10-01'),
    // Outside the loaded range (before last year): never asked for.
    meeting(3, 2, '2024-05-01'),
  ]);
  return { partnerships, municipalities, meetingBodies, meetings };
}

function renderRegister(query: string, repositories: ReturnType<typeof setup>) {
  const urlState = memoryUrlState(query);
  render(<PartnershipRegister repositories={repositories} urlState={urlState} today={today} virtualize={false} />);
  return urlState;
}

function complianceCell(name: string): HTMLElement {
  const grid = screen.getByRole('grid', { name: 'Samenwerkingsverbanden' });
  const row = within(grid).getAllByRole('row').find((candidate) => within(candidate).queryByRole('rowheader')?.textContent === name);
  if (!row) throw new Error(`no row ${name}`);
  const cells = within(row).getAllByRole('gridcell');
  return cells[cells.length - 1];
}

describe('the register’s "Naleving vergaderfrequentie" column', () => {
  it('loads meetings only after the partnerships, shows a loading state, then the worst state with its reason', async () => {
    const repositories = setup();
    renderRegister('', repositories);
    // The partnerships are not there yet: nothing about meetings has been asked.
    await Promise.resolve();
    expect(repositories.meetingBodies.calls).toEqual([]);
    expect(repositories.meetings.calls).toEqual([]);

    repositories.partnerships.open();
    await screen.findByRole('grid', { name: 'Samenwerkingsverbanden' });
    expect(screen.getByRole('columnheader', { name: /Naleving vergaderfrequentie/ })).toBeTruthy();
    // The list paints while the bodies are still on their way.
    expect(within(complianceCell('GBTwente')).getByText('Naleving laden…')).toBeTruthy();

    repositories.meetingBodies.open();
    const badge = await within(complianceCell('GBTwente')).findByText('Geschonden');
    expect(badge.getAttribute('data-compliance-state')).toBe('violated');
    expect(complianceCell('GBTwente').textContent).toContain('Accounthoudersoverleg: geen vergadering in de 2 weken voor de AB-vergadering van 2 juli 2026.');
    expect(within(complianceCell('Regio Twente')).getByText('Voldaan')).toBeTruthy();
    expect(within(complianceCell('Stichting zonder overleg')).getByText('Geen overlegorganen')).toBeTruthy();

    // One list() each, the meetings from 1 January of last year on (an indexed MeetingStart filter).
    expect(repositories.meetingBodies.calls).toEqual([{ method: 'list', argument: {} }]);
    expect(repositories.meetings.calls).toEqual([
      { method: 'list', argument: { where: { property: 'start', op: 'ge', value: zonedDateTime('2025-01-01', '00:00') } } },
    ]);
  });

  it('filters on compliance from the URL, waiting for compliance instead of saying "no matches"', async () => {
    const repositories = setup();
    renderRegister('naleving=geschonden', repositories);
    repositories.partnerships.open();
    expect(await screen.findByText('Naleving laden…')).toBeTruthy();
    expect(screen.queryByRole('grid')).toBeNull();

    repositories.meetingBodies.open();
    const grid = await screen.findByRole('grid', { name: 'Samenwerkingsverbanden' });
    expect(within(grid).getAllByRole('row').slice(1).map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['GBTwente']);
    expect(screen.getByText('1 van 3 samenwerkingsverbanden')).toBeTruthy();
  });

  it('writes the chosen "Naleving" value into the query', async () => {
    const repositories = setup();
    repositories.partnerships.open();
    repositories.meetingBodies.open();
    const urlState = renderRegister('', repositories);
    await within(await screen.findByRole('grid')).findAllByText('Voldaan');
    fireEvent.click(screen.getByTestId('filter-naleving'));
    fireEvent.click(await screen.findByRole('option', { name: 'Voldaan' }));
    expect(urlState.current()).toBe('naleving=voldaan');
    const grid = await screen.findByRole('grid', { name: 'Samenwerkingsverbanden' });
    expect(within(grid).getAllByRole('row').slice(1).map((row) => within(row).getByRole('rowheader').textContent)).toEqual(['Regio Twente']);
  });

  it('keeps the list when compliance cannot be loaded, and says so', async () => {
    const repositories = setup();
    repositories.partnerships.open();
    repositories.meetingBodies.open();
    repositories.meetings.list = async () => {
      throw new Error('503');
    };
    renderRegister('', repositories);
    expect(await screen.findByText(/De naleving van de vergaderfrequentie kon niet worden geladen/)).toBeTruthy();
    expect(within(complianceCell('GBTwente')).getByText('Naleving niet beschikbaar')).toBeTruthy();
  });

  it('has no compliance column or filter when given no meeting repositories', async () => {
    const { partnerships, municipalities } = setup();
    partnerships.open();
    render(<PartnershipRegister repositories={{ partnerships, municipalities }} today={today} virtualize={false} />);
    await screen.findByRole('grid', { name: 'Samenwerkingsverbanden' });
    expect(screen.queryByRole('columnheader', { name: /Naleving/ })).toBeNull();
    expect(screen.queryByTestId('filter-naleving')).toBeNull();
  });
});
