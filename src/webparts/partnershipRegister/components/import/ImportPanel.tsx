import * as React from 'react';
import { DefaultButton, format, getId, ITheme, MessageBar, MessageBarType, mergeStyleSets, Panel, PanelType, PrimaryButton, Spinner, SpinnerSize, Stack } from '@fluentui/react';
import * as strings from 'PartnershipRegisterWebPartStrings';
import type { CalendarDate, Municipality, Partnership, Stored } from '../../../../domain/models';
import { countImportPlan, planImport, type ImportPlan, type ImportRowPlan, type ImportVocabulary } from '../../../../domain/register';
import type { Repository } from '../../../../data/ports';
import { applyImportPlan, ImportFileError, readImportFile, type ImportRowResult } from '../../../../data/import';
import { AUDIENCE_CHOICES, BBV_GROUP_CHOICES, LEGAL_FORM_CHOICES, PARTNERSHIP_STATUS_CHOICES, TASK_LAYER_CHOICES } from '../../../../schema';

export interface IImportPanelProps {
  readonly repository: Pick<Repository<Partnership>, 'list' | 'create' | 'update'>;
  readonly municipalities: readonly Stored<Municipality>[];
  readonly today: CalendarDate;
  readonly theme: ITheme;
  /** After writing: the register reloads. */
  readonly onImported: () => void;
  readonly onDismiss: () => void;
}

/** The Dutch labels of the schema, so a file may use what SharePoint shows. */
const VOCABULARY: ImportVocabulary = {
  legalForms: LEGAL_FORM_CHOICES,
  bbvGroups: BBV_GROUP_CHOICES,
  taskLayers: TASK_LAYER_CHOICES,
  statuses: PARTNERSHIP_STATUS_CHOICES,
  audiences: AUDIENCE_CHOICES,
};

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'planned'; readonly plan: ImportPlan }
  | { readonly kind: 'applying'; readonly plan: ImportPlan; readonly done: number; readonly total: number }
  | { readonly kind: 'applied'; readonly plan: ImportPlan; readonly results: readonly ImportRowResult[] };

function outcomeLabel(row: ImportRowPlan): string {
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

function details(row: ImportRowPlan): JSX.Element | string {
  if (row.kind === 'rejected') {
    return (
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {row.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    );
  }
  if (row.kind === 'update') return format(strings.ImportChangedColumns, row.changedColumns.join(', '));
  return '';
}

/** Import a register from .xlsx or .csv: first a dry run row by row, then, on request, the writes. Loaded on demand. */
export default function ImportPanel(props: IImportPanelProps): JSX.Element {
  const [file, setFile] = React.useState<File | undefined>(undefined);
  const [phase, setPhase] = React.useState<Phase>({ kind: 'idle' });
  const [error, setError] = React.useState<string | undefined>(undefined);
  const [inputId] = React.useState(() => getId('import-file'));
  const classNames = getClassNames(props.theme);

  const check = async (): Promise<void> => {
    setError(undefined);
    if (!file) {
      setError(strings.ImportChooseFile);
      return;
    }
    setPhase({ kind: 'checking' });
    try {
      // The register is read again, so the plan compares with (and writes against the ETags of) what is stored now.
      const [table, existing] = await Promise.all([readImportFile(file), props.repository.list()]);
      setPhase({ kind: 'planned', plan: planImport(table, { existing, municipalities: props.municipalities, vocabulary: VOCABULARY, today: props.today }) });
    } catch (caught) {
      const reason = caught instanceof ImportFileError ? caught.message : caught instanceof Error ? caught.message : String(caught);
      setError(format(strings.ImportReadFailed, reason));
      setPhase({ kind: 'idle' });
    }
  };

  const apply = async (plan: ImportPlan): Promise<void> => {
    const total = plan.rows.filter((row) => row.kind === 'create' || row.kind === 'update').length;
    setPhase({ kind: 'applying', plan, done: 0, total });
    const results = await applyImportPlan(plan, props.repository, (done) => setPhase({ kind: 'applying', plan, done, total }));
    setPhase({ kind: 'applied', plan, results });
    props.onImported();
  };

  const plan = phase.kind === 'planned' || phase.kind === 'applying' || phase.kind === 'applied' ? phase.plan : undefined;
  const counts = plan ? countImportPlan(plan) : undefined;
  const writes = counts ? counts.create + counts.update : 0;

  const footer = (): JSX.Element => (
    <Stack horizontal tokens={{ childrenGap: 8 }}>
      {phase.kind === 'planned' && writes > 0 && <PrimaryButton text={format(strings.ImportApply, writes)} onClick={() => {
              void apply(phase.plan);
            }} />}
      <DefaultButton text={phase.kind === 'applied' ? strings.PanelClose : strings.Cancel} onClick={props.onDismiss} disabled={phase.kind === 'applying'} />
    </Stack>
  );

  return (
    <Panel
      isOpen={true}
      type={PanelType.large}
      headerText={strings.ImportPanelTitle}
      closeButtonAriaLabel={strings.PanelClose}
      onDismiss={props.onDismiss}
      isFooterAtBottom={true}
      onRenderFooterContent={footer}
      theme={props.theme}
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
        {phase.kind === 'applying' && <Spinner size={SpinnerSize.small} label={format(strings.ImportApplying, phase.done, phase.total)} labelPosition="right" />}
        {plan && plan.fileProblems.length > 0 && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {plan.fileProblems.join(' ')}
          </MessageBar>
        )}
        {counts && plan && plan.fileProblems.length === 0 && (
          <MessageBar messageBarType={counts.rejected > 0 ? MessageBarType.warning : MessageBarType.info} isMultiline={true}>
            <span data-testid="import-summary">{format(strings.ImportSummary, counts.create, counts.update, counts.unchanged, counts.rejected)}</span>
            {phase.kind === 'planned' && writes === 0 && <> {strings.ImportNothingToDo}</>}
          </MessageBar>
        )}
        {plan && plan.ignoredColumns.length > 0 && <p>{format(strings.ImportIgnoredColumns, plan.ignoredColumns.join(', '))}</p>}
        {phase.kind === 'applied' && (
          <MessageBar messageBarType={phase.results.some((result) => result.outcome === 'failed') ? MessageBarType.warning : MessageBarType.success} isMultiline={true}>
            <span data-testid="import-result">
              {format(
                strings.ImportDone,
                phase.results.filter((result) => result.outcome === 'created').length,
                phase.results.filter((result) => result.outcome === 'updated').length,
                phase.results.filter((result) => result.outcome === 'failed').length,
              )}
            </span>
            {phase.results.map((result) =>
              result.outcome === 'failed' ? <div key={result.rowNumber}>{format(strings.ImportFailedRow, result.rowNumber, result.name, result.reason)}</div> : null,
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
              <th scope="col">{strings.ImportColumnName}</th>
              <th scope="col">{strings.ImportColumnOutcome}</th>
              <th scope="col">{strings.ImportColumnDetails}</th>
            </tr>
          </thead>
          <tbody>
            {plan.rows.map((row) => (
              <tr key={row.rowNumber} data-outcome={row.kind}>
                <td>{row.rowNumber}</td>
                <th scope="row">{row.name}</th>
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
