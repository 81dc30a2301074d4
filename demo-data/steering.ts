import type { TaskLayer } from '../src/domain/models';
import type { BudgetProgress, EvaluationAnswer, Milestone, PartnershipEvaluation, TaskLayerInsight, TaskLayerInsightKind } from '../src/domain/steering/models';
import { parseCalendarDate } from '../src/domain/time';
import type { DemoAction } from './types';
import { TWENTE_CORE_DOMAINS } from './coreDomains';
import { TWENTSE_GEMEENTEN } from './municipalities';
import { DEMO_PEOPLE } from './people';
import { GBTWENTE, REGIO_TWENTE, VEILIGHEIDSREGIO_TWENTE } from './partnerships';

/*
 * Demo data of the steering part (issue 7). Seed 001's successes, opportunities and motives per task layer
 * and seed 003's core domains, dossiers and "Vervolgproces" milestones are verbatim from the seeds; the
 * evaluation, its follow-up actions and the budget forecasts are demo assessments, marked "(demo)" in the text.
 * The demo's "today" is 26 November 2026.
 */

export interface DemoTaskLayerInsight extends Omit<TaskLayerInsight, 'partnershipId'> {
  readonly partnershipName?: string;
}

const insight = (taskLayer: TaskLayer, kind: TaskLayerInsightKind, text: string, partnershipName?: string): DemoTaskLayerInsight =>
  partnershipName === undefined ? { taskLayer, kind, text } : { taskLayer, kind, text, partnershipName };

/** Seed 001: a success written as in the seed, with the register's name of the partnership it is. */
const success = (taskLayer: TaskLayer, text: string, partnershipName: string = text): DemoTaskLayerInsight => insight(taskLayer, 'succes', text, partnershipName);

export const DEMO_TASK_LAYER_INSIGHTS: readonly DemoTaskLayerInsight[] = [
  success('bedrijfsvoering', 'Shared Services Netwerk Twente', 'Shared Services Netwerk Twente (SSNT)'),
  success('bedrijfsvoering', 'Salarisadministratie'),
  success('bedrijfsvoering', 'Platform Werken voor de Twentse overheid'),
  success('bedrijfsvoering', 'Twentse School'),
  success('bedrijfsvoering', 'Regionale inkoopverbanden (aanbestedingskalender)'),
  success('bedrijfsvoering', 'Mediationgroep Achterhoek+ Twente'),
  ...['ICT uitvoering', 'Facilitaire zaken', 'Personeel en organisatie', 'Juridische zaken', 'Financien'].map((text) => insight('bedrijfsvoering', 'kans', text)),
  ...['Kostenbesparing', 'Vergroten/ behouden professionele organisatie', 'Duurzame bedrijfsvoering'].map((text) => insight('bedrijfsvoering', 'motief', text)),

  success('uitvoering', 'Werkplein (Midden) Twente'),
  success('uitvoering', 'Sociaal Werkleerbedrijf'),
  success('uitvoering', 'Stadsbank Oost-Nederland'),
  success('uitvoering', 'Sociale Recherche Twente'),
  success('uitvoering', 'Veiligheidsregio Twente', VEILIGHEIDSREGIO_TWENTE),
  success('uitvoering', 'Openbaar Lichaam Crematoria Tw.', 'Openbaar Lichaam Crematoria Twente'),
  success('uitvoering', 'Gemeenschappelijk havenbeheer'),
  success('uitvoering', 'Procesmanagement huiselijk geweld'),
  success('uitvoering', 'Regionale uitvoeringsdienst Overijssel', 'Regionale uitvoeringsdienst Overijssel (ODT/RUD)'),
  ...['Buitendienst', 'Belastingen', 'Sociale dienst', 'Publiekscentrum'].map((text) => insight('uitvoering', 'kans', text)),
  ...['Vergroten/ behouden professionele organisatie', 'Borging continuïteit', 'Kostenbesparing'].map((text) => insight('uitvoering', 'motief', text)),

  success('beleid', 'Samen14 Jeugd'),
  success('beleid', 'Integraal veiligheidsbeleid'),
  success('beleid', 'Participatiebeleid'),
  success('beleid', 'Regionale woonvisie'),
  success('beleid', 'Gezondheidsbeleid'),
  success('beleid', 'Landschapsontwikkelingsplan'),
  ...['Omgevingsbeleid', 'Economische visie', 'Beleid maatschappelijke initiatieven'].map((text) => insight('beleid', 'kans', text)),
  ...['Vergroten / behouden professionele organisatie', 'Kennisdeling', 'Gezamenlijke ontwikkeling'].map((text) => insight('beleid', 'motief', text)),

  success('strategie', 'Regio Twente; economie, (Twenteboard)', REGIO_TWENTE),
  success('strategie', 'Twentse Kracht; Groene Metropool Twente', 'Twentse Kracht / Groene Metropool Twente'),
  success('strategie', 'Pact van Twickel'),
  success('strategie', 'Port of Twente'),
  ...['Duurzaamheid, mede via verbonden partijen', 'Projecten in Euregioverband', 'Arbeidsmarktontwikkeling'].map((text) => insight('strategie', 'kans', text)),
  ...['Krachtenbundeling', 'Vergroten / behouden professionele organisatie', 'Kostenbesparing'].map((text) => insight('strategie', 'motief', text)),
];

