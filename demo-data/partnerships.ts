import type { Audience, Importance } from '../src/domain/models';
import { defaultBbvGroup } from '../src/domain/partnerships';
import { parseCalendarDate } from '../src/domain/time';
import { TWENTE_CORE_DOMAINS as DOMAIN } from './coreDomains';
import { OTHER_PUBLIC_BODIES, TWENTSE_GEMEENTEN } from './municipalities';
import { DEMO_MUNICIPALITY, DEMO_PEOPLE } from './people';
import type { DemoPartnership } from './types';

/*
 * The partnerships of gemeente Hof van Twente: GBTwente (seed 000) and the successes per task layer of
 * seed 001, with the importance of seed 004.
 *
 * Legal forms: a GR (openbaar lichaam) only where the seeds or common public knowledge say so
 * (GBTwente: seed 000 names its GR, AB and DB; Veiligheidsregio Twente: Wet veiligheidsregio's art. 9;
 * Regio Twente; Stadsbank Oost Nederland and Openbaar Lichaam Crematoria Twente by their names;
 * the omgevingsdienst, which the Omgevingswet requires to be an openbaar lichaam). Everything else
 * has no known legal form: a policy cooperation or pact is recorded as `convenant`, any other network
 * or shared service as `overig`. Those are not verbonden partijen (no bestuurlijk and financieel belang
 * is known), so both interests are false.
 *
 * Participants: for networks the seeds name (SSNT, seed 001) the seed's partners; for Twente-wide
 * bodies the 14 gemeenten; where the membership is not known from the seeds, a demo selection that
 * always includes Hof van Twente. Check the GR or statutes before relying on it.
 *
 * Importance (seed 004) and "laatst geactualiseerd" are a demo assessment, not the municipality's.
 * The refresh dates are chosen so that on 26 November 2026 some partnerships are overdue.
 */

export const GBTWENTE = 'GBTwente (Gemeentelijk Belastingkantoor Twente)';
export const VEILIGHEIDSREGIO_TWENTE = 'Veiligheidsregio Twente';
export const REGIO_TWENTE = 'Regio Twente';

const ALL_TWENTSE_GEMEENTEN: readonly string[] = TWENTSE_GEMEENTEN;
/** A demo selection of Twentse participants, used where the seeds do not give the membership. */
const DEMO_SELECTION: readonly string[] = ['Almelo', 'Borne', 'Enschede', 'Haaksbergen', 'Hengelo', 'Hof van Twente', 'Losser', 'Oldenzaal'];

const anne = DEMO_PEOPLE.anneDeVries.email;
const bram = DEMO_PEOPLE.bramJansen.email;
const wim = DEMO_PEOPLE.wimSmit.email;

const DEMO_ASSESSMENT = 'Demo-inschatting (Samenwerkingswijzer, seed 004), niet vastgesteld door de gemeente.';

function importance(
  angles: Partial<Pick<Importance, 'societalTask' | 'opportunities' | 'risks' | 'money'>>,
  audiences: readonly Audience[],
  reason: string,
): Importance {
  return {
    societalTask: angles.societalTask ?? false,
    opportunities: angles.opportunities ?? false,
    risks: angles.risks ?? false,
    money: angles.money ?? false,
    audiences,
    explanation: `${DEMO_ASSESSMENT} ${reason}`,
  };
}

const NOT_IMPORTANT_REASON = 'Geen van de vier invalshoeken weegt zwaar; jaarlijks actualiseren volstaat.';

/** A partnership of which only the name, task layer and domain are known (seed 001). */
function knownByNameOnly(
  name: string,
  legalForm: 'convenant' | 'overig',
  taskLayers: DemoPartnership['taskLayers'],
  domain: string,
  participantNames: readonly string[],
  publicInterest: string,
  accountHolderEmail: string,
  lastRefreshed: string | undefined,
): DemoPartnership {
  return {
    name,
    legalForm,
    bbvGroup: defaultBbvGroup(legalForm),
    hasAdministrativeInterest: false,
    hasFinancialInterest: false,
    taskLayers,
    domain,
    participantNames,
    seat: '',
    publicInterest,
    portfolioHolderEmail: wim,
    accountHolderEmail,
    importance: importance({}, [], NOT_IMPORTANT_REASON),
    risks: '',
    lastRefreshed: lastRefreshed === undefined ? undefined : parseCalendarDate(lastRefreshed),
    status: 'actief',
  };
}

