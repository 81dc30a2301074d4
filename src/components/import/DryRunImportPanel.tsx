import * as React from 'react';
import { DefaultButton, getId, MessageBar, MessageBarType, mergeStyleSets, Panel, PanelType, PrimaryButton, Spinner, SpinnerSize, Stack, type ITheme } from '@fluentui/react';
import { formatText } from '../forms/formFormat';

/** A row of a dry run: what the import would do with one row of the file, and why. */
export type DryRunRow = { readonly rowNumber: number } & (
  | { readonly kind: 'create' }
  | { readonly kind: 'update'; readonly changedColumns: readonly string[] }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'rejected'; readonly reasons: readonly string[] }
);

export interface IDryRunPlan<TRow extends DryRunRow> {
  readonly rows: readonly TRow[];
  /** Problems with the file as a whole: nothing is imported. */
  readonly fileProblems: readonly string[];
  /** Headers the import does not know; their cells are ignored. */
  readonly ignoredColumns: readonly string[];
}

export type DryRunResult = { readonly rowNumber: number } & ({ readonly outcome: 'created' | 'updated' } | { readonly outcome: 'failed'; readonly reason: string });

/** The texts both imports share, named as in the web parts' strings modules, so a web part passes its `strings`. */
export interface IDryRunImportStrings {
  readonly Cancel: string;
  readonly ImportIntro: string;
  readonly ImportFileLabel: string;
  readonly ImportCheck: string;
  readonly ImportChooseFile: string;
  /** `{0}`: why the file could not be read. */
  readonly ImportReadFailed: string;
  readonly ImportChecking: string;
  /** `{0}`: the number of writes. */
  readonly ImportApply: string;
  /** `{0}`–`{3}`: new, changed, unchanged, rejected. */
  readonly ImportSummary: string;
  readonly ImportNothingToDo: string;
  /** `{0}`: the ignored headers. */
  readonly ImportIgnoredColumns: string;
  /** `{0}`–`{2}`: created, updated, failed. */
  readonly ImportDone: string;
  readonly ImportTableCaption: string;
  readonly ImportColumnRow: string;
  readonly ImportColumnOutcome: string;
  readonly ImportColumnDetails: string;
  readonly ImportOutcomeCreate: string;
  readonly ImportOutcomeUpdate: string;
  readonly ImportOutcomeUnchanged: string;
  readonly ImportOutcomeRejected: string;
  /** `{0}`: the changed headers. */
  readonly ImportChangedColumns: string;
}

/** A column of the dry-run table that names the row (between "Rij" and "Uitkomst"); the first is the row header. */
export interface IDryRunColumn<TRow> {
  readonly header: string;
  readonly cell: (row: TRow) => React.ReactNode;
}

export interface IDryRunImportPanelProps<TRow extends DryRunRow, TPlan extends IDryRunPlan<TRow>, TResult extends DryRunResult> {
  readonly title: string;
  readonly strings: IDryRunImportStrings;
  /** The close button's accessible name, and the text of Cancel once the import is done. */
  readonly closeLabel: string;
  /** Prefix of the file input's id. */
  readonly inputIdPrefix: string;
  readonly theme: ITheme;
  readonly columns: readonly [IDryRunColumn<TRow>, ...IDryRunColumn<TRow>[]];
  /** Reads the file and compares it with what is stored now; throws when the file cannot be read. */
  readonly planFile: (file: File) => Promise<TPlan>;
  /** Writes the plan's creates and updates; reports progress where it can. */
  readonly applyPlan: (plan: TPlan, onProgress: (done: number) => void) => Promise<readonly TResult[]>;
  readonly applyingLabel: (done: number, total: number) => string;
  readonly failedRowText: (result: Extract<TResult, { readonly outcome: 'failed' }>) => string;
  /** After writing: the caller reads its data again. */
  readonly onImported: () => void;
  readonly onDismiss: () => void;
}

type Phase<TPlan, TResult> =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'planned'; readonly plan: TPlan }
  | { readonly kind: 'applying'; readonly plan: TPlan; readonly done: number; readonly total: number }
  | { readonly kind: 'applied'; readonly plan: TPlan; readonly results: readonly TResult[] };

/**
 * An import from .xlsx or .csv in two steps: first a dry run with the outcome and the reasons per row, then, on
 * request, the writes. What differs per import (reading, planning, writing, the naming columns) comes in as props.
 */
