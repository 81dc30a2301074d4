import * as React from 'react';
import { Checkbox, Dropdown, Stack, TextField, type IDropdownOption } from '@fluentui/react';
import { errorSummaryOf, FormPanel } from '../../../components/forms/FormPanel';
import * as strings from 'ServiceDeliveryWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { Repositories } from '../../../data/ports';
import { saveIndicator } from '../../../data/serviceDelivery';
import type { CalendarDate, Stored } from '../../../domain/models';
import {
  INDICATOR_DIRECTIONS,
  INDICATOR_UNITS,
  REPORTING_FREQUENCIES,
  VALUE_SOURCES,
  type PerformanceIndicator,
  type ServiceAgreement,
} from '../../../domain/serviceDelivery';
import { INDICATOR_DIRECTION_CHOICES, INDICATOR_UNIT_CHOICES, REPORTING_FREQUENCY_CHOICES, VALUE_SOURCE_CHOICES } from '../../../schema';
import { ConflictNotice, conflictRows } from './ConflictNotice';
import { formatText, normaliseDateInput, numberInputText, parseNumberInput } from './serviceDeliveryFormat';
import { useItemSave } from './useItemSave';

interface IndicatorDraft {
  name: string;
  description: string;
  agreementId: string;
  unit: string;
  direction: string;
  target: string;
  targetLow: string;
  targetHigh: string;
  reportingFrequency: string;
  valueSource: string;
  reportingFrom: string;
  isActive: boolean;
}

const NO_AGREEMENT = 'none';

function draftOf(indicator: PerformanceIndicator | undefined, today: CalendarDate): IndicatorDraft {
  return {
    name: indicator?.name ?? '',
    description: indicator?.description ?? '',
    agreementId: indicator?.agreementId !== undefined ? String(indicator.agreementId) : NO_AGREEMENT,
    unit: indicator?.unit ?? 'procent',
    direction: indicator?.direction ?? 'hoger-is-beter',
    target: numberInputText(indicator?.target),
    targetLow: numberInputText(indicator?.targetLow),
    targetHigh: numberInputText(indicator?.targetHigh),
    reportingFrequency: indicator?.reportingFrequency ?? 'kwartaal',
    valueSource: indicator?.valueSource ?? 'rapportage-partner',
    // A new indicator is reported on from the start of this year unless the user says otherwise.
    reportingFrom: indicator?.reportingFrom ?? `${today.slice(0, 4)}-01-01`,
    isActive: indicator?.isActive ?? true,
  };
}

export interface IIndicatorPanelProps {
  readonly partnershipId: number;
  readonly partnershipName: string;
  /** The indicator to edit; absent for a new one. */
  readonly indicator?: Stored<PerformanceIndicator>;
  /** The partnership's agreements, to say which one the indicator was agreed in. */
  readonly agreements: readonly Stored<ServiceAgreement>[];
  readonly today: CalendarDate;
  readonly repositories: Pick<Repositories, 'performanceIndicators'>;
  readonly onSaved: (saved: Stored<PerformanceIndicator>) => void;
  readonly onDismiss: () => void;
}

