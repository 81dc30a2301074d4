import type { ChoiceOption, ListSchema } from './schemaTypes';
import { TASK_LAYER_CHOICES } from './choices';
import { itemContentType, partnershipLookup, titleField } from './fieldBuilders';


/*
 * The steering lists (issue 7): yearly evaluations, budget progress, task-layer insights (seed 001) and the
 * coalitions of the willing with their core domains, dossiers and milestones (seed 003). The improvement
 * plan's recommendations and actions (seed 002) live in the existing Verbeteracties list.
 */

export const EVALUATION_OUTCOME_CHOICES: readonly ChoiceOption[] = [
  { value: 'naar-tevredenheid', label: 'Naar tevredenheid' },
  { value: 'aandachtspunten', label: 'Met aandachtspunten' },
  { value: 'zorgelijk', label: 'Zorgelijk' },
];

export const EVALUATION_STATUS_CHOICES: readonly ChoiceOption[] = [
  { value: 'concept', label: 'Concept' },
  { value: 'afgerond', label: 'Afgerond' },
];

export const BUDGET_PROGRESS_KIND_CHOICES: readonly ChoiceOption[] = [
  { value: 'prognose', label: 'Prognose' },
  { value: 'realisatie', label: 'Realisatie' },
];

export const TASK_LAYER_INSIGHT_KIND_CHOICES: readonly ChoiceOption[] = [
  { value: 'succes', label: 'Succes' },
  { value: 'kans', label: 'Kans' },
  { value: 'motief', label: 'Motief' },
];

export const MILESTONE_STATUS_CHOICES: readonly ChoiceOption[] = [
  { value: 'gepland', label: 'Gepland' },
  { value: 'gereed', label: 'Gereed' },
  { value: 'vertraagd', label: 'Vertraagd' },
];

export const evaluationsList: ListSchema = {
  key: 'evaluations',
  title: 'Evaluaties',
  url: 'Lists/Evaluaties',
  template: 100,
  description: 'Jaarlijkse evaluaties van de samenwerkingsverbanden, met vragen, antwoorden, uitkomst en vervolgacties.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C10', 'Evaluatie', 'Een gedateerde evaluatie van een samenwerkingsverband.'),
  fields: [
    titleField('Titel', 'title'),
    partnershipLookup,
    { internalName: 'EvaluationDate', displayName: 'Datum', property: 'date', type: 'DateTime', format: 'DateOnly', required: true, indexed: true },
    { internalName: 'EvaluationStatus', displayName: 'Status', property: 'status', type: 'Choice', choices: EVALUATION_STATUS_CHOICES, required: true, defaultValue: 'Concept' },
    { internalName: 'EvaluationAnswers', displayName: 'Vragen en antwoorden', property: 'answers', type: 'Note', valueFormat: 'json' },
    { internalName: 'EvaluationOutcome', displayName: 'Uitkomst', property: 'outcome', type: 'Choice', choices: EVALUATION_OUTCOME_CHOICES, required: true },
    { internalName: 'OutcomeSummary', displayName: 'Toelichting uitkomst', property: 'outcomeSummary', type: 'Note', valueFormat: 'text' },
    { internalName: 'IsClauseEvaluation', displayName: 'Evaluatie volgens de GR (Wgr art. 11a)', property: 'isClauseEvaluation', type: 'Boolean', defaultValue: false },
    { internalName: 'FollowUpActions', displayName: 'Vervolgacties', property: 'followUpActionIds', type: 'LookupMulti', lookupList: 'actions' },
  ],
  views: [
    { title: 'Alle evaluaties', fields: ['LinkTitle', 'Partnership', 'EvaluationDate', 'EvaluationStatus', 'EvaluationOutcome'], query: '<OrderBy><FieldRef Name="EvaluationDate" Ascending="FALSE" /></OrderBy>', rowLimit: 100, isDefault: true },
  ],
  itemLevelConfidentiality: false,
};

export const budgetProgressList: ListSchema = {
  key: 'budgetProgress',
  title: 'Begrotingsvoortgang',
  url: 'Lists/Begrotingsvoortgang',
  template: 100,
  description: 'De verwachte of gerealiseerde bijdrage per samenwerkingsverband en jaar, met de toelichting op de afwijking van de begroting.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C11', 'Begrotingsvoortgang', 'De bijdrage die op een peildatum wordt verwacht.'),
  fields: [
    { internalName: 'Title', displayName: 'Toelichting', property: 'explanation', type: 'Text', required: false, builtIn: true, maxLength: 255 },
    partnershipLookup,
    { internalName: 'FiscalYear', displayName: 'Jaar', property: 'year', type: 'Number', required: true, indexed: true, min: 1990, max: 2100, decimals: 0 },
    { internalName: 'ProgressDate', displayName: 'Peildatum', property: 'asOfDate', type: 'DateTime', format: 'DateOnly', required: true, indexed: true },
    { internalName: 'ProgressKind', displayName: 'Soort', property: 'kind', type: 'Choice', choices: BUDGET_PROGRESS_KIND_CHOICES, required: true, defaultValue: 'Prognose' },
    { internalName: 'ExpectedContribution', displayName: 'Verwachte bijdrage', property: 'expectedContribution', type: 'Currency', required: true },
  ],
  views: [
    { title: 'Alle peildata', fields: ['Partnership', 'FiscalYear', 'ProgressDate', 'ProgressKind', 'ExpectedContribution', 'Title'], query: '<OrderBy><FieldRef Name="ProgressDate" Ascending="FALSE" /></OrderBy>', rowLimit: 100, isDefault: true },
  ],
  itemLevelConfidentiality: false,
};

