import * as React from 'react';
import {
  DefaultButton,
  DetailsList,
  DetailsListLayoutMode,
  format,
  getId,
  getTheme,
  IColumn,
  ITheme,
  Icon,
  Link,
  MessageBar,
  MessageBarType,
  Pivot,
  PivotItem,
  PrimaryButton,
  SelectionMode,
  Spinner,
  SpinnerSize,
  ThemeProvider,
} from '@fluentui/react';
import * as strings from 'PartnershipRegisterWebPartStrings';
import { classifyDataError, DataErrorKind, DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import { DemoDataBadge } from '../../../components/demoData';
import { GenerateDocumentButton } from '../../../components/download/GenerateDocumentButton';
import { memoryUrlState } from '../../../components/register';
import type { Partnership, Stored } from '../../../domain/models';
import { calendarDateOfInstant } from '../../../domain/time';
import {
  applyRegisterView,
  buildPartnershipMatrix,
  isFilterActive,
  parseRegisterView,
  REGISTER_QUERY_PARAMETERS,
  registerAccountHolders,
  registerDomains,
  registerViewToQuery,
  toRegisterEntries,
  type RegisterSortKey,
  type RegisterView,
} from '../../../domain/register';
import type { IPartnershipRegisterProps } from './IPartnershipRegisterProps';
import { getPartnershipRegisterClassNames } from './PartnershipRegister.styles';
import { PartnershipPanel } from './PartnershipPanel';
import { displayDate } from './partnershipFields';
import { RegisterFilters } from './RegisterFilters';
import { RegisterMatrix } from './RegisterMatrix';
import { RegisterRow, toRegisterRows } from './registerRows';
import { sortByName, usePartnerships } from './usePartnerships';
import { RegisterComplianceCell } from './RegisterComplianceCell';
import { useRegisterCompliance, type RegisterComplianceState } from './useRegisterCompliance';

// Spreadsheet reading (exceljs, papaparse) is not needed on first paint: it loads when the import panel opens.
const ImportPanel = React.lazy(() => import(/* webpackChunkName: 'samenwerkingsmonitor-import' */ './import/ImportPanel'));

type PanelState =
  | { readonly kind: 'new' }
  | { readonly kind: 'edit'; readonly partnership: Stored<Partnership> }
  | { readonly kind: 'import' };

const OWNED_PARAMETERS = Object.values(REGISTER_QUERY_PARAMETERS);

/** "Samenwerkingen": the register of partnerships, with filters in the URL, a matrix view, editing and import. */
export function PartnershipRegister(props: IPartnershipRegisterProps): JSX.Element {
  const theme = props.theme ?? getTheme();
  const classNames = getPartnershipRegisterClassNames(theme);
  const [today] = React.useState(() => props.today ?? calendarDateOfInstant(new Date()));
  const [urlState] = React.useState(() => props.urlState ?? memoryUrlState());
  const [view, setViewState] = React.useState<RegisterView>(() => parseRegisterView(urlState.read()));
  const { state, reload } = usePartnerships(props.repositories.partnerships);
  const municipalitiesResource = useAsyncResource(async () => sortByName(await props.repositories.municipalities.list()), [props.repositories.municipalities]);
  const [items, setItems] = React.useState<readonly Stored<Partnership>[]>([]);
  const [panel, setPanel] = React.useState<PanelState | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState<{ text: string; kind: MessageBarType } | undefined>(undefined);
  const virtualize = props.virtualize ?? true;
  // A unique id per instance: a page can hold the web part twice.
  const [titleId] = React.useState(() => getId('partnership-register-title'));

  React.useEffect(() => {
    if (state.status === 'loaded') setItems(state.value);
  }, [state]);

  // Meeting bodies and meetings load only after the partnerships, so compliance never delays the list.
  const compliance = useRegisterCompliance(props.repositories, state.status === 'loaded' ? items : undefined, today);
  const complianceByPartnership = compliance.state.status === 'loaded' ? compliance.state.byPartnership : undefined;
  const municipalities = municipalitiesResource.state.status === 'loaded' ? municipalitiesResource.state.value : [];
  const context = React.useMemo(
    () => ({ today, municipalityNames: new Map(municipalities.map((m) => [m.id, m.name])), ...(complianceByPartnership ? { compliance: complianceByPartnership } : {}) }),
    [today, municipalities, complianceByPartnership],
  );
  // The risk profiles load with the meeting data; until then freshness follows seed 004's importance rule.
  const riskProfiles = compliance.riskProfiles;
  const entries = React.useMemo(() => toRegisterEntries(items, { today, ...(riskProfiles ? { riskProfiles } : {}) }), [items, today, riskProfiles]);
  const visible = React.useMemo(() => applyRegisterView(entries, view.filter, view.sort, context), [entries, view.filter, view.sort, context]);
  const rows = React.useMemo(() => toRegisterRows(visible), [visible]);
  const domains = React.useMemo(() => registerDomains(items), [items]);
  const accountHolders = React.useMemo(() => registerAccountHolders(items), [items]);

  // "Opnieuw proberen" reads both lists again: a throttled register usually means a throttled municipalities list too.
  const retry = (): void => {
    reload();
    if (municipalitiesResource.state.status === 'failed') municipalitiesResource.reload();
    if (compliance.state.status === 'failed') compliance.reload();
  };

  const setView = (next: RegisterView): void => {
    setViewState(next);
    urlState.write(registerViewToQuery(next), OWNED_PARAMETERS);
  };

  const open = (id: number): void => {
    const partnership = items.find((item) => item.id === id);
    if (partnership) setPanel({ kind: 'edit', partnership });
  };

  const replaceItem = (stored: Stored<Partnership>): void => {
    setItems((previous) => (previous.some((item) => item.id === stored.id) ? previous.map((item) => (item.id === stored.id ? stored : item)) : [...previous, stored]));
  };

  const copyLink = async (): Promise<void> => {
    const url = urlState.shareableUrl();
    try {
      await navigator.clipboard.writeText(url);
      setAnnouncement({ text: strings.LinkCopied, kind: MessageBarType.success });
    } catch {
      setAnnouncement({ text: format(strings.LinkCopyFailed, url), kind: MessageBarType.warning });
    }
  };

  const columns = registerColumns(view, (key) =>
    setView({ ...view, sort: { key, descending: view.sort.key === key ? !view.sort.descending : false } }), open, classNames, compliance.state, theme);
  // Filtering on compliance before it is known would show a wrong "no matches".
  const waitingForCompliance = view.filter.compliance !== undefined && compliance.state.status !== 'loaded';

  const loaded = state.status === 'loaded';
  const filtered = isFilterActive(view.filter);
  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} className={classNames.state} />;
  } else if (state.status === 'failed') {
    body = <DataErrorMessage message={errorMessage(classifyDataError(state.error))} retryLabel={strings.RetryButton} onRetry={retry} />;
  } else if (items.length === 0) {
    body = <p className={classNames.state}>{strings.EmptyMessage}</p>;
  } else if (view.mode === 'matrix') {
    body =
      municipalitiesResource.state.status === 'failed' ? (
        <DataErrorMessage message={strings.MatrixNoMunicipalities} retryLabel={strings.RetryButton} onRetry={municipalitiesResource.reload} />
      ) : (
        <RegisterMatrix matrix={buildPartnershipMatrix(visible.map((entry) => entry.partnership), municipalities)} theme={theme} onOpen={open} />
      );
  } else if (waitingForCompliance && compliance.state.status === 'failed') {
    body = <DataErrorMessage message={strings.ComplianceFailedMessage} retryLabel={strings.RetryButton} onRetry={compliance.reload} />;
  } else if (waitingForCompliance) {
    body = <Spinner size={SpinnerSize.medium} label={strings.ComplianceLoading} className={classNames.state} />;
  } else if (rows.length === 0) {
    body = <p className={classNames.state}>{strings.NoMatchesMessage}</p>;
  } else {
    body = (
      <DetailsList
        items={rows}
        columns={columns}
        getKey={(row: RegisterRow) => row.key}
        setKey="partnerships"
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        isHeaderVisible={true}
        ariaLabelForGrid={strings.GridAriaLabel}
        onShouldVirtualize={virtualize ? undefined : () => false}
      />
    );
    if (compliance.state.status === 'failed') {
      body = (
        <>
          <MessageBar
            messageBarType={MessageBarType.warning}
            isMultiline={true}
            actions={<DefaultButton text={strings.RetryButton} onClick={compliance.reload} />}
          >
            {strings.ComplianceFailedMessage}
          </MessageBar>
          {body}
        </>
      );
    }
  }

  let count = '';
  if (loaded && items.length > 0 && !waitingForCompliance) count = filtered ? format(strings.FilteredCountLabel, visible.length, items.length) : format(strings.CountLabel, items.length);

  const generateHandoverDossier = props.generateHandoverDossier;
  return (
    <ThemeProvider theme={theme} className={classNames.root}>
      <section aria-labelledby={titleId}>
        <div className={classNames.header}>
          <h2 id={titleId} className={classNames.title}>
            {strings.Title}
          </h2>
          {/* Always in the DOM: screen readers announce a live region's changes only if it was there before. */}
          <span className={classNames.count} aria-live="polite">
            {count}
          </span>
          {props.isDemoData && <DemoDataBadge label={strings.DemoDataMarker} explanation={strings.DemoDataExplanation} theme={theme} />}
        </div>
        <div className={classNames.toolbar}>
          <PrimaryButton text={strings.NewPartnership} iconProps={{ iconName: 'Add' }} onClick={() => setPanel({ kind: 'new' })} disabled={!loaded} />
          <DefaultButton text={strings.ImportButton} iconProps={{ iconName: 'Upload' }} onClick={() => setPanel({ kind: 'import' })} disabled={!loaded} />
          <DefaultButton text={strings.CopyLink} iconProps={{ iconName: 'Link' }} onClick={() => {
              void copyLink();
            }} />
          {generateHandoverDossier && (
            <GenerateDocumentButton
              text={strings.HandoverDossierAllButton}
              choices={[
                { key: 'raad', text: strings.HandoverDossierForCouncil, generate: () => generateHandoverDossier({ audience: 'raad' }) },
                { key: 'ambtelijk', text: strings.HandoverDossierForOfficials, generate: () => generateHandoverDossier({ audience: 'ambtelijk' }) },
              ]}
              busyText={strings.HandoverDossierBusy}
              failedText={strings.HandoverDossierFailed}
              dismissLabel={strings.PanelClose}
              disabled={!loaded}
              theme={theme}
            />
          )}
        </div>
        <div aria-live="polite">
          {announcement && (
            <MessageBar messageBarType={announcement.kind} isMultiline={true} onDismiss={() => setAnnouncement(undefined)} dismissButtonAriaLabel={strings.PanelClose}>
              {announcement.text}
            </MessageBar>
          )}
        </div>
        {loaded && items.length > 0 && (
          <RegisterFilters
            filter={view.filter}
            domains={domains}
            accountHolders={accountHolders}
            municipalities={municipalities}
            showCompliance={compliance.state.status !== 'unavailable'}
            theme={theme}
            onChange={(filter) => setView({ ...view, filter })}
          />
        )}
        {loaded && items.length > 0 && (
          <Pivot
            aria-label={strings.ViewSwitchLabel}
            selectedKey={view.mode}
            headersOnly={true}
            onLinkClick={(item) => item?.props.itemKey && setView({ ...view, mode: item.props.itemKey === 'matrix' ? 'matrix' : 'lijst' })}
          >
            <PivotItem itemKey="lijst" headerText={strings.ViewList} itemIcon="List" />
            <PivotItem itemKey="matrix" headerText={strings.ViewMatrix} itemIcon="Table" />
          </Pivot>
        )}
        {body}
      </section>
      {(panel?.kind === 'new' || panel?.kind === 'edit') && (
        <PartnershipPanel
          key={panel.kind === 'edit' ? `edit-${panel.partnership.id}` : 'new'}
          partnership={panel.kind === 'edit' ? panel.partnership : undefined}
          municipalities={municipalities}
          repository={props.repositories.partnerships}
          directory={props.directory}
          today={today}
          theme={theme}
          onSaved={(stored, text) => {
            replaceItem(stored);
            setPanel(undefined);
            setAnnouncement({ text: `${stored.name}: ${text}`, kind: MessageBarType.success });
          }}
          onChangedElsewhere={replaceItem}
          onDismiss={() => setPanel(undefined)}
        />
      )}
      {panel?.kind === 'import' && (
        <React.Suspense fallback={<Spinner size={SpinnerSize.medium} label={strings.ImportLoading} />}>
          <ImportPanel
            repository={props.repositories.partnerships}
            municipalities={municipalities}
            today={today}
            theme={theme}
            onImported={reload}
            onDismiss={() => setPanel(undefined)}
          />
        </React.Suspense>
      )}
    </ThemeProvider>
  );
}

