import type { ChoiceOption, ListSchema } from './schemaTypes';
import { itemContentType, partnershipLookup, titleField } from './fieldBuilders';

/*
 * Service delivery monitoring (issue 9): agreements, their performance indicators, the values reported per
 * period and satisfaction measurements. Domain types: src/domain/serviceDelivery/models.ts.
 */

export const SERVICE_AGREEMENT_KIND_CHOICES: readonly ChoiceOption[] = [
  { value: 'dvo', label: 'Dienstverleningsovereenkomst (DVO)' },
  { value: 'sla', label: 'Service level agreement' },
  { value: 'convenant', label: 'Convenant' },
  { value: 'overig', label: 'Overig' },
];

export const INDICATOR_DIRECTION_CHOICES: readonly ChoiceOption[] = [
  { value: 'hoger-is-beter', label: 'Hoger is beter' },
  { value: 'lager-is-beter', label: 'Lager is beter' },
  { value: 'binnen-bandbreedte', label: 'Binnen bandbreedte' },
];

export const REPORTING_FREQUENCY_CHOICES: readonly ChoiceOption[] = [
  { value: 'maand', label: 'Maandelijks' },
  { value: 'kwartaal', label: 'Per kwartaal' },
  { value: 'halfjaar', label: 'Per halfjaar' },
  { value: 'jaar', label: 'Jaarlijks' },
];

export const VALUE_SOURCE_CHOICES: readonly ChoiceOption[] = [
  { value: 'rapportage-partner', label: 'Rapportage samenwerkingsverband' },
  { value: 'eigen-meting', label: 'Eigen meting gemeente' },
];

export const INDICATOR_UNIT_CHOICES: readonly ChoiceOption[] = [
  { value: 'aantal', label: 'Aantal' },
  { value: 'procent', label: 'Procent' },
  { value: 'euro', label: 'Euro' },
  { value: 'dagen', label: 'Dagen' },
  { value: 'uren', label: 'Uren' },
  { value: 'cijfer', label: 'Cijfer (1-10)' },
];

export const SATISFACTION_OWNER_CHOICES: readonly ChoiceOption[] = [
  { value: 'regievoerder', label: 'Regievoerder' },
  { value: 'samenwerkingsverband', label: 'Samenwerkingsverband' },
  { value: 'extern-bureau', label: 'Extern bureau' },
  { value: 'anders', label: 'Anders' },
];

