import * as React from 'react';
import { DefaultButton, Dropdown, IDropdownOption, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize } from '@fluentui/react';
import * as strings from 'WgrCalendarWebPartStrings';
import { useAsyncResource } from '../../../components/dataLoading';
import { dataErrorMessage } from '../../../components/forms/formFormat';
import type { Repositories } from '../../../data/ports';
import type { CouncilScheduleImportAction, CouncilScheduleImportPlan, CouncilScheduleImportRow } from '../../../domain/councilSchedule/importPlan';
import type { CalendarDate, Municipality, Stored } from '../../../domain/models';
import type { IWgrCalendarClassNames } from './WgrCalendar.styles';
import { fill, formatDay } from './format';

/** The parser (ical.js) and the import are needed only when someone imports: their own chunk. */
function loadImportModule(): Promise<typeof import('../../../data/councilSchedule')> {
  return import(
    /* webpackChunkName: 'council-schedule-import' */
    '../../../data/councilSchedule'
  );
}

export interface ICouncilScheduleImportProps {
  readonly repositories: Pick<Repositories, 'municipalities' | 'councilCalendar'>;
  /** Preselected: the own municipality. */
  readonly defaultMunicipalityName?: string;
  /** Called after a successful import; answers a Dutch follow-up line (e.g. the timelines were updated), if any. */
  readonly onImported: (municipalityId: number) => Promise<string | undefined>;
  readonly classNames: IWgrCalendarClassNames;
}

type ImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'reading' }
  | { readonly status: 'refused'; readonly message: string }
  | { readonly status: 'planned'; readonly plan: CouncilScheduleImportPlan; readonly calendarName?: string; readonly municipalityName: string }
  | { readonly status: 'applying'; readonly plan: CouncilScheduleImportPlan; readonly calendarName?: string; readonly municipalityName: string }
  | { readonly status: 'done'; readonly message: string; readonly followUp?: string }
  | { readonly status: 'failed'; readonly message: string };

const ACTION_TEXT: Readonly<Record<CouncilScheduleImportAction, () => string>> = {
  create: () => strings.ImportActionCreate,
  update: () => strings.ImportActionUpdate,
  unchanged: () => strings.ImportActionUnchanged,
  remove: () => strings.ImportActionRemove,
  skip: () => strings.ImportActionSkip,
};

/**
 * "Vergaderschema importeren": a council's schedule from an .ics file or the municipality's feed, shown as a dry run
 * (new, changed, unchanged, removed, skipped, each with its reason) before anything is written.
 */
