import type { MeetingBody, MeetingBodyCategory, PersonRef, Stored } from '../../../domain/models';
import { parseFrequencyText } from '../../../domain/meetings/parseFrequency';
import { renderRules } from '../../../domain/meetings/renderRule';
import { serializeRules } from '../../../domain/meetings/storedRules';
import type { FrequencyRule } from '../../../domain/meetings/types';
import { validateMeetingBody, type ValidationErrors } from '../../../domain/validation';
import type { Directory } from '../../../data/ports';

/** What the body form holds: every field as the user typed it, so nothing is lost when validation fails. */
export interface BodyFormValues {
  readonly name: string;
  readonly shortName: string;
  readonly category: MeetingBodyCategory;
  readonly isPublic: boolean;
  readonly purpose: string;
  readonly membersDescription: string;
  readonly participantsDescription: string;
  readonly occasionalGuests: string;
  /** E-mail addresses of site users, one per line. */
  readonly memberEmails: string;
  /** E-mail addresses of members from other municipalities, one per line. */
  readonly externalMemberEmails: string;
  readonly frequencyText: string;
  readonly agendaOwner: string;
  readonly organiser: string;
  readonly minutesBy: string;
  readonly location: string;
}

export const EMPTY_BODY_FORM: BodyFormValues = {
  name: '',
  shortName: '',
  category: 'formeel',
  isPublic: false,
  purpose: '',
  membersDescription: '',
  participantsDescription: '',
  occasionalGuests: '',
  memberEmails: '',
  externalMemberEmails: '',
  frequencyText: '',
  agendaOwner: '',
  organiser: '',
  minutesBy: '',
  location: '',
};

/** The texts an internal body starts with (from the strings, so each locale has its own). */
export interface InternalBodyDefaults {
  readonly purpose: string;
  readonly participantsDescription: string;
}

/**
 * The form for a new organisation-wide body: category `intern` (the only one that may lack a partnership)
 * with the regievoerders' meeting's purpose and participants (seed 002, "Aanvullende lessen").
 */
export function newOrganisationWideBodyForm(defaults: InternalBodyDefaults): BodyFormValues {
  return { ...EMPTY_BODY_FORM, category: 'intern', purpose: defaults.purpose, participantsDescription: defaults.participantsDescription };
}

/**
 * Changes the category; choosing `intern` fills in purpose and participants (seed 002 recommendation 8: beleid,
 * financiën, juridisch, uitvoering, kwaliteit) when both are still empty, so nothing the user typed is replaced.
 */
export function withCategory(values: BodyFormValues, category: MeetingBodyCategory, defaults: InternalBodyDefaults): { readonly values: BodyFormValues; readonly prefilled: boolean } {
  const prefill = category === 'intern' && values.purpose.trim() === '' && values.participantsDescription.trim() === '';
  return {
    values: prefill ? { ...values, category, purpose: defaults.purpose, participantsDescription: defaults.participantsDescription } : { ...values, category },
    prefilled: prefill,
  };
}

export function formValuesOf(body: MeetingBody): BodyFormValues {
  return {
    name: body.name,
    shortName: body.shortName,
    category: body.category,
    isPublic: body.isPublic,
    purpose: body.purpose,
    membersDescription: body.membersDescription,
    participantsDescription: body.participantsDescription,
    occasionalGuests: body.occasionalGuests,
    memberEmails: body.members.map((member) => member.email ?? member.displayName).join('\n'),
    externalMemberEmails: body.externalMemberEmails.join('\n'),
    frequencyText: body.frequencyText,
    agendaOwner: body.agendaOwner,
    organiser: body.organiser,
    minutesBy: body.minutesBy,
    location: body.location,
  };
}

export function lines(text: string): readonly string[] {
  return text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The frequency as the parser reads it, shown back in Dutch; `unparsed` says the text was kept but not understood. */
export interface FrequencyPreview {
  readonly rules: readonly FrequencyRule[];
  readonly text: string;
  readonly unparsed: boolean;
}

export function frequencyPreview(frequencyText: string): FrequencyPreview {
  const rules = frequencyText.trim() === '' ? [] : parseFrequencyText(frequencyText);
  return { rules, text: renderRules(rules), unparsed: rules.some((rule) => rule.kind === 'unparsed') };
}

export type BodyFormResult =
  | { readonly ok: true; readonly value: MeetingBody }
  | { readonly ok: false; readonly errors: ValidationErrors };

/**
 * Turns the form into a meeting body: members are resolved to site users through the directory (an
 * address SharePoint does not know gets a message on the members field), the frequency text is parsed
 * into its rules, and the whole is validated with the domain's Dutch messages. Without `partnershipId` the
 * body is organisation-wide, which validation allows only for an internal body (the message is then on
 * `partnershipId`; the form shows it at the category).
 */
export async function bodyFromForm(
  values: BodyFormValues,
  partnershipId: number | undefined,
  directory: Directory,
  existing?: Pick<Stored<MeetingBody>, 'bilateralMunicipalityId'>,
  unknownUserMessage: (email: string) => string = (email) => `Onbekende gebruiker: ${email}`,
): Promise<BodyFormResult> {
  const members: PersonRef[] = [];
  const unknown: string[] = [];
  for (const email of lines(values.memberEmails)) {
    try {
      members.push(await directory.ensureUser(email));
    } catch {
      unknown.push(email);
    }
  }
  const candidate = {
    ...(partnershipId === undefined ? {} : { partnershipId }),
    name: values.name,
    shortName: values.shortName,
    category: values.category,
    isPublic: values.isPublic,
    purpose: values.purpose,
    membersDescription: values.membersDescription,
    participantsDescription: values.participantsDescription,
    occasionalGuests: values.occasionalGuests,
    members,
    externalMemberEmails: lines(values.externalMemberEmails),
    frequencyText: values.frequencyText.trim(),
    frequencyRuleJson: values.frequencyText.trim() === '' ? '' : serializeRules(parseFrequencyText(values.frequencyText)),
    agendaOwner: values.agendaOwner,
    organiser: values.organiser,
    minutesBy: values.minutesBy,
    location: values.location,
    ...(existing?.bilateralMunicipalityId === undefined ? {} : { bilateralMunicipalityId: existing.bilateralMunicipalityId }),
  };
  const result = validateMeetingBody(candidate);
  const errors: Record<string, string> = result.ok ? {} : { ...result.errors };
  if (unknown.length > 0) {
    errors.memberEmails = unknown.map(unknownUserMessage).join(' ');
  }
  if (errors.members !== undefined) {
    errors.memberEmails = errors.memberEmails ?? errors.members;
  }
  if (Object.keys(errors).length > 0 || !result.ok) return { ok: false, errors };
  return { ok: true, value: result.value };
}