/** Seed 003: "Vastgestelde kerndomeinen". */
export const DEMO_CORE_DOMAINS = Object.values(TWENTE_CORE_DOMAINS).map((name) => ({
  name,
  description: 'Vastgesteld kerndomein van de Twentse samenwerking (Samenwerken doen we zelf, 2015).',
}));

export interface DemoDossier {
  readonly name: string;
  readonly coreDomainName: string;
  readonly description: string;
  readonly participantNames: readonly string[];
  readonly trekker: string;
  readonly trekkerMunicipalityName?: string;
}

export const TWENTE_DOSSIERS = {
  reorientation: 'Heroriëntatie Twentse samenwerking',
  agenda: 'SamenwerkingsAgenda bestuursperiode 2014-2018',
  newGr: 'Voorbereiding nieuwe/ aangepaste GR Regio Twente',
  twentebedrijf: 'Twentebedrijf: poolen, hosten, bundelen',
} as const;

export const DEMO_DOSSIERS: readonly DemoDossier[] = [
  {
    name: TWENTE_DOSSIERS.reorientation,
    coreDomainName: TWENTE_CORE_DOMAINS.other,
    description: 'Samenwerking opnieuw doordenken, van onderaf: raden, colleges en ambtelijke bedrijfsvoering (seed 003).',
    participantNames: TWENTSE_GEMEENTEN,
    trekker: 'Stuurgroep Heroriëntatie Twentse samenwerking',
  },
  {
    name: TWENTE_DOSSIERS.agenda,
    coreDomainName: TWENTE_CORE_DOMAINS.socioEconomic,
    description: 'Gezamenlijke agenda op urgenties (sociaal-economische structuurversterking); deelnemen is eigen keuze.',
    participantNames: TWENTSE_GEMEENTEN,
    trekker: 'Portefeuillehoudersoverleggen via het DB',
  },
  {
    name: TWENTE_DOSSIERS.newGr,
    coreDomainName: TWENTE_CORE_DOMAINS.other,
    description: 'Nieuwe of aangepaste gemeenschappelijke regeling Regio Twente per 1 januari 2016.',
    participantNames: TWENTSE_GEMEENTEN,
    trekker: 'Dagelijks bestuur Regio Twente',
  },
  {
    name: TWENTE_DOSSIERS.twentebedrijf,
    coreDomainName: TWENTE_CORE_DOMAINS.backOffice,
    description:
      'Onderling uitwisselen van kennis en capaciteit naar behoefte; management-verantwoordelijkheid bij de gemeentesecretarissen. De deelnemers en de trekker zijn een demo-invulling.',
    participantNames: ['Hof van Twente', 'Borne', 'Hengelo', 'Almelo', 'Rijssen-Holten'],
    trekker: 'Gemeentesecretaris Hof van Twente (demo)',
    trekkerMunicipalityName: 'Hof van Twente',
  },
];

export interface DemoMilestone extends Omit<Milestone, 'dossierId'> {
  readonly dossierName: string;
}

const milestone = (dossierName: string, title: string, date: string, dateText: string): DemoMilestone => ({
  dossierName,
  title,
  date: parseCalendarDate(date),
  dateText,
  // All of seed 003's process lies before the demo's today.
  status: 'gereed',
  notes: '',
});

/** Seed 003, "Vervolgproces": periods are dated on their last day, with the seed's wording kept beside it. */
export const DEMO_MILESTONES: readonly DemoMilestone[] = [
  milestone(TWENTE_DOSSIERS.reorientation, 'Consultatie gemeentebesturen', '2015-02-28', 'Januari / Februari 2015'),
  milestone(TWENTE_DOSSIERS.reorientation, 'Stuurgroep stelt definitief rapport op', '2015-03-31', 'Maart 2015'),
  milestone(TWENTE_DOSSIERS.reorientation, 'Toezending aan raden via voorzitter Regio', '2015-04-01', '1 April 2015'),
  milestone(TWENTE_DOSSIERS.agenda, 'Programmaconferenties (‘Twenteberaad’)', '2015-05-28', '28 mei 2015 + PM juni 2015'),
  milestone(TWENTE_DOSSIERS.newGr, 'Voorstel door DB', '2015-04-30', 'April 2015'),
  milestone(TWENTE_DOSSIERS.newGr, 'Vaststellen door de gemeentebesturen', '2015-07-01', 'Uiterlijk 1 juli 2015'),
  milestone(TWENTE_DOSSIERS.newGr, 'Implementatie/ Kwartiermaken', '2015-11-30', 'Najaar 2015'),
  milestone(TWENTE_DOSSIERS.newGr, 'Inwerkingtreding', '2016-01-01', '1 januari 2016'),
];

