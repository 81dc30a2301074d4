import * as React from 'react';
import { Dropdown, TextField, type IDropdownOption } from '@fluentui/react';
import { errorSummaryOf, FormPanel } from '../../../components/forms/FormPanel';
import * as strings from 'ServiceDeliveryWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { Repositories } from '../../../data/ports';
import { saveServiceAgreement } from '../../../data/serviceDelivery';
import type { Stored } from '../../../domain/models';
import { SERVICE_AGREEMENT_KINDS, type ServiceAgreement } from '../../../domain/serviceDelivery';
import { SERVICE_AGREEMENT_KIND_CHOICES } from '../../../schema';
import { ConflictNotice, conflictRows } from './ConflictNotice';
import { formatText, normaliseDateInput } from './serviceDeliveryFormat';
import { useItemSave } from './useItemSave';

interface AgreementDraft {
  name: string;
  kind: string;
  startDate: string;
  endDate: string;
  renewalDate: string;
  documentUrl: string;
  notes: string;
}

function draftOf(agreement: ServiceAgreement | undefined): AgreementDraft {
  return {
    name: agreement?.name ?? '',
    kind: agreement?.kind ?? 'dvo',
    startDate: agreement?.startDate ?? '',
    endDate: agreement?.endDate ?? '',
    renewalDate: agreement?.renewalDate ?? '',
    documentUrl: agreement?.documentUrl ?? '',
    notes: agreement?.notes ?? '',
  };
}

const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

export interface IAgreementPanelProps {
  readonly partnershipId: number;
  readonly partnershipName: string;
  /** The agreement to edit; absent for a new one. */
  readonly agreement?: Stored<ServiceAgreement>;
  readonly repositories: Pick<Repositories, 'serviceAgreements'>;
  readonly onSaved: (saved: Stored<ServiceAgreement>) => void;
  readonly onDismiss: () => void;
}

/** A service agreement (DVO or other): its kind, term and the date by which renewal or notice must be decided. */
export function AgreementPanel(props: IAgreementPanelProps): JSX.Element {
  const [draft, setDraft] = React.useState<AgreementDraft>(() => draftOf(props.agreement));
  const saver = useItemSave(props.agreement);
  const errors = saver.errors;
  const update = (changes: Partial<AgreementDraft>): void => setDraft((previous) => ({ ...previous, ...changes }));

  const save = async (): Promise<void> => {
    const input = {
      partnershipId: props.partnershipId,
      name: draft.name,
      kind: draft.kind,
      startDate: normaliseDateInput(draft.startDate),
      endDate: optional(normaliseDateInput(draft.endDate)),
      renewalDate: optional(normaliseDateInput(draft.renewalDate)),
      documentUrl: optional(draft.documentUrl),
      notes: draft.notes,
    };
    const stored = await saver.save((editing) => saveServiceAgreement(props.repositories, input, editing));
    if (stored) props.onSaved(stored);
  };

  const options: IDropdownOption[] = SERVICE_AGREEMENT_KINDS.map((code) => ({ key: code, text: choiceLabel(SERVICE_AGREEMENT_KIND_CHOICES, code) }));
  const theirs = saver.conflict;
  return (
    <FormPanel
      title={props.agreement ? formatText(strings.AgreementEditTitle, props.agreement.name) : formatText(strings.AgreementNewTitle, props.partnershipName)}
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
            { label: strings.FieldAgreementName, text: (version) => (version === 'mine' ? draft.name : theirs.name) },
            { label: strings.FieldAgreementKind, text: (version) => choiceLabel(SERVICE_AGREEMENT_KIND_CHOICES, version === 'mine' ? draft.kind : theirs.kind) },
            { label: strings.FieldStartDate, text: (version) => (version === 'mine' ? normaliseDateInput(draft.startDate) : theirs.startDate) },
            { label: strings.FieldEndDate, text: (version) => (version === 'mine' ? normaliseDateInput(draft.endDate) : theirs.endDate ?? '') },
            { label: strings.FieldRenewalDate, text: (version) => (version === 'mine' ? normaliseDateInput(draft.renewalDate) : theirs.renewalDate ?? '') },
            { label: strings.FieldDocumentUrl, text: (version) => (version === 'mine' ? draft.documentUrl.trim() : theirs.documentUrl ?? '') },
            { label: strings.FieldNotes, text: (version) => (version === 'mine' ? draft.notes : theirs.notes) },
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
      <TextField label={strings.FieldAgreementName} required value={draft.name} onChange={(_event, value) => update({ name: value ?? '' })} errorMessage={errors.name} />
      <Dropdown label={strings.FieldAgreementKind} required selectedKey={draft.kind} options={options} onChange={(_event, option) => option && update({ kind: String(option.key) })} errorMessage={errors.kind} />
      <TextField label={strings.FieldStartDate} required placeholder={strings.DatePlaceholder} value={draft.startDate} onChange={(_event, value) => update({ startDate: value ?? '' })} errorMessage={errors.startDate} />
      <TextField label={strings.FieldEndDate} placeholder={strings.DatePlaceholder} value={draft.endDate} onChange={(_event, value) => update({ endDate: value ?? '' })} errorMessage={errors.endDate} />
      <TextField
        label={strings.FieldRenewalDate}
        placeholder={strings.DatePlaceholder}
        description={strings.FieldRenewalDateHint}
        value={draft.renewalDate}
        onChange={(_event, value) => update({ renewalDate: value ?? '' })}
        errorMessage={errors.renewalDate}
      />
      <TextField label={strings.FieldDocumentUrl} type="url" value={draft.documentUrl} onChange={(_event, value) => update({ documentUrl: value ?? '' })} errorMessage={errors.documentUrl} />
      <TextField label={strings.FieldNotes} multiline autoAdjustHeight value={draft.notes} onChange={(_event, value) => update({ notes: value ?? '' })} errorMessage={errors.notes} />
    </FormPanel>
  );
}

