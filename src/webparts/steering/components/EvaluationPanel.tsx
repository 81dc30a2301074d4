import * as React from 'react';
import { Checkbox, DefaultButton, Dropdown, IconButton, PrimaryButton, Stack, Text, TextField, type IDropdownOption } from '@fluentui/react';
import { errorSummaryOf, FormPanel } from '../../../components/forms/FormPanel';
import * as strings from 'SteeringWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { Directory, Repositories } from '../../../data/ports';
import type { CalendarDate, ImprovementAction, Partnership, PersonRef, Stored } from '../../../domain/models';
import {
  EVALUATION_OUTCOMES,
  EVALUATION_QUESTIONS,
  validateEvaluation,
  type EvaluationQuestion,
  type EvaluationSchedule,
  type EvaluationStatus,
  type PartnershipEvaluation,
} from '../../../domain/steering';
import { formatDutchDate } from '../../../domain/time';
import { isEmailAddress, validateAction } from '../../../domain/validation';
import { EVALUATION_OUTCOME_CHOICES } from '../../../schema';
import { formatText, isConflict, normaliseDateInput } from './steeringFormat';

export const QUESTION_TEXTS: Readonly<Record<EvaluationQuestion, string>> = {
  taken: strings.QuestionTaken,
  relatie: strings.QuestionRelatie,
  financien: strings.QuestionFinancien,
  risicos: strings.QuestionRisicos,
  evaluatiebepaling: strings.QuestionEvaluatiebepaling,
};

interface FollowUpDraft {
  description: string;
  ownerEmail: string;
  plannedDate: string;
}

interface EvaluationDraft {
  title: string;
  date: string;
  answers: Record<EvaluationQuestion, string>;
  outcome: string;
  outcomeSummary: string;
  isClauseEvaluation: boolean;
  followUps: FollowUpDraft[];
}

export interface IEvaluationPanelProps {
  readonly partnership: Stored<Partnership>;
  readonly schedule: EvaluationSchedule;
  /** The evaluation to continue (a concept); absent for a new one. */
  readonly evaluation?: Stored<PartnershipEvaluation>;
  readonly today: CalendarDate;
  readonly repositories: Repositories;
  readonly directory: Directory;
  readonly onSaved: (saved: Stored<PartnershipEvaluation>, newFollowUps: number) => void;
  readonly onDismiss: () => void;
}

function clauseHint(schedule: EvaluationSchedule): string {
  const clause = schedule.clause;
  if (clause === undefined) return strings.ClauseHintNone;
  return clause.isDue || clause.dueOn === undefined
    ? formatText(strings.ClauseHintDue, clause.periodYears)
    : formatText(strings.ClauseHintNotDue, clause.periodYears, formatDutchDate(clause.dueOn));
}

/**
 * The yearly evaluation of one partnership: the five questions, the outcome and follow-up actions, which are
 * created as Verbeteracties and linked to the evaluation. A concept may be incomplete; finishing asks for every answer.
 */