export const serviceAgreementsList: ListSchema = {
  key: 'serviceAgreements',
  title: 'Dienstverleningsafspraken',
  url: 'Lists/Dienstverleningsafspraken',
  template: 100,
  description: 'Dienstverleningsovereenkomsten en andere afspraken over de levering van diensten, met looptijd en verlengdatum.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C71', 'Dienstverleningsafspraak', 'Een DVO of andere afspraak over de levering van diensten.'),
  fields: [
    titleField('Naam', 'name'),
    partnershipLookup,
    { internalName: 'AgreementKind', displayName: 'Soort afspraak', property: 'kind', type: 'Choice', choices: SERVICE_AGREEMENT_KIND_CHOICES, required: true, defaultValue: 'Dienstverleningsovereenkomst (DVO)' },
    { internalName: 'AgreementStart', displayName: 'Ingangsdatum', property: 'startDate', type: 'DateTime', format: 'DateOnly', required: true },
    { internalName: 'AgreementEnd', displayName: 'Einddatum', property: 'endDate', type: 'DateTime', format: 'DateOnly', indexed: true },
    { internalName: 'RenewalDate', displayName: 'Uiterste datum verlenging of opzegging', property: 'renewalDate', type: 'DateTime', format: 'DateOnly', indexed: true },
    { internalName: 'AgreementDocumentUrl', displayName: 'Document', property: 'documentUrl', type: 'Text', maxLength: 255 },
    { internalName: 'AgreementNotes', displayName: 'Toelichting', property: 'notes', type: 'Note', valueFormat: 'text' },
  ],
  views: [{ title: 'Alle afspraken', fields: ['LinkTitle', 'Partnership', 'AgreementKind', 'AgreementStart', 'AgreementEnd', 'RenewalDate'], query: '<OrderBy><FieldRef Name="RenewalDate" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

export const performanceIndicatorsList: ListSchema = {
  key: 'performanceIndicators',
  title: 'Prestatie-indicatoren',
  url: 'Lists/PrestatieIndicatoren',
  template: 100,
  description: 'De prestatie-indicatoren die met een samenwerkingsverband zijn afgesproken: eenheid, norm, richting en rapportagefrequentie.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C72', 'Prestatie-indicator', 'Een afgesproken prestatie-indicator.'),
  fields: [
    titleField('Indicator', 'name'),
    partnershipLookup,
    { internalName: 'Agreement', displayName: 'Afspraak', property: 'agreementId', type: 'Lookup', lookupList: 'serviceAgreements' },
    { internalName: 'IndicatorDescription', displayName: 'Omschrijving', property: 'description', type: 'Note', valueFormat: 'text' },
    { internalName: 'IndicatorUnit', displayName: 'Eenheid', property: 'unit', type: 'Choice', choices: INDICATOR_UNIT_CHOICES, required: true, defaultValue: 'Aantal' },
    { internalName: 'IndicatorDirection', displayName: 'Richting', property: 'direction', type: 'Choice', choices: INDICATOR_DIRECTION_CHOICES, required: true, defaultValue: 'Hoger is beter' },
    { internalName: 'TargetValue', displayName: 'Norm', property: 'target', type: 'Number' },
    { internalName: 'TargetLow', displayName: 'Ondergrens bandbreedte', property: 'targetLow', type: 'Number' },
    { internalName: 'TargetHigh', displayName: 'Bovengrens bandbreedte', property: 'targetHigh', type: 'Number' },
    { internalName: 'ReportingFrequency', displayName: 'Rapportagefrequentie', property: 'reportingFrequency', type: 'Choice', choices: REPORTING_FREQUENCY_CHOICES, required: true, defaultValue: 'Per kwartaal' },
    { internalName: 'ValueSource', displayName: 'Bron van de waarde', property: 'valueSource', type: 'Choice', choices: VALUE_SOURCE_CHOICES, required: true, defaultValue: 'Rapportage samenwerkingsverband' },
    { internalName: 'ReportingFrom', displayName: 'Rapportage vanaf', property: 'reportingFrom', type: 'DateTime', format: 'DateOnly', required: true },
    { internalName: 'IndicatorActive', displayName: 'Actief', property: 'isActive', type: 'Boolean', defaultValue: true },
  ],
  views: [{ title: 'Alle indicatoren', fields: ['LinkTitle', 'Partnership', 'IndicatorUnit', 'IndicatorDirection', 'TargetValue', 'ReportingFrequency', 'IndicatorActive'], query: '<OrderBy><FieldRef Name="Title" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

export const indicatorValuesList: ListSchema = {
  key: 'indicatorValues',
  title: 'Gerapporteerde waarden',
  url: 'Lists/GerapporteerdeWaarden',
  template: 100,
  description: 'De waarde van een prestatie-indicator per periode, met rapportagedatum.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C73', 'Gerapporteerde waarde', 'De waarde van een indicator over één periode.'),
  fields: [
    titleField('Periode', 'period'),
    { internalName: 'Indicator', displayName: 'Indicator', property: 'indicatorId', type: 'Lookup', lookupList: 'performanceIndicators', required: true, indexed: true },
    partnershipLookup,
    { internalName: 'PeriodEnd', displayName: 'Einde periode', property: 'periodEnd', type: 'DateTime', format: 'DateOnly', required: true, indexed: true },
    { internalName: 'ReportedValue', displayName: 'Waarde', property: 'value', type: 'Number', required: true },
    { internalName: 'ReportedOn', displayName: 'Gerapporteerd op', property: 'reportedOn', type: 'DateTime', format: 'DateOnly', required: true },
    { internalName: 'ValueNotes', displayName: 'Toelichting', property: 'notes', type: 'Note', valueFormat: 'text' },
  ],
  views: [{ title: 'Alle waarden', fields: ['Indicator', 'Partnership', 'LinkTitle', 'ReportedValue', 'ReportedOn'], query: '<OrderBy><FieldRef Name="PeriodEnd" Ascending="FALSE" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

export const satisfactionMeasurementsList: ListSchema = {
  key: 'satisfactionMeasurements',
  title: 'Tevredenheidsmetingen',
  url: 'Lists/Tevredenheidsmetingen',
  template: 100,
  description: 'Metingen van de tevredenheid over de dienstverlening: wie mat, hoe, de score en opmerkingen.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C74', 'Tevredenheidsmeting', 'Een meting van de tevredenheid over een samenwerkingsverband.'),
  fields: [
    titleField('Onderwerp', 'subject'),
    partnershipLookup,
    { internalName: 'MeasuredOn', displayName: 'Datum meting', property: 'measuredOn', type: 'DateTime', format: 'DateOnly', required: true, indexed: true },
    { internalName: 'MeasuredBy', displayName: 'Gemeten door', property: 'measuredBy', type: 'Choice', choices: SATISFACTION_OWNER_CHOICES, required: true, defaultValue: 'Regievoerder' },
    { internalName: 'MeasurementMethod', displayName: 'Methode', property: 'method', type: 'Text', maxLength: 255 },
    { internalName: 'SatisfactionScore', displayName: 'Score', property: 'score', type: 'Number', required: true, min: 0 },
    { internalName: 'ScaleMax', displayName: 'Schaal tot', property: 'scaleMax', type: 'Number', required: true, min: 1, max: 100 },
    { internalName: 'Respondents', displayName: 'Aantal respondenten', property: 'respondents', type: 'Number', min: 0, decimals: 0 },
    { internalName: 'SatisfactionComments', displayName: 'Opmerkingen', property: 'comments', type: 'Note', valueFormat: 'text' },
  ],
  views: [{ title: 'Alle metingen', fields: ['LinkTitle', 'Partnership', 'MeasuredOn', 'MeasuredBy', 'SatisfactionScore', 'ScaleMax'], query: '<OrderBy><FieldRef Name="MeasuredOn" Ascending="FALSE" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

/** In provisioning order: each list after the lists it looks up. */
export const SERVICE_DELIVERY_LISTS: readonly ListSchema[] = [serviceAgreementsList, performanceIndicatorsList, indicatorValuesList, satisfactionMeasurementsList];
