
import * as strings from 'PartnershipRegisterWebPartStrings';
import type { Municipality, Partnership, PersonRef, Stored } from '../../../domain/models';
import { AUDIENCE_CHOICES, BBV_GROUP_CHOICES, LEGAL_FORM_CHOICES, PARTNERSHIP_STATUS_CHOICES, TASK_LAYER_CHOICES } from '../../../schema';
import { choiceLabel, choiceLabels } from '../../../components/choices';

/** The label of each property of a partnership, as the panel shows it. */
export function propertyLabel(property: keyof Partnership): string {
  const labels: Record<keyof Partnership, string> = {
    name: strings.FieldName,
    legalForm: strings.FieldLegalForm,
    bbvGroup: strings.FieldBbvGroup,
    hasAdministrativeInterest: strings.FieldAdministrativeInterest,
    hasFinancialInterest: strings.FieldFinancialInterest,
    taskLayers: strings.FieldTaskLayers,
    domain: strings.FieldDomain,
    participantIds: strings.FieldParticipants,
    seat: strings.FieldSeat,
    publicInterest: strings.FieldPublicInterest,
    portfolioHolder: strings.FieldPortfolioHolder,
    accountHolder: strings.FieldAccountHolder,
    importance: strings.FieldImportance,
    risks: strings.FieldRisks,
    lastRefreshed: strings.FieldLastRefreshed,
    status: strings.FieldStatus,
    evaluationPeriodYears: strings.FieldEvaluationPeriod,
    website: strings.FieldWebsite,
  };
  return labels[property];
}

function person(value: PersonRef | undefined): string {
  if (!value) return strings.ConflictEmpty;
  return value.email && value.email !== value.displayName ? `${value.displayName} (${value.email})` : value.displayName;
}

function yesNo(value: boolean): string {
  return value ? strings.Yes : strings.No;
}

/** A property's value as text, for the side-by-side view of a conflict. */
export function propertyText(partnership: Partnership, property: keyof Partnership, municipalities: readonly Stored<Municipality>[]): string {
  const orEmpty = (text: string): string => (text.trim() === '' ? strings.ConflictEmpty : text);
  switch (property) {
    case 'legalForm':
      return choiceLabel(LEGAL_FORM_CHOICES, partnership.legalForm);
    case 'bbvGroup':
      return choiceLabel(BBV_GROUP_CHOICES, partnership.bbvGroup);
    case 'status':
      return choiceLabel(PARTNERSHIP_STATUS_CHOICES, partnership.status);
    case 'taskLayers':
      return orEmpty(choiceLabels(TASK_LAYER_CHOICES, partnership.taskLayers));
    case 'participantIds':
      return orEmpty(
        partnership.participantIds.map((id) => municipalities.find((municipality) => municipality.id === id)?.name ?? `#${id}`).join(', '),
      );
    case 'hasAdministrativeInterest':
    case 'hasFinancialInterest':
      return yesNo(partnership[property]);
    case 'portfolioHolder':
    case 'accountHolder':
      return person(partnership[property]);
    case 'importance': {
      const i = partnership.importance;
      const angles = [
        i.societalTask ? strings.ImportanceSocietalTask : '',
        i.opportunities ? strings.ImportanceOpportunities : '',
        i.risks ? strings.ImportanceRisks : '',
        i.money ? strings.ImportanceMoney : '',
      ].filter((angle) => angle !== '');
      const parts = [angles.length > 0 ? angles.join(', ') : strings.ImportanceNone];
      if (i.audiences.length > 0) parts.push(`${strings.FieldAudiences}: ${choiceLabels(AUDIENCE_CHOICES, i.audiences)}`);
      if (i.explanation.trim() !== '') parts.push(i.explanation);
      return parts.join('; ');
    }
    case 'evaluationPeriodYears':
      return partnership.evaluationPeriodYears === undefined ? strings.ConflictEmpty : String(partnership.evaluationPeriodYears);
    case 'lastRefreshed':
    case 'website':
      return partnership[property] ?? strings.ConflictEmpty;
    default:
      return orEmpty(String(partnership[property] ?? ''));
  }
}

/** A calendar date (`2026-11-26`) in the UI language, e.g. "26 nov 2026". */
export function displayDate(date: string): string {
  const parsed = new Date(`${date}T12:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  return new Intl.DateTimeFormat(strings.DateLocale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(parsed);
}

