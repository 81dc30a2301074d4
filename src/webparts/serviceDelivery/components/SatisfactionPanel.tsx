import * as React from 'react';
import { Dropdown, Stack, TextField, type IDropdownOption } from '@fluentui/react';
import { errorSummaryOf, FormPanel } from '../../../components/forms/FormPanel';
import * as strings from 'ServiceDeliveryWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { Repositories } from '../../../data/ports';
import { saveSatisfactionMeasurement } from '../../../data/serviceDelivery';
import type { CalendarDate, Stored } from '../../../domain/models';
import { SATISFACTION_OWNERS, type SatisfactionMeasurement } from '../../../domain/serviceDelivery';
import { SATISFACTION_OWNER_CHOICES } from '../../../schema';
import { ConflictNotice, conflictRows } from './ConflictNotice';
import { formatText, normaliseDateInput, numberInputText, parseNumberInput } from './serviceDeliveryFormat';
import { useItemSave } from './useItemSave';

interface SatisfactionDraft {
  subject: string;
  measuredOn: string;
  measuredBy: string;
  method: string;
  score: string;
  scaleMax: string;
  respondents: string;
  comments: string;
}

function draftOf(measurement: SatisfactionMeasurement | undefined): SatisfactionDraft {
  return {
    subject: measurement?.subject ?? '',
    measuredOn: measurement?.measuredOn ?? '',
    measuredBy: measurement?.measuredBy ?? 'regievoerder',
    method: measurement?.method ?? '',
    score: numberInputText(measurement?.score),
    scaleMax: numberInputText(measurement?.scaleMax ?? 10),
    respondents: numberInputText(measurement?.respondents),
    comments: measurement?.comments ?? '',
  };
}

export interface ISatisfactionPanelProps {
  readonly partnershipId: number;
  readonly partnershipName: string;
  readonly measurement?: Stored<SatisfactionMeasurement>;
  readonly today: CalendarDate;
  readonly repositories: Pick<Repositories, 'satisfactionMeasurements'>;
  readonly onSaved: (saved: Stored<SatisfactionMeasurement>) => void;
  readonly onDismiss: () => void;
}

/**
 * A satisfaction measurement: what, when, who measured (seed 002 leaves open whether the regievoerder or the
 * partnership measures, so it is a field), how, the score on its scale, respondents and comments.
 */
export function SatisfactionPanel(props: ISatisfactionPanelProps): JSX.Element {
  const [draft, setDraft] = React.useState<SatisfactionDraft>(() => draftOf(props.measurement));
  const saver = useItemSave(props.measurement);
  const errors = saver.errors;
  const update = (changes: Partial<SatisfactionDraft>): void => setDraft((previous) => ({ ...previous, ...changes }));

  const save = async (): Promise<void> => {
    const input = {
        partnershipId: props.partnershipId,
        subject: draft.subject,
        measuredOn: normaliseDateInput(draft.measuredOn),
        measuredBy: draft.measuredBy,
        method: draft.method.trim(),
        score: parseNumberInput(draft.score),
        scaleMax: parseNumberInput(draft.scaleMax),
        respondents: parseNumberInput(draft.respondents),
        comments: draft.comments,
    };
    const stored = await saver.save((editing) => saveSatisfactionMeasurement(props.repositories, input, props.today, editing));
    if (stored) props.onSaved(stored);
  };

  const options: IDropdownOption[] = SATISFACTION_OWNERS.map((code) => ({ key: code, text: choiceLabel(SATISFACTION_OWNER_CHOICES, code) }));
  const theirs = saver.conflict;
  return (
    <FormPanel
      title={props.measurement ? formatText(strings.SatisfactionEditTitle, props.measurement.subject) : formatText(strings.SatisfactionNewTitle, props.partnershipName)}
      strings={strings}
      onSave={() => {
        void save();
      }}
      saving={saver.saving}
      saveBlocked={theirs !== undefined}
      errorSummary={errorSummaryOf(errors, strings.FormHasErrors)}
      failure={saver.failure}
      onDismiss={props.onDismiss}
    >
      {theirs !== undefined && (
        <ConflictNotice
          rows={conflictRows([
            { label: strings.FieldSubject, text: (version) => (version === 'mine' ? draft.subject : theirs.subject) },
            { label: strings.FieldMeasuredOn, text: (version) => (version === 'mine' ? normaliseDateInput(draft.measuredOn) : theirs.measuredOn) },
            { label: strings.FieldMeasuredBy, text: (version) => choiceLabel(SATISFACTION_OWNER_CHOICES, version === 'mine' ? draft.measuredBy : theirs.measuredBy) },
            { label: strings.FieldMethod, text: (version) => (version === 'mine' ? draft.method.trim() : theirs.method) },
            { label: strings.FieldScore, text: (version) => (version === 'mine' ? `${draft.score.trim()} / ${draft.scaleMax.trim()}` : `${numberInputText(theirs.score)} / ${numberInputText(theirs.scaleMax)}`) },
            { label: strings.FieldRespondents, text: (version) => (version === 'mine' ? draft.respondents.trim() : numberInputText(theirs.respondents)) },
            { label: strings.FieldComments, text: (version) => (version === 'mine' ? draft.comments : theirs.comments) },
          ])}
          onUseTheirs={() => {
            const current = saver.useTheirs();
            if (current) setDraft(draftOf(current));
          }}
          onKeepMine={() => {
            void saver.keepMine().then((stored) => stored && props.onSaved(stored));
          }}
        />
      )}
      <TextField label={strings.FieldSubject} required value={draft.subject} onChange={(_event, value) => update({ subject: value ?? '' })} errorMessage={errors.subject} />
      <TextField label={strings.FieldMeasuredOn} required placeholder={strings.DatePlaceholder} value={draft.measuredOn} onChange={(_event, value) => update({ measuredOn: value ?? '' })} errorMessage={errors.measuredOn} />
      <Dropdown label={strings.FieldMeasuredBy} required selectedKey={draft.measuredBy} options={options} onChange={(_event, option) => option && update({ measuredBy: String(option.key) })} errorMessage={errors.measuredBy} />
      <TextField label={strings.FieldMethod} description={strings.FieldMethodHint} value={draft.method} onChange={(_event, value) => update({ method: value ?? '' })} errorMessage={errors.method} />
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <TextField label={strings.FieldScore} required value={draft.score} onChange={(_event, value) => update({ score: value ?? '' })} errorMessage={errors.score} />
        <TextField label={strings.FieldScaleMax} required description={strings.FieldScaleMaxHint} value={draft.scaleMax} onChange={(_event, value) => update({ scaleMax: value ?? '' })} errorMessage={errors.scaleMax} />
        <TextField label={strings.FieldRespondents} value={draft.respondents} onChange={(_event, value) => update({ respondents: value ?? '' })} errorMessage={errors.respondents} />
      </Stack>
      <TextField label={strings.FieldComments} multiline autoAdjustHeight value={draft.comments} onChange={(_event, value) => update({ comments: value ?? '' })} errorMessage={errors.comments} />
    </FormPanel>
  );
}
