import * as React from 'react';
import { Dropdown, Stack, TextField, type IDropdownOption } from '@fluentui/react';
import { errorSummaryOf, FormPanel } from '../../../components/forms/FormPanel';
import * as strings from 'CouncilInfluenceWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import { createInfluenceCase, updateInfluenceCase, type SaveOutcome } from '../../../data/councilInfluence';
import type { Repositories } from '../../../data/ports';
import { INFLUENCE_CASE_KINDS, validateInfluenceCase, type InfluenceCase } from '../../../domain/councilInfluence';
import type { CalendarDate, Partnership, Stored } from '../../../domain/models';
import { formatDutchShortDate } from '../../../domain/time';
import { INFLUENCE_CASE_KIND_CHOICES } from '../../../schema';
import { ConflictBar } from './ConflictBar';
import { formatText, optionalDateInput } from './influenceFormat';

/** The case's details as typed, so nothing is lost on a failed save. */
interface CaseDraft {
  partnershipKey: string;
  subject: string;
  kind: string;
  budgetYear: string;
  receivedDate: string;
  documentUrl: string;
  responseDeadline: string;
  abDecisionMeetingDate: string;
  collegeProposalPoints: string;
}

function draftOf(influenceCase: InfluenceCase | undefined, today: CalendarDate): CaseDraft {
  return {
    partnershipKey: influenceCase === undefined ? '' : String(influenceCase.partnershipId),
    subject: influenceCase?.subject ?? '',
    kind: influenceCase?.kind ?? 'ontwerpbegroting',
    budgetYear: influenceCase?.budgetYear === undefined ? '' : String(influenceCase.budgetYear),
    receivedDate: influenceCase?.receivedDate ?? today,
    documentUrl: influenceCase?.documentUrl ?? '',
    responseDeadline: influenceCase?.responseDeadline ?? '',
    abDecisionMeetingDate: influenceCase?.abDecisionMeetingDate ?? '',
    collegeProposalPoints: (influenceCase?.collegeProposalPoints ?? []).join('\n'),
  };
}

const EMPTY_STEPS: Pick<InfluenceCase, 'councilZienswijzeSummary' | 'abMemberPosition' | 'abDecision' | 'grAnswerSummary'> = {
  councilZienswijzeSummary: '',
  abMemberPosition: '',
  abDecision: '',
  grAnswerSummary: '',
};

/** What is stored now, in one line: the details a conflicting save may have changed. */
export function describeCase(influenceCase: InfluenceCase): string {
  return [
    influenceCase.subject,
    choiceLabel(INFLUENCE_CASE_KIND_CHOICES, influenceCase.kind),
    influenceCase.budgetYear === undefined ? '' : String(influenceCase.budgetYear),
    formatDutchShortDate(influenceCase.receivedDate),
    influenceCase.responseDeadline === undefined ? '' : formatDutchShortDate(influenceCase.responseDeadline),
  ]
    .filter((part) => part !== '')
    .join(' · ');
}

export interface ICasePanelProps {
  /** The case to edit; absent for "Nieuw zienswijzetraject". */
  readonly influenceCase?: Stored<InfluenceCase>;
  readonly partnerships: readonly Stored<Partnership>[];
  readonly repositories: Repositories;
  readonly today: CalendarDate;
  readonly onSaved: (saved: Stored<InfluenceCase>) => void;
  readonly onDismiss: () => void;
}

