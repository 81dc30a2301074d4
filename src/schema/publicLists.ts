import type { ContentTypeSchema, FieldSchema, ListSchema, SiteSchema } from './schemaTypes';
import {
  AUDIENCE_CHOICES,
  BBV_GROUP_CHOICES,
  DOCUMENT_TYPE_CHOICES,
  LEGAL_FORM_CHOICES,
  MEETING_STATUS_CHOICES,
  PARTNERSHIP_STATUS_CHOICES,
  PROCESS_MOMENT_KIND_CHOICES,
  PROCESS_MOMENT_SOURCE_CHOICES,
  PROCESS_MOMENT_STATUS_CHOICES,
} from './choices';
import { itemContentType, titleField } from './fieldBuilders';


/*
 * The public projection on the intranet site (`/sites/intranet`), which the council reads. The publication
 * service copies only public items from the register site into these lists; the register's confidential
 * items never leave it, and carry item-level permissions there that exclude the Visitors (the raad).
 * Everything here is public, so no list needs item-level permissions.
 *
 * These lists live on another site than SITE_SCHEMA's, hence a schema of their own that the same
 * provisioning and the same schema-driven repositories use. They refer to their source items by the
 * register's ids (`SourceId`, `PartnershipSourceId`), not by lookups: a lookup cannot cross sites.
 */

const CONTENT_TYPE_GROUP = 'Samenwerkingsmonitor (openbaar)';

function publicContentType(guid: string, name: string, description: string): ContentTypeSchema {
  return itemContentType(guid, name, description, CONTENT_TYPE_GROUP);
}

const sourceIdField: FieldSchema = {
  internalName: 'SourceId',
  displayName: 'Id in het register',
  property: 'sourceId',
  type: 'Number',
  required: true,
  indexed: true,
  decimals: 0,
  description: 'Id van het item op de registersite waarvan dit de openbare kopie is.',
};

const partnershipSourceIdField: FieldSchema = {
  internalName: 'PartnershipSourceId',
  displayName: 'Samenwerkingsverband (id)',
  property: 'partnershipSourceId',
  type: 'Number',
  required: true,
  indexed: true,
  decimals: 0,
};

