import * as React from 'react';
import {
  Checkbox,
  DefaultButton,
  Dropdown,
  format,
  getId,
  IDropdownOption,
  ITheme,
  MessageBar,
  MessageBarType,
  mergeStyleSets,
  Panel,
  PanelType,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  TextField,
} from '@fluentui/react';
import * as strings from 'PartnershipRegisterWebPartStrings';
import type { Audience, Municipality, Partnership, PersonRef, Stored, TaskLayer } from '../../../domain/models';
import { allowedBbvGroups, defaultBbvGroup, isVerbondenPartij } from '../../../domain/partnerships';
import { isEmailAddress, validatePartnership } from '../../../domain/validation';
import {
  changesBetween,
  conflictingProperties,
  defaultConflictChoice,
  resolveConflict,
  type ConflictChoice,
  type ConflictingProperty,
} from '../../../domain/register';
import type { CalendarDate } from '../../../domain/models';
import { ConcurrencyConflictError, type Directory, type Repository } from '../../../data/ports';
import { AUDIENCE_CHOICES, BBV_GROUP_CHOICES, LEGAL_FORM_CHOICES, PARTNERSHIP_STATUS_CHOICES, TASK_LAYER_CHOICES } from '../../../schema';
import { classifyDataError } from '../../../components/dataLoading';
import { ConflictView } from './ConflictView';
import { candidateOf, draftErrors, draftOf, EMPTY_DRAFT, plainPartnership, type PartnershipDraft } from './partnershipDraft';
import { displayDate } from './partnershipFields';

export interface IPartnershipPanelProps {
  /** The partnership to edit, as read (with its ETag); absent for a new one. */
  readonly partnership?: Stored<Partnership>;
  readonly municipalities: readonly Stored<Municipality>[];
  readonly repository: Pick<Repository<Partnership>, 'create' | 'update'>;
  /** Resolves the e-mail addresses of the people fields to site users while typing; without it they resolve on save. */
  readonly directory?: Pick<Directory, 'ensureUser'>;
  readonly today: CalendarDate;
  readonly theme: ITheme;
  /** Called with the stored result and a sentence to announce. */
  readonly onSaved: (stored: Stored<Partnership>, announcement: string) => void;
  /** Called when the user cancels after a conflict: the register then shows the other person's version. */
  readonly onChangedElsewhere: (current: Stored<Partnership>) => void;
  readonly onDismiss: () => void;
}

type Errors = Partial<Record<keyof PartnershipDraft | '_', string>>;

interface ConflictState {
  readonly theirs: Stored<Partnership>;
  readonly mine: Partnership;
  readonly conflicts: readonly ConflictingProperty[];
  readonly choices: Partial<Record<keyof Partnership, ConflictChoice>>;
  readonly showMissingChoices: boolean;
}

type PersonField = 'portfolioHolderEmail' | 'accountHolderEmail';

/** A failed save in plain words; only an unexpected failure shows SharePoint's own message. */
function saveFailure(error: unknown): string {
  switch (classifyDataError(error)) {
    case 'accessDenied':
      return strings.SaveAccessDenied;
    case 'notFound':
      return strings.SaveNotFound;
    case 'throttled':
      return strings.SaveThrottled;
    default:
      return format(strings.SaveFailed, error instanceof Error ? error.message : String(error));
  }
}

