/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { MyPartnerships } from '../../../../src/components/dashboard';
import type { Partnership, Stored } from '../../../../src/domain/models';
import type { RiskProfile } from '../../../../src/domain/riskProfile/models';
import { parseCalendarDate } from '../../../../src/domain/time';
import type { Repository } from '../../../../src/data/ports';
import { NOT_IMPORTANT, VALID_PARTNERSHIP } from '../../domain/examples';

setIconOptions({ disableWarnings: true });

const TODAY = parseCalendarDate('2026-11-26');
const ANNE = { userId: 11, displayName: 'Anne de Vries', email: 'a.devries@hofvantwente.example' };

/** Not important and refreshed five months ago: seed 004 asks for a yearly refresh, a high risk profile for a quarterly one. */
const partnership: Partnership = { ...VALID_PARTNERSHIP, importance: NOT_IMPORTANT, lastRefreshed: parseCalendarDate('2026-06-20'), accountHolder: ANNE };

/** Only `list` is read here; jsdom has no structuredClone for the in-memory repository's copies. */
function listing<T>(values: readonly T[]): Repository<T> {
  const stored: Stored<T>[] = values.map((value, index) => ({ ...value, id: index + 1, etag: '"1"' }));
  return { list: async () => stored } as unknown as Repository<T>;
}

function renderMine(profiles: readonly RiskProfile[]): void {
  render(
    <MyPartnerships
      partnerships={listing([partnership])}
      riskProfiles={listing(profiles)}
      directory={{ currentUser: async () => ANNE }}
      onOpen={() => undefined}
      today={TODAY}
    />,
  );
}

describe('Mijn samenwerkingsverbanden (the personal app)', () => {
  it('follows seed 004 without a risk profile: a partnership that is not important is not yet due', async () => {
    renderMine([]);
    const item = await screen.findByText(partnership.name);
    expect(within(item.closest('li') as HTMLElement).queryByText(/actualiseren is over tijd/)).toBeNull();
  });

  it('follows the newest risk profile: hoog asks for a refresh every three months, so the same partnership is overdue', async () => {
    renderMine([
      { partnershipId: 1, answers: {}, score: 20, level: 'laag', assessedOn: parseCalendarDate('2026-01-10'), notes: '' },
      { partnershipId: 1, answers: {}, score: 70, level: 'hoog', assessedOn: parseCalendarDate('2026-09-01'), notes: '' },
    ]);
    const item = await screen.findByText(partnership.name);
    expect(within(item.closest('li') as HTMLElement).getByText(/actualiseren is over tijd/)).toBeTruthy();
  });
});
