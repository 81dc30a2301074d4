import type { ChoiceOption, ListSchema } from './schemaTypes';
import { itemContentType, partnershipLookup, titleField } from './fieldBuilders';

/*
 * The council's influence cycle (issue 8): zienswijze cases and the other councils' zienswijzen, the Wgr 2022
 * check of each regeling, and the risk profiles that set the intensity of control. Domain types:
 * src/domain/councilInfluence/models.ts and src/domain/riskProfile/models.ts.
 */

export const INFLUENCE_CASE_KIND_CHOICES: readonly ChoiceOption[] = [
  { value: 'ontwerpbegroting', label: 'Ontwerpbegroting' },
  { value: 'begrotingswijziging', label: 'Begrotingswijziging' },
  { value: 'ontwerp-regeling', label: 'Ontwerp wijziging regeling, toetreding of uittreding' },
  { value: 'besluit-art-10-5', label: 'Ander besluit (Wgr art. 10 lid 5)' },
];

export const ZIENSWIJZE_POSITION_CHOICES: readonly ChoiceOption[] = [
  { value: 'instemmend', label: 'Instemmend' },
  { value: 'met-opmerkingen', label: 'Instemmend met opmerkingen' },
  { value: 'bezwaren', label: 'Bezwaren' },
  { value: 'geen-zienswijze', label: 'Geen zienswijze' },
];

export const WGR_PROVISION_CHOICES: readonly ChoiceOption[] = [
  { value: 'evaluatiebepaling', label: 'Evaluatiebepaling (art. 11a)' },
  { value: 'inwonersparticipatie', label: 'Participatie van inwoners (art. 10 lid 7-8)' },
  { value: 'zienswijzebesluiten', label: 'Besluiten met zienswijze (art. 10 lid 5)' },
  { value: 'actieve-informatieplicht', label: 'Actieve informatieplicht (art. 17)' },
  { value: 'adviescommissie', label: 'Gemeenschappelijke adviescommissie (art. 24a)' },
  { value: 'uittredingsvoorwaarden', label: 'Uittredingsvoorwaarden (art. 9)' },
];

export const PROVISION_CHECK_RESULT_CHOICES: readonly ChoiceOption[] = [
  { value: 'nog-te-toetsen', label: 'Nog te toetsen' },
  { value: 'geregeld', label: 'Geregeld' },
  { value: 'deels-geregeld', label: 'Deels geregeld' },
  { value: 'ontbreekt', label: 'Ontbreekt' },
  { value: 'niet-van-toepassing', label: 'Niet van toepassing' },
];

export const RISK_LEVEL_CHOICES: readonly ChoiceOption[] = [
  { value: 'laag', label: 'Laag' },
  { value: 'midden', label: 'Midden' },
  { value: 'hoog', label: 'Hoog' },
];

