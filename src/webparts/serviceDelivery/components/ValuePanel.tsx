import * as React from 'react';
import { ComboBox, MessageBar, MessageBarType, TextField, type IComboBoxOption } from '@fluentui/react';
import { errorSummaryOf, FormPanel } from '../../../components/forms/FormPanel';
import * as strings from 'ServiceDeliveryWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { Repositories } from '../../../data/ports';
import { saveIndicatorValue } from '../../../data/serviceDelivery';
import type { CalendarDate, Stored } from '../../../domain/models';
import {
  comparePeriods,
  firstReportingPeriod,
  formatIndicatorValue,
  indicatorValueInput,
  isPeriodOver,
  isReportOverdue,
  lastEndedPeriods,
  parsePeriodText,
  periodLabel,
  targetText,
  type IndicatorValue,
  type PerformanceIndicator,
  type ReportingPeriod,
} from '../../../domain/serviceDelivery';
import { INDICATOR_UNIT_CHOICES } from '../../../schema';
import { ConflictNotice, conflictRows } from './ConflictNotice';
import { formatText, normaliseDateInput, numberInputText, parseNumberInput } from './serviceDeliveryFormat';
import { useItemSave } from './useItemSave';

/** How many ended periods the period list offers (a year of months; several years of quarters). */
const OFFERED_PERIODS = 12;

interface ValueDraft {
  /** The period as typed or chosen: a code (`2026-K3`) or text ("Q3 2026", "3e kwartaal 2026"). */
  period: string;
  value: string;
  reportedOn: string;
  notes: string;
}

export interface IValuePanelProps {
  readonly indicator: Stored<PerformanceIndicator>;
  /** The indicator's stored values: a period that has one is updated (with its ETag) instead of added twice. */
  readonly values: readonly Stored<IndicatorValue>[];
  /** The period to start with, e.g. a missing report's. */
  readonly initialPeriod?: string;
  readonly today: CalendarDate;
  readonly repositories: Pick<Repositories, 'indicatorValues'>;
  readonly onSaved: (saved: Stored<IndicatorValue>) => void;
  readonly onDismiss: () => void;
}

/** The ended periods since reporting started, newest first: the ones a value can be entered for. */
function offeredPeriods(indicator: PerformanceIndicator, today: CalendarDate): readonly ReportingPeriod[] {
  const first = firstReportingPeriod(indicator.reportingFrequency, indicator.reportingFrom);
  return lastEndedPeriods(indicator.reportingFrequency, today, OFFERED_PERIODS)
    .filter((period) => comparePeriods(period, first) >= 0 && isPeriodOver(period, today))
    .reverse();
}

/**
 * "Waarde invoeren": the value of one indicator for one period. The period is chosen from the ended periods
 * (missing reports marked) or typed ("Q3 2026"); a period that has not ended, a number outside the unit's range or
 * an unreadable number is refused with a Dutch message, and what was typed stays.
 */
