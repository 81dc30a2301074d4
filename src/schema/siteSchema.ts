import type { FieldSchema, ListSchema, SiteSchema } from './schemaTypes';
import {
  ACTION_STATUS_CHOICES,
  AUDIENCE_CHOICES,
  BBV_GROUP_CHOICES,
  DOCUMENT_TYPE_CHOICES,
  FINANCIAL_FIGURE_KIND_CHOICES,
  LEGAL_FORM_CHOICES,
  MEETING_BODY_CATEGORY_CHOICES,
  MEETING_STATUS_CHOICES,
  MEETING_SEND_STATE_CHOICES,
  PARTNERSHIP_STATUS_CHOICES,
  PROCESS_MOMENT_KIND_CHOICES,
  PROCESS_MOMENT_SOURCE_CHOICES,
  PROCESS_MOMENT_STATUS_CHOICES,
  RECOMMENDATION_RESPONSE_CHOICES,
  TASK_LAYER_CHOICES,
} from './choices';
import { STEERING_LISTS } from './steeringLists';
import { WGR_LISTS } from './wgrLists';
import { COUNCIL_INFLUENCE_LISTS } from './councilInfluenceLists';
import { SERVICE_DELIVERY_LISTS } from './serviceDeliveryLists';
import { documentContentType, itemContentType, optionalPartnershipLookup, partnershipLookup, titleField } from './fieldBuilders';


const isPublicField: FieldSchema = {
  internalName: 'IsPublic',
  displayName: 'Openbaar',
  property: 'isPublic',
  type: 'Boolean',
  defaultValue: false,
  indexed: true,
};