export function EvaluationPanel(props: IEvaluationPanelProps): JSX.Element {
  const year = props.today.slice(0, 4);
  const [draft, setDraft] = React.useState<EvaluationDraft>(() => {
    const existing = props.evaluation;
    const answers = Object.fromEntries(EVALUATION_QUESTIONS.map((question) => [question, existing?.answers.find((entry) => entry.question === question)?.answer ?? ''])) as Record<EvaluationQuestion, string>;
    return {
      title: existing?.title ?? formatText(strings.DefaultEvaluationTitle, props.partnership.name, year),
      date: existing?.date ?? props.today,
      answers,
      outcome: existing?.outcome ?? 'naar-tevredenheid',
      outcomeSummary: existing?.outcomeSummary ?? '',
      isClauseEvaluation: existing?.isClauseEvaluation ?? (props.schedule.clause?.isDue ?? false),
      followUps: [],
    };
  });
  const [errors, setErrors] = React.useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [saved, setSaved] = React.useState<Stored<PartnershipEvaluation> | undefined>(props.evaluation);
  // Follow-up actions already written to Verbeteracties: a retry after a failed save links them instead of writing them again.
  const [linkedIds, setLinkedIds] = React.useState<readonly number[]>(props.evaluation?.followUpActionIds ?? []);

  const update = (changes: Partial<EvaluationDraft>): void => setDraft((previous) => ({ ...previous, ...changes }));
  const updateFollowUp = (index: number, changes: Partial<FollowUpDraft>): void =>
    setDraft((previous) => ({ ...previous, followUps: previous.followUps.map((followUp, at) => (at === index ? { ...followUp, ...changes } : followUp)) }));

  async function save(status: EvaluationStatus): Promise<void> {
    setFailure(undefined);
    const candidate = {
      partnershipId: props.partnership.id,
      title: draft.title,
      date: normaliseDateInput(draft.date),
      status,
      answers: EVALUATION_QUESTIONS.map((question) => ({ question, answer: draft.answers[question] })),
      outcome: draft.outcome,
      outcomeSummary: draft.outcomeSummary,
      isClauseEvaluation: draft.isClauseEvaluation,
      followUpActionIds: linkedIds,
    };
    const found: Record<string, string> = {};
    const result = validateEvaluation(candidate);
    if (!result.ok) Object.assign(found, result.errors);

    const plan = `Evaluatie ${props.partnership.name} ${normaliseDateInput(draft.date).slice(0, 4)}`;
    const existingCount = linkedIds.length;
    const actions: ImprovementAction[] = [];
    draft.followUps.forEach((followUp, index) => {
      const email = followUp.ownerEmail.trim();
      const action = {
        number: `E${existingCount + index + 1}`,
        plan,
        recommendation: draft.outcomeSummary.trim() || draft.title,
        response: 'overgenomen',
        responseExplanation: '',
        action: followUp.description,
        status: 'open',
        owner: email === '' ? undefined : { displayName: email, email },
        plannedDate: followUp.plannedDate.trim() === '' ? undefined : normaliseDateInput(followUp.plannedDate),
        partnershipId: props.partnership.id,
      };
      if (followUp.description.trim() === '') found[`followUp.${index}.description`] = strings.FollowUpRequired;
      if (email !== '' && !isEmailAddress(email)) found[`followUp.${index}.owner`] = formatText(strings.OwnerInvalid, email);
      const checked = validateAction(action);
      if (!checked.ok && checked.errors.plannedDate) found[`followUp.${index}.plannedDate`] = checked.errors.plannedDate;
      if (checked.ok) actions.push(checked.value);
    });
    if (Object.keys(found).length > 0 || !result.ok) {
      setErrors(found);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      // Owners first: an unknown person stops the save before anything is written.
      const owners: (PersonRef | undefined)[] = [];
      for (const [index, action] of actions.entries()) {
        if (action.owner?.email === undefined) {
          owners.push(undefined);
          continue;
        }
        try {
          owners.push(await props.directory.ensureUser(action.owner.email));
        } catch {
          setErrors({ [`followUp.${index}.owner`]: formatText(strings.OwnerNotFound, action.owner.email) });
          return;
        }
      }
      const createdIds: number[] = [];
      for (const [index, action] of actions.entries()) {
        const created = await props.repositories.actions.create({ ...action, owner: owners[index] });
        createdIds.push(created.id);
      }
      const allIds = [...linkedIds, ...createdIds];
      setLinkedIds(allIds);
      update({ followUps: [] });
      const value: PartnershipEvaluation = { ...result.value, followUpActionIds: allIds };
      const stored = saved === undefined ? await props.repositories.evaluations.create(value) : await props.repositories.evaluations.update(saved.id, value, saved.etag);
      setSaved(stored);
      props.onSaved(stored, createdIds.length);
    } catch (error) {
      setFailure(isConflict(error) ? strings.ConflictTitle : formatText(strings.SaveFailed, (error as Error).message));
    } finally {
      setSaving(false);
    }
  }

  const outcomeOptions: IDropdownOption[] = EVALUATION_OUTCOMES.map((code) => ({ key: code, text: choiceLabel(EVALUATION_OUTCOME_CHOICES, code) }));
  return (
    <FormPanel
      title={formatText(strings.EvaluationPanelTitle, props.partnership.name)}
      strings={strings}
      errorSummary={errorSummaryOf(errors, strings.FormHasErrors)}
      failure={failure}
      onDismiss={props.onDismiss}
      footer={
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={strings.Complete} onClick={() => save('afgerond')} disabled={saving} />
          <DefaultButton text={strings.SaveConcept} onClick={() => save('concept')} disabled={saving} />
          <DefaultButton text={strings.Cancel} onClick={props.onDismiss} />
        </Stack>
      }
    >
      <TextField label={strings.FieldTitle} required value={draft.title} onChange={(_event, value) => update({ title: value ?? '' })} errorMessage={errors.title} />
      <TextField label={strings.FieldDate} placeholder={strings.DatePlaceholder} required value={draft.date} onChange={(_event, value) => update({ date: value ?? '' })} errorMessage={errors.date} />
      {EVALUATION_QUESTIONS.map((question) => (
        <TextField
          key={question}
          label={QUESTION_TEXTS[question]}
          multiline
          autoAdjustHeight
          value={draft.answers[question]}
          onChange={(_event, value) => update({ answers: { ...draft.answers, [question]: value ?? '' } })}
          description={question === 'evaluatiebepaling' ? clauseHint(props.schedule) : undefined}
          errorMessage={errors[`answers.${question}`]}
        />
      ))}
      <Checkbox label={strings.FieldIsClauseEvaluation} checked={draft.isClauseEvaluation} onChange={(_event, checked) => update({ isClauseEvaluation: checked === true })} />
      <Dropdown label={strings.FieldOutcome} selectedKey={draft.outcome} options={outcomeOptions} onChange={(_event, option) => option && update({ outcome: String(option.key) })} errorMessage={errors.outcome} />
      <TextField label={strings.FieldOutcomeSummary} multiline autoAdjustHeight value={draft.outcomeSummary} onChange={(_event, value) => update({ outcomeSummary: value ?? '' })} errorMessage={errors.outcomeSummary} />

      <Text as="h3" variant="mediumPlus">
        {strings.FollowUpActions}
      </Text>
      <Text>{strings.FollowUpIntro}</Text>
      {linkedIds.length > 0 && <Text>{formatText(strings.ExistingFollowUps, linkedIds.length)}</Text>}
      {draft.followUps.map((followUp, index) => {
        const number = index + 1;
        return (
          <Stack key={index} tokens={{ childrenGap: 4 }} styles={{ root: { borderLeft: '3px solid', paddingLeft: 8 } }}>
            <Stack horizontal verticalAlign="end" tokens={{ childrenGap: 8 }}>
              <Stack.Item grow>
                <TextField
                  label={formatText(strings.FollowUpDescription, number)}
                  value={followUp.description}
                  onChange={(_event, value) => updateFollowUp(index, { description: value ?? '' })}
                  errorMessage={errors[`followUp.${index}.description`]}
                />
              </Stack.Item>
              <IconButton
                iconProps={{ iconName: 'Delete' }}
                title={formatText(strings.RemoveFollowUp, number)}
                ariaLabel={formatText(strings.RemoveFollowUp, number)}
                onClick={() => update({ followUps: draft.followUps.filter((_, at) => at !== index) })}
              />
            </Stack>
            <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
              <TextField
                label={formatText(strings.FollowUpOwner, number)}
                type="email"
                value={followUp.ownerEmail}
                onChange={(_event, value) => updateFollowUp(index, { ownerEmail: value ?? '' })}
                errorMessage={errors[`followUp.${index}.owner`]}
              />
              <TextField
                label={formatText(strings.FollowUpDate, number)}
                placeholder={strings.DatePlaceholder}
                value={followUp.plannedDate}
                onChange={(_event, value) => updateFollowUp(index, { plannedDate: value ?? '' })}
                errorMessage={errors[`followUp.${index}.plannedDate`]}
              />
            </Stack>
          </Stack>
        );
      })}
      <DefaultButton iconProps={{ iconName: 'Add' }} text={strings.AddFollowUp} onClick={() => update({ followUps: [...draft.followUps, { description: '', ownerEmail: '', plannedDate: '' }] })} />
    </FormPanel>
  );
}