export function ValuePanel(props: IValuePanelProps): JSX.Element {
  const { indicator } = props;
  const [draft, setDraft] = React.useState<ValueDraft>({ period: props.initialPeriod ?? '', value: '', reportedOn: props.today, notes: '' });
  const saver = useItemSave<IndicatorValue>(undefined);
  // The period's end is derived from the period: a problem with it is one with the period.
  const errors: Readonly<Record<string, string | undefined>> = { ...saver.errors, period: saver.errors.period ?? saver.errors.periodEnd };
  const update = (changes: Partial<ValueDraft>): void => setDraft((previous) => ({ ...previous, ...changes }));
  const byPeriod = new Map(props.values.map((value) => [value.period, value]));
  const format = (value: number): string => formatIndicatorValue(indicator.unit, value);

  const options: IComboBoxOption[] = offeredPeriods(indicator, props.today).map((period) => {
    const stored = byPeriod.get(period.code);
    const state = stored ? formatText(strings.PeriodHasValue, format(stored.value)) : isReportOverdue(period, props.today) ? strings.PeriodMissing : strings.PeriodOpen;
    return { key: period.code, text: `${periodLabel(period)} (${period.code}) – ${state}` };
  });
  // The code of what was chosen or typed; text that names no period goes to validation as typed, to be explained.
  const periodCode = (): string => {
    const typed = draft.period.trim();
    const chosen = options.find((option) => option.text === typed);
    if (chosen) return String(chosen.key);
    return parsePeriodText(typed, indicator.reportingFrequency)?.code ?? typed;
  };
  const existing = byPeriod.get(periodCode());

  const save = async (): Promise<void> => {
    const input = indicatorValueInput(indicator, {
      period: periodCode(),
      value: parseNumberInput(draft.value) as number,
      reportedOn: normaliseDateInput(draft.reportedOn) as CalendarDate,
      notes: draft.notes,
    });
    const context = { indicator, existingValues: props.values, asOf: props.today };
    const stored = await saver.save((editing) => saveIndicatorValue(props.repositories, input, context, editing), existing);
    if (stored) props.onSaved(stored);
  };

  const theirs = saver.conflict;
  const target = targetText(indicator);
  return (
    <FormPanel
      title={formatText(strings.ValuePanelTitle, indicator.name)}
      strings={strings}
      onSave={() => {
        void save();
      }}
      saving={saver.saving}
      saveBlocked={theirs !== undefined}
      errorSummary={errorSummaryOf(saver.errors, strings.FormHasErrors)}
      failure={saver.failure}
      onDismiss={props.onDismiss}
      intro={<p style={{ margin: 0 }}>{target ? formatText(strings.ValuePanelTarget, target) : strings.ValuePanelNoTarget}</p>}
    >
      {theirs !== undefined && (
        <ConflictNotice
          rows={conflictRows([
            { label: strings.FieldValue, text: (version) => (version === 'mine' ? draft.value.trim() : numberInputText(theirs.value)) },
            { label: strings.FieldReportedOn, text: (version) => (version === 'mine' ? normaliseDateInput(draft.reportedOn) : theirs.reportedOn) },
            { label: strings.FieldValueNotes, text: (version) => (version === 'mine' ? draft.notes : theirs.notes) },
          ])}
          onUseTheirs={() => {
            const current = saver.useTheirs();
            if (current) setDraft({ period: current.period, value: numberInputText(current.value), reportedOn: current.reportedOn, notes: current.notes });
          }}
          onKeepMine={() => {
            void saver.keepMine().then((stored) => stored && props.onSaved(stored));
          }}
        />
      )}
      <ComboBox
        label={strings.FieldPeriod}
        required
        allowFreeform={true}
        autoComplete="off"
        options={options}
        text={draft.period}
        selectedKey={options.some((option) => option.text === draft.period) ? (options.find((option) => option.text === draft.period)?.key as string) : null}
        onInputValueChange={(text) => update({ period: text })}
        onChange={(_event, option, _index, value) => update({ period: option ? option.text : value ?? '' })}
        placeholder={strings.FieldPeriodPlaceholder}
        errorMessage={errors.period}
        useComboBoxAsMenuWidth={true}
      />
      {existing !== undefined && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline={true}>
          {formatText(strings.ValueReplaces, format(existing.value))}
        </MessageBar>
      )}
      <TextField
        label={formatText(strings.FieldValueWithUnit, choiceLabel(INDICATOR_UNIT_CHOICES, indicator.unit).toLowerCase())}
        required
        value={draft.value}
        onChange={(_event, value) => update({ value: value ?? '' })}
        errorMessage={errors.value}
      />
      <TextField label={strings.FieldReportedOn} required placeholder={strings.DatePlaceholder} value={draft.reportedOn} onChange={(_event, value) => update({ reportedOn: value ?? '' })} errorMessage={errors.reportedOn} />
      <TextField label={strings.FieldValueNotes} multiline autoAdjustHeight value={draft.notes} onChange={(_event, value) => update({ notes: value ?? '' })} errorMessage={errors.notes} />
    </FormPanel>
  );
}