export const EVALUATION_PLAN_GBTWENTE = 'Evaluatie GBTwente 2025';

/** Follow-up actions of the demo evaluation; they live in Verbeteracties like seed 002's recommendations. */
export const DEMO_EVALUATION_ACTIONS: readonly DemoAction[] = [
  {
    number: 'E1',
    plan: EVALUATION_PLAN_GBTWENTE,
    recommendation: 'Kwartaalrapportages komen laat binnen (demo).',
    response: 'overgenomen',
    responseExplanation: '',
    action: 'Afspraken maken met GBTwente over een kwartaalrapportage binnen zes weken na het kwartaal (demo).',
    ownerEmail: DEMO_PEOPLE.anneDeVries.email,
    plannedDate: parseCalendarDate('2026-03-31'),
    status: 'lopend',
    partnershipName: GBTWENTE,
  },
  {
    number: 'E2',
    plan: EVALUATION_PLAN_GBTWENTE,
    recommendation: 'Tevredenheid van inwoners over bezwaarafhandeling is niet bekend (demo).',
    response: 'overgenomen',
    responseExplanation: '',
    action: 'Tevredenheidsmeting bezwaarafhandeling agenderen in het accounthoudersoverleg (demo).',
    ownerEmail: DEMO_PEOPLE.bramJansen.email,
    plannedDate: parseCalendarDate('2027-01-31'),
    status: 'open',
    partnershipName: GBTWENTE,
  },
];

export interface DemoEvaluation extends Omit<PartnershipEvaluation, 'partnershipId' | 'followUpActionIds'> {
  readonly partnershipName: string;
  /** Follow-up actions by plan and number. */
  readonly followUpActions: readonly { readonly plan: string; readonly number: string }[];
}

const answers = (taken: string, relatie: string, financien: string, risicos: string, evaluatiebepaling: string): EvaluationAnswer[] => [
  { question: 'taken', answer: taken },
  { question: 'relatie', answer: relatie },
  { question: 'financien', answer: financien },
  { question: 'risicos', answer: risicos },
  { question: 'evaluatiebepaling', answer: evaluatiebepaling },
];

export const DEMO_EVALUATIONS: readonly DemoEvaluation[] = [
  {
    partnershipName: GBTWENTE,
    title: 'Jaarlijkse evaluatie GBTwente 2025',
    date: parseCalendarDate('2025-10-15'),
    status: 'afgerond',
    answers: answers(
      'Heffing en inning verlopen volgens de DVO; de WOZ-beschikkingen gingen op tijd de deur uit (demo).',
      'Goed contact in het accounthoudersoverleg; rapportages komen laat (demo).',
      'Bijdrage binnen de begroting (demo).',
      'Informatieveiligheid bij gegevensuitwisseling vraagt aandacht (demo).',
      'De GR noemt geen evaluatietermijn; de jaarlijkse evaluatie volgt het verbeterplan (demo).',
    ),
    outcome: 'aandachtspunten',
    outcomeSummary: 'Uitvoering op orde; afspraken nodig over tijdige rapportages en tevredenheidsmeting (demo).',
    isClauseEvaluation: false,
    followUpActions: DEMO_EVALUATION_ACTIONS.map((action) => ({ plan: action.plan, number: action.number })),
  },
];

export interface DemoBudgetProgress extends Omit<BudgetProgress, 'partnershipId'> {
  readonly partnershipName: string;
}

export const DEMO_BUDGET_PROGRESS: readonly DemoBudgetProgress[] = [
  {
    partnershipName: GBTWENTE,
    year: 2026,
    asOfDate: parseCalendarDate('2026-09-30'),
    kind: 'prognose',
    expectedContribution: 1_262_000,
    explanation: 'Extra kosten voor de herwaardering WOZ (demo).',
  },
  {
    partnershipName: VEILIGHEIDSREGIO_TWENTE,
    year: 2026,
    asOfDate: parseCalendarDate('2026-10-15'),
    kind: 'prognose',
    expectedContribution: 2_298_000,
    explanation: 'Lagere kapitaallasten door vertraagde investeringen in materieel (demo).',
  },
  {
    partnershipName: REGIO_TWENTE,
    year: 2026,
    asOfDate: parseCalendarDate('2026-06-30'),
    kind: 'prognose',
    expectedContribution: 1_640_000,
    explanation: 'Conform begroting (demo).',
  },
];
