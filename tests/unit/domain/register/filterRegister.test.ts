import type { Partnership, Stored } from '../../../../src/domain/models';
import {
  applyRegisterView,
  EMPTY_REGISTER_FILTER,
  registerAccountHolders,
  registerDomains,
  sortRegisterEntries,
  toRegisterEntries,
  type RegisterContext,
  type RegisterFilter,
} from '../../../../src/domain/register';
import { parseCalendarDate } from '../../../../src/domain/time';
import { storedPartnership } from '../../../support/partnershipFixtures';

const today = parseCalendarDate('2026-11-26');
const context: RegisterContext = { today, municipalityNames: new Map([[1, 'Almelo'], [2, 'Hof van Twente'], [3, 'Enschede']]) };
const anne = { userId: 7, displayName: 'Anne de Vries', email: 'A.deVries@hofvantwente.example' };
const bram = { userId: 8, displayName: 'Bram Jansen', email: 'b.jansen@hofvantwente.example' };

const important = { societalTask: false, opportunities: false, risks: true, money: false, audiences: ['raad'] as const, explanation: '' };

const partnerships: Stored<Partnership>[] = [
  storedPartnership(1, {
    name: 'GBTwente',
    legalForm: 'gr-bedrijfsvoeringsorganisatie',
    taskLayers: ['bedrijfsvoering', 'uitvoering'],
    domain: 'Belastingen',
    participantIds: [1, 2],
    accountHolder: anne,
    importance: important,
    // Important: due quarterly, so 1 Aug + 3 months = 1 Nov: overdue on 26 Nov.
    lastRefreshed: parseCalendarDate('2026-08-01'),
  }),
  storedPartnership(2, {
    name: 'Stichting Coöperatief Netwerk',
    legalForm: 'stichting',
    bbvGroup: 'stichtingen-en-verenigingen',
    hasFinancialInterest: false,
    taskLayers: ['beleid'],
    domain: 'Sociaal domein',
    participantIds: [3],
    accountHolder: bram,
    status: 'in-voorbereiding',
    lastRefreshed: parseCalendarDate('2026-08-01'),
  }),
  storedPartnership(3, { name: 'Afvalsamenwerking', legalForm: 'nv-bv', bbvGroup: 'vennootschappen-en-cooperaties', taskLayers: ['strategie'], domain: 'sociaal DOMEIN', status: 'beeindigd' }),
];
const entries = toRegisterEntries(partnerships, context);

function names(filter: Partial<RegisterFilter>, sort = { key: 'naam' as const, descending: false }): string[] {
  return applyRegisterView(entries, { ...EMPTY_REGISTER_FILTER, ...filter }, sort, context).map((entry) => entry.partnership.name);
}

