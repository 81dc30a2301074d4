import type { CouncilCalendarEntry, RegulationChange, WgrSettings } from '../../../src/domain/wgr/types';
import type { InfluenceCase, ParticipantZienswijze, WgrProvisionCheck } from '../../../src/domain/councilInfluence/models';
import type { RiskProfile } from '../../../src/domain/riskProfile/models';
import type { IndicatorValue, PerformanceIndicator, SatisfactionMeasurement, ServiceAgreement } from '../../../src/domain/serviceDelivery/models';

import type { BudgetProgress, CoalitionDossier, CoreDomain, Milestone, PartnershipEvaluation, TaskLayerInsight } from '../../../src/domain/steering/models';
/* Demo domain values for every list of the site schema (fictional people, as in the demo data). */
import type {
  CalendarDate,
  Contact,
  FinancialFigures,
  ImprovementAction,
  Meeting,
  MeetingBody,
  Municipality,
  Partnership,
  PartnershipDocument,
  PersonRef,
  ProcessMoment,
  ZonedDateTime,
} from '../../../src/domain/models';
import type { ListKey } from '../../../src/schema';
import type { PublicDocument, PublicMeeting, PublicMeetingBody, PublicPartnership, PublicProcessMoment } from '../../../src/domain/council';

export const ANNE: PersonRef = { userId: 2, displayName: 'Anne de Vries', email: 'a.devries@hofvantwente.example' };
export const BRAM: PersonRef = { userId: 3, displayName: 'Bram Jansen', email: 'b.jansen@hofvantwente.example' };
export const WIM: PersonRef = { userId: 4, displayName: 'Wim Smit', email: 'w.smit@hofvantwente.example' };
export const PEOPLE: readonly PersonRef[] = [ANNE, BRAM, WIM];

export const municipality: Municipality = { name: 'Hof van Twente', region: 'Twente', councilFeedUrl: 'https://raad.example.org/vergaderingen.ics', collegeLeadWeeks: 3 };

export const partnership: Partnership = {
  name: "Regio Twente ('t Netwerk)",
  legalForm: 'gr-openbaar-lichaam',
  bbvGroup: 'gemeenschappelijke-regelingen',
  hasAdministrativeInterest: true,
  hasFinancialInterest: true,
  taskLayers: ['uitvoering', 'beleid'],
  domain: 'Sociaal domein',
  participantIds: [1, 2, 3],
  seat: 'Enschede',
  publicInterest: 'Publieke gezondheid en\nregionale samenwerking.',
  portfolioHolder: WIM,
  accountHolder: ANNE,
  importance: {
    societalTask: true,
    opportunities: false,
    risks: true,
    money: true,
    audiences: ['raad', 'college'],
    explanation: 'Grote bijdrage en maatschappelijke opgave.',
  },
  risks: 'Stijgende kosten jeugdzorg.',
  lastRefreshed: '2026-03-29' as CalendarDate,
  status: 'actief',
  evaluationPeriodYears: 4,
  website: 'https://www.regiotwente.example/',
};

export const financialFigures: FinancialFigures = {
  partnershipId: 1,
  year: 2027,
  kind: 'begroting',
  contribution: 1234567.89,
  equityStart: 100000,
  equityEnd: 90000,
  debtStart: 5000000,
  debtEnd: 4800000,
  result: -10000,
  explanation: 'Ontwerpbegroting 2027',
};

export const meetingBody: MeetingBody = {
  partnershipId: 1,
  name: 'Algemeen bestuur',
  shortName: 'AB',
  category: 'formeel',
  isPublic: true,
  purpose: 'Vaststellen begroting en jaarrekening.',
  membersDescription: 'Eén lid per deelnemende gemeente',
  participantsDescription: 'Wethouders',
  occasionalGuests: 'Directeur',
  members: [WIM, ANNE],
  externalMemberEmails: ['voorzitter@enschede.example', 'secretaris@regiotwente.example'],
  frequencyText: 'minimaal drie keer per jaar',
  frequencyRuleJson: '{"kind":"perYear","min":3}',
  agendaOwner: 'Voorzitter',
  organiser: 'Secretaris',
  minutesBy: 'Bestuurssecretariaat',
  location: 'Enschede',
  bilateralMunicipalityId: 2,
};