export const DEMO_PARTNERSHIPS: readonly DemoPartnership[] = [
  // Seed 000: the partnership whose meeting bodies the demo describes in full.
  {
    name: GBTWENTE,
    legalForm: 'gr-openbaar-lichaam',
    bbvGroup: 'gemeenschappelijke-regelingen',
    hasAdministrativeInterest: true,
    hasFinancialInterest: true,
    taskLayers: ['uitvoering'],
    domain: DOMAIN.backOffice,
    participantNames: DEMO_SELECTION,
    seat: 'Hengelo',
    publicInterest: 'Heffen en innen van gemeentelijke belastingen en uitvoering van de Wet WOZ voor de deelnemende gemeenten.',
    portfolioHolderEmail: wim,
    accountHolderEmail: anne,
    importance: importance({ risks: true, money: true }, ['raad', 'college'], 'Via GBTwente loopt een groot deel van de gemeentelijke inkomsten; fouten in heffing of inning raken inwoners direct.'),
    risks: 'Continuïteit van de heffing en inning; kwaliteit van de WOZ-waardering; informatieveiligheid bij gegevensuitwisseling.',
    // Important, last refreshed 15 July: due 15 October, so overdue on 26 November 2026.
    lastRefreshed: parseCalendarDate('2026-07-15'),
    status: 'actief',
    website: 'https://www.gbtwente.nl',
  },

  // Seed 001, Bedrijfsvoering.
  {
    ...knownByNameOnly(
      'Shared Services Netwerk Twente (SSNT)',
      'overig',
      ['bedrijfsvoering'],
      DOMAIN.backOffice,
      [...ALL_TWENTSE_GEMEENTEN, ...OTHER_PUBLIC_BODIES],
      'Programmatisch samenwerken in de bedrijfsvoering langs de 4 K’s: kostenbesparing, minder kwetsbaarheid, kwaliteit van de dienstverlening en kansen voor medewerkers.',
      bram,
      '2026-09-01',
    ),
    importance: importance({ opportunities: true }, ['ambtelijke-organisatie'], 'Biedt kansen voor ICT, facilitaire zaken, P&O, juridische zaken en financiën (seed 001).'),
  },
  knownByNameOnly('Salarisadministratie', 'overig', ['bedrijfsvoering'], DOMAIN.backOffice, [DEMO_MUNICIPALITY], 'Gezamenlijke salarisadministratie; partners niet in de bron genoemd.', bram, '2026-03-01'),
  knownByNameOnly('Platform Werken voor de Twentse overheid', 'overig', ['bedrijfsvoering'], DOMAIN.backOffice, ALL_TWENTSE_GEMEENTEN, 'Gezamenlijk werkgeverschap en vacatures van de Twentse overheden.', bram, '2025-10-15'),
  knownByNameOnly('Twentse School', 'overig', ['bedrijfsvoering'], DOMAIN.backOffice, ALL_TWENTSE_GEMEENTEN, 'Gezamenlijk opleiden en ontwikkelen van medewerkers van de Twentse gemeenten.', bram, '2026-01-20'),
  knownByNameOnly('Regionale inkoopverbanden (aanbestedingskalender)', 'overig', ['bedrijfsvoering'], DOMAIN.backOffice, DEMO_SELECTION, 'Samen inkopen en aanbesteden met een gedeelde aanbestedingskalender.', bram, undefined),
  knownByNameOnly('Mediationgroep Achterhoek+ Twente', 'overig', ['bedrijfsvoering'], DOMAIN.backOffice, [DEMO_MUNICIPALITY], 'Uitwisselen van interne mediators tussen organisaties in de Achterhoek en Twente.', bram, '2026-02-10'),

  // Seed 001, Uitvoering.
  {
    ...knownByNameOnly('Werkplein (Midden) Twente', 'overig', ['uitvoering'], DOMAIN.other, DEMO_SELECTION, 'Gezamenlijke dienstverlening aan werkzoekenden en werkgevers.', anne, '2026-11-10'),
    importance: importance({ societalTask: true }, ['raad', 'college'], 'Werk en inkomen is een zwaarwegende maatschappelijke opgave.'),
  },
  knownByNameOnly('Sociaal Werkleerbedrijf', 'overig', ['uitvoering'], DOMAIN.other, [DEMO_MUNICIPALITY], 'Werk en ontwikkeling voor inwoners met afstand tot de arbeidsmarkt.', anne, '2025-06-30'),
  {
    name: 'Stadsbank Oost-Nederland',
    legalForm: 'gr-openbaar-lichaam',
    bbvGroup: 'gemeenschappelijke-regelingen',
    hasAdministrativeInterest: true,
    hasFinancialInterest: true,
    taskLayers: ['uitvoering'],
    domain: DOMAIN.other,
    participantNames: DEMO_SELECTION,
    seat: 'Enschede',
    publicInterest: 'Schuldhulpverlening en krediet voor inwoners van de deelnemende gemeenten.',
    portfolioHolderEmail: wim,
    accountHolderEmail: anne,
    importance: importance({ societalTask: true }, ['college'], 'Schuldhulpverlening raakt kwetsbare inwoners.'),
    risks: 'Toename van de vraag naar schuldhulp; kredietrisico’s.',
    // Important, due 20 November 2026: overdue on the 26th.
    lastRefreshed: parseCalendarDate('2026-08-20'),
    status: 'actief',
  },
  knownByNameOnly('Sociale Recherche Twente', 'overig', ['uitvoering'], DOMAIN.other, DEMO_SELECTION, 'Onderzoek naar misbruik van sociale voorzieningen.', anne, '2026-04-14'),
  {
    name: VEILIGHEIDSREGIO_TWENTE,
    legalForm: 'gr-openbaar-lichaam',
    bbvGroup: 'gemeenschappelijke-regelingen',
    hasAdministrativeInterest: true,
    hasFinancialInterest: true,
    taskLayers: ['uitvoering'],
    domain: DOMAIN.regionalSafety,
    participantNames: ALL_TWENTSE_GEMEENTEN,
    seat: 'Enschede',
    publicInterest: 'Brandweerzorg, rampenbestrijding en crisisbeheersing (Wet veiligheidsregio’s).',
    portfolioHolderEmail: wim,
    accountHolderEmail: bram,
    importance: importance(
      { societalTask: true, risks: true, money: true },
      ['raad', 'college', 'ambtelijke-organisatie'],
      'Wettelijke taak met grote maatschappelijke betekenis en een forse gemeentelijke bijdrage.',
    ),
    risks: 'Stijgende kosten van brandweerzorg; beschikbaarheid van vrijwilligers.',
    lastRefreshed: parseCalendarDate('2026-10-01'),
    status: 'actief',
    website: 'https://www.vrtwente.nl',
  },
  {
    name: 'Openbaar Lichaam Crematoria Twente',
    legalForm: 'gr-openbaar-lichaam',
    bbvGroup: 'gemeenschappelijke-regelingen',
    hasAdministrativeInterest: true,
    hasFinancialInterest: true,
    taskLayers: ['uitvoering'],
    domain: DOMAIN.other,
    participantNames: DEMO_SELECTION,
    seat: '',
    publicInterest: 'Beschikbaarheid van crematoriumvoorzieningen in Twente.',
    portfolioHolderEmail: wim,
    accountHolderEmail: anne,
    importance: importance({}, [], NOT_IMPORTANT_REASON),
    risks: '',
    lastRefreshed: undefined,
    status: 'actief',
  },
  knownByNameOnly('Gemeenschappelijk havenbeheer', 'overig', ['uitvoering'], DOMAIN.socioEconomic, [DEMO_MUNICIPALITY], 'Beheer van de havens aan het Twentekanaal.', anne, '2026-05-06'),
  knownByNameOnly('Procesmanagement huiselijk geweld', 'overig', ['uitvoering'], DOMAIN.socialDomain, [DEMO_MUNICIPALITY], 'Procesregie bij huiselijk geweld en kindermishandeling.', anne, '2026-06-15'),
  {
    name: 'Regionale uitvoeringsdienst Overijssel (ODT/RUD)',
    legalForm: 'gr-openbaar-lichaam',
    bbvGroup: 'gemeenschappelijke-regelingen',
    hasAdministrativeInterest: true,
    hasFinancialInterest: true,
    taskLayers: ['uitvoering'],
    domain: DOMAIN.permitsAndEnforcement,
    participantNames: ALL_TWENTSE_GEMEENTEN,
    seat: '',
    publicInterest: 'Vergunningverlening, toezicht en handhaving in het omgevingsrecht.',
    portfolioHolderEmail: wim,
    accountHolderEmail: bram,
    importance: importance({ risks: true }, ['college'], 'Risico’s bij toezicht en handhaving komen bij de gemeente terug.'),
    risks: 'Kwaliteit en tijdigheid van vergunningverlening en handhaving.',
    // Important and never refreshed: overdue.
    lastRefreshed: undefined,
    status: 'actief',
  },

  // Seed 001, Beleid.
  {
    ...knownByNameOnly('Samen14 Jeugd', 'convenant', ['beleid'], DOMAIN.socialDomain, ALL_TWENTSE_GEMEENTEN, 'Gezamenlijk jeugdbeleid en inkoop van jeugdhulp door de 14 Twentse gemeenten.', anne, '2026-06-01'),
    importance: importance({ societalTask: true, risks: true, money: true }, ['raad', 'college'], 'Jeugdhulp is een zware opgave met financiële risico’s.'),
    risks: 'Tekorten op jeugdhulp; afhankelijkheid van regionale inkoop.',
  },
  knownByNameOnly('Integraal veiligheidsbeleid', 'convenant', ['beleid'], DOMAIN.regionalSafety, DEMO_SELECTION, 'Afstemming van het lokale veiligheidsbeleid.', bram, '2026-02-27'),
  knownByNameOnly('Participatiebeleid', 'convenant', ['beleid'], DOMAIN.other, DEMO_SELECTION, 'Gezamenlijke voorbereiding van beleid voor de Participatiewet.', anne, '2026-08-05'),
  knownByNameOnly('Regionale woonvisie', 'convenant', ['beleid'], DOMAIN.other, ALL_TWENTSE_GEMEENTEN, 'Regionale afspraken over wonen.', bram, '2025-11-30'),
  knownByNameOnly('Gezondheidsbeleid', 'convenant', ['beleid'], DOMAIN.publicHealth, ALL_TWENTSE_GEMEENTEN, 'Gezamenlijk beleid voor publieke gezondheid.', anne, '2026-03-18'),
  knownByNameOnly('Landschapsontwikkelingsplan', 'convenant', ['beleid'], DOMAIN.other, [DEMO_MUNICIPALITY], 'Gezamenlijke visie op de ontwikkeling van het landschap.', bram, undefined),

  // Seed 001, Strategie.
  {
    name: REGIO_TWENTE,
    legalForm: 'gr-openbaar-lichaam',
    bbvGroup: 'gemeenschappelijke-regelingen',
    hasAdministrativeInterest: true,
    hasFinancialInterest: true,
    taskLayers: ['strategie', 'uitvoering'],
    domain: DOMAIN.socioEconomic,
    participantNames: ALL_TWENTSE_GEMEENTEN,
    seat: 'Enschede',
    publicInterest: 'Samenwerking van de 14 Twentse gemeenten aan de Twentse agenda (economie, Twenteboard) en publieke gezondheid.',
    portfolioHolderEmail: wim,
    accountHolderEmail: bram,
    importance: importance(
      { societalTask: true, opportunities: true, money: true },
      ['raad', 'college'],
      'Strategische agenda voor economie en arbeidsmarkt in Twente (seed 001) met een aanzienlijke bijdrage.',
    ),
    risks: 'Bestuurlijke drukte; sturing door de raden op de regionale agenda (seed 003).',
    lastRefreshed: parseCalendarDate('2026-09-30'),
    status: 'actief',
    website: 'https://www.regiotwente.nl',
  },
  {
    ...knownByNameOnly('Twentse Kracht / Groene Metropool Twente', 'convenant', ['strategie'], DOMAIN.socioEconomic, ALL_TWENTSE_GEMEENTEN, 'Partners voor de leefbaarheidsdoelstellingen van Hof van Twente (seed 001).', bram, '2026-11-02'),
    importance: importance({ opportunities: true }, ['raad', 'college'], 'Grote kansen voor leefbaarheid en het landschap.'),
  },
  knownByNameOnly('Pact van Twickel', 'convenant', ['strategie'], DOMAIN.socioEconomic, [DEMO_MUNICIPALITY], 'Afspraken over de ontwikkeling van het gebied rond Twickel.', bram, '2026-04-22'),
  {
    ...knownByNameOnly('Port of Twente', 'overig', ['strategie'], DOMAIN.socioEconomic, [DEMO_MUNICIPALITY], 'Versterking van logistiek en bedrijvigheid langs het Twentekanaal.', anne, '2026-10-12'),
    importance: importance({ opportunities: true }, ['college'], 'Kansen voor economie en werkgelegenheid.'),
  },
];