/** Creates a zienswijze case (step 1: the document arrived) or edits its details, with Dutch messages per field. */
export function CasePanel(props: ICasePanelProps): JSX.Element {
  const [draft, setDraft] = React.useState<CaseDraft>(() => draftOf(props.influenceCase, props.today));
  const [etag, setEtag] = React.useState(props.influenceCase?.etag);
  const [errors, setErrors] = React.useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [conflict, setConflict] = React.useState<Stored<InfluenceCase> | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  // A successful save closes the panel; its `finally` must not touch state after that.
  const mounted = React.useRef(true);
  React.useEffect(() => () => {
    mounted.current = false;
  }, []);

  const set = (key: keyof CaseDraft) => (_event: unknown, value?: string) => setDraft((previous) => ({ ...previous, [key]: value ?? '' }));
  const choose = (key: keyof CaseDraft) => (_event: unknown, option?: IDropdownOption) => option && setDraft((previous) => ({ ...previous, [key]: String(option.key) }));

  async function save(overwriteEtag?: string): Promise<void> {
    setFailure(undefined);
    const found: Record<string, string> = {};
    if (draft.partnershipKey === '') found.partnershipId = strings.ChoosePartnership;
    const yearText = draft.budgetYear.trim();
    if (yearText !== '' && !/^\d{4}$/.test(yearText)) found.budgetYear = strings.BudgetYearInvalid;
    // Present-but-undefined clears a field in SharePoint, so emptied dates are really emptied.
    const candidate = {
      ...(props.influenceCase ?? EMPTY_STEPS),
      partnershipId: draft.partnershipKey === '' ? 0 : Number(draft.partnershipKey),
      subject: draft.subject,
      kind: draft.kind,
      budgetYear: yearText === '' || found.budgetYear ? undefined : Number(yearText),
      receivedDate: optionalDateInput(draft.receivedDate) ?? '',
      documentUrl: draft.documentUrl.trim() === '' ? undefined : draft.documentUrl.trim(),
      responseDeadline: optionalDateInput(draft.responseDeadline),
      abDecisionMeetingDate: optionalDateInput(draft.abDecisionMeetingDate),
      collegeProposalPoints: draft.collegeProposalPoints
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    };
    const checked = validateInfluenceCase(candidate, props.today);
    if (!checked.ok || Object.keys(found).length > 0) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...found });
      return;
    }
    setSaving(true);
    try {
      const outcome: SaveOutcome<InfluenceCase> =
        props.influenceCase === undefined
          ? await createInfluenceCase(props.repositories, candidate, props.today)
          : await updateInfluenceCase(props.repositories, props.influenceCase, candidate, props.today, overwriteEtag ?? etag ?? props.influenceCase.etag);
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

  const title = props.influenceCase === undefined ? strings.CasePanelNew : formatText(strings.CasePanelEdit, props.influenceCase.subject);
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
        <ConflictBar
          description={describeCase(conflict)}
          onKeepMine={() => save(conflict.etag)}
          onTakeTheirs={() => {
            setDraft(draftOf(conflict, props.today));
            setEtag(conflict.etag);
            setConflict(undefined);
          }}
        />
      )}
      <Dropdown
        label={strings.FieldPartnership}
        required
        selectedKey={draft.partnershipKey === '' ? null : draft.partnershipKey}
        options={props.partnerships.map((partnership) => ({ key: String(partnership.id), text: partnership.name }))}
        onChange={choose('partnershipKey')}
        errorMessage={errors.partnershipId}
      />
      <TextField label={strings.FieldSubject} required value={draft.subject} onChange={set('subject')} errorMessage={errors.subject} />
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <Dropdown
          label={strings.FieldKind}
          selectedKey={draft.kind}
          options={INFLUENCE_CASE_KINDS.map((code) => ({ key: code, text: choiceLabel(INFLUENCE_CASE_KIND_CHOICES, code) }))}
          onChange={choose('kind')}
          errorMessage={errors.kind}
          styles={{ root: { minWidth: 260 } }}
        />
        <TextField label={strings.FieldBudgetYear} value={draft.budgetYear} onChange={set('budgetYear')} errorMessage={errors.budgetYear} styles={{ root: { width: 140 } }} />
      </Stack>
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <TextField label={strings.FieldReceivedDate} required placeholder={strings.DatePlaceholder} value={draft.receivedDate} onChange={set('receivedDate')} errorMessage={errors.receivedDate} />
        <TextField label={strings.FieldAbMeeting} placeholder={strings.DatePlaceholder} value={draft.abDecisionMeetingDate} onChange={set('abDecisionMeetingDate')} errorMessage={errors.abDecisionMeetingDate} />
      </Stack>
      <TextField
        label={strings.FieldResponseDeadline}
        placeholder={strings.DatePlaceholder}
        description={strings.FieldResponseDeadlineDescription}
        value={draft.responseDeadline}
        onChange={set('responseDeadline')}
        errorMessage={errors.responseDeadline}
      />
      <TextField label={strings.FieldDocument} type="url" value={draft.documentUrl} onChange={set('documentUrl')} errorMessage={errors.documentUrl} />
      <TextField label={strings.FieldCollegePoints} multiline rows={4} value={draft.collegeProposalPoints} onChange={set('collegeProposalPoints')} errorMessage={errors.collegeProposalPoints} />
    </FormPanel>
  );
}
