import type {
  Contact,
  FinancialFigures,
  ImprovementAction,
  Importance,
  Meeting,
  MeetingBody,
  Partnership,
  PartnershipDocument,
  ProcessMoment,
} from '../../../src/domain/models';
import { parseCalendarDate, parseZonedDateTime } from '../../../src/domain/time';

/** Valid values of every model, for tests that change one field at a time. */

export const NOT_IMPORTANT: Importance = {
  societalTask: false,
  opportunities: false,
  risks: false,
  money: false,
  audiences: [],
  explanation: '',
};

export const VALID_PARTNERSHIP: Partnership = {
  name: 'Gemeentelijk Belastingkantoor Twente (GBTwente)',
  legalForm: 'gr-openbaar-lichaam',
  bbvGroup: 'gemeenschappelijke-regelingen',
  hasAdministrativeInterest: true,
  hasFinancialInterest: true,
  taskLayers: ['uitvoering'],
  domain: 'Samenwerking in de backoffice bedrijfsvoering',
  participantIds: [1, 2, 3],
  seat: 'Hengelo',
  publicInterest: 'Heffen en innen van gemeentelijke belastingen.',
  portfolioHolder: { userId: 12, displayName: 'Wim Smit', email: 'w.smit@hofvantwente.example' },
  accountHolder: { userId: 10, displayName: 'Anne de Vries', email: 'a.devries@hofvantwente.example' },
  importance: { societalTask: false, opportunities: false, risks: true, money: true, audiences: ['raad', 'college'], explanation: 'Demo.' },
  risks: '',
  lastRefreshed: parseCalendarDate('2026-07-15'),
  status: 'actief',
  evaluationPeriodYears: 4,
  website: 'https://www.gbtwente.nl',
};

export const VALID_BODY: MeetingBody = {
  partnershipId: 1,
  name: 'Algemeen Bestuur',
  shortName: 'AB',
  category: 'formeel',
  isPublic: true,
  purpose: 'is geregeld in de GR',
  membersDescription: 'per gemeente één aangewezen lid college',
  participantsDescription: 'secretaris (directeur GBTwente), bestuursondersteuning GBTwente',
  occasionalGuests: '',
  members: [{ userId: 12, displayName: 'Wim Smit', email: 'w.smit@hofvantwente.example' }],
  externalMemberEmails: ['ab-lid@almelo.example'],
  frequencyText: 'minimaal drie keer per jaar',
  frequencyRuleJson: '',
  agendaOwner: 'dagelijks bestuur (DB)',
  organiser: 'bestuursondersteuning GBTwente',
  minutesBy: 'bestuursondersteuning GBTwente',
  location: 'kantoor GBTwente',
};

export const VALID_MEETING: Meeting = {
  bodyId: 1,
  partnershipId: 1,
  title: 'AB GBTwente',
  start: parseZonedDateTime('2026-12-10T14:00:00+01:00'),
  end: parseZonedDateTime('2026-12-10T16:00:00+01:00'),
  location: 'kantoor GBTwente',
  status: 'gepland',
  isPublic: true,
};

export const NOW = new Date('2026-11-26T10:00:00Z');

export const VALID_DOCUMENT: PartnershipDocument = {
  partnershipId: 1,
  title: 'Ontwerpbegroting 2027',
  fileName: 'Ontwerpbegroting 2027.pdf',
  documentType: 'ontwerpbegroting',
  year: 2027,
  isPublic: true,
};

export const VALID_MOMENT: ProcessMoment = {
  partnershipId: 1,
  kind: 'invloed',
  subject: 'Zienswijze ontwerpbegroting 2027',
  date: parseCalendarDate('2026-06-18'),
  isDeadline: true,
  audiences: ['raad'],
  status: 'afgerond',
  source: 'handmatig',
  isPublic: true,
  notes: '',
};

export const VALID_ACTION: ImprovementAction = {
  number: 'A',
  plan: 'Verbeterplan verbonden partijen deel 1',
  recommendation: 'Voer een discussie over de rollenscheiding zowel op bestuurlijk als op ambtelijk niveau.',
  response: 'nog-te-bepalen',
  responseExplanation: '',
  action: '',
  status: 'open',
};

export const VALID_CONTACT: Contact = {
  name: 'Strategisch adviseur GBTwente',
  organisation: 'GBTwente',
  role: 'Strategisch adviseur',
  expertise: 'Heffingen en belastingen',
  email: 'strategisch.adviseur@gbtwente.example',
  phone: '',
};

export const VALID_FIGURES: FinancialFigures = {
  partnershipId: 1,
  year: 2026,
  kind: 'begroting',
  contribution: 1_250_000,
  equityStart: 400_000,
  result: 0,
  explanation: 'Demo-bedragen.',
};

/** A deep copy frozen at every level, so a function that mutates its input throws in strict mode. */
export function deepFrozen<T>(value: T): T {
  const copy = structuredClone(value);
  freezeDeep(copy);
  return copy;
}

function freezeDeep(value: unknown): void {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const nested of Object.values(value)) {
      freezeDeep(nested);
    }
  }
}
