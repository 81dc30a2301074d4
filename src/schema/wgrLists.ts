import type { ChoiceOption, ListSchema } from './schemaTypes';
import { itemContentType, partnershipLookup } from './fieldBuilders';


/*
 * The Wgr calendar's lists (issue 6A): the GR's own rules per partnership, the drafts sent to the raden for a
 * zienswijze (Wgr art. 1(2)-(3)), and the councils' meeting schedules with their summer recess.
 */

export const REGULATION_CHANGE_KIND_CHOICES: readonly ChoiceOption[] = [
  { value: 'wijziging', label: 'Wijziging regeling' },
  { value: 'toetreding', label: 'Toetreding' },
  { value: 'uittreding', label: 'Uittreding' },
  { value: 'nieuwe-regeling', label: 'Nieuwe regeling' },
];

export const COUNCIL_CALENDAR_ENTRY_KIND_CHOICES: readonly ChoiceOption[] = [
  { value: 'raadsvergadering', label: 'Raadsvergadering' },
  // Issue 8: the committee meeting that prepares a council meeting, from the imported schedule.
  { value: 'commissievergadering', label: 'Commissievergadering' },
  { value: 'zomerreces', label: 'Zomerreces' },
];

export const wgrSettingsList: ListSchema = {
  key: 'wgrSettings',
  title: 'Wgr-instellingen',
  url: 'Lists/WgrInstellingen',
  template: 100,
  description: 'Eigen regels van een gemeenschappelijke regeling voor de Wgr-kalender: vrijstelling begrotingswijzigingen en eigen verzenddata.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C61', 'Wgr-instelling', 'De eigen Wgr-regels van één gemeenschappelijke regeling.'),
  fields: [
    { internalName: 'Title', displayName: 'Toelichting', property: 'notes', type: 'Text', builtIn: true, maxLength: 255 },
    partnershipLookup,
    {
      internalName: 'BudgetAmendmentsExempt',
      displayName: 'Begrotingswijzigingen vrijgesteld',
      description: 'Wgr art. 35(6): de regeling zondert begrotingswijzigingen uit van de zienswijzeprocedure.',
      property: 'budgetAmendmentsExempt',
      type: 'Boolean',
      defaultValue: false,
    },
    { internalName: 'KadersSendDay', displayName: 'Eigen verzenddatum kaders (dd-mm)', description: 'Bijvoorbeeld 15-04; wettelijk vóór 30 april (Wgr art. 34b).', property: 'kadersSendDay', type: 'Text', maxLength: 10 },
    { internalName: 'ExitNoticeMonths', displayName: 'Opzegtermijn uittreding (maanden)', description: 'Wgr art. 9: de termijn die de regeling voor uittreding stelt.', property: 'exitNoticeMonths', type: 'Number', min: 0, max: 120, decimals: 0 },
    { internalName: 'ExitEffectiveDay', displayName: 'Uittreding gaat in op (dd-mm)', description: 'Bijvoorbeeld 01-01.', property: 'exitEffectiveDay', type: 'Text', maxLength: 10 },
    { internalName: 'DraftBudgetSendDay', displayName: 'Eigen verzenddatum ontwerpbegroting (dd-mm)', description: 'Bijvoorbeeld 08-04; wettelijk twaalf weken vóór het AB (Wgr art. 35(1)).', property: 'draftBudgetSendDay', type: 'Text', maxLength: 10 },
  ],
  views: [{ title: 'Alle instellingen', fields: ['Partnership', 'BudgetAmendmentsExempt', 'KadersSendDay', 'DraftBudgetSendDay', 'LinkTitle'], query: '<OrderBy><FieldRef Name="Partnership" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

export const regulationChangesList: ListSchema = {
  key: 'regulationChanges',
  title: 'Wgr-voorstellen',
  url: 'Lists/WgrVoorstellen',
  template: 100,
  description: 'Ontwerpen van een nieuwe of gewijzigde regeling, toetreding en uittreding die voor zienswijze naar de raden gaan (Wgr art. 1(2)-(3)).',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C62', 'Wgr-voorstel', 'Een ontwerpbesluit dat voor zienswijze naar de raden gaat.'),
  fields: [
    { internalName: 'Title', displayName: 'Onderwerp', property: 'subject', type: 'Text', required: true, builtIn: true, maxLength: 255 },
    partnershipLookup,
    { internalName: 'ChangeKind', displayName: 'Soort voorstel', property: 'kind', type: 'Choice', choices: REGULATION_CHANGE_KIND_CHOICES, required: true, defaultValue: 'Wijziging regeling' },
    { internalName: 'SentDate', displayName: 'Verzonden aan de raden', property: 'sentDate', type: 'DateTime', format: 'DateOnly', required: true, indexed: true },
  ],
  views: [{ title: 'Alle voorstellen', fields: ['LinkTitle', 'Partnership', 'ChangeKind', 'SentDate'], query: '<OrderBy><FieldRef Name="SentDate" Ascending="FALSE" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

export const councilCalendarList: ListSchema = {
  key: 'councilCalendar',
  title: 'Raadsvergaderingen',
  url: 'Lists/Raadsvergaderingen',
  template: 100,
  description: 'Vergaderschema en zomerreces van de raad per gemeente, om zienswijzetermijnen te toetsen.',
  contentType: itemContentType('6D5C1B3A0F2E4B7C9A1D2E3F4A5B6C63', 'Raadsvergadering', 'Een raadsvergadering of het zomerreces van een gemeente.'),
  fields: [
    { internalName: 'Title', displayName: 'Omschrijving', property: 'title', type: 'Text', required: true, builtIn: true, maxLength: 255 },
    { internalName: 'Municipality', displayName: 'Gemeente', property: 'municipalityId', type: 'Lookup', lookupList: 'municipalities', required: true, indexed: true },
    { internalName: 'CouncilEntryKind', displayName: 'Soort', property: 'kind', type: 'Choice', choices: COUNCIL_CALENDAR_ENTRY_KIND_CHOICES, required: true, defaultValue: 'Raadsvergadering' },
    { internalName: 'CouncilDate', displayName: 'Datum (of begin reces)', property: 'date', type: 'DateTime', format: 'DateOnly', required: true, indexed: true },
    { internalName: 'RecessEnd', displayName: 'Einde reces', property: 'endDate', type: 'DateTime', format: 'DateOnly' },
    { internalName: 'IsDemo', displayName: 'Demogegevens', property: 'isDemo', type: 'Boolean', defaultValue: false },
    { internalName: 'SourceUid', displayName: 'Bron (iCalendar UID)', description: 'Gevuld bij import uit een vergaderschema; een nieuwe import werkt het item bij.', property: 'sourceUid', type: 'Text', maxLength: 255, indexed: true },
  ],
  views: [{ title: 'Vergaderschema', fields: ['Municipality', 'CouncilEntryKind', 'CouncilDate', 'RecessEnd', 'LinkTitle', 'IsDemo'], query: '<OrderBy><FieldRef Name="CouncilDate" /></OrderBy>', rowLimit: 100, isDefault: true }],
  itemLevelConfidentiality: false,
};

/** The Wgr calendar's lists, after the lists they look up (municipalities, partnerships). */
export const WGR_LISTS: readonly ListSchema[] = [wgrSettingsList, regulationChangesList, councilCalendarList];