/** A performance indicator: unit, direction, target or band, reporting frequency and who delivers the figure. */
export function IndicatorPanel(props: IIndicatorPanelProps): JSX.Element {
  const [draft, setDraft] = React.useState<IndicatorDraft>(() => draftOf(props.indicator, props.today));
  const saver = useItemSave(props.indicator);
  const errors = saver.errors;
  const update = (changes: Partial<IndicatorDraft>): void => setDraft((previous) => ({ ...previous, ...changes }));
  const isBand = draft.direction === 'binnen-bandbreedte';

  const candidate = (): Record<string, unknown> => ({
    partnershipId: props.partnershipId,
    agreementId: draft.agreementId === NO_AGREEMENT ? undefined : Number(draft.agreementId),
    name: draft.name,
    description: draft.description,
    unit: draft.unit,
    direction: draft.direction,
    // Only the fields of the chosen direction are kept: a band has no single target and the other way round.
    target: isBand ? undefined : parseNumberInput(draft.target),
    targetLow: isBand ? parseNumberInput(draft.targetLow) : undefined,
    targetHigh: isBand ? parseNumberInput(draft.targetHigh) : undefined,
    reportingFrequency: draft.reportingFrequency,
    valueSource: draft.valueSource,
    reportingFrom: normaliseDateInput(draft.reportingFrom),
    isActive: draft.isActive,
  });

  const save = async (): Promise<void> => {
    const input = candidate();
    const stored = await saver.save((editing) => saveIndicator(props.repositories, input, editing));
    if (stored) props.onSaved(stored);
  };

  const options = (codes: readonly string[], choices: Parameters<typeof choiceLabel>[0]): IDropdownOption[] => codes.map((code) => ({ key: code, text: choiceLabel(choices, code) }));
  const agreementOptions: IDropdownOption[] = [{ key: NO_AGREEMENT, text: strings.NoAgreement }, ...props.agreements.map((agreement) => ({ key: String(agreement.id), text: agreement.name }))];
  const theirs = saver.conflict;
  const targetTextOf = (indicator: Pick<PerformanceIndicator, 'direction' | 'target' | 'targetLow' | 'targetHigh'>): string =>
    indicator.direction === 'binnen-bandbreedte' ? `${numberInputText(indicator.targetLow)} – ${numberInputText(indicator.targetHigh)}` : numberInputText(indicator.target);

  return (
    <FormPanel
      title={props.indicator ? formatText(strings.IndicatorEditTitle, props.indicator.name) : formatText(strings.IndicatorNewTitle, props.partnershipName)}
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
            { label: strings.FieldIndicatorName, text: (version) => (version === 'mine' ? draft.name : theirs.name) },
            { label: strings.FieldUnit, text: (version) => choiceLabel(INDICATOR_UNIT_CHOICES, version === 'mine' ? draft.unit : theirs.unit) },
            { label: strings.FieldDirection, text: (version) => choiceLabel(INDICATOR_DIRECTION_CHOICES, version === 'mine' ? draft.direction : theirs.direction) },
            {
              label: strings.FieldTarget,
              text: (version) => (version === 'mine' ? (isBand ? `${draft.targetLow.trim()} – ${draft.targetHigh.trim()}` : draft.target.trim()) : targetTextOf(theirs)),
            },
            { label: strings.FieldFrequency, text: (version) => choiceLabel(REPORTING_FREQUENCY_CHOICES, version === 'mine' ? draft.reportingFrequency : theirs.reportingFrequency) },
            { label: strings.FieldValueSource, text: (version) => choiceLabel(VALUE_SOURCE_CHOICES, version === 'mine' ? draft.valueSource : theirs.valueSource) },
            { label: strings.FieldReportingFrom, text: (version) => (version === 'mine' ? normaliseDateInput(draft.reportingFrom) : theirs.reportingFrom) },
            { label: strings.FieldDescription, text: (version) => (version === 'mine' ? draft.description : theirs.description) },
          ])}
          onUseTheirs={() => {
            const current = saver.useTheirs();
            if (current) setDraft(draftOf(current, props.today));
          }}
          onKeepMine={() => {
            void saver.keepMine().then((stored) => stored && props.onSaved(stored));
          }}
        />
      )}
      <TextField label={strings.FieldIndicatorName} required value={draft.name} onChange={(_event, value) => update({ name: value ?? '' })} errorMessage={errors.name} />
      <TextField label={strings.FieldDescription} multiline autoAdjustHeight value={draft.description} onChange={(_event, value) => update({ description: value ?? '' })} errorMessage={errors.description} />
      <Dropdown label={strings.FieldAgreement} selectedKey={draft.agreementId} options={agreementOptions} onChange={(_event, option) => option && update({ agreementId: String(option.key) })} errorMessage={errors.agreementId} />
      <Dropdown label={strings.FieldUnit} required selectedKey={draft.unit} options={options(INDICATOR_UNITS, INDICATOR_UNIT_CHOICES)} onChange={(_event, option) => option && update({ unit: String(option.key) })} errorMessage={errors.unit} />
      <Dropdown
        label={strings.FieldDirection}
        required
        selectedKey={draft.direction}
        options={options(INDICATOR_DIRECTIONS, INDICATOR_DIRECTION_CHOICES)}
        onChange={(_event, option) => option && update({ direction: String(option.key) })}
        errorMessage={errors.direction}
      />
      {isBand ? (
        <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
          <TextField label={strings.FieldTargetLow} required value={draft.targetLow} onChange={(_event, value) => update({ targetLow: value ?? '' })} errorMessage={errors.targetLow} />
          <TextField label={strings.FieldTargetHigh} required value={draft.targetHigh} onChange={(_event, value) => update({ targetHigh: value ?? '' })} errorMessage={errors.targetHigh} />
        </Stack>
      ) : (
        <TextField
          label={strings.FieldTarget}
          required
          description={draft.direction === 'hoger-is-beter' ? strings.FieldTargetHintHigher : strings.FieldTargetHintLower}
          value={draft.target}
          onChange={(_event, value) => update({ target: value ?? '' })}
          errorMessage={errors.target}
        />
      )}
      <Dropdown
        label={strings.FieldFrequency}
        required
        selectedKey={draft.reportingFrequency}
        options={options(REPORTING_FREQUENCIES, REPORTING_FREQUENCY_CHOICES)}
        onChange={(_event, option) => option && update({ reportingFrequency: String(option.key) })}
        errorMessage={errors.reportingFrequency}
      />
      <Dropdown
        label={strings.FieldValueSource}
        required
        selectedKey={draft.valueSource}
        options={options(VALUE_SOURCES, VALUE_SOURCE_CHOICES)}
        onChange={(_event, option) => option && update({ valueSource: String(option.key) })}
        errorMessage={errors.valueSource}
      />
      <TextField
        label={strings.FieldReportingFrom}
        required
        placeholder={strings.DatePlaceholder}
        description={strings.FieldReportingFromHint}
        value={draft.reportingFrom}
        onChange={(_event, value) => update({ reportingFrom: value ?? '' })}
        errorMessage={errors.reportingFrom}
      />
      <Checkbox label={strings.FieldIsActive} checked={draft.isActive} onChange={(_event, checked) => update({ isActive: checked === true })} />
    </FormPanel>
  );
}
