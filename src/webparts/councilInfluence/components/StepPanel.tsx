import * as React from 'react';
import { Dropdown, Text, TextField, type IDropdownOption } from '@fluentui/react';
import { errorSummaryOf, FormPanel } from '../../../components/forms/FormPanel';
import * as strings from 'CouncilInfluenceWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import { saveInfluenceStep } from '../../../data/councilInfluence';
import type { Repositories } from '../../../data/ports';
import { influenceCaseSteps, STEP_FIELDS, ZIENSWIJZE_POSITIONS, type InfluenceCase, type RecordableStep, type StepStatus } from '../../../domain/councilInfluence';
import type { CalendarDate, Stored } from '../../../domain/models';
import { formatDutchDate } from '../../../domain/time';
import { ZIENSWIJZE_POSITION_CHOICES } from '../../../schema';
import { ConflictBar } from './ConflictBar';
import { formatText, optionalDateInput } from './influenceFormat';

type StepField = keyof InfluenceCase;
type FieldKind = 'date' | 'url' | 'text' | 'position';

interface FieldSpec {
  readonly key: StepField;
  readonly kind: FieldKind;
  readonly label: string;
  readonly required?: boolean;
}

function fieldsOf(step: RecordableStep): readonly FieldSpec[] {
  switch (step) {
    case 'raadsoplegger':
      return [{ key: 'coverNoteDate', kind: 'date', label: strings.FieldCoverNoteDate, required: true }];
    case 'zienswijze-raad':
      return [
        { key: 'councilPosition', kind: 'position', label: strings.FieldCouncilPosition, required: true },
        { key: 'councilAdoptedDate', kind: 'date', label: strings.FieldCouncilAdoptedDate, required: true },
        { key: 'councilZienswijzeSummary', kind: 'text', label: strings.FieldCouncilSummary },
        { key: 'councilZienswijzeUrl', kind: 'url', label: strings.FieldCouncilUrl },
      ];
    case 'standpunt-ab-lid':
      return [
        { key: 'abMemberPosition', kind: 'text', label: strings.FieldAbMemberPosition, required: true },
        { key: 'abMemberPositionDate', kind: 'date', label: strings.FieldAbMemberPositionDate, required: true },
      ];
    case 'besluit-ab':
      return [
        { key: 'abDecision', kind: 'text', label: strings.FieldAbDecision, required: true },
        { key: 'abDecisionDate', kind: 'date', label: strings.FieldAbDecisionDate, required: true },
      ];
    case 'antwoord-gr':
      return [
        { key: 'grAnswerDate', kind: 'date', label: strings.FieldGrAnswerDate, required: true },
        { key: 'grAnswerSummary', kind: 'text', label: strings.FieldGrAnswerSummary, required: true },
        { key: 'grAnswerUrl', kind: 'url', label: strings.FieldGrAnswerUrl },
      ];
  }
}

type StepDraft = Readonly<Partial<Record<StepField, string>>>;

function draftOf(step: RecordableStep, influenceCase: InfluenceCase): StepDraft {
  const draft: Partial<Record<StepField, string>> = {};
  for (const field of STEP_FIELDS[step]) {
    const value = influenceCase[field];
    draft[field] = typeof value === 'string' ? value : '';
  }
  return draft;
}

export interface IStepPanelProps {
  readonly step: RecordableStep;
  readonly status: StepStatus;
  readonly influenceCase: Stored<InfluenceCase>;
  readonly repositories: Repositories;
  readonly today: CalendarDate;
  readonly onSaved: (saved: Stored<InfluenceCase>) => void;
  readonly onDismiss: () => void;
}