describe('filtering the register', () => {
  it('shows everything, by name, without a filter', () => {
    expect(names({})).toEqual(['Afvalsamenwerking', 'GBTwente', 'Stichting Coöperatief Netwerk']);
  });

  it('filters on task layer (any of the chosen), legal form, BBV group and status', () => {
    expect(names({ taskLayers: ['uitvoering', 'strategie'] })).toEqual(['Afvalsamenwerking', 'GBTwente']);
    expect(names({ legalForms: ['stichting'] })).toEqual(['Stichting Coöperatief Netwerk']);
    expect(names({ bbvGroups: ['vennootschappen-en-cooperaties'] })).toEqual(['Afvalsamenwerking']);
    expect(names({ statuses: ['actief', 'in-voorbereiding'] })).toEqual(['GBTwente', 'Stichting Coöperatief Netwerk']);
  });

  it('combines different filters with AND', () => {
    expect(names({ taskLayers: ['beleid', 'uitvoering'], statuses: ['actief'] })).toEqual(['GBTwente']);
  });

  it('matches domains regardless of case', () => {
    expect(names({ domains: ['Sociaal domein'] })).toEqual(['Afvalsamenwerking', 'Stichting Coöperatief Netwerk']);
    expect(registerDomains(partnerships)).toEqual(['Belastingen', 'Sociaal domein']);
  });

  it('tells verbonden partijen (bestuurlijk and financieel belang, BBV art. 1) from the rest', () => {
    expect(names({ verbondenPartij: true })).toEqual(['Afvalsamenwerking', 'GBTwente']);
    expect(names({ verbondenPartij: false })).toEqual(['Stichting Coöperatief Netwerk']);
  });

  it('filters on importance from any angle or from one angle (seed 004)', () => {
    expect(names({ importance: 'belangrijk' })).toEqual(['GBTwente']);
    expect(names({ importance: 'risicos' })).toEqual(['GBTwente']);
    expect(names({ importance: 'geld' })).toEqual([]);
    expect(names({ importance: 'niet-belangrijk' })).toEqual(['Afvalsamenwerking', 'Stichting Coöperatief Netwerk']);
  });

  it('filters on account holder by e-mail, regardless of case, and on "nobody assigned"', () => {
    expect(names({ accountHolders: ['a.devries@hofvantwente.example'] })).toEqual(['GBTwente']);
    expect(names({ accountHolders: ['-'] })).toEqual(['Afvalsamenwerking']);
    expect(registerAccountHolders(partnerships).map((person) => person.key)).toEqual(['a.devries@hofvantwente.example', 'b.jansen@hofvantwente.example']);
  });

  it('filters on participating municipality', () => {
    expect(names({ participantIds: [2] })).toEqual(['GBTwente']);
    expect(names({ participantIds: [2, 3] })).toEqual(['GBTwente', 'Stichting Coöperatief Netwerk']);
  });

  it('shows only overdue partnerships: quarterly when important, yearly otherwise, never refreshed counts as overdue', () => {
    // GBTwente is important and last refreshed in August; the foundation is not important, so August is recent enough.
    expect(names({ overdueOnly: true })).toEqual(['Afvalsamenwerking', 'GBTwente']);
  });

  it('searches without regard to case or accents, in name, domain, people and participant names, all words', () => {
    expect(names({ search: 'cooperatief' })).toEqual(['Stichting Coöperatief Netwerk']);
    expect(names({ search: 'BELASTING' })).toEqual(['GBTwente']);
    expect(names({ search: 'anne' })).toEqual(['GBTwente']);
    expect(names({ search: 'enschede' })).toEqual(['Stichting Coöperatief Netwerk']);
    expect(names({ search: 'hof twente' })).toEqual(['GBTwente']);
    expect(names({ search: 'hof onbekend' })).toEqual([]);
  });
});

describe('sorting the register', () => {
  it('sorts by name descending', () => {
    expect(names({}, { key: 'naam', descending: true } as never)).toEqual(['Stichting Coöperatief Netwerk', 'GBTwente', 'Afvalsamenwerking']);
  });

  it('sorts statuses and legal forms in the order of the law, not alphabetically', () => {
    const byStatus = sortRegisterEntries(entries, { key: 'status', descending: false }).map((entry) => entry.partnership.status);
    expect(byStatus).toEqual(['in-voorbereiding', 'actief', 'beeindigd']);
    const byForm = sortRegisterEntries(entries, { key: 'rechtsvorm', descending: false }).map((entry) => entry.partnership.legalForm);
    expect(byForm).toEqual(['gr-bedrijfsvoeringsorganisatie', 'stichting', 'nv-bv']);
  });

  it('puts empty values last in both directions', () => {
    for (const descending of [false, true]) {
      const byHolder = sortRegisterEntries(entries, { key: 'accounthouder', descending }).map((entry) => entry.partnership.name);
      expect(byHolder[2]).toBe('Afvalsamenwerking');
      const byRefresh = sortRegisterEntries(entries, { key: 'volgende', descending }).map((entry) => entry.partnership.name);
      expect(byRefresh[2]).toBe('Afvalsamenwerking');
    }
    // Next refresh: GBTwente on 1 Nov 2026 (quarterly), the foundation on 1 Aug 2027 (yearly).
    expect(sortRegisterEntries(entries, { key: 'volgende', descending: false }).map((entry) => entry.partnership.name)).toEqual(['GBTwente', 'Stichting Coöperatief Netwerk', 'Afvalsamenwerking']);
  });

  it('does not change the input', () => {
    const before = entries.map((entry) => entry.partnership.id);
    sortRegisterEntries(entries, { key: 'naam', descending: true });
    expect(entries.map((entry) => entry.partnership.id)).toEqual(before);
  });
});
