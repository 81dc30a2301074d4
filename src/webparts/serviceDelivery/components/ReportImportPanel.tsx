import * as React from 'react';
import { DefaultButton, getId, MessageBar, MessageBarType, mergeStyleSets, Panel, PanelType, PrimaryButton, Spinner, SpinnerSize, Stack, type ITheme } from '@fluentui/react';
import * as strings from 'ServiceDeliveryWebPartStrings';
import type { Repository } from '../../../data/ports';
import { applyValueImportPlan, readValueImportFile, type ValueImportRowResult } from '../../../data/serviceDelivery';
import type { CalendarDate, Partnership, Stored } from '../../../domain/models';
import { countValueImportPlan, planValueImport, type IndicatorValue, type PerformanceIndicator, type ValueImportPlan, type ValueImportRowPlan } from '../../../domain/serviceDelivery';
import { formatText } from './serviceDeliveryFormat';

export interface IReportImportPanelProps {
  readonly partnership: Stored<Partnership>;
  /** The partnership's indicators: the rows of the report name them. */
  readonly indicators: readonly Stored<PerformanceIndicator>[];
  readonly repository: Pick<Repository<IndicatorValue>, 'list' | 'createMany' | 'update'>;
  readonly today: CalendarDate;
  readonly theme: ITheme;
  /** After writing: the partnership's values are read again. */
  readonly onImported: () => void;
  readonly onDismiss: () => void;
}

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'planned'; readonly plan: ValueImportPlan }
  | { readonly kind: 'applying'; readonly plan: ValueImportPlan; readonly total: number }
  | { readonly kind: 'applied'; readonly plan: ValueImportPlan; readonly results: readonly ValueImportRowResult[] };

function outcomeLabel(row: ValueImportRowPlan): string {
  switch (row.kind) {
    case 'create':
      return strings.ImportOutcomeCreate;
    case 'update':
      return strings.ImportOutcomeUpdate;
    case 'unchanged':
      return strings.ImportOutcomeUnchanged;
    case 'rejected':
      return strings.ImportOutcomeRejected;
  }
}