/** Records one step of a case; keeps what was typed on a failed save and shows a conflict instead of overwriting. */
export function StepPanel(props: IStepPanelProps): JSX.Element {
  const [draft, setDraft] = React.useState<StepDraft>(() => draftOf(props.step, props.influenceCase));
  const [etag, setEtag] = React.useState(props.influenceCase.etag);
  const [base, setBase] = React.useState<Stored<InfluenceCase>>(props.influenceCase);
  const [errors, setErrors] = React.useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<Stored<InfluenceCase> | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  // A successful save closes the panel; its `finally` must not touch state after that.
  const mounted = React.useRef(true);
  React.useEffect(() => () => {
    mounted.current = false;
  }, []);
  const fields = fieldsOf(props.step);

  const set = (key: StepField) => (_event: unknown, value?: string) => setDraft((previous) => ({ ...previous, [key]: value ?? '' }));

  async function save(overwrite?: Stored<InfluenceCase>): Promise<void> {
    setFailure(undefined);
    const input: Partial<Record<StepField, unknown>> = {};
    for (const field of fields) {
      const typed = draft[field.key] ?? '';
      input[field.key] = field.kind === 'date' ? optionalDateInput(typed) : field.kind === 'text' ? typed : typed.trim() === '' ? undefined : typed.trim();
    }
    setSaving(true);
    try {
      // After "Mijn invoer toch opslaan" the stored version is the base: its other fields and its ETag.
      const against = overwrite ?? base;
      const outcome = await saveInfluenceStep(props.repositories, against, props.step, input, props.today, overwrite?.etag ?? etag);
      if (outcome.kind === 'invalid') {
        setErrors(outcome.errors);
      } else if (outcome.kind === 'conflict') {
        setErrors({});
        setConflict(outcome.current);
      } else {
        setErrors({});
        setConflict(undefined);
        props.onSaved(outcome.item);
      }
    } catch (error) {
      setFailure(formatText(strings.SaveFailed, (error as Error).message));
    } finally {
      if (mounted.current) setSaving(false);
    }
  }

  const positionOptions: IDropdownOption[] = [
    { key: '', text: strings.PositionNotYet },
    ...ZIENSWIJZE_POSITIONS.map((code) => ({ key: code, text: choiceLabel(ZIENSWIJZE_POSITION_CHOICES, code) })),
  ];
  const conflictStep = conflict === undefined ? undefined : influenceCaseSteps(conflict, props.today).steps.find((step) => step.step === props.step);

  return (
    <FormPanel
      title={formatText(strings.StepPanelTitle, props.status.label, props.influenceCase.subject)}
      strings={strings}
      onSave={() => save()}
      saving={saving}
      errorSummary={errorSummaryOf(errors, strings.FormHasErrors)}
      failure={failure}
      onDismiss={props.onDismiss}
      intro={
        <>
          <Text>
            {props.status.expectedBy === undefined
              ? props.status.sentence
              : formatText(strings.StepExpected, formatDutchDate(props.status.expectedBy), props.status.rule)}
          </Text>
          {props.step === 'antwoord-gr' && <Text>{strings.GrAnswerExplanation}</Text>}
          {props.step === 'raadsoplegger' && <Text>{strings.CoverNoteExplanation}</Text>}
        </>
      }
    >
      {conflict !== undefined && (
        <ConflictBar
          description={conflictStep?.sentence ?? conflict.subject}
          onKeepMine={() => {
            setBase(conflict);
            setEtag(conflict.etag);
            save(conflict).catch(() => undefined);
          }}
          onTakeTheirs={() => {
            setDraft(draftOf(props.step, conflict));
            setBase(conflict);
            setEtag(conflict.etag);
            setConflict(undefined);
          }}
        />
      )}
      {fields.map((field) =>
        field.kind === 'position' ? (
          <Dropdown
            key={field.key}
            label={field.label}
            required={field.required}
            selectedKey={draft[field.key] ?? ''}
            options={positionOptions}
            onChange={(_event, option) => option && setDraft((previous) => ({ ...previous, [field.key]: String(option.key) }))}
            errorMessage={errors[field.key]}
          />
        ) : (
          <TextField
            key={field.key}
            label={field.label}
            required={field.required}
            multiline={field.kind === 'text'}
            autoAdjustHeight={field.kind === 'text'}
            rows={field.kind === 'text' ? 3 : undefined}
            type={field.kind === 'url' ? 'url' : undefined}
            placeholder={field.kind === 'date' ? strings.DatePlaceholder : undefined}
            value={draft[field.key] ?? ''}
            onChange={set(field.key)}
            errorMessage={errors[field.key]}
          />
        ),
      )}
    </FormPanel>
  );
}
