import * as React from 'react';
import { DefaultButton, Dropdown, getTheme, IDropdownOption, MessageBar, MessageBarType, Spinner, SpinnerSize } from '@fluentui/react';
import * as strings from 'WgrCalendarWebPartStrings';
import { classifyDataError, DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import { dataErrorMessage } from '../../../components/forms/formFormat';
import { DemoDataBadge } from '../../../components/demoData';
import { findOwnMunicipality, loadWgrCalendars, syncWgrProcessMoments, type WgrSyncReport } from '../../../data/wgr';
import { calendarDateParts } from '../../../domain/time';
import { buildYearView, type OwnMunicipality, type WgrCalendar as WgrCalendarValue, type WgrCheck, type WgrDeadline, type YearView, type YearViewWeek, type ZienswijzeCouncilRoute } from '../../../domain/wgr';
import { CouncilScheduleImport } from './CouncilScheduleImport';
import type { IWgrCalendarProps } from './IWgrCalendarProps';
import { getWgrCalendarClassNames } from './WgrCalendar.styles';
import { fill, formatDay } from './format';

export { fill };

/** The council route of a deadline, by partnership, budget year and subject (what identifies a deadline). */
type RouteLookup = ReadonlyMap<string, ZienswijzeCouncilRoute>;

function routeKey(partnershipId: number, budgetYear: number, subject: string): string {
  return `${partnershipId}|${budgetYear}|${subject}`;
}

function routeLookupOf(calendars: readonly WgrCalendarValue[]): RouteLookup {
  const lookup = new Map<string, ZienswijzeCouncilRoute>();
  for (const calendar of calendars) {
    for (const item of calendar.councilRoutes ?? []) {
      lookup.set(routeKey(calendar.partnershipId, calendar.budgetYear, item.deadlineSubject), item);
    }
  }
  return lookup;
}

const SEVERITY_TEXT: Readonly<Record<WgrCheck['severity'], () => string>> = {
  fout: () => strings.SeverityError,
  waarschuwing: () => strings.SeverityWarning,
  info: () => strings.SeverityInfo,
};

/**
 * "Wgr-kalender": the statutory deadlines of every GR laid over the weeks of a calendar year, so the griffie sees
 * the busy weeks, with the findings (checks) under it in plain Dutch.
 */
export function WgrCalendar(props: IWgrCalendarProps): JSX.Element {
  const { repositories, loadWorkingDays, initialYear, isDemoData, ownMunicipalityName } = props;
  const theme = props.theme ?? getTheme();
  const classNames = getWgrCalendarClassNames(theme);
  const [year, setYear] = React.useState(initialYear);
  const [sync, setSync] = React.useState<{ status: 'idle' } | { status: 'running' } | { status: 'done'; report: WgrSyncReport } | { status: 'failed'; error: unknown }>({ status: 'idle' });
  const { state, reload } = useAsyncResource(async () => {
    const workingDays = await loadWorkingDays();
    const [calendars, municipalities] = await Promise.all([
      loadWgrCalendars(repositories, [year, year + 1], workingDays, { ownMunicipalityName }),
      repositories.municipalities.list(),
    ]);
    const own = findOwnMunicipality(municipalities, ownMunicipalityName);
    return { calendars, view: buildYearView(calendars, year), own, routes: routeLookupOf(calendars) };
  }, [repositories, year, ownMunicipalityName]);

  /** After an import: the own council's new schedule moves the internal moments on the timelines. */
  const onImported = async (municipalityId: number): Promise<string | undefined> => {
    const own = state.status === 'loaded' ? state.value.own : undefined;
    let followUp: string | undefined;
    if (own && own.id === municipalityId) {
      const calendars = await loadWgrCalendars(repositories, [year, year + 1], await loadWorkingDays(), { ownMunicipalityName });
      const report = await syncWgrProcessMoments(repositories.processMoments, calendars);
      followUp = report.failures.length === 0 ? strings.ImportDoneMoments : `${strings.SyncFailed} ${report.failures.join(' ')}`;
    }
    reload();
    return followUp;
  };

  const years: IDropdownOption[] = [-1, 0, 1, 2, 3].map((offset) => ({ key: initialYear + offset, text: String(initialYear + offset) }));

  const runSync = (): void => {
    if (state.status !== 'loaded') return;
    setSync({ status: 'running' });
    syncWgrProcessMoments(repositories.processMoments, state.value.calendars).then(
      (report) => setSync({ status: 'done', report }),
      (error: unknown) => setSync({ status: 'failed', error }),
    );
  };

  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <Spinner size={SpinnerSize.medium} label={strings.LoadingLabel} />;
  } else if (state.status === 'failed') {
    body = <DataErrorMessage message={dataErrorMessage(state.error, strings)} retryLabel={strings.RetryLabel} onRetry={reload} />;
  } else if (state.value.view.partnerships.length === 0) {
    body = <p>{strings.NoGrs}</p>;
  } else {
    body = (
      <>
        <YearTable view={state.value.view} routes={state.value.routes} classNames={classNames} />
        <CouncilRoutes calendars={state.value.calendars} year={year} own={state.value.own} ownMunicipalityName={ownMunicipalityName} classNames={classNames} />
        <Checks view={state.value.view} classNames={classNames} />
        <div className={classNames.toolbar}>
          <DefaultButton text={strings.SyncButton} onClick={runSync} disabled={sync.status === 'running'} aria-describedby="wgr-sync-explanation" />
          <span id="wgr-sync-explanation" className={classNames.note}>
            {strings.SyncExplanation}
          </span>
        </div>
        {sync.status === 'done' && (
          <MessageBar messageBarType={sync.report.failures.length > 0 ? MessageBarType.warning : MessageBarType.success} isMultiline={true}>
            {fill(strings.SyncDone, sync.report.created, sync.report.updated, sync.report.unchanged, sync.report.removed)}
            {sync.report.failures.length > 0 && (
              <>
                {' '}
                {strings.SyncFailed}
                <ul>
                  {sync.report.failures.map((failure) => (
                    <li key={failure}>{failure}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBar>
        )}
        {sync.status === 'failed' && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {classifyDataError(sync.error) === 'accessDenied' ? strings.SyncAccessDenied : dataErrorMessage(sync.error, strings)}
          </MessageBar>
        )}
      </>
    );
  }

  return (
    <section className={classNames.root} aria-labelledby="wgr-calendar-title">
      <h2 id="wgr-calendar-title">{fill(strings.Title, year)}</h2>
      {isDemoData && <DemoDataBadge label={strings.DemoDataMarker} explanation={strings.DemoDataExplanation} theme={theme} />}
      <p className={classNames.intro}>{strings.Intro}</p>
      <p className={classNames.intro}>{strings.WeekendRule}</p>
      <div className={classNames.toolbar}>
        <Dropdown
          label={strings.YearLabel}
          options={years}
          selectedKey={year}
          onChange={(_event, option) => {
            if (option) {
              setYear(Number(option.key));
              setSync({ status: 'idle' });
            }
          }}
          styles={{ root: { width: 160 } }}
        />
      </div>
      {body}
      <CouncilScheduleImport repositories={repositories} defaultMunicipalityName={ownMunicipalityName} onImported={onImported} classNames={classNames} />
    </section>
  );
}

interface IViewProps {
  readonly view: YearView;
  readonly classNames: ReturnType<typeof getWgrCalendarClassNames>;
}

function YearTable({ view, routes, classNames }: IViewProps & { readonly routes: RouteLookup }): JSX.Element {
  if (view.weeks.length === 0) {
    return <p>{strings.NoDeadlines}</p>;
  }
  const busiest = view.weeks.filter((week) => week.isBusiest);
  return (
    <>
      {busiest.length > 0 && (
        <>
          <h3>{strings.BusiestHeading}</h3>
          <ul>
            {busiest.map((week) => (
              <li key={week.monday}>{fill(strings.BusiestWeek, week.week, formatDay(week.monday), formatDay(week.sunday, true), week.total)}</li>
            ))}
          </ul>
        </>
      )}
      <div className={classNames.tableWrapper}>
        <table className={classNames.table}>
          <caption className={classNames.caption}>{fill(strings.TableCaption, view.calendarYear)}</caption>
          <thead>
            <tr>
              <th scope="col" className={classNames.headerCell}>
                {strings.ColumnWeek}
              </th>
              {view.partnerships.map((partnership) => (
                <th scope="col" key={partnership.partnershipId} className={classNames.headerCell}>
                  {partnership.name}
                </th>
              ))}
              <th scope="col" className={classNames.headerCell}>
                {strings.ColumnTotal}
              </th>
            </tr>
          </thead>
          <tbody>
            {view.weeks.map((week) => (
              <WeekRow key={week.monday} week={week} view={view} routes={routes} classNames={classNames} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function WeekRow({ week, view, routes, classNames }: IViewProps & { readonly week: YearViewWeek; readonly routes: RouteLookup }): JSX.Element {
  return (
    <tr className={week.isBusiest ? classNames.busiestRow : undefined} data-testid={`week-${week.week}`}>
      <th scope="row" className={classNames.rowHeader}>
        <div>{fill(strings.WeekLabel, week.week)}</div>
        <div className={classNames.note}>
          {formatDay(week.monday)} – {formatDay(week.sunday)}
        </div>
        {week.isBusiest && <div className={classNames.busiestMarker}>{strings.BusiestMarker}</div>}
      </th>
      {view.partnerships.map((partnership) => {
        const deadlines = week.deadlinesByPartnership.get(partnership.partnershipId) ?? [];
        return (
          <td key={partnership.partnershipId} className={classNames.cell}>
            {deadlines.length === 0 ? (
              <span className={classNames.note}>{strings.NoDeadlineInCell}</span>
            ) : (
              <ul className={classNames.deadlineList}>
                {deadlines.map((deadline) => (
                  <DeadlineItem
                    key={`${deadline.rule}|${deadline.subject}`}
                    deadline={deadline}
                    route={routes.get(routeKey(deadline.partnershipId, deadline.budgetYear, deadline.subject))}
                    classNames={classNames}
                  />
                ))}
              </ul>
            )}
          </td>
        );
      })}
      <td className={classNames.cell}>{week.total}</td>
    </tr>
  );
}

function DeadlineItem({ deadline, route, classNames }: { readonly deadline: WgrDeadline; readonly route?: ZienswijzeCouncilRoute; readonly classNames: IViewProps['classNames'] }): JSX.Element {
  return (
    <li className={classNames.deadline}>
      <div>
        <strong>{formatDay(deadline.lastAllowedDay)}</strong>{' '}
        {deadline.kind === 'invloed' && <span className={classNames.influence}>{strings.InfluenceMarker}:</span>}
        {deadline.subject}
      </div>
      <div className={classNames.note}>
        {deadline.article}
        {deadline.lastAllowedDayIsNonWorkingDay && <> · {fill(strings.NonWorkingDayNote, formatDay(deadline.latestWorkingDay))}</>}
      </div>
      {route?.route && <div className={classNames.route}>{fill(strings.CellCollegeDeadline, route.municipalityName, formatDay(route.route.collegeDeadline, true))}</div>}
    </li>
  );
}

function Checks({ view, classNames }: IViewProps): JSX.Element {
  const names = new Map(view.partnerships.map((partnership) => [partnership.partnershipId, partnership.name] as const));
  const item = (check: WgrCheck, index: number): JSX.Element => (
    <li key={`${check.partnershipId}|${check.budgetYear}|${check.code}|${index}`}>
      <span className={classNames.severity}>{SEVERITY_TEXT[check.severity]()}</span> · {names.get(check.partnershipId)} ({fill(strings.BudgetYearLabel, check.budgetYear)}): {check.message}
    </li>
  );
  const actionable = view.checks.filter((check) => check.severity !== 'info');
  const informative = view.checks.filter((check) => check.severity === 'info');
  return (
    <>
      <h3>{strings.ChecksHeading}</h3>
      {actionable.length === 0 ? <p>{strings.NoChecks}</p> : <ul className={classNames.checks}>{actionable.map(item)}</ul>}
      {informative.length > 0 && (
        // Notes for information (unknown council schedules, weekend days) are many and need no action: folded away.
        <details>
          <summary>{fill(strings.InfoChecksSummary, informative.length)}</summary>
          <ul className={classNames.checks}>{informative.map(item)}</ul>
        </details>
      )}
    </>
  );
}

interface ICouncilRoutesProps {
  readonly calendars: readonly WgrCalendarValue[];
  readonly year: number;
  readonly own?: OwnMunicipality;
  readonly ownMunicipalityName?: string;
  readonly classNames: IViewProps['classNames'];
}

/** Issue 8: per zienswijze deadline of the year, the own council's meeting, committee and college deadline. */
function CouncilRoutes({ calendars, year, own, ownMunicipalityName, classNames }: ICouncilRoutesProps): JSX.Element {
  const headingId = 'wgr-routes-heading';
  if (!own) {
    return (
      <section aria-labelledby={headingId}>
        <h3 id={headingId}>{fill(strings.RoutesHeading, ownMunicipalityName?.trim() || '…')}</h3>
        <p>{ownMunicipalityName?.trim() ? fill(strings.RoutesOwnMunicipalityUnknown, ownMunicipalityName.trim()) : strings.RoutesNoOwnMunicipality}</p>
      </section>
    );
  }
  const rows = calendars.flatMap((calendar) =>
    (calendar.councilRoutes ?? []).filter((item) => calendarDateParts(item.deadline).year === year).map((item) => ({ partnershipName: calendar.partnershipName, item })),
  );
  rows.sort((left, right) => left.item.deadline.localeCompare(right.item.deadline) || left.partnershipName.localeCompare(right.partnershipName, 'nl'));
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{fill(strings.RoutesHeading, own.name)}</h3>
      <p className={classNames.intro}>{strings.RoutesIntro}</p>
      {rows.length === 0 ? (
        <p>{strings.RoutesNone}</p>
      ) : (
        // A wide table scrolls inside its region; the region takes focus so keyboard users can scroll it (WCAG 2.1.1).
        <div className={classNames.tableWrapper} role="region" aria-labelledby="wgr-routes-caption" tabIndex={0}>
          <table className={classNames.table} data-testid="council-routes">
            <caption id="wgr-routes-caption" className={classNames.caption}>{fill(strings.RoutesCaption, year)}</caption>
            <thead>
              <tr>
                <th scope="col" className={classNames.headerCell}>{strings.RoutesColumnZienswijze}</th>
                <th scope="col" className={classNames.headerCell}>{strings.RoutesColumnPartnership}</th>
                <th scope="col" className={classNames.headerCell}>{strings.RoutesColumnDeadline}</th>
                <th scope="col" className={classNames.headerCell}>{strings.RoutesColumnCouncil}</th>
                <th scope="col" className={classNames.headerCell}>{strings.RoutesColumnCommittee}</th>
                <th scope="col" className={classNames.headerCell}>{strings.RoutesColumnCollege}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ partnershipName, item }) => (
                <tr key={`${partnershipName}|${item.deadlineSubject}`}>
                  <th scope="row" className={classNames.routeRowHeader}>
                    {item.deadlineSubject}
                  </th>
                  <td className={classNames.cell}>{partnershipName}</td>
                  <td className={classNames.cell}>{formatDay(item.deadline, true)}</td>
                  {item.route ? (
                    <>
                      <td className={classNames.cell}>
                        {formatDay(item.route.councilMeeting, true)}
                        {item.warning && <div className={classNames.note}>{item.warning}</div>}
                      </td>
                      <td className={classNames.cell}>{item.route.committeeMeeting ? formatDay(item.route.committeeMeeting, true) : <span className={classNames.note}>{strings.RoutesNoCommittee}</span>}</td>
                      <td className={classNames.cell} data-testid="college-deadline">
                        <strong>{formatDay(item.route.collegeDeadline, true)}</strong>
                        <details>
                          <summary className={classNames.note}>{strings.RoutesWhy}</summary>
                          <div className={classNames.note}>{item.route.explanation}</div>
                        </details>
                      </td>
                    </>
                  ) : (
                    <td className={classNames.cell} colSpan={3}>
                      {item.missingReason}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