export function DryRunImportPanel<TRow extends DryRunRow, TPlan extends IDryRunPlan<TRow>, TResult extends DryRunResult>(
  props: IDryRunImportPanelProps<TRow, TPlan, TResult>,
): JSX.Element {
  const { strings, columns } = props;
  const [file, setFile] = React.useState<File | undefined>(undefined);
  const [phase, setPhase] = React.useState<Phase<TPlan, TResult>>({ kind: 'idle' });
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [inputId] = React.useState(() => getId(props.inputIdPrefix));
  const classNames = getClassNames(props.theme);

  const check = async (): Promise<void> => {
    setError(undefined);
    if (!file) {
      setError(strings.ImportChooseFile);
      return;
    }
    setPhase({ kind: 'checking' });
    try {
      setPhase({ kind: 'planned', plan: await props.planFile(file) });
    } catch (caught) {
      const reason = caught instanceof Error ? caught.message : String(caught);
      setError(formatText(strings.ImportReadFailed, reason));
      setPhase({ kind: 'idle' });
    }
  };

  const apply = async (plan: TPlan): Promise<void> => {
    const total = plan.rows.filter((row) => row.kind === 'create' || row.kind === 'update').length;
    setPhase({ kind: 'applying', plan, done: 0, total });
    const results = await props.applyPlan(plan, (done) => setPhase({ kind: 'applying', plan, done, total }));
    setPhase({ kind: 'applied', plan, results });
    props.onImported();
  };

  const plan = phase.kind === 'planned' || phase.kind === 'applying' || phase.kind === 'applied' ? phase.plan : undefined;
  const counts = plan ? countRows(plan.rows) : undefined;
  const writes = counts ? counts.create + counts.update : 0;
  const [nameColumn, ...otherColumns] = columns;

  return (
    <Panel
      isOpen={true}
      type={PanelType.large}
      headerText={props.title}
      closeButtonAriaLabel={props.closeLabel}
      onDismiss={props.onDismiss}
      isFooterAtBottom={true}
      theme={props.theme}
      onRenderFooterContent={() => (
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          {phase.kind === 'planned' && writes > 0 && (
            <PrimaryButton
              text={formatText(strings.ImportApply, writes)}
              onClick={() => {
                void apply(phase.plan);
              }}
            />
          )}
          <DefaultButton text={phase.kind === 'applied' ? props.closeLabel : strings.Cancel} onClick={props.onDismiss} disabled={phase.kind === 'applying'} />
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
        <DefaultButton
          text={strings.ImportCheck}
          onClick={() => {
            void check();
          }}
          disabled={phase.kind === 'checking' || phase.kind === 'applying'}
        />
      </Stack>
      <div aria-live="polite" className={classNames.status}>
        {error && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {error}
          </MessageBar>
        )}
        {phase.kind === 'checking' && <Spinner size={SpinnerSize.small} label={strings.ImportChecking} labelPosition="right" />}
        {phase.kind === 'applying' && <Spinner size={SpinnerSize.small} label={props.applyingLabel(phase.done, phase.total)} labelPosition="right" />}
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
              isFailed(result) ? <div key={result.rowNumber}>{props.failedRowText(result)}</div> : null,
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
              {columns.map((column) => (
                <th key={column.header} scope="col">
                  {column.header}
                </th>
              ))}
              <th scope="col">{strings.ImportColumnOutcome}</th>
              <th scope="col">{strings.ImportColumnDetails}</th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row) => (
              <tr key={row.rowNumber} data-outcome={row.kind}>
                <td>{row.rowNumber}</td>
                <th scope="row">{nameColumn.cell(row)}</th>
                {otherColumns.map((column) => (
                  <td key={column.header}>{column.cell(row)}</td>
                ))}
                <td>{outcomeLabel(row, strings)}</td>
                <td>{details(row, strings)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function isFailed<TResult extends DryRunResult>(result: TResult): result is Extract<TResult, { readonly outcome: 'failed' }> {
  return result.outcome === 'failed';
}

function countRows(rows: readonly DryRunRow[]): Readonly<Record<DryRunRow['kind'], number>> {
  const counts = { create: 0, update: 0, unchanged: 0, rejected: 0 };
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}

function outcomeLabel(row: DryRunRow, strings: IDryRunImportStrings): string {
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

function details(row: DryRunRow, strings: IDryRunImportStrings): JSX.Element | string {
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