export const influenceCasesList: ListSchema = {
  key: 'influenceCases',
  title: 'Zienswijzetrajecten',
  url: 'Lists/Zienswijzetrajecten',
  template: 100,
  description: 'Elk invloedsmoment van de raad op een gemeenschappelijke regeling: van binnenkomst via raadsoplegger, zienswijze en standpunt in het AB tot het antwoord van de GR.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C81', 'Zienswijzetraject', 'Een invloedsmoment van de raad, stap voor stap gevolgd.'),
  fields: [
    titleField('Onderwerp', 'subject'),
    partnershipLookup,
    { internalName: 'InfluenceKind', displayName: 'Soort', property: 'kind', type: 'Choice', choices: INFLUENCE_CASE_KIND_CHOICES, required: true, defaultValue: 'Ontwerpbegroting' },
    { internalName: 'InfluenceBudgetYear', displayName: 'Begrotingsjaar', property: 'budgetYear', type: 'Number', min: 1990, max: 2100, decimals: 0 },
    { internalName: 'ReceivedDate', displayName: 'Ontvangen op', property: 'receivedDate', type: 'DateTime', format: 'DateOnly', required: true, indexed: true },
    { internalName: 'InfluenceDocumentUrl', displayName: 'Document', property: 'documentUrl', type: 'Text', maxLength: 255 },
    { internalName: 'ResponseDeadline', displayName: 'Zienswijze uiterlijk', property: 'responseDeadline', type: 'DateTime', format: 'DateOnly', indexed: true },
    { internalName: 'AbDecisionMeetingDate', displayName: 'AB-vergadering die besluit', property: 'abDecisionMeetingDate', type: 'DateTime', format: 'DateOnly' },
    { internalName: 'CollegeProposalPoints', displayName: 'Voorstel van het college (één punt per regel)', property: 'collegeProposalPoints', type: 'Note', valueFormat: 'lines' },
    { internalName: 'CoverNoteDate', displayName: 'Raadsoplegger verstuurd', property: 'coverNoteDate', type: 'DateTime', format: 'DateOnly' },
    { internalName: 'CouncilPosition', displayName: 'Zienswijze raad', property: 'councilPosition', type: 'Choice', choices: ZIENSWIJZE_POSITION_CHOICES },
    { internalName: 'CouncilAdoptedDate', displayName: 'Zienswijze vastgesteld op', property: 'councilAdoptedDate', type: 'DateTime', format: 'DateOnly' },
    { internalName: 'CouncilZienswijzeUrl', displayName: 'Zienswijze (document)', property: 'councilZienswijzeUrl', type: 'Text', maxLength: 255 },
    { internalName: 'CouncilZienswijzeSummary', displayName: 'Samenvatting zienswijze', property: 'councilZienswijzeSummary', type: 'Note', valueFormat: 'text' },
    { internalName: 'AbMemberPosition', displayName: 'Standpunt AB-lid', property: 'abMemberPosition', type: 'Note', valueFormat: 'text' },
    { internalName: 'AbMemberPositionDate', displayName: 'Standpunt ingenomen op', property: 'abMemberPositionDate', type: 'DateTime', format: 'DateOnly' },
    { internalName: 'AbDecision', displayName: 'Besluit AB', property: 'abDecision', type: 'Note', valueFormat: 'text' },
    { internalName: 'AbDecisionDate', displayName: 'Besluit AB op', property: 'abDecisionDate', type: 'DateTime', format: 'DateOnly' },
    { internalName: 'GrAnswerDate', displayName: 'Antwoord GR op', property: 'grAnswerDate', type: 'DateTime', format: 'DateOnly' },
    { internalName: 'GrAnswerUrl', displayName: 'Antwoord GR (document)', property: 'grAnswerUrl', type: 'Text', maxLength: 255 },
    { internalName: 'GrAnswerSummary', displayName: 'Samenvatting antwoord GR', property: 'grAnswerSummary', type: 'Note', valueFormat: 'text' },
  ],
  views: [{ title: 'Alle trajecten', fields: ['LinkTitle', 'Partnership', 'InfluenceKind', 'ReceivedDate', 'ResponseDeadline', 'CouncilAdoptedDate', 'GrAnswerDate'], query: '<OrderBy><FieldRef Name="ReceivedDate" Ascending="FALSE" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

export const participantZienswijzenList: ListSchema = {
  key: 'participantZienswijzen',
  title: 'Zienswijzen deelnemers',
  url: 'Lists/ZienswijzenDeelnemers',
  template: 100,
  description: 'De zienswijzen van de raden van de andere deelnemende gemeenten op hetzelfde voorstel.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C82', 'Zienswijze deelnemer', 'De zienswijze van een andere deelnemende raad.'),
  fields: [
    titleField('Samenvatting', 'summary'),
    { internalName: 'InfluenceCase', displayName: 'Zienswijzetraject', property: 'caseId', type: 'Lookup', lookupList: 'influenceCases', required: true, indexed: true },
    { internalName: 'Municipality', displayName: 'Gemeente', property: 'municipalityId', type: 'Lookup', lookupList: 'municipalities', required: true, indexed: true },
    { internalName: 'ParticipantPosition', displayName: 'Zienswijze', property: 'position', type: 'Choice', choices: ZIENSWIJZE_POSITION_CHOICES, required: true, defaultValue: 'Instemmend' },
    { internalName: 'ParticipantAdoptedDate', displayName: 'Vastgesteld op', property: 'adoptedDate', type: 'DateTime', format: 'DateOnly' },
    { internalName: 'ParticipantDocumentUrl', displayName: 'Document', property: 'documentUrl', type: 'Text', maxLength: 255 },
  ],
  views: [{ title: 'Alle zienswijzen', fields: ['InfluenceCase', 'Municipality', 'ParticipantPosition', 'ParticipantAdoptedDate', 'LinkTitle'], query: '<OrderBy><FieldRef Name="ParticipantAdoptedDate" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

export const wgrProvisionChecksList: ListSchema = {
  key: 'wgrProvisionChecks',
  title: 'Wgr-toets',
  url: 'Lists/WgrToets',
  template: 100,
  description: 'Per gemeenschappelijke regeling de bepalingen die de Wgr sinds 1 juli 2022 vraagt of toestaat, en waar de regeling ze regelt.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C83', 'Wgr-toetspunt', 'Eén bepaling van de Wgr 2022, getoetst aan een regeling.'),
  fields: [
    { internalName: 'Title', displayName: 'Toelichting', property: 'notes', type: 'Text', builtIn: true, maxLength: 255 },
    partnershipLookup,
    { internalName: 'WgrProvision', displayName: 'Bepaling', property: 'provision', type: 'Choice', choices: WGR_PROVISION_CHOICES, required: true },
    { internalName: 'CheckResult', displayName: 'Uitkomst', property: 'result', type: 'Choice', choices: PROVISION_CHECK_RESULT_CHOICES, required: true, defaultValue: 'Nog te toetsen' },
    { internalName: 'RegulationArticle', displayName: 'Artikel in de regeling', property: 'regulationArticle', type: 'Text', maxLength: 100 },
    { internalName: 'CheckedOn', displayName: 'Getoetst op', property: 'checkedOn', type: 'DateTime', format: 'DateOnly' },
  ],
  views: [{ title: 'Alle toetspunten', fields: ['Partnership', 'WgrProvision', 'CheckResult', 'RegulationArticle', 'CheckedOn'], query: '<OrderBy><FieldRef Name="Partnership" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

export const riskProfilesList: ListSchema = {
  key: 'riskProfiles',
  title: 'Risicoprofielen',
  url: 'Lists/Risicoprofielen',
  template: 100,
  description: 'Het risicoprofiel per samenwerkingsverband uit de vragenlijst; het bepaalt de intensiteit van sturing en controle.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C84', 'Risicoprofiel', 'Een gedateerd risicoprofiel van een samenwerkingsverband.'),
  fields: [
    { internalName: 'Title', displayName: 'Toelichting', property: 'notes', type: 'Text', builtIn: true, maxLength: 255 },
    partnershipLookup,
    { internalName: 'RiskAnswers', displayName: 'Antwoorden vragenlijst', property: 'answers', type: 'Note', valueFormat: 'json' },
    { internalName: 'RiskScore', displayName: 'Score', property: 'score', type: 'Number', required: true, min: 0, max: 100, decimals: 0 },
    { internalName: 'RiskLevel', displayName: 'Risiconiveau', property: 'level', type: 'Choice', choices: RISK_LEVEL_CHOICES, required: true, indexed: true },
    { internalName: 'AssessedOn', displayName: 'Beoordeeld op', property: 'assessedOn', type: 'DateTime', format: 'DateOnly', required: true, indexed: true },
  ],
  views: [{ title: 'Alle profielen', fields: ['Partnership', 'RiskLevel', 'RiskScore', 'AssessedOn', 'LinkTitle'], query: '<OrderBy><FieldRef Name="AssessedOn" Ascending="FALSE" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

/** In provisioning order: each list after the lists it looks up. */
export const COUNCIL_INFLUENCE_LISTS: readonly ListSchema[] = [influenceCasesList, participantZienswijzenList, wgrProvisionChecksList, riskProfilesList];