export const taskLayerInsightsList: ListSchema = {
  key: 'taskLayerInsights',
  title: 'Taaklagen',
  url: 'Lists/Taaklagen',
  template: 100,
  description: 'Successen, kansen en motieven van samenwerking per taaklaag (bedrijfsvoering, uitvoering, beleid, strategie).',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C12', 'Taaklaaginzicht', 'Een succes, kans of motief van samenwerking in één taaklaag.'),
  fields: [
    titleField('Omschrijving', 'text'),
    { internalName: 'TaskLayer', displayName: 'Taaklaag', property: 'taskLayer', type: 'Choice', choices: TASK_LAYER_CHOICES, required: true, indexed: true },
    { internalName: 'InsightKind', displayName: 'Soort', property: 'kind', type: 'Choice', choices: TASK_LAYER_INSIGHT_KIND_CHOICES, required: true },
    { ...partnershipLookup, required: false },
  ],
  views: [{ title: 'Alle taaklagen', fields: ['TaskLayer', 'InsightKind', 'LinkTitle', 'Partnership'], query: '<OrderBy><FieldRef Name="TaskLayer" /><FieldRef Name="InsightKind" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

export const coreDomainsList: ListSchema = {
  key: 'coreDomains',
  title: 'Kerndomeinen',
  url: 'Lists/Kerndomeinen',
  template: 100,
  description: 'De vastgestelde kerndomeinen van de regionale samenwerking.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C13', 'Kerndomein', 'Een kerndomein van de regionale samenwerking.'),
  fields: [titleField('Naam', 'name'), { internalName: 'DomainDescription', displayName: 'Omschrijving', property: 'description', type: 'Note', valueFormat: 'text' }],
  views: [{ title: 'Alle kerndomeinen', fields: ['LinkTitle', 'DomainDescription'], query: '<OrderBy><FieldRef Name="Title" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

export const coalitionDossiersList: ListSchema = {
  key: 'coalitionDossiers',
  title: 'Samenwerkingsdossiers',
  url: 'Lists/Samenwerkingsdossiers',
  template: 100,
  description: 'Dossiers binnen de kerndomeinen; elke gemeente kiest zelf aan welke dossiers zij deelneemt (coalitions of the willing).',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C14', 'Samenwerkingsdossier', 'Een dossier met de deelnemende gemeenten en een trekker.'),
  fields: [
    titleField('Naam', 'name'),
    { internalName: 'CoreDomain', displayName: 'Kerndomein', property: 'coreDomainId', type: 'Lookup', lookupList: 'coreDomains', required: true, indexed: true },
    { internalName: 'DossierDescription', displayName: 'Omschrijving', property: 'description', type: 'Note', valueFormat: 'text' },
    { internalName: 'DossierParticipants', displayName: 'Deelnemende gemeenten', property: 'participantIds', type: 'LookupMulti', lookupList: 'municipalities' },
    { internalName: 'Trekker', displayName: 'Trekker', property: 'trekker', type: 'Text', maxLength: 255 },
    { internalName: 'TrekkerMunicipality', displayName: 'Gemeente van de trekker', property: 'trekkerMunicipalityId', type: 'Lookup', lookupList: 'municipalities' },
  ],
  views: [{ title: 'Alle dossiers', fields: ['LinkTitle', 'CoreDomain', 'Trekker'], query: '<OrderBy><FieldRef Name="Title" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

export const milestonesList: ListSchema = {
  key: 'milestones',
  title: 'Mijlpalen',
  url: 'Lists/Mijlpalen',
  template: 100,
  description: 'Gedateerde stappen in het proces van een samenwerkingsdossier.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C15', 'Mijlpaal', 'Een gedateerde stap in een samenwerkingsdossier.'),
  fields: [
    titleField('Mijlpaal', 'title'),
    { internalName: 'Dossier', displayName: 'Dossier', property: 'dossierId', type: 'Lookup', lookupList: 'coalitionDossiers', required: true, indexed: true },
    { internalName: 'MilestoneDate', displayName: 'Datum', property: 'date', type: 'DateTime', format: 'DateOnly', required: true, indexed: true },
    { internalName: 'MilestoneDateText', displayName: 'Datum zoals vermeld', property: 'dateText', type: 'Text', maxLength: 255 },
    { internalName: 'MilestoneStatus', displayName: 'Status', property: 'status', type: 'Choice', choices: MILESTONE_STATUS_CHOICES, required: true, defaultValue: 'Gepland' },
    { internalName: 'MilestoneNotes', displayName: 'Toelichting', property: 'notes', type: 'Note', valueFormat: 'text' },
  ],
  views: [{ title: 'Tijdlijn', fields: ['LinkTitle', 'Dossier', 'MilestoneDate', 'MilestoneStatus'], query: '<OrderBy><FieldRef Name="MilestoneDate" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

/** In provisioning order: each list after the lists it looks up. */
export const STEERING_LISTS: readonly ListSchema[] = [evaluationsList, budgetProgressList, taskLayerInsightsList, coreDomainsList, coalitionDossiersList, milestonesList];
