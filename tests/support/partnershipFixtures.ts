import type { Partnership, Stored } from '../../src/domain/models';

/** A complete stored partnership with plain defaults; a test names only what it is about. */
export function storedPartnership(id: number, overrides: Partial<Partnership> = {}): Stored<Partnership> {
  return {
    id,
    etag: `"${id}"`,
    name: `Samenwerkingsverband ${id}`,
    legalForm: 'gr-openbaar-lichaam',
    bbvGroup: 'gemeenschappelijke-regelingen',
    hasAdministrativeInterest: true,
    hasFinancialInterest: true,
    taskLayers: ['uitvoering'],
    domain: 'Bedrijfsvoering',
    participantIds: [],
    seat: 'Hengelo',
    publicInterest: '',
    importance: { societalTask: false, opportunities: false, risks: false, money: false, audiences: [], explanation: '' },
    risks: '',
    status: 'actief',
    ...overrides,
  };
}