export const meeting: Meeting = {
  bodyId: 1,
  partnershipId: 1,
  title: 'AB-vergadering oktober',
  // The night the clocks go back: the end is after the switch, in winter time.
  start: '2026-10-25T01:30:00+02:00' as ZonedDateTime,
  end: '2026-10-25T03:30:00+01:00' as ZonedDateTime,
  location: 'Stadhuis Enschede',
  status: 'gepland',
  isPublic: true,
  outlookEventId: 'AAMkAGI2',
  agendaUrl: '/sites/samenwerkingsmonitor/Documenten/agenda.pdf',
  minutesUrl: '/sites/samenwerkingsmonitor/Documenten/verslag.pdf',
  sendState: 'mislukt',
  sendFailureReason: 'Outlook (Microsoft Graph) was overbelast (503).',
  sendIntent: 2,
  outlookCalendar: 'user:a.devries@hofvantwente.example',
};

export const document: PartnershipDocument = {
  partnershipId: 1,
  title: 'Ontwerpbegroting 2027',
  fileName: 'ontwerpbegroting-2027.pdf',
  documentType: 'ontwerpbegroting',
  year: 2027,
  isPublic: true,
};

export const processMoment: ProcessMoment = {
  partnershipId: 1,
  kind: 'invloed',
  subject: 'Zienswijze ontwerpbegroting 2027',
  date: '2026-10-25' as CalendarDate,
  isDeadline: true,
  audiences: ['raad'],
  status: 'verwacht',
  source: 'wgr',
  isPublic: true,
  documentUrl: '/sites/samenwerkingsmonitor/Documenten/ontwerpbegroting-2027.pdf',
  notes: 'Wgr art. 35(1)',
};

export const action: ImprovementAction = {
  number: 'A',
  plan: 'Verbeterplan verbonden partijen',
  recommendation: 'Stel per verbonden partij een regievoerder aan.',
  response: 'overgenomen',
  responseExplanation: 'Past bij de nieuwe werkwijze.',
  action: 'Regievoerders benoemen',
  owner: BRAM,
  plannedDate: '2026-12-31' as CalendarDate,
  status: 'lopend',
  partnershipId: 1,
};

export const contact: Contact = {
  name: 'J. Pieters',
  organisation: 'Regio Twente',
  role: 'Beleidsadviseur',
  expertise: 'Jeugd',
  email: 'j.pieters@regiotwente.example',
  phone: '053 123 45 67',
  partnershipId: 1,
};

export const evaluation: PartnershipEvaluation = {
  partnershipId: 1,
  title: 'Jaarlijkse evaluatie 2026',
  date: '2026-10-01' as CalendarDate,
  status: 'afgerond',
  answers: [
    { question: 'taken', answer: 'De taken worden naar behoren uitgevoerd.' },
    { question: 'evaluatiebepaling', answer: 'Ja, de GR schrijft elke vier jaar een evaluatie voor.' },
  ],
  outcome: 'aandachtspunten',
  outcomeSummary: 'Rapportages komen laat.',
  isClauseEvaluation: true,
  followUpActionIds: [1],
};

export const budgetProgress: BudgetProgress = {
  partnershipId: 1,
  year: 2026,
  asOfDate: '2026-09-30' as CalendarDate,
  kind: 'prognose',
  expectedContribution: 1287500.5,
  explanation: 'Hogere loonkosten door de cao.',
};

export const taskLayerInsight: TaskLayerInsight = { taskLayer: 'uitvoering', kind: 'succes', text: 'Stadsbank Oost-Nederland', partnershipId: 1 };

export const coreDomain: CoreDomain = { name: 'Publieke gezondheid', description: 'Vastgesteld kerndomein.' };

export const coalitionDossier: CoalitionDossier = {
  name: 'Nieuwe GR Regio Twente',
  coreDomainId: 1,
  description: 'Voorbereiding nieuwe of aangepaste GR.',
  participantIds: [1, 2],
  trekker: 'Dagelijks bestuur Regio Twente',
  trekkerMunicipalityId: 1,
};

