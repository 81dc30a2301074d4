import { DEMO_MUNICIPALITY, DEMO_PEOPLE } from './people';
import { GBTWENTE } from './partnerships';
import type { DemoMeetingBody } from './types';

/*
 * Seed 000 (Bijlage I Relatiebeheer GBTwente): every meeting body, with the texts exactly as written
 * (including the source's own spacing and capitals). "Taak" and "Doel" become `purpose`; "Leden" and,
 * where the source has no Leden, "Wie" become `membersDescription`; "Deelnemer" becomes
 * `participantsDescription`; "Incidenteel" and "Toehoorders" become `occasionalGuests`.
 * Only the AB is marked Openbaar in the source; every other body is not public.
 * The bilateral bodies are held with each participant; this register belongs to Hof van Twente, so its
 * bilateral bodies are those with Hof van Twente.
 * The structured frequency rule is left empty: the frequency-rule parser is a later issue.
 * Members: the demo's site users; members from other municipalities have fictional `.example` addresses.
 */

const GBTWENTE_OFFICE = 'kantoor GBTwente';
const PARTICIPANT_OR_OFFICE = 'locatie deelnemer of kantoor GBTwente';
const ADVISERS_ON_INVITATION = '(staf- of strategisch) adviseurs GBTwente of extern adviseur op uitnodiging';
const BESTUURSONDERSTEUNING = 'bestuursondersteuning GBTwente';
const THEME_AGENDA = 'afhankelijk van thema, actualiteit';

const body = (fields: Omit<DemoMeetingBody, 'partnershipName' | 'frequencyRuleJson' | 'memberEmails' | 'externalMemberEmails'> &
  Partial<Pick<DemoMeetingBody, 'memberEmails' | 'externalMemberEmails'>>): DemoMeetingBody => ({
  partnershipName: GBTWENTE,
  frequencyRuleJson: '',
  memberEmails: [],
  externalMemberEmails: [],
  ...fields,
});

export const GBTWENTE_BODY_NAMES = {
  ab: 'Algemeen Bestuur – AB',
  db: 'Dagelijks Bestuur – DB',
  accounthoudersoverleg: 'Accounthoudersoverleg',
  evaluatieDvo: 'Evaluatie DVO',
  bilateraalBestuurlijk: 'Periodiek bilateraal bestuurlijk',
  bilateraalDirectie: 'Periodiek bilateraal directie',
  bilateraalHoofdBedrijfsvoering: 'Periodiek bilateraal hoofd bedrijfsvoering',
  bilateraalAccounthouders: 'Periodiek bilateraal accounthouders',
  overlegManagersDienstverlening: 'Overleg managers dienstverlening',
  bilateraalManagerDienstverlening: 'Periodiek bilateraal manager dienstverlening',
} as const;