const municipalities: ListSchema = {
  key: 'municipalities',
  title: 'Gemeenten',
  url: 'Lists/Gemeenten',
  template: 100,
  description: 'Gemeenten en andere overheden die deelnemen in samenwerkingsverbanden.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C01', 'Gemeente', 'Een deelnemende gemeente of overheid.'),
  fields: [
    titleField('Naam', 'name'),
    { internalName: 'Region', displayName: 'Regio', property: 'region', type: 'Text', maxLength: 255 },
    { internalName: 'CouncilFeedUrl', displayName: 'Vergaderschema raad (iCalendar)', description: 'Het adres van de iCalendar-feed van het raadsinformatiesysteem.', property: 'councilFeedUrl', type: 'Text', maxLength: 255 },
    { internalName: 'CollegeLeadWeeks', displayName: 'Weken collegebesluit vóór commissie', property: 'collegeLeadWeeks', type: 'Number', min: 0, max: 26, decimals: 0 },
  ],
  views: [{ title: 'Alle gemeenten', fields: ['Title', 'Region'], query: '<OrderBy><FieldRef Name="Title" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

const partnerships: ListSchema = {
  key: 'partnerships',
  title: 'Samenwerkingsverbanden',
  url: 'Lists/Samenwerkingsverbanden',
  template: 100,
  description: 'Het register van verbonden partijen en andere samenwerkingsverbanden.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C02', 'Samenwerkingsverband', 'Een verbonden partij of ander samenwerkingsverband.'),
  fields: [
    titleField('Naam', 'name'),
    { internalName: 'LegalForm', displayName: 'Rechtsvorm', property: 'legalForm', type: 'Choice', choices: LEGAL_FORM_CHOICES, required: true, indexed: true },
    { internalName: 'BbvGroup', displayName: 'BBV-groep', property: 'bbvGroup', type: 'Choice', choices: BBV_GROUP_CHOICES, required: true, indexed: true },
    { internalName: 'AdministrativeInterest', displayName: 'Bestuurlijk belang', property: 'hasAdministrativeInterest', type: 'Boolean', defaultValue: false },
    { internalName: 'FinancialInterest', displayName: 'Financieel belang', property: 'hasFinancialInterest', type: 'Boolean', defaultValue: false },
    { internalName: 'TaskLayers', displayName: 'Taaklagen', property: 'taskLayers', type: 'MultiChoice', choices: TASK_LAYER_CHOICES },
    { internalName: 'PolicyDomain', displayName: 'Domein', property: 'domain', type: 'Text', maxLength: 255, indexed: true },
    { internalName: 'Participants', displayName: 'Deelnemers', property: 'participantIds', type: 'LookupMulti', lookupList: 'municipalities' },
    { internalName: 'Seat', displayName: 'Vestigingsplaats', property: 'seat', type: 'Text', maxLength: 255 },
    { internalName: 'PublicInterest', displayName: 'Openbaar belang', property: 'publicInterest', type: 'Note', valueFormat: 'text' },
    { internalName: 'PortfolioHolder', displayName: 'Portefeuillehouder', property: 'portfolioHolder', type: 'User' },
    { internalName: 'AccountHolder', displayName: 'Accounthouder', property: 'accountHolder', type: 'User', indexed: true },
    { internalName: 'ImportanceSocietalTask', displayName: 'Zwaarwegende maatschappelijke opgave', property: 'importance.societalTask', type: 'Boolean', defaultValue: false },
    { internalName: 'ImportanceOpportunities', displayName: 'Grote kansen', property: 'importance.opportunities', type: 'Boolean', defaultValue: false },
    { internalName: 'ImportanceRisks', displayName: "Grote risico's", property: 'importance.risks', type: 'Boolean', defaultValue: false },
    { internalName: 'ImportanceMoney', displayName: 'Veel middelen', property: 'importance.money', type: 'Boolean', defaultValue: false },
    { internalName: 'ImportanceAudiences', displayName: 'Belangrijk voor', property: 'importance.audiences', type: 'MultiChoice', choices: AUDIENCE_CHOICES },
    { internalName: 'ImportanceExplanation', displayName: 'Toelichting belang', property: 'importance.explanation', type: 'Note', valueFormat: 'text' },
    { internalName: 'Risks', displayName: "Risico's", property: 'risks', type: 'Note', valueFormat: 'text' },
    { internalName: 'LastRefreshed', displayName: 'Laatst geactualiseerd', property: 'lastRefreshed', type: 'DateTime', format: 'DateOnly', indexed: true },
    { internalName: 'PartnershipStatus', displayName: 'Status', property: 'status', type: 'Choice', choices: PARTNERSHIP_STATUS_CHOICES, required: true, indexed: true, defaultValue: 'Actief' },
    { internalName: 'EvaluationPeriodYears', displayName: 'Evaluatieperiode (jaren)', property: 'evaluationPeriodYears', type: 'Number', min: 1, max: 20, decimals: 0 },
    { internalName: 'Website', displayName: 'Website', property: 'website', type: 'URL' },
  ],
  views: [
    {
      title: 'Alle samenwerkingsverbanden',
      fields: ['LinkTitle', 'LegalForm', 'TaskLayers', 'AccountHolder', 'PartnershipStatus', 'LastRefreshed'],
      query: '<OrderBy><FieldRef Name="Title" /></OrderBy>',
      rowLimit: 50,
      isDefault: true,
    },
    {
      title: 'Verbonden partijen',
      fields: ['LinkTitle', 'BbvGroup', 'LegalForm', 'Seat', 'AccountHolder'],
      query: '<Where><And><Eq><FieldRef Name="AdministrativeInterest" /><Value Type="Boolean">1</Value></Eq><Eq><FieldRef Name="FinancialInterest" /><Value Type="Boolean">1</Value></Eq></And></Where><OrderBy><FieldRef Name="BbvGroup" /><FieldRef Name="Title" /></OrderBy>',
      rowLimit: 50,
    },
  ],
  itemLevelConfidentiality: false,
};

const financialFigures: ListSchema = {
  key: 'financialFigures',
  title: 'Financiele gegevens',
  url: 'Lists/FinancieleGegevens',
  template: 100,
  description: 'Bijdrage, eigen en vreemd vermogen en resultaat per samenwerkingsverband en jaar (BBV art. 15).',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C03', 'Financiele gegevens', 'Financiële kengetallen van één jaar.'),
  fields: [
    titleField('Omschrijving', 'explanation', false),
    partnershipLookup,
    { internalName: 'FiscalYear', displayName: 'Jaar', property: 'year', type: 'Number', required: true, indexed: true, min: 1990, max: 2100, decimals: 0 },
    { internalName: 'FigureKind', displayName: 'Soort', property: 'kind', type: 'Choice', choices: FINANCIAL_FIGURE_KIND_CHOICES, required: true },
    { internalName: 'Contribution', displayName: 'Bijdrage gemeente', property: 'contribution', type: 'Currency' },
    { internalName: 'EquityStart', displayName: 'Eigen vermogen begin', property: 'equityStart', type: 'Currency' },
    { internalName: 'EquityEnd', displayName: 'Eigen vermogen eind', property: 'equityEnd', type: 'Currency' },
    { internalName: 'DebtStart', displayName: 'Vreemd vermogen begin', property: 'debtStart', type: 'Currency' },
    { internalName: 'DebtEnd', displayName: 'Vreemd vermogen eind', property: 'debtEnd', type: 'Currency' },
    { internalName: 'Result', displayName: 'Resultaat', property: 'result', type: 'Currency' },
  ],
  views: [{ title: 'Alle gegevens', fields: ['Partnership', 'FiscalYear', 'FigureKind', 'Contribution', 'Result'], query: '<OrderBy><FieldRef Name="FiscalYear" Ascending="FALSE" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

const meetingBodies: ListSchema = {
  key: 'meetingBodies',
  title: 'Overlegorganen',
  url: 'Lists/Overlegorganen',
  template: 100,
  description: 'De formele en informele overleggen per samenwerkingsverband, met hun frequentie.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C04', 'Overlegorgaan', 'Een bestuurs- of overlegorgaan van een samenwerkingsverband.'),
  fields: [
    titleField('Naam', 'name'),
    // Optional since schema 6: an organisation-wide internal body (seed 002, all regievoerders) has no partnership.
    optionalPartnershipLookup,
    { internalName: 'ShortName', displayName: 'Korte naam', property: 'shortName', type: 'Text', maxLength: 50 },
    { internalName: 'BodyCategory', displayName: 'Categorie', property: 'category', type: 'Choice', choices: MEETING_BODY_CATEGORY_CHOICES, required: true },
    isPublicField,
    { internalName: 'Purpose', displayName: 'Taak / doel', property: 'purpose', type: 'Note', valueFormat: 'text' },
    { internalName: 'MembersDescription', displayName: 'Leden', property: 'membersDescription', type: 'Note', valueFormat: 'text' },
    { internalName: 'ParticipantsDescription', displayName: 'Deelnemers', property: 'participantsDescription', type: 'Note', valueFormat: 'text' },
    { internalName: 'OccasionalGuests', displayName: 'Incidenteel', property: 'occasionalGuests', type: 'Note', valueFormat: 'text' },
    { internalName: 'Members', displayName: 'Leden (personen)', property: 'members', type: 'UserMulti' },
    { internalName: 'ExternalMemberEmails', displayName: 'Externe leden (e-mail)', property: 'externalMemberEmails', type: 'Note', valueFormat: 'lines' },
    { internalName: 'FrequencyText', displayName: 'Frequentie', property: 'frequencyText', type: 'Text', maxLength: 255 },
    { internalName: 'FrequencyRule', displayName: 'Frequentieregel', property: 'frequencyRuleJson', type: 'Note', valueFormat: 'text' },
    { internalName: 'AgendaOwner', displayName: 'Agenda', property: 'agendaOwner', type: 'Text', maxLength: 255 },
    { internalName: 'Organiser', displayName: 'Organisatie', property: 'organiser', type: 'Text', maxLength: 255 },
    { internalName: 'MinutesBy', displayName: 'Verslag', property: 'minutesBy', type: 'Text', maxLength: 255 },
    { internalName: 'MeetingLocation', displayName: 'Locatie', property: 'location', type: 'Text', maxLength: 255 },
    { internalName: 'BilateralMunicipality', displayName: 'Bilateraal met', property: 'bilateralMunicipalityId', type: 'Lookup', lookupList: 'municipalities' },
  ],
  views: [{ title: 'Alle overlegorganen', fields: ['LinkTitle', 'Partnership', 'BodyCategory', 'IsPublic', 'FrequencyText'], query: '<OrderBy><FieldRef Name="Partnership" /><FieldRef Name="Title" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: true,
};

const meetings: ListSchema = {
  key: 'meetings',
  title: 'Vergaderingen',
  url: 'Lists/Vergaderingen',
  template: 100,
  description: 'Geplande, gehouden en geannuleerde vergaderingen van de overlegorganen.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C05', 'Vergadering', 'Eén vergadering van een overlegorgaan.'),
  fields: [
    titleField('Titel', 'title'),
    { internalName: 'MeetingBody', displayName: 'Overlegorgaan', property: 'bodyId', type: 'Lookup', lookupList: 'meetingBodies', required: true, indexed: true },
    // Copied from the body, so absent for the meetings of an organisation-wide body.
    optionalPartnershipLookup,
    { internalName: 'MeetingStart', displayName: 'Begin', property: 'start', type: 'DateTime', format: 'DateTime', required: true, indexed: true },
    { internalName: 'MeetingEnd', displayName: 'Einde', property: 'end', type: 'DateTime', format: 'DateTime', required: true },
    { internalName: 'MeetingLocation', displayName: 'Locatie', property: 'location', type: 'Text', maxLength: 255 },
    { internalName: 'MeetingStatus', displayName: 'Status', property: 'status', type: 'Choice', choices: MEETING_STATUS_CHOICES, required: true, indexed: true, defaultValue: 'Gepland' },
    isPublicField,
    { internalName: 'OutlookEventId', displayName: 'Outlook-afspraak', property: 'outlookEventId', type: 'Text', maxLength: 255 },
    { internalName: 'AgendaUrl', displayName: 'Agenda', property: 'agendaUrl', type: 'Text', maxLength: 255 },
    { internalName: 'MinutesUrl', displayName: 'Verslag', property: 'minutesUrl', type: 'Text', maxLength: 255 },
    // Issue 5: the Outlook send state, so a failed invite stays visible and can be sent again.
    { internalName: 'SendState', displayName: 'Uitnodiging', property: 'sendState', type: 'Choice', choices: MEETING_SEND_STATE_CHOICES },
    { internalName: 'SendFailureReason', displayName: 'Reden niet verzonden', property: 'sendFailureReason', type: 'Note', valueFormat: 'text' },
    { internalName: 'SendIntent', displayName: 'Verzendversie', property: 'sendIntent', type: 'Number', min: 0, decimals: 0 },
    // Whose calendar holds the event (`user:<e-mail>` or `group:<id>`): only that calendar can change or sync it.
    { internalName: 'OutlookCalendar', displayName: 'Outlook-agenda', property: 'outlookCalendar', type: 'Text', maxLength: 255 },
  ],
  views: [{ title: 'Alle vergaderingen', fields: ['LinkTitle', 'MeetingBody', 'MeetingStart', 'MeetingStatus'], query: '<OrderBy><FieldRef Name="MeetingStart" Ascending="FALSE" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: true,
};

const documents: ListSchema = {
  key: 'documents',
  title: 'Documenten',
  url: 'Documenten',
  template: 101,
  description: 'GR en statuten, begrotingen, jaarstukken en andere stukken per samenwerkingsverband.',
  contentType: documentContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C06', 'Document samenwerking', 'Een stuk van of over een samenwerkingsverband.'),
  fields: [
    titleField('Titel', 'title', false),
    { internalName: 'FileLeafRef', displayName: 'Naam', property: 'fileName', type: 'Text', builtIn: true, required: true },
    partnershipLookup,
    { internalName: 'DocumentType', displayName: 'Soort stuk', property: 'documentType', type: 'Choice', choices: DOCUMENT_TYPE_CHOICES, required: true, indexed: true },
    { internalName: 'DocumentYear', displayName: 'Jaar', property: 'year', type: 'Number', indexed: true, min: 1990, max: 2100, decimals: 0 },
    isPublicField,
  ],
  views: [{ title: 'Alle documenten', fields: ['DocIcon', 'LinkFilename', 'Partnership', 'DocumentType', 'DocumentYear', 'IsPublic'], query: '<OrderBy><FieldRef Name="DocumentYear" Ascending="FALSE" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: true,
};

const processMoments: ListSchema = {
  key: 'processMoments',
  title: 'Procesmomenten',
  url: 'Lists/Procesmomenten',
  template: 100,
  description: 'Informatie- en invloedsmomenten, politieke keuzes en belangrijke bijeenkomsten op de tijdlijn.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C07', 'Procesmoment', 'Een moment op de tijdlijn van een samenwerkingsverband.'),
  fields: [
    titleField('Onderwerp', 'subject'),
    partnershipLookup,
    { internalName: 'MomentKind', displayName: 'Soort moment', property: 'kind', type: 'Choice', choices: PROCESS_MOMENT_KIND_CHOICES, required: true },
    { internalName: 'MomentDate', displayName: 'Datum', property: 'date', type: 'DateTime', format: 'DateOnly', required: true, indexed: true },
    { internalName: 'IsDeadline', displayName: 'Uiterste datum', property: 'isDeadline', type: 'Boolean', defaultValue: false },
    { internalName: 'Audiences', displayName: 'Voor wie', property: 'audiences', type: 'MultiChoice', choices: AUDIENCE_CHOICES },
    { internalName: 'MomentStatus', displayName: 'Status', property: 'status', type: 'Choice', choices: PROCESS_MOMENT_STATUS_CHOICES, required: true, defaultValue: 'Verwacht' },
    { internalName: 'MomentSource', displayName: 'Bron', property: 'source', type: 'Choice', choices: PROCESS_MOMENT_SOURCE_CHOICES, required: true, defaultValue: 'Handmatig' },
    isPublicField,
    { internalName: 'DocumentUrl', displayName: 'Document', property: 'documentUrl', type: 'Text', maxLength: 255 },
    { internalName: 'MomentNotes', displayName: 'Toelichting', property: 'notes', type: 'Note', valueFormat: 'text' },
    // Issue 6A: the budget year of a moment the Wgr calendar derived; with partnership and subject it identifies it.
    { internalName: 'WgrBudgetYear', displayName: 'Begrotingsjaar (Wgr)', property: 'budgetYear', type: 'Number', min: 1990, max: 2100, decimals: 0 },
  ],
  views: [{ title: 'Tijdlijn', fields: ['LinkTitle', 'Partnership', 'MomentKind', 'MomentDate', 'MomentStatus'], query: '<OrderBy><FieldRef Name="MomentDate" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: true,
};

const actions: ListSchema = {
  key: 'actions',
  title: 'Verbeteracties',
  url: 'Lists/Verbeteracties',
  template: 100,
  description: 'Aanbevelingen uit het verbeterplan verbonden partijen, met reactie, actie, eigenaar en planning.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C08', 'Verbeteractie', 'Een aanbeveling en de actie die eruit volgt.'),
  fields: [
    titleField('Aanbeveling', 'recommendation'),
    { internalName: 'ActionNumber', displayName: 'Nr.', property: 'number', type: 'Text', maxLength: 20, required: true },
    { internalName: 'ImprovementPlan', displayName: 'Plan', property: 'plan', type: 'Text', maxLength: 255 },
    { internalName: 'RecommendationResponse', displayName: 'Reactie', property: 'response', type: 'Choice', choices: RECOMMENDATION_RESPONSE_CHOICES, required: true, defaultValue: 'Nog te bepalen' },
    { internalName: 'ResponseExplanation', displayName: 'Toelichting reactie', property: 'responseExplanation', type: 'Note', valueFormat: 'text' },
    { internalName: 'ActionDescription', displayName: 'Actie', property: 'action', type: 'Note', valueFormat: 'text' },
    { internalName: 'ActionOwner', displayName: 'Wie', property: 'owner', type: 'User', indexed: true },
    { internalName: 'PlannedDate', displayName: 'Planning', property: 'plannedDate', type: 'DateTime', format: 'DateOnly', indexed: true },
    { internalName: 'ActionStatus', displayName: 'Status', property: 'status', type: 'Choice', choices: ACTION_STATUS_CHOICES, required: true, indexed: true, defaultValue: 'Open' },
    optionalPartnershipLookup,
  ],
  views: [{ title: 'Alle acties', fields: ['ActionNumber', 'LinkTitle', 'RecommendationResponse', 'ActionOwner', 'PlannedDate', 'ActionStatus'], query: '<OrderBy><FieldRef Name="ActionNumber" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

const contacts: ListSchema = {
  key: 'contacts',
  title: 'Contactpersonen',
  url: 'Lists/Contactpersonen',
  template: 100,
  description: 'Contactpersonenlijst van de relaties in de uitvoering.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C09', 'Contactpersoon', 'Een contactpersoon bij een gemeente of samenwerkingsverband.'),
  fields: [
    titleField('Naam', 'name'),
    { internalName: 'Organisation', displayName: 'Organisatie', property: 'organisation', type: 'Text', maxLength: 255 },
    { internalName: 'ContactRole', displayName: 'Rol', property: 'role', type: 'Text', maxLength: 255 },
    { internalName: 'Expertise', displayName: 'Expertise', property: 'expertise', type: 'Text', maxLength: 255 },
    { internalName: 'Email', displayName: 'E-mail', property: 'email', type: 'Text', maxLength: 255 },
    { internalName: 'Phone', displayName: 'Telefoon', property: 'phone', type: 'Text', maxLength: 50 },
    optionalPartnershipLookup,
  ],
  views: [{ title: 'Alle contactpersonen', fields: ['LinkTitle', 'Organisation', 'ContactRole', 'Expertise', 'Email'], query: '<OrderBy><FieldRef Name="Title" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

/**
 * Every list of the product, in provisioning order: a list comes after the lists it looks up.
 * Raise `version` whenever this changes; provisioning adds what is missing and never drops a field.
 */
export const SITE_SCHEMA: SiteSchema = {
  version: 6,
  lists: [municipalities, partnerships, financialFigures, meetingBodies, meetings, documents, processMoments, actions, contacts, ...STEERING_LISTS, ...WGR_LISTS, ...COUNCIL_INFLUENCE_LISTS, ...SERVICE_DELIVERY_LISTS],
};

export function listSchema(key: ListSchema['key']): ListSchema {
  const found = SITE_SCHEMA.lists.find((list) => list.key === key);
  if (!found) {
    throw new Error(`No list with key '${key}' in the site schema`);
  }
  return found;
}
