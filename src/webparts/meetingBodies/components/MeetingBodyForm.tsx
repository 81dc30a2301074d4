import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, MessageBar, MessageBarType, PrimaryButton, Stack, TextField, Toggle } from '@fluentui/react';
import * as strings from 'MeetingBodiesWebPartStrings';
import { MEETING_BODY_CATEGORIES, type MeetingBody, type MeetingBodyCategory, type Stored } from '../../../domain/models';
import { ConcurrencyConflictError, type Directory, type Repository } from '../../../data/ports';
import { choiceLabel } from '../../../components/choices';
import { MEETING_BODY_CATEGORY_CHOICES } from '../../../schema';
import { bodyFromForm, EMPTY_BODY_FORM, formValuesOf, frequencyPreview, newOrganisationWideBodyForm, withCategory, type BodyFormValues, type InternalBodyDefaults } from './bodyFormModel';

export interface IMeetingBodyFormProps {
  /** The body's partnership; absent for an organisation-wide body (only category `intern`). */
  readonly partnershipId: number | undefined;
  /** The body being edited; absent for a new one. */
  readonly body?: Stored<MeetingBody>;
  readonly repository: Repository<MeetingBody>;
  readonly directory: Directory;
  readonly onSaved: (body: Stored<MeetingBody>) => void;
  readonly onCancel: () => void;
}

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'conflict'; readonly current?: Stored<MeetingBody> }
  | { readonly kind: 'failed'; readonly message: string };

const TEXT_FIELDS: readonly { readonly key: keyof BodyFormValues; readonly label: () => string; readonly multiline?: boolean; readonly required?: boolean }[] = [
  { key: 'name', label: () => strings.FieldName, required: true },
  { key: 'shortName', label: () => strings.FieldShortName },
  { key: 'purpose', label: () => strings.FieldPurpose, multiline: true },
  { key: 'membersDescription', label: () => strings.FieldMembersDescription, multiline: true },
  { key: 'participantsDescription', label: () => strings.FieldParticipantsDescription, multiline: true },
  { key: 'occasionalGuests', label: () => strings.FieldOccasionalGuests, multiline: true },
];

const TAIL_FIELDS: readonly { readonly key: keyof BodyFormValues; readonly label: () => string }[] = [
  { key: 'agendaOwner', label: () => strings.FieldAgendaOwner },
  { key: 'organiser', label: () => strings.FieldOrganiser },
  { key: 'minutesBy', label: () => strings.FieldMinutesBy },
  { key: 'location', label: () => strings.FieldLocation },
];

/**
 * Create or edit an overlegorgaan with every field of seed 000. What the user typed stays in the form when
 * validation fails or the save is refused; a concurrent change (412) is shown, never overwritten silently.
 */