/** Create or edit one partnership, with a message under each field and a side-by-side choice after a conflict. */
export function PartnershipPanel(props: IPartnershipPanelProps): JSX.Element {
  const [base, setBase] = React.useState<Stored<Partnership> | undefined>(props.partnership);
  const [draft, setDraft] = React.useState<PartnershipDraft>(() => (props.partnership ? draftOf(props.partnership) : EMPTY_DRAFT));
  const [errors, setErrors] = React.useState<Errors>({});
  const [message, setMessage] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [conflict, setConflict] = React.useState<ConflictState | undefined>(undefined);
  const [resolvedPeople, setResolvedPeople] = React.useState<ReadonlyMap<string, PersonRef>>(new Map());
  const [personNotes, setPersonNotes] = React.useState<Partial<Record<PersonField, { found: boolean; text: string }>>>({});
  const [ids] = React.useState(() => ({ taskLayers: getId('task-layers'), importance: getId('importance'), audiences: getId('audiences') }));
  const messageRef = React.useRef<HTMLDivElement>(null);
  const classNames = getClassNames(props.theme);

  // A message after saving is moved into view and focused, so a keyboard or screen-reader user hears it.
  React.useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const update = <K extends keyof PartnershipDraft>(field: K, value: PartnershipDraft[K]): void => {
    setDraft((previous) => ({ ...previous, [field]: value }));
  };

  const resolvePerson = async (field: PersonField): Promise<void> => {
    const email = draft[field].trim();
    if (email === '') {
      setPersonNotes((previous) => ({ ...previous, [field]: undefined }));
      return;
    }
    if (!isEmailAddress(email)) {
      setPersonNotes((previous) => ({ ...previous, [field]: { found: false, text: strings.PersonInvalid } }));
      return;
    }
    if (!props.directory) return;
    try {
      const person = await props.directory.ensureUser(email);
      setResolvedPeople((previous) => new Map(previous).set(email.toLowerCase(), { ...person, email: person.email ?? email }));
      setPersonNotes((previous) => ({ ...previous, [field]: { found: true, text: format(strings.PersonFound, person.displayName) } }));
    } catch {
      setPersonNotes((previous) => ({ ...previous, [field]: { found: false, text: strings.PersonNotFound } }));
    }
  };

  const write = async (value: Partnership, against: Stored<Partnership> | undefined, announcement: string): Promise<void> => {
    setSaving(true);
    setMessage(undefined);
    try {
      const stored = against ? await props.repository.update(against.id, changesBetween(plainPartnership(against), value), against.etag) : await props.repository.create(value);
      props.onSaved(stored, announcement);
    } catch (error) {
      if (error instanceof ConcurrencyConflictError && against && error.current) {
        const theirs = error.current as Stored<Partnership>;
        const conflicts = conflictingProperties(plainPartnership(against), value, plainPartnership(theirs));
        if (conflicts.length === 0) {
          // The other person saved exactly what this user wanted: nothing left to decide.
          props.onSaved(theirs, announcement);
          return;
        }
        const choices: Partial<Record<keyof Partnership, ConflictChoice>> = {};
        for (const item of conflicts) {
          const choice = defaultConflictChoice(item);
          if (choice) choices[item.property] = choice;
        }
        setConflict({ theirs, mine: value, conflicts, choices, showMissingChoices: false });
      } else {
        setMessage(saveFailure(error));
      }
    } finally {
      setSaving(false);
    }
  };

  const validateAndWrite = async (toSave: PartnershipDraft, announcement: string): Promise<void> => {
    const result = validatePartnership(candidateOf(toSave, base, resolvedPeople), { today: props.today });
    if (!result.ok) {
      setErrors(draftErrors(result.errors));
      setMessage(strings.FixFieldsMessage);
      return;
    }
    setErrors({});
    await write(result.value, base, announcement);
  };

  const save = (): void => {
    void validateAndWrite(draft, strings.Saved);
  };

  const markRefreshed = (): void => {
    const next = { ...draft, lastRefreshed: props.today };
    setDraft(next);
    void validateAndWrite(next, format(strings.MarkRefreshedDone, displayDate(props.today)));
  };

  const saveResolved = (): void => {
    if (!conflict) return;
    if (conflict.conflicts.some((item) => conflict.choices[item.property] === undefined)) {
      setConflict({ ...conflict, showMissingChoices: true });
      return;
    }
    const resolved = resolveConflict(conflict.mine, plainPartnership(conflict.theirs), conflict.choices);
    const theirs = conflict.theirs;
    setBase(theirs);
    setConflict(undefined);
    setDraft(draftOf(resolved));
    const result = validatePartnership(resolved, { today: props.today });
    if (!result.ok) {
      setErrors(draftErrors(result.errors));
      setMessage(strings.FixFieldsMessage);
      return;
    }
    void write(result.value, theirs, strings.Saved);
  };

  const cancel = (): void => {
    if (conflict) props.onChangedElsewhere(conflict.theirs);
    props.onDismiss();
  };

  const title = props.partnership ? format(strings.PanelEditTitle, props.partnership.name) : strings.PanelNewTitle;
  const legalFormOptions: IDropdownOption[] = LEGAL_FORM_CHOICES.map((choice) => ({ key: choice.value, text: choice.label }));
  const allowed = draft.legalForm === '' ? undefined : allowedBbvGroups(draft.legalForm);
  const bbvOptions: IDropdownOption[] = BBV_GROUP_CHOICES.map((choice) => ({
    key: choice.value,
    text: choice.label,
    disabled: allowed !== undefined && !allowed.includes(choice.value as never),
  }));
  const statusOptions: IDropdownOption[] = PARTNERSHIP_STATUS_CHOICES.map((choice) => ({ key: choice.value, text: choice.label }));
  const municipalityOptions: IDropdownOption[] = props.municipalities.map((municipality) => ({ key: municipality.id, text: municipality.name }));
  const verbonden = isVerbondenPartij(draft);
  const personDescription = (field: PersonField): string | undefined => (personNotes[field]?.found ? personNotes[field]?.text : undefined);
  const personError = (field: PersonField): string | undefined => errors[field] ?? (personNotes[field] && !personNotes[field]?.found ? personNotes[field]?.text : undefined);

  const footer = (): JSX.Element => (
    <Stack horizontal wrap tokens={{ childrenGap: 8 }} verticalAlign="center">
      {conflict ? (
        <PrimaryButton text={strings.ConflictSave} onClick={saveResolved} disabled={saving} />
      ) : (
        <PrimaryButton text={saving ? strings.Saving : strings.Save} onClick={save} disabled={saving} />
      )}
      {props.partnership && !conflict && <DefaultButton text={strings.MarkRefreshed} onClick={markRefreshed} disabled={saving} iconProps={{ iconName: 'CheckMark' }} />}
      <DefaultButton text={strings.Cancel} onClick={cancel} disabled={saving} />
      {saving && <Spinner size={SpinnerSize.small} label={strings.Saving} labelPosition="right" />}
    </Stack>
  );

  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={title}
      closeButtonAriaLabel={strings.PanelClose}
      onDismiss={cancel}
      isFooterAtBottom={true}
      onRenderFooterContent={footer}
      theme={props.theme}
      isBlocking={true}
    >
      <div aria-live="polite" ref={messageRef} tabIndex={-1} className={classNames.message}>
        {message && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {message}
          </MessageBar>
        )}
      </div>
      {conflict ? (
        <ConflictView
          mine={conflict.mine}
          theirs={plainPartnership(conflict.theirs)}
          conflicts={conflict.conflicts}
          choices={conflict.choices}
          municipalities={props.municipalities}
          theme={props.theme}
          showMissingChoices={conflict.showMissingChoices}
          onChoose={(property, choice) => setConflict({ ...conflict, choices: { ...conflict.choices, [property]: choice } })}
        />
      ) : (
        <form
          className={classNames.form}
          noValidate={true}
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <TextField label={strings.FieldName} required={true} value={draft.name} onChange={(_e, value) => update('name', value ?? '')} errorMessage={errors.name} />
          <Dropdown
            label={strings.FieldLegalForm}
            required={true}
            selectedKey={draft.legalForm === '' ? null : draft.legalForm}
            options={legalFormOptions}
            onChange={(_e, option) => {
              if (!option) return;
              const legalForm = option.key as Partnership['legalForm'];
              // BBV art. 15(3): the group follows the legal form; only "overig" leaves the choice to the user.
              setDraft((previous) => ({ ...previous, legalForm, bbvGroup: legalForm === 'overig' ? previous.bbvGroup : defaultBbvGroup(legalForm) }));
            }}
            errorMessage={errors.legalForm}
          />
          <Dropdown
            label={strings.FieldBbvGroup}
            required={true}
            selectedKey={draft.bbvGroup === '' ? null : draft.bbvGroup}
            options={bbvOptions}
            onChange={(_e, option) => option && update('bbvGroup', option.key as Partnership['bbvGroup'])}
            errorMessage={errors.bbvGroup}
          />
          <Checkbox label={strings.FieldAdministrativeInterest} checked={draft.hasAdministrativeInterest} onChange={(_e, checked) => update('hasAdministrativeInterest', !!checked)} />
          <Checkbox label={strings.FieldFinancialInterest} checked={draft.hasFinancialInterest} onChange={(_e, checked) => update('hasFinancialInterest', !!checked)} />
          <p className={classNames.note}>{verbonden ? strings.VerbondenPartijYes : strings.VerbondenPartijNo}</p>

          <fieldset className={classNames.fieldset} aria-describedby={errors.taskLayers ? `${ids.taskLayers}-error` : undefined}>
            <legend className={classNames.legend}>
              {strings.FieldTaskLayers} <span className={classNames.required}>{strings.FieldRequiredMark}</span>
            </legend>
            {TASK_LAYER_CHOICES.map((choice) => (
              <Checkbox
                key={choice.value}
                label={choice.label}
                checked={draft.taskLayers.includes(choice.value as TaskLayer)}
                onChange={(_e, checked) =>
                  update('taskLayers', checked ? [...draft.taskLayers, choice.value as TaskLayer] : draft.taskLayers.filter((layer) => layer !== choice.value))
                }
              />
            ))}
            {errors.taskLayers && (
              <p id={`${ids.taskLayers}-error`} role="alert" className={classNames.error}>
                {errors.taskLayers}
              </p>
            )}
          </fieldset>
          <TextField label={strings.FieldDomain} value={draft.domain} onChange={(_e, value) => update('domain', value ?? '')} errorMessage={errors.domain} />
          <Dropdown
            label={strings.FieldParticipants}
            multiSelect={true}
            selectedKeys={[...draft.participantIds]}
            options={municipalityOptions}
            onChange={(_e, option) => {
              if (!option) return;
              const id = option.key as number;
              update('participantIds', option.selected ? [...draft.participantIds, id] : draft.participantIds.filter((candidate) => candidate !== id));
            }}
            errorMessage={errors.participantIds}
          />
          <TextField label={strings.FieldSeat} value={draft.seat} onChange={(_e, value) => update('seat', value ?? '')} errorMessage={errors.seat} />
          <TextField label={strings.FieldPublicInterest} multiline={true} rows={3} value={draft.publicInterest} onChange={(_e, value) => update('publicInterest', value ?? '')} errorMessage={errors.publicInterest} />
          <TextField
            label={strings.FieldPortfolioHolder}
            type="email"
            value={draft.portfolioHolderEmail}
            onChange={(_e, value) => update('portfolioHolderEmail', value ?? '')}
            onBlur={() => {
              void resolvePerson('portfolioHolderEmail');
            }}
            description={personDescription('portfolioHolderEmail')}
            errorMessage={personError('portfolioHolderEmail')}
          />
          <TextField
            label={strings.FieldAccountHolder}
            type="email"
            value={draft.accountHolderEmail}
            onChange={(_e, value) => update('accountHolderEmail', value ?? '')}
            onBlur={() => {
              void resolvePerson('accountHolderEmail');
            }}
            description={personDescription('accountHolderEmail')}
            errorMessage={personError('accountHolderEmail')}
          />

          <fieldset className={classNames.fieldset}>
            <legend className={classNames.legend}>{strings.FieldImportance}</legend>
            <Checkbox label={strings.ImportanceSocietalTask} checked={draft.societalTask} onChange={(_e, checked) => update('societalTask', !!checked)} />
            <Checkbox label={strings.ImportanceOpportunities} checked={draft.opportunities} onChange={(_e, checked) => update('opportunities', !!checked)} />
            <Checkbox label={strings.ImportanceRisks} checked={draft.riskAngle} onChange={(_e, checked) => update('riskAngle', !!checked)} />
            <Checkbox label={strings.ImportanceMoney} checked={draft.money} onChange={(_e, checked) => update('money', !!checked)} />
          </fieldset>
          <fieldset className={classNames.fieldset} aria-describedby={errors.audiences ? `${ids.audiences}-error` : undefined}>
            <legend className={classNames.legend}>{strings.FieldAudiences}</legend>
            {AUDIENCE_CHOICES.map((choice) => (
              <Checkbox
                key={choice.value}
                label={choice.label}
                checked={draft.audiences.includes(choice.value as Audience)}
                onChange={(_e, checked) =>
                  update('audiences', checked ? [...draft.audiences, choice.value as Audience] : draft.audiences.filter((audience) => audience !== choice.value))
                }
              />
            ))}
            {errors.audiences && (
              <p id={`${ids.audiences}-error`} role="alert" className={classNames.error}>
                {errors.audiences}
              </p>
            )}
          </fieldset>
          <TextField label={strings.FieldImportanceExplanation} multiline={true} rows={2} value={draft.importanceExplanation} onChange={(_e, value) => update('importanceExplanation', value ?? '')} errorMessage={errors.importanceExplanation} />
          <TextField label={strings.FieldRisks} multiline={true} rows={3} value={draft.risks} onChange={(_e, value) => update('risks', value ?? '')} errorMessage={errors.risks} />
          <TextField label={strings.FieldLastRefreshed} value={draft.lastRefreshed} onChange={(_e, value) => update('lastRefreshed', value ?? '')} errorMessage={errors.lastRefreshed} />
          <Dropdown
            label={strings.FieldStatus}
            required={true}
            selectedKey={draft.status === '' ? null : draft.status}
            options={statusOptions}
            onChange={(_e, option) => option && update('status', option.key as Partnership['status'])}
            errorMessage={errors.status}
          />
          <TextField label={strings.FieldEvaluationPeriod} inputMode="numeric" value={draft.evaluationPeriodYears} onChange={(_e, value) => update('evaluationPeriodYears', value ?? '')} errorMessage={errors.evaluationPeriodYears} />
          <TextField label={strings.FieldWebsite} type="url" value={draft.website} onChange={(_e, value) => update('website', value ?? '')} errorMessage={errors.website} />
          {/* Enter in a text field saves, as in any form. */}
          <button type="submit" hidden={true} />
        </form>
      )}
    </Panel>
  );
}

function getClassNames(theme: ITheme): { form: string; fieldset: string; legend: string; note: string; error: string; required: string; message: string } {
  return mergeStyleSets({
    message: { outline: 'none', marginBottom: 8 },
    form: { display: 'flex', flexDirection: 'column', gap: 12, paddingBottom: 16 },
    fieldset: { border: `1px solid ${theme.semanticColors.inputBorder}`, borderRadius: 2, padding: '8px 12px 12px', margin: 0, display: 'flex', flexDirection: 'column', gap: 8 },
    legend: { ...theme.fonts.medium, fontWeight: 600, padding: '0 4px', color: theme.semanticColors.bodyText },
    note: { ...theme.fonts.small, margin: 0, color: theme.semanticColors.bodySubtext },
    error: { ...theme.fonts.small, margin: 0, color: theme.semanticColors.errorText },
    required: { fontWeight: 400, color: theme.semanticColors.bodySubtext },
  });
}
