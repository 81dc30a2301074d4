import type { ChoiceOption } from './schemaTypes';

/** Dutch labels SharePoint stores for each domain code. The label is what users see in SharePoint views. */
export const LEGAL_FORM_CHOICES: readonly ChoiceOption[] = [
  { value: 'gr-openbaar-lichaam', label: 'GR - openbaar lichaam' },
  { value: 'gr-bedrijfsvoeringsorganisatie', label: 'GR - bedrijfsvoeringsorganisatie' },
  { value: 'gr-gemeenschappelijk-orgaan', label: 'GR - gemeenschappelijk orgaan' },
  { value: 'gr-centrumgemeente', label: 'GR - centrumgemeente' },
  { value: 'gr-regeling-zonder-meer', label: 'GR - regeling zonder meer' },
  { value: 'stichting', label: 'Stichting' },
  { value: 'vereniging', label: 'Vereniging' },
  { value: 'nv-bv', label: 'NV/BV' },
  { value: 'cooperatie', label: 'Coöperatie' },
  { value: 'convenant', label: 'Convenant' },
  { value: 'overig', label: 'Overig' },
];

export const BBV_GROUP_CHOICES: readonly ChoiceOption[] = [
  { value: 'gemeenschappelijke-regelingen', label: 'Gemeenschappelijke regelingen' },
  { value: 'vennootschappen-en-cooperaties', label: 'Vennootschappen en coöperaties' },
  { value: 'stichtingen-en-verenigingen', label: 'Stichtingen en verenigingen' },
  { value: 'overige', label: 'Overige verbonden partijen' },
];

export const TASK_LAYER_CHOICES: readonly ChoiceOption[] = [
  { value: 'bedrijfsvoering', label: 'Bedrijfsvoering' },
  { value: 'uitvoering', label: 'Uitvoering' },
  { value: 'beleid', label: 'Beleid' },
  { value: 'strategie', label: 'Strategie' },
];

export const PARTNERSHIP_STATUS_CHOICES: readonly ChoiceOption[] = [
  { value: 'in-voorbereiding', label: 'In voorbereiding' },
  { value: 'actief', label: 'Actief' },
  { value: 'in-liquidatie', label: 'In liquidatie' },
  { value: 'beeindigd', label: 'Beëindigd' },
];

export const AUDIENCE_CHOICES: readonly ChoiceOption[] = [
  { value: 'raad', label: 'Raad' },
  { value: 'college', label: 'College' },
  { value: 'ambtelijke-organisatie', label: 'Ambtelijke organisatie' },
];

export const FINANCIAL_FIGURE_KIND_CHOICES: readonly ChoiceOption[] = [
  { value: 'begroting', label: 'Begroting' },
  { value: 'realisatie', label: 'Realisatie' },
];

export const MEETING_BODY_CATEGORY_CHOICES: readonly ChoiceOption[] = [
  { value: 'formeel', label: 'Formeel' },
  { value: 'bestuurlijk', label: 'Bestuurlijk' },
  { value: 'advies-en-uitvoering', label: 'Advies & uitvoering' },
  { value: 'dienstverlening', label: 'Dienstverlening' },
  { value: 'uitvoering', label: 'Uitvoering' },
  // Issue 9: the municipality's own coordination meetings (seed 002 recommendation 8 and the regievoerders' meeting).
  { value: 'intern', label: 'Intern overleg' },
];

export const MEETING_STATUS_CHOICES: readonly ChoiceOption[] = [
  { value: 'gepland', label: 'Gepland' },
  { value: 'gehouden', label: 'Gehouden' },
  { value: 'geannuleerd', label: 'Geannuleerd' },
];

/** Whether the meeting's Outlook invite (or its update or cancellation) went out through Graph. */
export const MEETING_SEND_STATE_CHOICES: readonly ChoiceOption[] = [
  { value: 'niet-verzonden', label: 'Niet verzonden' },
  { value: 'verzonden', label: 'Verzonden' },
  { value: 'mislukt', label: 'Verzenden mislukt' },
];

export const DOCUMENT_TYPE_CHOICES: readonly ChoiceOption[] = [
  { value: 'gr-statuten', label: 'GR / statuten' },
  { value: 'begroting', label: 'Begroting' },
  { value: 'ontwerpbegroting', label: 'Ontwerpbegroting' },
  { value: 'begrotingswijziging', label: 'Begrotingswijziging' },
  { value: 'kadernota', label: 'Kadernota' },
  { value: 'jaarstukken', label: 'Jaarstukken' },
  { value: 'kwartaalrapportage', label: 'Kwartaalrapportage' },
  { value: 'dvo', label: 'DVO' },
  { value: 'agenda', label: 'Agenda' },
  { value: 'verslag', label: 'Verslag' },
  { value: 'evaluatie', label: 'Evaluatie' },
  { value: 'overig', label: 'Overig' },
];

export const PROCESS_MOMENT_KIND_CHOICES: readonly ChoiceOption[] = [
  { value: 'informatie', label: 'Informatiemoment' },
  { value: 'invloed', label: 'Invloedsmoment' },
  { value: 'politieke-keuze', label: 'Politieke keuze' },
  { value: 'bijeenkomst', label: 'Belangrijke bijeenkomst' },
];

export const PROCESS_MOMENT_STATUS_CHOICES: readonly ChoiceOption[] = [
  { value: 'verwacht', label: 'Verwacht' },
  { value: 'afgerond', label: 'Afgerond' },
  { value: 'verlopen', label: 'Verlopen' },
];

export const PROCESS_MOMENT_SOURCE_CHOICES: readonly ChoiceOption[] = [
  { value: 'handmatig', label: 'Handmatig' },
  { value: 'wgr', label: 'Wgr-kalender' },
  // Issue 9: end and renewal dates of service agreements, written by the Dienstverlening web part.
  { value: 'dienstverlening', label: 'Dienstverlening' },
];

export const RECOMMENDATION_RESPONSE_CHOICES: readonly ChoiceOption[] = [
  { value: 'overgenomen', label: 'Overgenomen' },
  { value: 'niet-overgenomen', label: 'Niet overgenomen' },
  { value: 'nog-te-bepalen', label: 'Nog te bepalen' },
];

export const ACTION_STATUS_CHOICES: readonly ChoiceOption[] = [
  { value: 'open', label: 'Open' },
  { value: 'lopend', label: 'Lopend' },
  { value: 'afgerond', label: 'Afgerond' },
];