export function MeetingBodyForm(props: IMeetingBodyFormProps): JSX.Element {
  const organisationWide = props.partnershipId === undefined;
  const internalDefaults: InternalBodyDefaults = organisationWide
    ? { purpose: strings.RegievoerdersPurposeDefault, participantsDescription: strings.RegievoerdersParticipantsDefault }
    : { purpose: strings.InternalPurposeDefault, participantsDescription: strings.InternalParticipantsDefault };
  const [values, setValues] = React.useState<BodyFormValues>(() =>
    props.body ? formValuesOf(props.body) : organisationWide ? newOrganisationWideBodyForm(internalDefaults) : EMPTY_BODY_FORM,
  );
  const [prefilled, setPrefilled] = React.useState(() => props.body === undefined && organisationWide);
  const [errors, setErrors] = React.useState<Readonly<Record<string, string>>>({});
  const [save, setSave] = React.useState<SaveState>({ kind: 'idle' });
  const [etag, setEtag] = React.useState(props.body?.etag);
  const preview = React.useMemo(() => frequencyPreview(values.frequencyText), [values.frequencyText]);

  const set = <K extends keyof BodyFormValues>(key: K, value: BodyFormValues[K]): void => setValues((previous) => ({ ...previous, [key]: value }));

  const categoryOptions: IDropdownOption[] = MEETING_BODY_CATEGORIES.map((category) => ({ key: category, text: choiceLabel(MEETING_BODY_CATEGORY_CHOICES, category) }));

  const submit = async (): Promise<void> => {
    setSave({ kind: 'saving' });
    const result = await bodyFromForm(values, props.partnershipId, props.directory, props.body, (email) => strings.UnknownUser.replace('{0}', email));
    if (!result.ok) {
      setErrors(result.errors);
      setSave({ kind: 'idle' });
      return;
    }
    setErrors({});
    try {
      const saved =
        props.body && etag !== undefined
          ? await props.repository.update(props.body.id, result.value, etag)
          : await props.repository.create(result.value);
      setSave({ kind: 'idle' });
      props.onSaved(saved);
    } catch (error) {
      if (error instanceof ConcurrencyConflictError) {
        setSave({ kind: 'conflict', current: error.current as Stored<MeetingBody> | undefined });
      } else {
        setSave({ kind: 'failed', message: `${strings.SaveFailed} ${error instanceof Error ? error.message : ''}` });
      }
    }
  };

  const loadTheirs = (): void => {
    if (save.kind === 'conflict' && save.current) {
      setValues(formValuesOf(save.current));
      setEtag(save.current.etag);
    }
    setSave({ kind: 'idle' });
  };

  const keepMine = (): void => {
    // The user chose, after seeing the conflict, to save their version over the current one.
    if (save.kind === 'conflict' && save.current) setEtag(save.current.etag);
    setSave({ kind: 'idle' });
  };

  return (
    <form
      // Our Dutch messages at the fields, not the browser's bubble for `required`.
      noValidate={true}
      aria-label={props.body ? strings.EditBodyTitle : strings.NewBodyTitle}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack tokens={{ childrenGap: 8 }}>
        <h3>{props.body ? `${strings.EditBodyTitle}: ${props.body.name}` : strings.NewBodyTitle}</h3>
        {Object.keys(errors).length > 0 && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {strings.FormHasErrors}
          </MessageBar>
        )}
        {TEXT_FIELDS.map((field) => (
          <TextField
            key={field.key}
            label={field.label()}
            required={field.required}
            multiline={field.multiline}
            autoAdjustHeight={field.multiline}
            value={values[field.key] as string}
            onChange={(_, value) => set(field.key, (value ?? '') as never)}
            errorMessage={errors[field.key]}
          />
        ))}
        <Dropdown
          label={strings.FieldCategory}
          options={categoryOptions}
          selectedKey={values.category}
          onChange={(_, option) => {
            if (!option) return;
            const next = withCategory(values, option.key as MeetingBodyCategory, internalDefaults);
            setValues(next.values);
            setPrefilled(next.prefilled);
          }}
          // Only an internal body may be organisation-wide: the domain's message about the missing partnership belongs here.
          errorMessage={errors.category ?? errors.partnershipId}
        />
        {prefilled && (
          <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
            {strings.InternalDefaultsApplied}
          </MessageBar>
        )}
        <Toggle label={strings.FieldIsPublic} onText={strings.Public} offText={strings.NotPublic} checked={values.isPublic} onChange={(_, checked) => set('isPublic', checked === true)} />
        <TextField
          label={strings.FieldMemberEmails}
          description={strings.FieldMemberEmailsHelp}
          multiline={true}
          autoAdjustHeight={true}
          value={values.memberEmails}
          onChange={(_, value) => set('memberEmails', value ?? '')}
          errorMessage={errors.memberEmails}
        />
        <TextField
          label={strings.FieldExternalMemberEmails}
          description={strings.FieldExternalMemberEmailsHelp}
          multiline={true}
          autoAdjustHeight={true}
          value={values.externalMemberEmails}
          onChange={(_, value) => set('externalMemberEmails', value ?? '')}
          errorMessage={errors.externalMemberEmails}
        />
        <TextField
          label={strings.FieldFrequency}
          value={values.frequencyText}
          onChange={(_, value) => set('frequencyText', value ?? '')}
          errorMessage={errors.frequencyText ?? errors.frequencyRuleJson}
          description={preview.rules.length > 0 && !preview.unparsed ? `${strings.FrequencyReadAs} ${preview.text}` : undefined}
        />
        {preview.unparsed && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
            {strings.FrequencyUnparsed}
          </MessageBar>
        )}
        {TAIL_FIELDS.map((field) => (
          <TextField
            key={field.key}
            label={field.label()}
            value={values[field.key] as string}
            onChange={(_, value) => set(field.key, (value ?? '') as never)}
            errorMessage={errors[field.key]}
          />
        ))}
        {save.kind === 'conflict' && (
          <MessageBar
            messageBarType={MessageBarType.warning}
            isMultiline={true}
            actions={
              <div>
                <DefaultButton onClick={loadTheirs}>{strings.ConflictLoadTheirs}</DefaultButton>
                <DefaultButton onClick={keepMine}>{strings.ConflictKeepMine}</DefaultButton>
              </div>
            }
          >
            {strings.ConflictMessage}
            {save.current ? ` ${strings.ConflictTheirName.replace('{0}', save.current.name).replace('{1}', save.current.frequencyText)}` : ''}
          </MessageBar>
        )}
        {save.kind === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{save.message}</MessageBar>}
        <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
          <PrimaryButton type="submit" disabled={save.kind === 'saving' || save.kind === 'conflict'}>
            {strings.Save}
          </PrimaryButton>
          <DefaultButton onClick={props.onCancel}>{strings.Cancel}</DefaultButton>
        </Stack>
      </Stack>
    </form>
  );
}