export const milestone: Milestone = {
  dossierId: 1,
  title: 'Implementatie / kwartiermaken',
  date: '2015-11-30' as CalendarDate,
  dateText: 'Najaar 2015',
  status: 'gereed',
  notes: '',
};

/* Issue 6B: the public projection on the intranet site (src/schema/publicLists.ts). */
export const publicPartnership: PublicPartnership = {
  sourceId: 7,
  name: partnership.name,
  legalForm: partnership.legalForm,
  bbvGroup: partnership.bbvGroup,
  isVerbondenPartij: true,
  domain: partnership.domain,
  participantNames: ['Almelo', 'Hof van Twente'],
  seat: partnership.seat,
  publicInterest: partnership.publicInterest,
  importance: partnership.importance,
  status: partnership.status,
  website: partnership.website,
};
export const publicMeetingBody: PublicMeetingBody = { sourceId: 3, partnershipSourceId: 7, name: 'Algemeen bestuur', shortName: 'AB', purpose: 'Besluiten', frequencyText: 'minimaal drie keer per jaar', location: 'Enschede' };
export const publicMeeting: PublicMeeting = { sourceId: 4, partnershipSourceId: 7, bodySourceId: 3, bodyName: 'Algemeen bestuur', title: meeting.title, start: meeting.start, end: meeting.end, location: meeting.location, status: meeting.status };
export const publicDocument: PublicDocument = { sourceId: 5, sourceVersion: '"2"', partnershipSourceId: 7, title: 'Begroting', fileName: 'Begroting 2027.pdf', documentType: 'begroting', year: 2027 };
export const publicProcessMoment: PublicProcessMoment = { sourceId: 6, partnershipSourceId: 7, kind: 'invloed', subject: 'Zienswijze', date: '2027-06-17' as CalendarDate, isDeadline: true, audiences: ['raad'], status: 'verwacht', source: 'wgr', notes: '' };

export const wgrSettings: WgrSettings = {
  partnershipId: 1,
  budgetAmendmentsExempt: true,
  kadersSendDay: '15-04',
  draftBudgetSendDay: '08-04',
  exitNoticeMonths: 24,
  exitEffectiveDay: '01-01',
  notes: 'Artikel 28 van de regeling zondert technische begrotingswijzigingen uit.',
};

export const regulationChange: RegulationChange = {
  partnershipId: 1,
  kind: 'toetreding',
  subject: 'Toetreding gemeente Almelo',
  sentDate: '2026-05-20' as CalendarDate,
};

export const councilCalendarEntry: CouncilCalendarEntry = {
  municipalityId: 1,
  kind: 'zomerreces',
  title: 'Zomerreces 2027',
  date: '2027-07-10' as CalendarDate,
  endDate: '2027-08-22' as CalendarDate,
  isDemo: true,
  sourceUid: 'reces-2027@raad.example.org',
};

