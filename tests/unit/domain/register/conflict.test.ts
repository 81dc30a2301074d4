import type { Partnership } from '../../../../src/domain/models';
import { changesBetween, conflictingProperties, defaultConflictChoice, resolveConflict } from '../../../../src/domain/register';
import { storedPartnership } from '../../../support/partnershipFixtures';

const { id: _id, etag: _etag, ...original } = storedPartnership(1, { name: 'GBTwente', seat: 'Hengelo', domain: 'Belastingen' });

describe('resolving an edit conflict', () => {
  const mine: Partnership = { ...original, seat: 'Enschede', risks: 'Nieuw risico' };
  const theirs: Partnership = { ...original, seat: 'Almelo', domain: 'Financiën', risks: 'Nieuw risico' };

  it('lists the properties where the versions differ, and who changed them', () => {
    expect(conflictingProperties(original, mine, theirs)).toEqual([
      { property: 'domain', changedByMe: false, changedByThem: true },
      { property: 'seat', changedByMe: true, changedByThem: true },
    ]);
  });

  it('keeps the other person’s change by default, and asks for a choice where the user changed something', () => {
    const [domain, seat] = conflictingProperties(original, mine, theirs);
    expect(defaultConflictChoice(domain)).toBe('theirs');
    expect(defaultConflictChoice(seat)).toBeUndefined();
  });

  it('builds the version to save from the choices, and sends only the difference with the stored version', () => {
    const resolved = resolveConflict(mine, theirs, { seat: 'mine', domain: 'theirs' });
    expect(resolved).toEqual({ ...theirs, seat: 'Enschede' });
    expect(changesBetween(theirs, resolved)).toEqual({ seat: 'Enschede' });
  });

  it('clears a field when the user’s version had it empty', () => {
    const withDate = { ...theirs, lastRefreshed: '2026-10-01' } as Partnership;
    const resolved = resolveConflict(mine, withDate, { lastRefreshed: 'mine' });
    expect('lastRefreshed' in resolved).toBe(false);
    expect(changesBetween(withDate, resolved)).toEqual({ lastRefreshed: undefined });
  });
});