const publicPartnerships: ListSchema = {
  key: 'publicPartnerships',
  title: 'Openbare samenwerkingsverbanden',
  url: 'Lists/OpenbareSamenwerkingsverbanden',
  template: 100,
  description: 'Openbare gegevens van de samenwerkingsverbanden, voor de raad. Wordt bijgehouden vanuit het register.',
  contentType: publicContentType('8E7D2C4B1A3F4C5D9E0F1A2B3C4D5E01', 'Openbaar samenwerkingsverband', 'Openbare kopie van een samenwerkingsverband.'),
  fields: [
    titleField('Naam', 'name'),
    sourceIdField,
    { internalName: 'LegalForm', displayName: 'Rechtsvorm', property: 'legalForm', type: 'Choice', choices: LEGAL_FORM_CHOICES, required: true },
    { internalName: 'BbvGroup', displayName: 'BBV-groep', property: 'bbvGroup', type: 'Choice', choices: BBV_GROUP_CHOICES, required: true },
    { internalName: 'IsVerbondenPartij', displayName: 'Verbonden partij', property: 'isVerbondenPartij', type: 'Boolean', defaultValue: false },
    { internalName: 'PolicyDomain', displayName: 'Domein', property: 'domain', type: 'Text', maxLength: 255 },
    { internalName: 'ParticipantNames', displayName: 'Deelnemers', property: 'participantNames', type: 'Note', valueFormat: 'lines' },
    { internalName: 'Seat', displayName: 'Vestigingsplaats', property: 'seat', type: 'Text', maxLength: 255 },
    { internalName: 'PublicInterest', displayName: 'Openbaar belang', property: 'publicInterest', type: 'Note', valueFormat: 'text' },
    { internalName: 'ImportanceSocietalTask', displayName: 'Zwaarwegende maatschappelijke opgave', property: 'importance.societalTask', type: 'Boolean', defaultValue: false },
    { internalName: 'ImportanceOpportunities', displayName: 'Grote kansen', property: 'importance.opportunities', type: 'Boolean', defaultValue: false },
    { internalName: 'ImportanceRisks', displayName: "Grote risico's", property: 'importance.risks', type: 'Boolean', defaultValue: false },
    { internalName: 'ImportanceMoney', displayName: 'Veel middelen', property: 'importance.money', type: 'Boolean', defaultValue: false },
    { internalName: 'ImportanceAudiences', displayName: 'Belangrijk voor', property: 'importance.audiences', type: 'MultiChoice', choices: AUDIENCE_CHOICES },
    { internalName: 'ImportanceExplanation', displayName: 'Toelichting belang', property: 'importance.explanation', type: 'Note', valueFormat: 'text' },
    { internalName: 'PartnershipStatus', displayName: 'Status', property: 'status', type: 'Choice', choices: PARTNERSHIP_STATUS_CHOICES, required: true },
    { internalName: 'Website', displayName: 'Website', property: 'website', type: 'URL' },
  ],
  views: [{ title: 'Alle samenwerkingsverbanden', fields: ['LinkTitle', 'LegalForm', 'Seat', 'IsVerbondenPartij'], query: '<OrderBy><FieldRef Name="Title" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

const publicMeetingBodies: ListSchema = {
  key: 'publicMeetingBodies',
  title: 'Openbare overlegorganen',
  url: 'Lists/OpenbareOverlegorganen',
  template: 100,
  description: 'De openbare bestuursorganen van de samenwerkingsverbanden (zoals het algemeen bestuur).',
  contentType: publicContentType('8E7D2C4B1A3F4C5D9E0F1A2B3C4D5E02', 'Openbaar overlegorgaan', 'Openbare kopie van een overlegorgaan.'),
  fields: [
    titleField('Naam', 'name'),
    sourceIdField,
    partnershipSourceIdField,
    { internalName: 'ShortName', displayName: 'Korte naam', property: 'shortName', type: 'Text', maxLength: 50 },
    { internalName: 'Purpose', displayName: 'Taak / doel', property: 'purpose', type: 'Note', valueFormat: 'text' },
    { internalName: 'FrequencyText', displayName: 'Frequentie', property: 'frequencyText', type: 'Text', maxLength: 255 },
    { internalName: 'MeetingLocation', displayName: 'Locatie', property: 'location', type: 'Text', maxLength: 255 },
  ],
  views: [{ title: 'Alle overlegorganen', fields: ['LinkTitle', 'PartnershipSourceId', 'FrequencyText'], query: '<OrderBy><FieldRef Name="Title" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

const publicMeetings: ListSchema = {
  key: 'publicMeetings',
  title: 'Openbare vergaderingen',
  url: 'Lists/OpenbareVergaderingen',
  template: 100,
  description: 'Vergaderingen van de openbare bestuursorganen.',
  contentType: publicContentType('8E7D2C4B1A3F4C5D9E0F1A2B3C4D5E03', 'Openbare vergadering', 'Openbare kopie van een vergadering.'),
  fields: [
    titleField('Titel', 'title'),
    sourceIdField,
    partnershipSourceIdField,
    { internalName: 'BodySourceId', displayName: 'Overlegorgaan (id)', property: 'bodySourceId', type: 'Number', required: true, indexed: true, decimals: 0 },
    { internalName: 'BodyName', displayName: 'Overlegorgaan', property: 'bodyName', type: 'Text', maxLength: 255 },
    { internalName: 'MeetingStart', displayName: 'Begin', property: 'start', type: 'DateTime', format: 'DateTime', required: true, indexed: true },
    { internalName: 'MeetingEnd', displayName: 'Einde', property: 'end', type: 'DateTime', format: 'DateTime', required: true },
    { internalName: 'MeetingLocation', displayName: 'Locatie', property: 'location', type: 'Text', maxLength: 255 },
    { internalName: 'MeetingStatus', displayName: 'Status', property: 'status', type: 'Choice', choices: MEETING_STATUS_CHOICES, required: true },
  ],
  views: [{ title: 'Alle vergaderingen', fields: ['LinkTitle', 'BodyName', 'MeetingStart', 'MeetingStatus'], query: '<OrderBy><FieldRef Name="MeetingStart" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

const publicDocuments: ListSchema = {
  key: 'publicDocuments',
  title: 'Openbare stukken',
  url: 'OpenbareStukken',
  template: 101,
  description: 'Openbare stukken (GR, begroting, jaarstukken, …): kopieën van de openbare documenten uit het register.',
  contentType: { id: '0x0101008E7D2C4B1A3F4C5D9E0F1A2B3C4D5E04', name: 'Openbaar stuk', group: CONTENT_TYPE_GROUP, description: 'Openbare kopie van een document.' },
  fields: [
    titleField('Titel', 'title', false),
    { internalName: 'FileLeafRef', displayName: 'Naam', property: 'fileName', type: 'Text', builtIn: true, required: true },
    sourceIdField,
    { internalName: 'SourceVersion', displayName: 'Versie in het register', property: 'sourceVersion', type: 'Text', maxLength: 255 },
    partnershipSourceIdField,
    { internalName: 'DocumentType', displayName: 'Soort stuk', property: 'documentType', type: 'Choice', choices: DOCUMENT_TYPE_CHOICES, required: true },
    { internalName: 'DocumentYear', displayName: 'Jaar', property: 'year', type: 'Number', min: 1990, max: 2100, decimals: 0 },
  ],
  views: [{ title: 'Alle stukken', fields: ['DocIcon', 'LinkFilename', 'DocumentType', 'DocumentYear'], query: '<OrderBy><FieldRef Name="DocumentYear" Ascending="FALSE" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

const publicProcessMoments: ListSchema = {
  key: 'publicProcessMoments',
  title: 'Openbare procesmomenten',
  url: 'Lists/OpenbareProcesmomenten',
  template: 100,
  description: 'Informatie- en invloedsmomenten voor de raad, met de wettelijke termijnen uit de Wgr.',
  contentType: publicContentType('8E7D2C4B1A3F4C5D9E0F1A2B3C4D5E05', 'Openbaar procesmoment', 'Openbare kopie van een procesmoment.'),
  fields: [
    titleField('Onderwerp', 'subject'),
    sourceIdField,
    partnershipSourceIdField,
    { internalName: 'MomentKind', displayName: 'Soort moment', property: 'kind', type: 'Choice', choices: PROCESS_MOMENT_KIND_CHOICES, required: true },
    { internalName: 'MomentDate', displayName: 'Datum', property: 'date', type: 'DateTime', format: 'DateOnly', required: true, indexed: true },
    { internalName: 'IsDeadline', displayName: 'Uiterste datum', property: 'isDeadline', type: 'Boolean', defaultValue: false },
    { internalName: 'Audiences', displayName: 'Voor wie', property: 'audiences', type: 'MultiChoice', choices: AUDIENCE_CHOICES },
    { internalName: 'MomentStatus', displayName: 'Status', property: 'status', type: 'Choice', choices: PROCESS_MOMENT_STATUS_CHOICES, required: true },
    { internalName: 'MomentSource', displayName: 'Bron', property: 'source', type: 'Choice', choices: PROCESS_MOMENT_SOURCE_CHOICES, required: true },
    { internalName: 'MomentNotes', displayName: 'Toelichting', property: 'notes', type: 'Note', valueFormat: 'text' },
  ],
  views: [{ title: 'Tijdlijn', fields: ['LinkTitle', 'MomentKind', 'MomentDate', 'MomentStatus'], query: '<OrderBy><FieldRef Name="MomentDate" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

/** The intranet site's lists: the public projection the council page reads. Raise `version` on change. */
export const INTRANET_SITE_SCHEMA: SiteSchema = {
  version: 1,
  lists: [publicPartnerships, publicMeetingBodies, publicMeetings, publicDocuments, publicProcessMoments],
};

export type PublicListKey = 'publicPartnerships' | 'publicMeetingBodies' | 'publicMeetings' | 'publicDocuments' | 'publicProcessMoments';

export function publicListSchema(key: PublicListKey): ListSchema {
  const found = INTRANET_SITE_SCHEMA.lists.find((list) => list.key === key);
  if (!found) {
    throw new Error(`No list with key '${key}' in the intranet schema`);
  }
  return found;
}
