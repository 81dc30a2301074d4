import * as React from 'react';
import { DefaultButton, Dropdown, MessageBar, MessageBarType, Stack, TextField, type IDropdownOption } from '@fluentui/react';
import { errorSummaryOf, FormPanel } from '../../../components/forms/FormPanel';
import * as strings from 'SteeringWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { Directory, Repository } from '../../../data/ports';
import { ACTION_STATUSES, RECOMMENDATION_RESPONSES, type ImprovementAction, type Partnership, type PersonRef, type Stored } from '../../../domain/models';
import { isEmailAddress, validateAction } from '../../../domain/validation';
import { ACTION_STATUS_CHOICES, RECOMMENDATION_RESPONSE_CHOICES } from '../../../schema';
import { formatText, isConflict, normaliseDateInput } from './steeringFormat';

/** What the form holds: every field as the user typed it, so nothing is lost on a failed save. */
interface ActionDraft {
  number: string;
  plan: string;
  recommendation: string;
  response: string;
  responseExplanation: string;
  action: string;
  ownerEmail: string;
  plannedDate: string;
  status: string;
  /** '' for "alle samenwerkingsverbanden". */
  partnershipKey: string;
}

function draftOf(action: ImprovementAction | undefined, defaultPlan: string): ActionDraft {
  return {
    number: action?.number ?? '',
    plan: action?.plan ?? defaultPlan,
    recommendation: action?.recommendation ?? '',
    response: action?.response ?? 'nog-te-bepalen',
    responseExplanation: action?.responseExplanation ?? '',
    action: action?.action ?? '',
    ownerEmail: action?.owner?.email ?? '',
    plannedDate: action?.plannedDate ?? '',
    status: action?.status ?? 'open',
    partnershipKey: action?.partnershipId === undefined ? '' : String(action.partnershipId),
  };
}

export interface IActionPanelProps {
  /** The action to edit; absent for a new one. */
  readonly action?: Stored<ImprovementAction>;
  readonly defaultPlan: string;
  readonly partnerships: readonly Stored<Partnership>[];
  readonly repository: Repository<ImprovementAction>;
  readonly directory: Directory;
  readonly onSaved: (saved: Stored<ImprovementAction>) => void;
  readonly onDismiss: () => void;
}

