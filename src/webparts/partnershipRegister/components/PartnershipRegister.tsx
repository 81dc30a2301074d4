import * as React from 'react';
import {
  DetailsList,
  DetailsListLayoutMode,
  format,
  getId,
  getTheme,
  IColumn,
  SelectionMode,
  Spinner,
  SpinnerSize,
  ThemeProvider,
} from '@fluentui/react';
import * as strings from 'PartnershipRegisterWebPartStrings';
import { classifyDataError, DataErrorKind, DataErrorMessage } from '../../../components/dataLoading';
import { DemoDataBadge } from '../../../components/demoData';
import type { IPartnershipRegisterProps } from './IPartnershipRegisterProps';
import { getPartnershipRegisterClassNames } from './PartnershipRegister.styles';
import { RegisterRow, toRegisterRow } from './registerRows';
import { usePartnerships } from './usePartnerships';

/** "Samenwerkingen": the overview of all partnerships in the register. */
export function PartnershipRegister(props: IPartnershipRegisterProps): JSX.Element {
  const theme = props.theme ?? getTheme();
  const classNames = getPartnershipRegisterClassNames(theme);
  const { state, reload } = usePartnerships(props.repositories.partnerships);
  const rows = React.useMemo(() => (state.status === 'loaded' ? state.value.map(toRegisterRow) : []), [state]);
  const columns = React.useMemo(registerColumns, []);
  const virtualize = props.virtualize ?? true;
  // A unique id per instance: a page can hold the web part twice.
  const [titleId] = React.useState(() => getId('partnership-register-title'));

  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} className={classNames.state} />;
  } else if (state.status === 'failed') {
    body = <DataErrorMessage message={errorMessage(classifyDataError(state.error))} retryLabel={strings.RetryButton} onRetry={reload} />;
  } else if (rows.length === 0) {
    body = <p className={classNames.state}>{strings.EmptyMessage}</p>;
  } else {
    body = (
      <DetailsList
        items={rows as RegisterRow[]}
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
  }

  return (
    <ThemeProvider theme={theme} className={classNames.root}>
      <section aria-labelledby={titleId}>
        <div className={classNames.header}>
          <h2 id={titleId} className={classNames.title}>
            {strings.Title}
          </h2>
          {/* Always in the DOM: screen readers announce a live region's changes only if it was there before. */}
          <span className={classNames.count} aria-live="polite">
            {state.status === 'loaded' && rows.length > 0 ? format(strings.CountLabel, rows.length) : ''}
          </span>
          {props.isDemoData && <DemoDataBadge label={strings.DemoDataMarker} explanation={strings.DemoDataExplanation} theme={theme} />}
        </div>
        {body}
      </section>
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

/** Naam, rechtsvorm, taaklaag, accounthouder and status: what the overview needs to tell the partnerships apart. */
function registerColumns(): IColumn[] {
  return [
    {
      key: 'name',
      name: strings.ColumnName,
      fieldName: 'name',
      minWidth: 150,
      maxWidth: 360,
      isResizable: true,
      isRowHeader: true,
      // Long official names ("Regionale inkoopverbanden (aanbestedingskalender)") wrap instead of being cut off.
      isMultiline: true,
      // The rows are in alphabetical order; saying so gives the header aria-sort="ascending".
      isSorted: true,
      isSortedDescending: false,
    },
    { key: 'legalForm', name: strings.ColumnLegalForm, fieldName: 'legalForm', minWidth: 120, maxWidth: 240, isResizable: true },
    { key: 'taskLayers', name: strings.ColumnTaskLayers, fieldName: 'taskLayers', minWidth: 100, maxWidth: 240, isResizable: true, isMultiline: true },
    {
      key: 'accountHolder',
      name: strings.ColumnAccountHolder,
      minWidth: 110,
      maxWidth: 220,
      isResizable: true,
      onRender: (row: RegisterRow) => row.accountHolder ?? strings.NoAccountHolder,
    },
    { key: 'status', name: strings.ColumnStatus, fieldName: 'status', minWidth: 90, maxWidth: 140, isResizable: true },
  ];
}