export function CouncilScheduleImport(props: ICouncilScheduleImportProps): JSX.Element {
  const { repositories, defaultMunicipalityName, onImported, classNames } = props;
  const municipalities = useAsyncResource(() => repositories.municipalities.list(), [repositories]);
  const [selectedId, setSelectedId] = React.useState<number | undefined>(undefined);
  const [state, setState] = React.useState<ImportState>({ status: 'idle' });
  const fileInput = React.useRef<HTMLInputElement>(null);
  const headingId = 'wgr-import-heading';

  const list: readonly Stored<Municipality>[] = municipalities.state.status === 'loaded' ? municipalities.state.value : [];
  const wanted = (defaultMunicipalityName ?? '').trim().toLocaleLowerCase('nl');
  const municipalityId = selectedId ?? list.find((municipality) => municipality.name.trim().toLocaleLowerCase('nl') === wanted)?.id;
  const municipality = list.find((candidate) => candidate.id === municipalityId);
  const options: IDropdownOption[] = [...list].sort((left, right) => left.name.localeCompare(right.name, 'nl')).map((candidate) => ({ key: candidate.id, text: candidate.name }));
  const busy = state.status === 'reading' || state.status === 'applying';

  const planFrom = async (readText: () => Promise<string | { readonly error: string }>): Promise<void> => {
    if (!municipality) return;
    setState({ status: 'reading' });
    try {
      const module = await loadImportModule();
      const text = await readText();
      if (typeof text !== 'string') {
        setState({ status: 'refused', message: text.error });
        return;
      }
      const result = await module.planCouncilScheduleFromText(repositories.councilCalendar, municipality.id, text);
      setState(result.ok ? { status: 'planned', plan: result.plan, calendarName: result.calendarName, municipalityName: municipality.name } : { status: 'refused', message: result.message });
    } catch (error) {
      setState({ status: 'failed', message: dataErrorMessage(error, strings) });
    }
  };

  const onFileChosen = (event: React.ChangeEvent<HTMLInputElement>): void => {
    const file = event.target.files?.[0];
    if (!file) return;
    void planFrom(async () => {
      try {
        return await file.text();
      } catch {
        return { error: strings.ImportFailedRead };
      }
    });
  };

  const onFetchFeed = (): void => {
    const url = municipality?.councilFeedUrl;
    if (!url) return;
    void planFrom(async () => {
      const fetched = await (await loadImportModule()).fetchCouncilFeed(url, (input, init) => fetch(input, init));
      return fetched.ok ? fetched.text : { error: fetched.message };
    });
  };

  const clearFile = (): void => {
    if (fileInput.current) fileInput.current.value = '';
  };

  const onImport = (): void => {
    if (state.status !== 'planned') return;
    const { plan } = state;
    setState({ ...state, status: 'applying' });
    void (async () => {
      try {
        const result = await (await loadImportModule()).applyCouncilScheduleImport(repositories.councilCalendar, plan);
        clearFile();
        if (!result.ok) {
          setState({ status: 'failed', message: result.message });
          return;
        }
        const message = fill(strings.ImportDone, result.created, result.updated, result.removed);
        let followUp: string | undefined;
        try {
          followUp = await onImported(plan.municipalityId);
        } catch (error) {
          followUp = dataErrorMessage(error, strings);
        }
        setState({ status: 'done', message, followUp });
      } catch (error) {
        setState({ status: 'failed', message: dataErrorMessage(error, strings) });
      }
    })();
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{strings.ImportHeading}</h3>
      <p className={classNames.intro}>{strings.ImportIntro}</p>
      <div className={classNames.toolbar}>
        <Dropdown
          label={strings.ImportMunicipalityLabel}
          placeholder={strings.ImportMunicipalityPlaceholder}
          options={options}
          selectedKey={municipalityId ?? null}
          disabled={busy || municipalities.state.status !== 'loaded'}
          onChange={(_event, option) => {
            if (option) {
              setSelectedId(Number(option.key));
              setState({ status: 'idle' });
              clearFile();
            }
          }}
          styles={{ root: { width: 240 } }}
        />
        <div className={classNames.fileField}>
          <label htmlFor="wgr-import-file" className={classNames.fileLabel}>
            {strings.ImportFileLabel}
          </label>
          <input id="wgr-import-file" ref={fileInput} type="file" accept=".ics,text/calendar" disabled={busy || !municipality} onChange={onFileChosen} />
        </div>
        {municipality?.councilFeedUrl ? (
          <DefaultButton text={fill(strings.ImportFeedButton, municipality.councilFeedUrl)} onClick={onFetchFeed} disabled={busy} />
        ) : (
          municipality && <span className={classNames.note}>{strings.ImportNoFeed}</span>
        )}
      </div>
      {municipalities.state.status === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {dataErrorMessage(municipalities.state.error, strings)}
        </MessageBar>
      )}
      <div aria-live="polite">
        {state.status === 'reading' && <Spinner size={SpinnerSize.small} label={strings.ImportReading} />}
        {state.status === 'applying' && <Spinner size={SpinnerSize.small} label={strings.ImportApplying} />}
      </div>
      {(state.status === 'refused' || state.status === 'failed') && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {state.message}
        </MessageBar>
      )}
      {state.status === 'done' && (
        <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>
          {state.message}
          {state.followUp && <> {state.followUp}</>}
        </MessageBar>
      )}
      {(state.status === 'planned' || state.status === 'applying') && (
        <PlanView
          plan={state.plan}
          heading={fill(strings.ImportPlanHeading, state.municipalityName, state.calendarName ?? '')}
          classNames={classNames}
          actions={
            <div className={classNames.toolbar}>
              <PrimaryButton text={strings.ImportButton} onClick={onImport} disabled={state.status === 'applying' || state.plan.isNoOp} />
              <DefaultButton
                text={strings.ImportCancelButton}
                onClick={() => {
                  clearFile();
                  setState({ status: 'idle' });
                }}
                disabled={state.status === 'applying'}
              />
            </div>
          }
        />
      )}
    </section>
  );
}

function PlanView(props: { readonly plan: CouncilScheduleImportPlan; readonly heading: string; readonly classNames: IWgrCalendarClassNames; readonly actions: JSX.Element }): JSX.Element {
  const { plan, heading, classNames, actions } = props;
  const { counts } = plan;
  // Unchanged rows are only counted: a re-import would otherwise list the whole year again.
  const rows = plan.rows.filter((row) => row.action !== 'unchanged');
  return (
    <div>
      <h4>{heading}</h4>
      <p role="status">{fill(strings.ImportPlanSummary, counts.create, counts.update, counts.unchanged, counts.remove, counts.skip)}</p>
      {plan.isNoOp && <p>{strings.ImportNothingToDo}</p>}
      {rows.length > 0 && (
        // Scrolls inside a focusable region, so keyboard users can scroll it (WCAG 2.1.1).
        <div className={classNames.tableWrapper} role="region" aria-labelledby="wgr-import-plan-caption" tabIndex={0}>
          <table className={classNames.table} data-testid="council-schedule-plan">
            <caption id="wgr-import-plan-caption" className={classNames.caption}>{strings.ImportPlanCaption}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.headerCell}>{strings.ImportColumnAction}</th>
                <th scope="col" className={classNames.headerCell}>{strings.ImportColumnDate}</th>
                <th scope="col" className={classNames.headerCell}>{strings.ImportColumnTitle}</th>
                <th scope="col" className={classNames.headerCell}>{strings.ImportColumnReason}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={`${row.action}|${index}`}>
                  <th scope="row" className={classNames.rowHeader}>{ACTION_TEXT[row.action]()}</th>
                  <td className={classNames.cell}>{dateOf(row) ? formatDay(dateOf(row) as CalendarDate, true) : ''}</td>
                  <td className={classNames.cell}>{titleOf(row)}</td>
                  <td className={classNames.cell}>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {actions}
    </div>
  );
}

function dateOf(row: CouncilScheduleImportRow): CalendarDate | undefined {
  return row.action === 'remove' ? row.current.date : row.action === 'skip' ? row.skipped.date : row.entry.date;
}

function titleOf(row: CouncilScheduleImportRow): string {
  return row.action === 'remove' ? row.current.title : row.action === 'skip' ? row.skipped.summary : row.entry.title;
}
