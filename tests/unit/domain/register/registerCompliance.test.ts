import { evaluateAllCompliance, type MeetingOccurrence } from '../../../../src/domain/meetings';
import type { MeetingStatus, Partnership, Stored } from '../../../../src/domain/models';
import {
  applyRegisterView,
  DEFAULT_REGISTER_VIEW,
  EMPTY_REGISTER_FILTER,
  parseRegisterView,
  registerComplianceByPartnership,
  registerViewToQuery,
  toRegisterEntries,
  type RegisterContext,
} from '../../../../src/domain/register';
import { parseCalendarDate, zonedDateTime } from '../../../../src/domain/time';
import { storedPartnership } from '../../../support/partnershipFixtures';

const asOf = parseCalendarDate('2026-11-26');

function meeting(bodyId: number, date: string, status: MeetingStatus = 'gehouden'): MeetingOccurrence {
  return { bodyId, start: zonedDateTime(date, '14:00'), status };
}

const partnerships: Stored<Partnership>[] = [
  storedPartnership(1, { name: 'GBTwente', legalForm: 'gr-openbaar-lichaam' }),
  storedPartnership(2, { name: 'Regio Twente', legalForm: 'gr-openbaar-lichaam' }),
  storedPartnership(3, { name: 'Stichting Netwerk', legalForm: 'stichting' }),
  storedPartnership(4, { name: 'Zonder organen', legalForm: 'stichting' }),
  storedPartnership(5, { name: 'Onleesbaar', legalForm: 'stichting' }),
];
const bodies = [
  // GBTwente: AB met twice, but the accounthoudersoverleg missed the window before the July AB: violated.
  { id: 10, partnershipId: 1, name: 'Algemeen Bestuur', shortName: 'AB', frequencyText: 'minimaal twee keer per jaar', frequencyRuleJson: '' },
  { id: 11, partnershipId: 1, name: 'Accounthoudersoverleg', shortName: 'Accounthoudersoverleg', frequencyText: 'twee weken voorafgaand aan AB', frequencyRuleJson: '' },
  // Regio Twente: the AB met (Wgr floor), the DB held 2 of 3 with one planned in December: at risk.
  { id: 20, partnershipId: 2, name: 'Algemeen Bestuur', shortName: 'AB', frequencyText: '', frequencyRuleJson: '' },
  { id: 21, partnershipId: 2, name: 'Dagelijks Bestuur', shortName: 'DB', frequencyText: 'minimaal drie keer per jaar', frequencyRuleJson: '' },
  // Stichting Netwerk: met.
  { id: 30, partnershipId: 3, name: 'Bestuur', shortName: 'Bestuur', frequencyText: 'één keer per jaar (najaar)', frequencyRuleJson: '' },
  // Onleesbaar: a text the parser does not understand: unchecked.
  { id: 50, partnershipId: 5, name: 'Overleg', shortName: 'Overleg', frequencyText: 'als het zo uitkomt', frequencyRuleJson: '' },
];
const meetings: MeetingOccurrence[] = [
  meeting(10, '2026-03-10'),
  meeting(10, '2026-07-02'),
  meeting(11, '2026-02-26'),
  meeting(11, '2026-06-01'),
  meeting(20, '2026-04-01'),
  meeting(20, '2026-10-01'),
  meeting(21, '2026-02-01'),
  meeting(21, '2026-06-01'),
  meeting(21, '2026-12-10', 'gepland'),
  meeting(30, '2026-10-15'),
];

const compliance = registerComplianceByPartnership(evaluateAllCompliance({ partnerships, bodies, meetings }, asOf));
const context: RegisterContext = { today: asOf, municipalityNames: new Map(), compliance };
const entries = toRegisterEntries(partnerships, { today: asOf });
const names = (filter: typeof EMPTY_REGISTER_FILTER): string[] =>
  applyRegisterView(entries, filter, DEFAULT_REGISTER_VIEW.sort, context).map((entry) => entry.partnership.name);

describe('the register’s meeting-frequency compliance per partnership', () => {
  it('takes the worst state of the bodies, with the reason of the worst body', () => {
    expect(compliance.get(1)).toEqual({
      state: 'violated',
      bodyName: 'Accounthoudersoverleg',
      reason: 'Accounthoudersoverleg: geen vergadering in de 2 weken voor de AB-vergadering van 2 juli 2026.',
    });
    expect(compliance.get(2)).toMatchObject({ state: 'at-risk', bodyName: 'Dagelijks Bestuur' });
    expect(compliance.get(2)?.reason).toMatch(/^DB: 2 van minimaal 3 vergaderingen/);
    expect(compliance.get(3)?.state).toBe('met');
    expect(compliance.get(5)).toMatchObject({ state: 'unchecked', bodyName: 'Overleg' });
    expect(compliance.get(5)?.reason).toContain('als het zo uitkomt');
  });

  it('leaves out a partnership without meeting bodies: there is nothing to judge', () => {
    expect(compliance.has(4)).toBe(false);
  });
});

describe('the "Naleving" filter', () => {
  it('lives in the URL as naleving=voldaan|risico|geschonden and drops unknown values', () => {
    for (const value of ['voldaan', 'risico', 'geschonden'] as const) {
      const view = parseRegisterView(new URLSearchParams(`naleving=${value}`));
      expect(view.filter.compliance).toBe(value);
      expect(registerViewToQuery(view)).toEqual({ naleving: value });
    }
    expect(parseRegisterView(new URLSearchParams('naleving=slecht')).filter.compliance).toBeUndefined();
    expect(registerViewToQuery(DEFAULT_REGISTER_VIEW)).toEqual({});
  });

  it('keeps only partnerships whose worst body is in the chosen state', () => {
    expect(names(EMPTY_REGISTER_FILTER)).toEqual(['GBTwente', 'Onleesbaar', 'Regio Twente', 'Stichting Netwerk', 'Zonder organen']);
    expect(names({ ...EMPTY_REGISTER_FILTER, compliance: 'geschonden' })).toEqual(['GBTwente']);
    expect(names({ ...EMPTY_REGISTER_FILTER, compliance: 'risico' })).toEqual(['Regio Twente']);
    // Neither "unchecked" nor "no bodies" counts as met.
    expect(names({ ...EMPTY_REGISTER_FILTER, compliance: 'voldaan' })).toEqual(['Stichting Netwerk']);
  });

  it('combines with the other filters (AND)', () => {
    expect(names({ ...EMPTY_REGISTER_FILTER, compliance: 'geschonden', search: 'regio' })).toEqual([]);
    expect(names({ ...EMPTY_REGISTER_FILTER, compliance: 'risico', search: 'regio' })).toEqual(['Regio Twente']);
  });

  it('matches nothing while compliance is not known yet, rather than everything', () => {
    const unknown: RegisterContext = { today: asOf, municipalityNames: new Map() };
    expect(applyRegisterView(entries, { ...EMPTY_REGISTER_FILTER, compliance: 'voldaan' }, DEFAULT_REGISTER_VIEW.sort, unknown)).toEqual([]);
    expect(applyRegisterView(entries, EMPTY_REGISTER_FILTER, DEFAULT_REGISTER_VIEW.sort, unknown)).toHaveLength(5);
  });
});
