/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { PartnershipRegister } from '../../../../src/webparts/partnershipRegister/components/PartnershipRegister';
import { memoryUrlState } from '../../../../src/components/register';
import type { Meeting, MeetingBody, Municipality, Partnership } from '../../../../src/domain/models';
import type { RiskProfile } from '../../../../src/domain/riskProfile/models';
import { parseCalendarDate } from '../../../../src/domain/time';
import { InMemoryRepository } from '../../../support/inMemoryRepository';
import { storedPartnership } from '../../../support/partnershipFixtures';

/*
 * Issue 8 in the register: a partnership's risk profile sets its refresh interval and says so; a profile that asks
 * for preparatory meetings while the partnership has no internal body shows as its compliance reason.
 */

setIconOptions({ disableWarnings: true });
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

function plain(id: number, overrides: Partial<Partnership>): Partnership {
  const { id: _id, etag: _etag, ...value } = storedPartnership(id, overrides);
  return value;
}

const today = parseCalendarDate('2026-11-26');

function row(name: string): HTMLElement {
  const grid = screen.getByRole('grid', { name: 'Samenwerkingsverbanden' });
  const found = within(grid).getAllByRole('row').find((candidate) => within(candidate).queryByRole('rowheader')?.textContent === name);
  if (!found) throw new Error(`no row ${name}`);
  return found;
}

describe('the register with risk profiles', () => {
  it('judges freshness by the profile and says why; without a profile seed 004 applies silently', async () => {
    // Both not important (seed 004: a year) and refreshed on 15 July 2026.
    const partnerships = new InMemoryRepository<Partnership>([
      plain(1, { name: 'Met profiel', lastRefreshed: parseCalendarDate('2026-07-15') }),
      plain(2, { name: 'Zonder profiel', lastRefreshed: parseCalendarDate('2026-07-15') }),
    ]);
    const riskProfiles = new InMemoryRepository<RiskProfile>([
      { partnershipId: 1, answers: {}, score: 72, level: 'hoog', assessedOn: parseCalendarDate('2026-09-01'), notes: '' },
    ]);
    render(
      <PartnershipRegister
        repositories={{
          partnerships,
          municipalities: new InMemoryRepository<Municipality>([]),
          meetingBodies: new InMemoryRepository<MeetingBody>([]),
          meetings: new InMemoryRepository<Meeting>([]),
          riskProfiles,
        }}
        urlState={memoryUrlState('')}
        today={today}
        virtualize={false}
      />,
    );
    await screen.findByRole('grid', { name: 'Samenwerkingsverbanden' });
    // Hoog: every quarter, so refreshed in July is overdue by November.
    expect(await within(row('Met profiel')).findByText(/Risicoprofiel hoog: elk kwartaal actualiseren/)).toBeTruthy();
    expect(row('Met profiel').querySelector('[data-overdue="true"]')).not.toBeNull();
    expect(row('Zonder profiel').querySelector('[data-overdue="true"]')).toBeNull();
    expect(within(row('Zonder profiel')).queryByText(/Risicoprofiel/)).toBeNull();
    // No internal body: the profile's finding is the compliance reason.
    await within(row('Met profiel')).findAllByText(/Geen intern voorbereidend overleg vastgelegd/);
    expect(row('Met profiel').querySelector('[data-compliance-reason]')?.getAttribute('data-compliance-reason')).toBe(
      'Geen intern voorbereidend overleg vastgelegd; risicoprofiel hoog vraagt minimaal 10 keer per jaar.',
    );
    expect(row('Met profiel').querySelector('[data-compliance-state]')?.getAttribute('data-compliance-state')).toBe('at-risk');
  });
});