/* Issue 8: the council's influence cycle. */
export const influenceCase: InfluenceCase = {
  partnershipId: 1,
  subject: 'Ontwerpbegroting 2028',
  kind: 'ontwerpbegroting',
  budgetYear: 2028,
  receivedDate: '2027-04-08' as CalendarDate,
  documentUrl: 'https://example.org/ontwerpbegroting-2028.pdf',
  responseDeadline: '2027-06-24' as CalendarDate,
  abDecisionMeetingDate: '2027-07-01' as CalendarDate,
  collegeProposalPoints: ['Instemmen met de ontwerpbegroting', 'Vragen om een sluitend meerjarenperspectief'],
  coverNoteDate: '2027-04-20' as CalendarDate,
  councilPosition: 'met-opmerkingen',
  councilAdoptedDate: '2027-06-16' as CalendarDate,
  councilZienswijzeUrl: 'https://example.org/zienswijze.pdf',
  councilZienswijzeSummary: 'De raad vraagt om een sluitend meerjarenperspectief.',
  abMemberPosition: 'Ingebracht conform de zienswijze.',
  abMemberPositionDate: '2027-07-01' as CalendarDate,
  abDecision: 'Begroting vastgesteld met een taakstelling.',
  abDecisionDate: '2027-07-01' as CalendarDate,
  grAnswerDate: '2027-07-15' as CalendarDate,
  grAnswerUrl: 'https://example.org/antwoord.pdf',
  grAnswerSummary: 'Het AB neemt de zienswijze over in de kadernota.',
};
export const participantZienswijze: ParticipantZienswijze = { caseId: 1, municipalityId: 2, summary: 'Geen bezwaren.', position: 'instemmend', adoptedDate: '2027-06-10' as CalendarDate, documentUrl: 'https://example.org/zienswijze-almelo.pdf' };
export const wgrProvisionCheck: WgrProvisionCheck = { partnershipId: 1, provision: 'evaluatiebepaling', result: 'geregeld', regulationArticle: 'art. 32', notes: 'Eens per vier jaar.', checkedOn: '2026-10-01' as CalendarDate };
export const riskProfile: RiskProfile = { partnershipId: 1, answers: { financieel: 3, beleid: 2 }, score: 62, level: 'midden', assessedOn: '2026-09-15' as CalendarDate, notes: 'Vastgesteld in het MT.' };

/* Issue 9: service delivery. */
export const serviceAgreement: ServiceAgreement = { partnershipId: 1, name: 'DVO belastingen 2025-2028', kind: 'dvo', startDate: '2025-01-01' as CalendarDate, endDate: '2028-12-31' as CalendarDate, renewalDate: '2028-06-30' as CalendarDate, documentUrl: 'https://example.org/dvo.pdf', notes: 'Verlenging met twee jaar mogelijk.' };
export const performanceIndicator: PerformanceIndicator = { partnershipId: 1, agreementId: 1, name: 'Bezwaren binnen termijn afgehandeld', description: 'Percentage bezwaarschriften binnen de wettelijke termijn.', unit: 'procent', direction: 'hoger-is-beter', target: 95, reportingFrequency: 'kwartaal', valueSource: 'rapportage-partner', reportingFrom: '2025-01-01' as CalendarDate, isActive: true };
export const indicatorValue: IndicatorValue = { indicatorId: 1, partnershipId: 1, period: '2026-K2', periodEnd: '2026-06-30' as CalendarDate, value: 93.5, reportedOn: '2026-07-20' as CalendarDate, notes: 'Piek door hertaxatie.' };
export const satisfactionMeasurement: SatisfactionMeasurement = { partnershipId: 1, subject: 'Klanttevredenheid 2026', measuredOn: '2026-10-01' as CalendarDate, measuredBy: 'samenwerkingsverband', method: 'Enquête onder inwoners', score: 7.4, scaleMax: 10, respondents: 412, comments: 'Wachttijd telefoon is een aandachtspunt.' };

export const SAMPLE_VALUES: Readonly<Record<ListKey, object>> = {
  publicPartnerships: publicPartnership,
  publicMeetingBodies: publicMeetingBody,
  publicMeetings: publicMeeting,
  publicDocuments: publicDocument,
  publicProcessMoments: publicProcessMoment,
  municipalities: municipality,
  partnerships: partnership,
  financialFigures,
  meetingBodies: meetingBody,
  meetings: meeting,
  documents: document,
  processMoments: processMoment,
  actions: action,
  contacts: contact,
  evaluations: evaluation,
  budgetProgress,
  taskLayerInsights: taskLayerInsight,
  coreDomains: coreDomain,
  coalitionDossiers: coalitionDossier,
  milestones: milestone,
  wgrSettings,
  regulationChanges: regulationChange,
  councilCalendar: councilCalendarEntry,
  influenceCases: influenceCase,
  participantZienswijzen: participantZienswijze,
  wgrProvisionChecks: wgrProvisionCheck,
  riskProfiles: riskProfile,
  serviceAgreements: serviceAgreement,
  performanceIndicators: performanceIndicator,
  indicatorValues: indicatorValue,
  satisfactionMeasurements: satisfactionMeasurement,
};