export const GBTWENTE_BODIES: readonly DemoMeetingBody[] = [
  // 1. Formeel relatiebeheer
  body({
    name: GBTWENTE_BODY_NAMES.ab,
    shortName: 'AB',
    category: 'formeel',
    isPublic: true,
    purpose: 'is geregeld in de GR',
    membersDescription: 'per gemeente één aangewezen lid college',
    participantsDescription: 'secretaris (directeur GBTwente), bestuursondersteuning GBTwente',
    occasionalGuests: ADVISERS_ON_INVITATION,
    memberEmails: [DEMO_PEOPLE.wimSmit.email],
    externalMemberEmails: ['ab-lid.gbtwente@almelo.example', 'ab-lid.gbtwente@enschede.example', 'ab-lid.gbtwente@hengelo.example'],
    frequencyText: 'minimaal drie keer per jaar',
    agendaOwner: 'dagelijks bestuur (DB)',
    organiser: BESTUURSONDERSTEUNING,
    minutesBy: BESTUURSONDERSTEUNING,
    location: GBTWENTE_OFFICE,
  }),
  body({
    name: GBTWENTE_BODY_NAMES.db,
    shortName: 'DB',
    category: 'formeel',
    isPublic: false,
    purpose: 'is geregeld in de GR en in het delegatiebesluit van AB aan DB',
    membersDescription: 'drie leden van het AB . Eén ervan is voorzitter, één ervan is vicevoorzitter',
    participantsDescription: 'secretaris (directeur GBTwente), bestuursondersteuning GBTwente',
    occasionalGuests: ADVISERS_ON_INVITATION,
    externalMemberEmails: ['ab-lid.gbtwente@enschede.example', 'ab-lid.gbtwente@hengelo.example'],
    frequencyText: 'minimaal vier keer per jaar',
    agendaOwner: 'directeur GBTwente in overleg met voorzitter en vicevoorzitter',
    organiser: BESTUURSONDERSTEUNING,
    minutesBy: BESTUURSONDERSTEUNING,
    location: GBTWENTE_OFFICE,
  }),
  body({
    name: GBTWENTE_BODY_NAMES.accounthoudersoverleg,
    shortName: 'Accounthoudersoverleg',
    category: 'formeel',
    isPublic: false,
    purpose:
      'informatie over agendapunten AB, m.n. financiële stukken. Accounthouders adviseren hun portefeuillehouder vanuit het perspectief van het gemeentelijk belang',
    membersDescription: 'accounthouders van de gemeenten',
    participantsDescription: 'directeur GBTwente, bestuursondersteuning GBTwente',
    occasionalGuests: ADVISERS_ON_INVITATION,
    memberEmails: [DEMO_PEOPLE.anneDeVries.email],
    externalMemberEmails: ['accounthouder.gbtwente@almelo.example', 'accounthouder.gbtwente@enschede.example', 'accounthouder.gbtwente@hengelo.example'],
    frequencyText: 'twee weken voorafgaand aan AB (minimaal drie keer per jaar)',
    agendaOwner: 'directeur GBTwente',
    organiser: BESTUURSONDERSTEUNING,
    minutesBy: BESTUURSONDERSTEUNING,
    location: GBTWENTE_OFFICE,
  }),
  body({
    name: GBTWENTE_BODY_NAMES.evaluatieDvo,
    shortName: 'Evaluatie DVO',
    category: 'formeel',
    isPublic: false,
    purpose: 'jaarlijkse evaluatie van de dienstverleningsovereenkomst per gemeente',
    membersDescription: 'accounthouder en manager dienstverlening van de gemeente, (manager en) strategisch adviseur van het GBTwente',
    participantsDescription: '',
    occasionalGuests: '',
    memberEmails: [DEMO_PEOPLE.anneDeVries.email],
    frequencyText: 'één keer per jaar (najaar)',
    agendaOwner: 'accounthouder gemeente en (manager) GBTwente',
    organiser: BESTUURSONDERSTEUNING,
    minutesBy: BESTUURSONDERSTEUNING,
    location: PARTICIPANT_OR_OFFICE,
    bilateralMunicipalityName: DEMO_MUNICIPALITY,
  }),

  // 2. Bestuurlijk relatiebeheer
  body({
    name: GBTWENTE_BODY_NAMES.bilateraalBestuurlijk,
    shortName: 'Bilateraal bestuurlijk',
    category: 'bestuurlijk',
    isPublic: false,
    purpose: 'bespreking met individuele bestuursleden deelnemers. Geen collectief overleg. Bespreking evaluatief, voortgang, thematische punten',
    membersDescription: 'directeur GBTwente en bestuurders gemeenten',
    participantsDescription: '',
    occasionalGuests: '',
    memberEmails: [DEMO_PEOPLE.wimSmit.email],
    frequencyText: 'op behoefte (minimaal één keer per jaar)',
    agendaOwner: THEME_AGENDA,
    organiser: BESTUURSONDERSTEUNING,
    minutesBy: 'Geen',
    location: PARTICIPANT_OR_OFFICE,
    bilateralMunicipalityName: DEMO_MUNICIPALITY,
  }),
  body({
    name: GBTWENTE_BODY_NAMES.bilateraalDirectie,
    shortName: 'Bilateraal directie',
    category: 'bestuurlijk',
    isPublic: false,
    purpose: 'bespreking met individuele directies deelnemers. Geen collectief overleg. Bespreking evaluatief, voortgang, thematische punten',
    membersDescription: 'directeur GBTwente en gemeentesecretarissen gemeenten',
    participantsDescription: '',
    occasionalGuests: '',
    frequencyText: 'op behoefte (minimaal één keer per jaar)',
    agendaOwner: THEME_AGENDA,
    organiser: BESTUURSONDERSTEUNING,
    minutesBy: 'Geen',
    location: PARTICIPANT_OR_OFFICE,
    bilateralMunicipalityName: DEMO_MUNICIPALITY,
  }),

  // 3. Relatiebeheer Advies & Uitvoering
  body({
    name: GBTWENTE_BODY_NAMES.bilateraalHoofdBedrijfsvoering,
    shortName: 'Bilateraal hoofd bedrijfsvoering',
    category: 'advies-en-uitvoering',
    isPublic: false,
    purpose: 'bespreking met individuele hoofden bedrijfsvoering van de gemeenten. Bespreking over strategie, nieuwe ontwikkelingen en voortgang.',
    membersDescription: 'hoofd bedrijfsvoering gemeente en manager GBTwente, op behoefte accounthouder gemeente',
    participantsDescription: '',
    occasionalGuests: '',
    frequencyText: 'één keer per jaar',
    agendaOwner: THEME_AGENDA,
    organiser: 'strategisch adviseur GBTwente of accounthouder gemeente',
    minutesBy: 'geen',
    location: PARTICIPANT_OR_OFFICE,
    bilateralMunicipalityName: DEMO_MUNICIPALITY,
  }),
  body({
    name: GBTWENTE_BODY_NAMES.bilateraalAccounthouders,
    shortName: 'Bilateraal accounthouders',
    category: 'advies-en-uitvoering',
    isPublic: false,
    purpose:
      'bespreking met individuele accounthouders gemeenten. Geen collectief overleg. Bespreking evaluatief, voortgang, thematische punten op gebied van advies, heffingen en belastingen en gegevensuitwisseling.',
    membersDescription: 'accounthouder gemeente en strategisch adviseur GBTwente',
    participantsDescription: '',
    occasionalGuests: '',
    memberEmails: [DEMO_PEOPLE.anneDeVries.email],
    frequencyText: 'op behoefte (minimaal twee keer per jaar)',
    agendaOwner: THEME_AGENDA,
    organiser: 'strategisch adviseur GBTwente of accounthouder gemeente',
    minutesBy: 'geen',
    location: PARTICIPANT_OR_OFFICE,
    bilateralMunicipalityName: DEMO_MUNICIPALITY,
  }),

  // 4. Relatiebeheer Dienstverlening
  body({
    name: GBTWENTE_BODY_NAMES.overlegManagersDienstverlening,
    shortName: 'Overleg managers dienstverlening',
    category: 'dienstverlening',
    isPublic: false,
    purpose: 'gezamenlijke bespreking met managers dienstverlening gemeenten. Bespreking evaluatief, voortgang, thematische punten op gebied van inwonercontacten',
    membersDescription: 'manager(s) GBTwente en managers dienstverlening gemeente',
    participantsDescription: '',
    occasionalGuests: '',
    frequencyText: 'op behoefte (minimaal twee keer per jaar)',
    agendaOwner: THEME_AGENDA,
    organiser: 'manager GBTwente',
    minutesBy: 'geen',
    location: PARTICIPANT_OR_OFFICE,
  }),
  body({
    name: GBTWENTE_BODY_NAMES.bilateraalManagerDienstverlening,
    shortName: 'Bilateraal manager dienstverlening',
    category: 'dienstverlening',
    isPublic: false,
    purpose:
      'bespreking met individuele managers dienstverlening gemeenten. Geen collectief overleg. Bespreking evaluatief, voortgang, thematische punten op gebied van inwonercontacten',
    membersDescription: 'manager(s) GBTwente en manager dienstverlening gemeente',
    participantsDescription: '',
    occasionalGuests: 'op behoefte accounthouder gemeente',
    frequencyText: 'op behoefte (minimaal twee keer per jaar)',
    agendaOwner: THEME_AGENDA,
    organiser: 'manager GBTwente of manager dienstverlening gemeente',
    minutesBy: 'geen',
    location: PARTICIPANT_OR_OFFICE,
    bilateralMunicipalityName: DEMO_MUNICIPALITY,
  }),
];
