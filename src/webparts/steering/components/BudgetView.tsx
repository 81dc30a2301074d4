import * as React from 'react';
import {
  DetailsList,
  DetailsListLayoutMode,
  Dropdown,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  SelectionMode,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
  TextField,
  type IColumn,
  type IDropdownOption,
} from '@fluentui/react';
import { errorSummaryOf, FormPanel } from '../../../components/forms/FormPanel';
import * as strings from 'SteeringWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import { DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import type { Partnership, Stored } from '../../../domain/models';
import { BUDGET_PROGRESS_KINDS, budgetOverview, validateBudgetProgress, type BudgetDeviation } from '../../../domain/steering';
import { formatDutchShortDate } from '../../../domain/time';
import { BUDGET_PROGRESS_KIND_CHOICES } from '../../../schema';
import { formatEuro, formatText, loadErrorMessage, normaliseDateInput, parseEuroAmount } from './steeringFormat';
import type { ISteeringViewProps } from './viewProps';

function basisText(row: BudgetDeviation): string {
  const date = row.expectedAsOf ? formatDutchShortDate(row.expectedAsOf) : '';
  switch (row.basis) {
    case 'prognose':
      return formatText(strings.BasisPrognose, date);
    case 'realisatie':
      return formatText(strings.BasisRealisatie, date);
    case 'jaarrekening':
      return strings.BasisJaarrekening;
    default:
      return strings.BasisNone;
  }
}

function signed(amount: number | undefined, suffix = ''): string {
  if (amount === undefined) return '—';
  return `${amount > 0 ? '+' : ''}${amount.toLocaleString('nl-NL')}${suffix}`;
}

/** Budget progress across all partnerships for one year, sorted by the size of the deviation (seed 002, aanbeveling 10). */
export function BudgetView(props: ISteeringViewProps): JSX.Element {
  const currentYear = Number(props.today.slice(0, 4));
  const [year, setYear] = React.useState(currentYear);
  const [panelOpen, setPanelOpen] = React.useState(false);
  const [announcement, setAnnouncement] = React.useState<string | undefined>(undefined);
  const { state, reload } = useAsyncResource(
    async () => {
      const [figures, progress] = await Promise.all([props.repositories.financialFigures.list(), props.repositories.budgetProgress.list()]);
      return { figures, progress };
    },
    [props.repositories.financialFigures, props.repositories.budgetProgress],
  );

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  if (state.status === 'failed') return <DataErrorMessage message={loadErrorMessage(state.error)} retryLabel={strings.RetryLabel} onRetry={reload} />;

  const { figures, progress } = state.value;
  const years = [...new Set([currentYear, ...figures.map((figure) => figure.year), ...progress.map((entry) => entry.year)])].sort((left, right) => right - left);
  const withData = new Set([...figures.filter((figure) => figure.year === year).map((figure) => figure.partnershipId), ...progress.filter((entry) => entry.year === year).map((entry) => entry.partnershipId)]);
  const rows = budgetOverview(
    props.partnerships.filter((partnership) => withData.has(partnership.id)).map((partnership) => partnership.id),
    year,
    figures,
    progress,
    props.today,
  );
  const nameOf = (id: number): string => props.partnerships.find((partnership) => partnership.id === id)?.name ?? String(id);
  const columns: IColumn[] = [
    { key: 'name', name: strings.ColPartnership, minWidth: 180, isRowHeader: true, isMultiline: true, onRender: (row: BudgetDeviation) => nameOf(row.partnershipId) },
    { key: 'budgeted', name: strings.ColBudgeted, minWidth: 100, maxWidth: 120, onRender: (row: BudgetDeviation) => formatEuro(row.budgeted) },
    { key: 'expected', name: strings.ColExpected, minWidth: 100, maxWidth: 120, onRender: (row: BudgetDeviation) => formatEuro(row.expected) },
    { key: 'basis', name: strings.ColBasis, minWidth: 120, maxWidth: 150, onRender: basisText },
    { key: 'deviation', name: strings.ColDeviation, minWidth: 90, maxWidth: 110, onRender: (row: BudgetDeviation) => (row.deviation === undefined ? '—' : `€ ${signed(row.deviation)}`) },
    { key: 'percentage', name: strings.ColDeviationPercentage, minWidth: 80, maxWidth: 100, onRender: (row: BudgetDeviation) => signed(row.deviationPercentage, '%') },
    { key: 'explanation', name: strings.ColExplanation, minWidth: 180, isMultiline: true, onRender: (row: BudgetDeviation) => row.explanation },
  ];

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{strings.BudgetIntro}</Text>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 16 }}>
        <Dropdown
          label={strings.FieldYear}
          selectedKey={year}
          options={years.map((candidate) => ({ key: candidate, text: String(candidate) }))}
          onChange={(_event, option) => option && setYear(Number(option.key))}
          styles={{ root: { width: 120 } }}
        />
        <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.RecordProgress} onClick={() => setPanelOpen(true)} />
      </Stack>
      {announcement !== undefined && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setAnnouncement(undefined)} dismissButtonAriaLabel={strings.Close}>
          {announcement}
        </MessageBar>
      )}
      <DetailsList
        items={rows}
        columns={columns}
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        ariaLabelForGrid={strings.BudgetGridLabel}
        getKey={(row: BudgetDeviation) => String(row.partnershipId)}
        onShouldVirtualize={() => false}
      />
      {panelOpen && (
        <BudgetProgressPanel
          {...props}
          year={year}
          onDismiss={() => setPanelOpen(false)}
          onSaved={() => {
            setPanelOpen(false);
            setAnnouncement(strings.ProgressSaved);
            reload();
          }}
        />
      )}
    </Stack>
  );
}