function errorMessage(kind: DataErrorKind): string {
  switch (kind) {
    case 'accessDenied':
      return strings.ErrorAccessDenied;
    // SharePoint answers "list does not exist" with 404: here that means the lists were never provisioned.
    case 'notFound':
      return strings.ErrorNotProvisioned;
    case 'throttled':
      return strings.ErrorThrottled;
    case 'listViewThreshold':
      return strings.ErrorListViewThreshold;
    case 'generic':
      return strings.ErrorGeneric;
  }
}

/** Freshness in words and with an icon, never colour alone (WCAG 1.4.1). */
function Freshness(props: { readonly row: RegisterRow; readonly overdueClassName: string; readonly iconClassName: string }): JSX.Element {
  const { row } = props;
  if (row.overdue) {
    return (
      <span className={props.overdueClassName} data-overdue="true">
        <Icon iconName="Warning" aria-hidden={true} className={props.iconClassName} />
        {strings.RefreshOverdue}
        {' · '}
        {row.lastRefreshed ? displayDate(row.lastRefreshed) : strings.RefreshNever}
        {row.refreshBasis && <> · {row.refreshBasis}</>}
      </span>
    );
  }
  return (
    <span>
      {row.lastRefreshed ? displayDate(row.lastRefreshed) : strings.RefreshNever}
      {row.dueOn && <> ({format(strings.RefreshDueOn, displayDate(row.dueOn))})</>}
      {row.refreshBasis && <> · {row.refreshBasis}</>}
    </span>
  );
}