/** Creates or edits a recommendation and its action (seed 002), validating at the boundary and surfacing 412 conflicts. */
export function ActionPanel(props: IActionPanelProps): JSX.Element {
  const [draft, setDraft] = React.useState<ActionDraft>(() => draftOf(props.action, props.defaultPlan));
  const [etag, setEtag] = React.useState(props.action?.etag);
  const [errors, setErrors] = React.useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<Stored<ImprovementAction> | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);

  const set = (key: keyof ActionDraft) => (_event: unknown, value?: string) => setDraft((previous) => ({ ...previous, [key]: value ?? '' }));
  const choose = (key: keyof ActionDraft) => (_event: unknown, option?: IDropdownOption) => option && setDraft((previous) => ({ ...previous, [key]: String(option.key) }));

  async function resolveOwner(): Promise<PersonRef | undefined | Error> {
    const email = draft.ownerEmail.trim();
    if (email === '') return undefined;
    if (props.action?.owner?.email?.toLowerCase() === email.toLowerCase()) return props.action.owner;
    try {
      return await props.directory.ensureUser(email);
    } catch {
      return new Error(formatText(strings.OwnerNotFound, email));
    }
  }

  async function save(overwriteEtag?: string): Promise<void> {
    setFailure(undefined);
    const email = draft.ownerEmail.trim();
    const candidate = {
      number: draft.number,
      plan: draft.plan,
      recommendation: draft.recommendation,
      response: draft.response,
      responseExplanation: draft.responseExplanation,
      action: draft.action,
      status: draft.status,
      owner: email === '' ? undefined : { displayName: email, email },
      plannedDate: draft.plannedDate.trim() === '' ? undefined : normaliseDateInput(draft.plannedDate),
      partnershipId: draft.partnershipKey === '' ? undefined : Number(draft.partnershipKey),
    };
    const found: Record<string, string> = {};
    if (email !== '' && !isEmailAddress(email)) found.owner = formatText(strings.OwnerInvalid, email);
    const result = validateAction(candidate);
    if (!result.ok) Object.assign(found, result.errors, found);
    if (Object.keys(found).length > 0 || !result.ok) {
      setErrors(found);
      return;
    }
    setSaving(true);
    try {
      const owner = await resolveOwner();
      if (owner instanceof Error) {
        setErrors({ owner: owner.message });
        return;
      }
      setErrors({});
      // Present-but-undefined clears a field in SharePoint, so emptied fields are really emptied.
      const value: ImprovementAction = { ...result.value, owner, plannedDate: result.value.plannedDate, partnershipId: result.value.partnershipId };
      const saved =
        props.action === undefined
          ? await props.repository.create(value)
          : await props.repository.update(props.action.id, value, overwriteEtag ?? etag ?? props.action.etag);
      setConflict(undefined);
      props.onSaved(saved);
    } catch (error) {
      if (isConflict(error)) {
        setConflict(error.current as Stored<ImprovementAction> | undefined);
      } else {
        setFailure(formatText(strings.SaveFailed, (error as Error).message));
      }
    } finally {
      setSaving(false);
    }
  }

  const partnershipOptions: IDropdownOption[] = [
    { key: '', text: strings.AllPartnerships },
    ...props.partnerships.map((partnership) => ({ key: String(partnership.id), text: partnership.name })),
  ];
  const title = props.action === undefined ? strings.ActionPanelNew : formatText(strings.ActionPanelEdit, props.action.number);

  return (
    <FormPanel
      title={title}
      strings={strings}
      onSave={() => save()}
      saving={saving}
      errorSummary={errorSummaryOf(errors, strings.FormHasErrors)}
      failure={failure}
      onDismiss={props.onDismiss}
    >
      {conflict !== undefined && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          isMultiline={true}
          actions={
            <div>
              <DefaultButton text={strings.ConflictKeepMine} onClick={() => save(conflict.etag)} />
              <DefaultButton
                text={strings.ConflictTakeTheirs}
                onClick={() => {
                  setDraft(draftOf(conflict, props.defaultPlan));
                  setEtag(conflict.etag);
                  setConflict(undefined);
                }}
              />
            </div>
          }
        >
          {strings.ConflictTitle}{' '}
          {formatText(
            strings.ConflictCurrent,
            [
              choiceLabel(ACTION_STATUS_CHOICES, conflict.status),
              conflict.owner?.displayName ?? strings.NotAssigned,
              conflict.plannedDate ?? strings.NoDate,
              conflict.action,
            ]
              .filter((part) => part !== '')
              .join(' · '),
          )}
        </MessageBar>
      )}
      <Stack horizontal tokens={{ childrenGap: 12 }}>
        <TextField label={strings.FieldNumber} required value={draft.number} onChange={set('number')} errorMessage={errors.number} styles={{ root: { width: 120 } }} />
        <Stack.Item grow>
          <TextField label={strings.FieldPlan} value={draft.plan} onChange={set('plan')} errorMessage={errors.plan} />
        </Stack.Item>
      </Stack>
      <TextField label={strings.FieldRecommendation} required multiline autoAdjustHeight value={draft.recommendation} onChange={set('recommendation')} errorMessage={errors.recommendation} />
      <Dropdown
        label={strings.FieldResponse}
        selectedKey={draft.response}
        options={RECOMMENDATION_RESPONSES.map((code) => ({ key: code, text: choiceLabel(RECOMMENDATION_RESPONSE_CHOICES, code) }))}
        onChange={choose('response')}
        errorMessage={errors.response}
      />
      <TextField
        label={strings.FieldResponseExplanation}
        multiline
        autoAdjustHeight
        required={draft.response === 'niet-overgenomen'}
        value={draft.responseExplanation}
        onChange={set('responseExplanation')}
        errorMessage={errors.responseExplanation}
      />
      <TextField label={strings.FieldAction} multiline autoAdjustHeight value={draft.action} onChange={set('action')} errorMessage={errors.action} />
      <TextField
        label={strings.FieldOwner}
        type="email"
        value={draft.ownerEmail}
        onChange={set('ownerEmail')}
        description={strings.FieldOwnerDescription}
        errorMessage={errors.owner}
        autoComplete="email"
      />
      <Stack horizontal tokens={{ childrenGap: 12 }} wrap>
        <TextField label={strings.FieldPlannedDate} placeholder={strings.DatePlaceholder} value={draft.plannedDate} onChange={set('plannedDate')} errorMessage={errors.plannedDate} />
        <Dropdown
          label={strings.FieldStatus}
          selectedKey={draft.status}
          options={ACTION_STATUSES.map((code) => ({ key: code, text: choiceLabel(ACTION_STATUS_CHOICES, code) }))}
          onChange={choose('status')}
          errorMessage={errors.status}
          styles={{ root: { minWidth: 160 } }}
        />
      </Stack>
      <Dropdown label={strings.FieldPartnership} selectedKey={draft.partnershipKey} options={partnershipOptions} onChange={choose('partnershipKey')} errorMessage={errors.partnershipId} />
    </FormPanel>
  );
}