function details(row: ValueImportRowPlan): JSX.Element | string {
  if (row.kind === 'rejected') {
    return (
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {row.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    );
  }
  if (row.kind === 'update') return formatText(strings.ImportChangedColumns, row.changedColumns.join(', '));
  return '';
}

/**
 * Import a partnership's report (.xlsx or .csv, one row per indicator and period): first a dry run with the outcome
 * and the reasons per row, then, on request, the writes; importing the same file again changes nothing. Loaded on
 * demand, with exceljs and papaparse, as the `samenwerkingsmonitor-import` chunk.
 */
export default function ReportImportPanel(props: IReportImportPanelProps): JSX.Element {
  const [file, setFile] = React.useState<File | undefined>(undefined);
  const [phase, setPhase] = React.useState<Phase>({ kind: 'idle' });
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [inputId] = React.useState(() => getId('report-import-file'));
  const classNames = getClassNames(props.theme);

  const check = async (): Promise<void> => {
    setError(undefined);
    if (!file) {
      setError(strings.ImportChooseFile);
      return;
    }
    setPhase({ kind: 'checking' });
    try {
      // The values are read again, so the plan compares with (and writes against the ETags of) what is stored now.
      const partnershipId = props.partnership.id;
      const [table, existingValues] = await Promise.all([readValueImportFile(file), props.repository.list({ where: { property: 'partnershipId', op: 'eq', value: partnershipId } })]);
      setPhase({ kind: 'planned', plan: planValueImport(table, { indicators: props.indicators, existingValues, today: props.today }) });
    } catch (caught) {
      const reason = caught instanceof Error ? caught.message : String(caught);
      setError(formatText(strings.ImportReadFailed, reason));
      setPhase({ kind: 'idle' });
    }
  };

  const apply = async (plan: ValueImportPlan): Promise<void> => {
    const total = plan.rows.filter((row) => row.kind === 'create' || row.kind === 'update').length;
    setPhase({ kind: 'applying', plan, total });
    const results = await applyValueImportPlan(plan, props.repository);
    setPhase({ kind: 'applied', plan, results });
    props.onImported();
  };

  const plan = phase.kind === 'planned' || phase.kind === 'applying' || phase.kind === 'applied' ? phase.plan : undefined;
  const counts = plan ? countValueImportPlan(plan) : undefined;
  const writes = counts ? counts.create + counts.update : 0;

  return (
    <Panel
      isOpen={true}
      type={PanelType.large}
      headerText={formatText(strings.ImportPanelTitle, props.partnership.name)}
      closeButtonAriaLabel={strings.Close}
      onDismiss={props.onDismiss}
      isFooterAtBottom={true}
      theme={props.theme}
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          {phase.kind === 'planned' && writes > 0 && <PrimaryButton text={formatText(strings.ImportApply, writes)} onClick={() => {
            void apply(phase.plan);
          }} />}
          <DefaultButton text={phase.kind === 'applied' ? strings.Close : strings.Cancel} onClick={props.onDismiss} disabled={phase.kind === 'applying'} />
        </Stack>
      )}
    >
      <p>{strings.ImportIntro}</p>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
        <div className={classNames.fileField}>
          <label htmlFor={inputId} className={classNames.label}>
            {strings.ImportFileLabel}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0]);
              setPhase({ kind: 'idle' });
            }}
          />
        </div>
        <DefaultButton text={strings.ImportCheck} onClick={() => {
            void check();
          }} disabled={phase.kind === 'checking' || phase.kind === 'applying'} />
      </Stack>
      <div aria-live="polite" className={classNames.status}>
        {error && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {error}
          </MessageBar>
        )}
        {phase.kind === 'checking' && <Spinner size={SpinnerSize.small} label={strings.ImportChecking} labelPosition="right" />}
        {phase.kind === 'applying' && <Spinner size={SpinnerSize.small} label={formatText(strings.ImportApplying, phase.total)} labelPosition="right" />}
        {plan && plan.fileProblems.length > 0 && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {plan.fileProblems.join(' ')}
          </MessageBar>
        )}
        {counts && plan && plan.fileProblems.length === 0 && (
          <MessageBar messageBarType={counts.rejected > 0 ? MessageBarType.warning : MessageBarType.info} isMultiline={true}>
            <span data-testid="import-summary">{formatText(strings.ImportSummary, counts.create, counts.update, counts.unchanged, counts.rejected)}</span>
            {phase.kind === 'planned' && writes === 0 && <> {strings.ImportNothingToDo}</>}
          </MessageBar>
        )}
        {plan && plan.ignoredColumns.length > 0 && <p>{formatText(strings.ImportIgnoredColumns, plan.ignoredColumns.join(', '))}</p>}
        {phase.kind === 'applied' && (
          <MessageBar messageBarType={phase.results.some((result) => result.outcome === 'failed') ? MessageBarType.warning : MessageBarType.success} isMultiline={true}>
            <span data-testid="import-result">
              {formatText(
                strings.ImportDone,
                phase.results.filter((result) => result.outcome === 'created').length,
                phase.results.filter((result) => result.outcome === 'updated').length,
                phase.results.filter((result) => result.outcome === 'failed').length,
              )}
            </span>
            {phase.results.map((result) =>
              result.outcome === 'failed' ? <div key={result.rowNumber}>{formatText(strings.ImportFailedRow, result.rowNumber, result.reason)}</div> : null,
            )}
          </MessageBar>
        )}
      </div>
      {plan && plan.rows.length > 0 && (
        <table className={classNames.table} data-testid="import-plan">
          <caption className={classNames.caption}>{strings.ImportTableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ImportColumnRow}</th>
              <th scope="col">{strings.ImportColumnIndicator}</th>
              <th scope="col">{strings.ImportColumnPeriod}</th>
              <th scope="col">{strings.ImportColumnOutcome}</th>
              <th scope="col">{strings.ImportColumnDetails}</th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row) => (
              <tr key={row.rowNumber} data-outcome={row.kind}>
                <td>{row.rowNumber}</td>
                <th scope="row">{row.indicatorName}</th>
                <td>{row.periodText}</td>
                <td>{outcomeLabel(row)}</td>
                <td>{details(row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function getClassNames(theme: ITheme): { fileField: string; label: string; status: string; table: string; caption: string } {
  return mergeStyleSets({
    fileField: { display: 'flex', flexDirection: 'column', gap: 4 },
    label: { ...theme.fonts.medium, fontWeight: 600, color: theme.semanticColors.bodyText },
    status: { display: 'flex', flexDirection: 'column', gap: 8, margin: '12px 0' },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      color: theme.semanticColors.bodyText,
      selectors: {
        'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: `1px solid ${theme.semanticColors.bodyDivider}` },
        'thead th': { fontWeight: 600 },
        'tbody th': { fontWeight: 400 },
      },
    },
    caption: { ...theme.fonts.mediumPlus, textAlign: 'left', padding: '8px 0', fontWeight: 600 },
  });
}