interface ProgressDraft {
  partnershipKey: string;
  year: string;
  asOfDate: string;
  kind: string;
  amount: string;
  explanation: string;
}

function BudgetProgressPanel(
  props: ISteeringViewProps & { readonly year: number; readonly onDismiss: () => void; readonly onSaved: () => void },
): JSX.Element {
  const [draft, setDraft] = React.useState<ProgressDraft>({ partnershipKey: '', year: String(props.year), asOfDate: props.today, kind: 'prognose', amount: '', explanation: '' });
  const [errors, setErrors] = React.useState<Readonly<Record<string, string>>>({});
  const [failure, setFailure] = React.useState<string | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const set = (key: keyof ProgressDraft) => (_event: unknown, value?: string) => setDraft((previous) => ({ ...previous, [key]: value ?? '' }));

  async function save(): Promise<void> {
    setFailure(undefined);
    const amount = parseEuroAmount(draft.amount);
    const result = validateBudgetProgress({
      partnershipId: draft.partnershipKey === '' ? undefined : Number(draft.partnershipKey),
      year: draft.year.trim() === '' ? undefined : Number(draft.year),
      asOfDate: normaliseDateInput(draft.asOfDate),
      kind: draft.kind,
      expectedContribution: amount,
      explanation: draft.explanation,
    });
    const found: Record<string, string> = result.ok ? {} : { ...result.errors };
    if (Number.isNaN(amount)) found.expectedContribution = strings.AmountInvalid;
    if (!result.ok || Object.keys(found).length > 0) {
      setErrors(found);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await props.repositories.budgetProgress.create(result.value);
      props.onSaved();
    } catch (error) {
      setFailure(formatText(strings.SaveFailed, (error as Error).message));
    } finally {
      setSaving(false);
    }
  }

  const partnershipOptions: IDropdownOption[] = props.partnerships.map((partnership: Stored<Partnership>) => ({ key: String(partnership.id), text: partnership.name }));
  return (
    <FormPanel
      title={strings.BudgetPanelTitle}
      strings={strings}
      onSave={() => save()}
      saving={saving}
      errorSummary={errorSummaryOf(errors, strings.FormHasErrors)}
      failure={failure}
      onDismiss={props.onDismiss}
    >
      <Dropdown
        label={strings.FieldPartnership}
        required
        selectedKey={draft.partnershipKey === '' ? null : draft.partnershipKey}
        options={partnershipOptions}
        onChange={(_event, option) => option && setDraft((previous) => ({ ...previous, partnershipKey: String(option.key) }))}
        errorMessage={errors.partnershipId}
      />
      <Stack horizontal wrap tokens={{ childrenGap: 12 }}>
        <TextField label={strings.FieldYear} required value={draft.year} onChange={set('year')} errorMessage={errors.year} inputMode="numeric" />
        <TextField label={strings.FieldAsOfDate} required placeholder={strings.DatePlaceholder} value={draft.asOfDate} onChange={set('asOfDate')} errorMessage={errors.asOfDate} />
        <Dropdown
          label={strings.FieldKind}
          selectedKey={draft.kind}
          options={BUDGET_PROGRESS_KINDS.map((code) => ({ key: code, text: choiceLabel(BUDGET_PROGRESS_KIND_CHOICES, code) }))}
          onChange={(_event, option) => option && setDraft((previous) => ({ ...previous, kind: String(option.key) }))}
          styles={{ root: { minWidth: 140 } }}
        />
      </Stack>
      <TextField label={strings.FieldExpectedContribution} required value={draft.amount} onChange={set('amount')} errorMessage={errors.expectedContribution} inputMode="decimal" />
      <TextField label={strings.FieldExplanation} value={draft.explanation} onChange={set('explanation')} errorMessage={errors.explanation} />
    </FormPanel>
  );
}