/** The columns; clicking a header sorts by it (again: the other way round), and aria-sort tells which. */
function registerColumns(
  view: RegisterView,
  onSort: (key: RegisterSortKey) => void,
  onOpen: (id: number) => void,
  classNames: { overdue: string; overdueIcon: string },
  compliance: RegisterComplianceState,
  theme: ITheme,
): IColumn[] {
  const sortable = (key: RegisterSortKey): Partial<IColumn> => ({
    isSorted: view.sort.key === key,
    isSortedDescending: view.sort.key === key && view.sort.descending,
    onColumnClick: () => onSort(key),
  });
  return [
    {
      key: 'naam',
      name: strings.ColumnName,
      fieldName: 'name',
      minWidth: 150,
      maxWidth: 320,
      isResizable: true,
      isRowHeader: true,
      // Long official names ("Regionale inkoopverbanden (aanbestedingskalender)") wrap instead of being cut off.
      isMultiline: true,
      onRender: (row: RegisterRow) => (
        <Link onClick={() => onOpen(row.id)} aria-label={format(strings.OpenPartnership, row.name)}>
          {row.name}
        </Link>
      ),
      ...sortable('naam'),
    },
    { key: 'rechtsvorm', name: strings.ColumnLegalForm, fieldName: 'legalForm', minWidth: 110, maxWidth: 200, isResizable: true, isMultiline: true, ...sortable('rechtsvorm') },
    { key: 'taaklaag', name: strings.ColumnTaskLayers, fieldName: 'taskLayers', minWidth: 100, maxWidth: 200, isResizable: true, isMultiline: true, ...sortable('taaklaag') },
    {
      key: 'accounthouder',
      name: strings.ColumnAccountHolder,
      minWidth: 110,
      maxWidth: 180,
      isResizable: true,
      onRender: (row: RegisterRow) => row.accountHolder ?? strings.NoAccountHolder,
      ...sortable('accounthouder'),
    },
    { key: 'status', name: strings.ColumnStatus, fieldName: 'status', minWidth: 80, maxWidth: 120, isResizable: true, ...sortable('status') },
    {
      key: 'geactualiseerd',
      name: strings.ColumnLastRefreshed,
      minWidth: 150,
      maxWidth: 260,
      isResizable: true,
      isMultiline: true,
      onRender: (row: RegisterRow) => <Freshness row={row} overdueClassName={classNames.overdue} iconClassName={classNames.overdueIcon} />,
      ...sortable('geactualiseerd'),
    },
    ...(compliance.status === 'unavailable'
      ? []
      : [
          {
            key: 'naleving',
            name: strings.ColumnCompliance,
            minWidth: 130,
            maxWidth: 200,
            isResizable: true,
            isMultiline: true,
            onRender: (row: RegisterRow) => <RegisterComplianceCell partnershipId={row.id} compliance={compliance} theme={theme} />,
          },
        ]),
  ];
}
