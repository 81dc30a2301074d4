import * as React from 'react';
import { ActionButton, Spinner, SpinnerSize, Stack, Text, type ITheme } from '@fluentui/react';
import * as strings from 'ServiceDeliveryWebPartStrings';
import { DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import type { Repositories } from '../../../data/ports';
import { loadServiceDelivery } from '../../../data/serviceDelivery';
import type { CalendarDate, Partnership, Stored } from '../../../domain/models';
import { formatIndicatorValue, serviceDeliveryOverview, targetText, type OffTargetIndicator, type PartnershipOverdueReport } from '../../../domain/serviceDelivery';
import { formatDutchShortDate } from '../../../domain/time';
import { getClassNames } from './AgreementsView';
import { formatText, loadErrorMessage } from './serviceDeliveryFormat';

export interface IOffTargetViewProps {
  readonly repositories: Repositories;
  readonly partnerships: readonly Stored<Partnership>[];
  readonly today: CalendarDate;
  readonly theme: ITheme;
  /** The address that opens a partnership's indicators in this web part. */
  readonly linkFor: (partnershipId: number) => string;
  /** Opens a partnership's indicators here, without reloading the page. */
  readonly onOpenPartnership: (partnershipId: number) => void;
}

interface SortColumn<Row> {
  readonly key: string;
  readonly label: string;
  readonly compare: (left: Row, right: Row) => number;
  readonly numeric?: boolean;
}

interface SortState {
  readonly key: string;
  readonly descending: boolean;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * A table whose columns sort by their header button: `aria-sort` tells a screen reader the order, and the header
 * button says which way the next click sorts.
 */
function SortableTable<Row>(props: {
  readonly caption: string;
  readonly rows: readonly Row[];
  readonly columns: readonly SortColumn<Row>[];
  readonly initialSort: SortState;
  readonly rowKey: (row: Row) => string;
  readonly renderCell: (row: Row, columnKey: string) => React.ReactNode;
  readonly theme: ITheme;
  readonly testId: string;
}): JSX.Element {
  const [sort, setSort] = React.useState<SortState>(props.initialSort);
  const classNames = getClassNames(props.theme);
  const column = props.columns.find((candidate) => candidate.key === sort.key) ?? props.columns[0];
  const rows = [...props.rows].sort((left, right) => (sort.descending ? -1 : 1) * column.compare(left, right));
  return (
    <table className={classNames.table} data-testid={props.testId}>
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((candidate) => {
            const active = candidate.key === sort.key;
            const direction = active ? (sort.descending ? 'descending' : 'ascending') : 'none';
            return (
              <th key={candidate.key} scope="col" aria-sort={direction} className={candidate.numeric ? classNames.number : undefined}>
                <ActionButton
                  styles={{ root: { height: 'auto', padding: 0, fontWeight: 600 } }}
                  iconProps={{ iconName: active ? (sort.descending ? 'SortDown' : 'SortUp') : 'Sort' }}
                  title={formatText(active && !sort.descending ? strings.SortDescending : strings.SortAscending, candidate.label)}
                  onClick={() => setSort({ key: candidate.key, descending: active ? !sort.descending : false })}
                >
                  {candidate.label}
                </ActionButton>
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={props.rowKey(row)}>
            {props.columns.map((candidate, index) =>
              index === 0 ? (
                <th key={candidate.key} scope="row">
                  {props.renderCell(row, candidate.key)}
                </th>
              ) : (
                <td key={candidate.key} className={candidate.numeric ? classNames.number : undefined}>
                  {props.renderCell(row, candidate.key)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * "Buiten norm": across all partnerships the active indicators whose latest value misses its norm and the reports
 * that are overdue, each sortable and linking to the partnership (issue 9; seed 002 aanbeveling 9).
 */
export function OffTargetView(props: IOffTargetViewProps): JSX.Element {
  const { state, reload } = useAsyncResource(() => loadServiceDelivery(props.repositories), [props.repositories]);
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  if (state.status === 'failed') return <DataErrorMessage message={loadErrorMessage(state.error)} retryLabel={strings.RetryLabel} onRetry={reload} />;

  const overview = serviceDeliveryOverview({ partnerships: props.partnerships, indicators: state.value.indicators, values: state.value.values, asOf: props.today });
  const link = (partnershipId: number, name: string): JSX.Element => (
    <a
      href={props.linkFor(partnershipId)}
      onClick={(event) => {
        // A plain click stays in the web part; Ctrl/middle click still opens the address in a new tab.
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        props.onOpenPartnership(partnershipId);
      }}
    >
      {name}
    </a>
  );

  const offTargetColumns: SortColumn<OffTargetIndicator>[] = [
    { key: 'partnership', label: strings.ColumnPartnership, compare: (left, right) => collator.compare(left.partnershipName, right.partnershipName) },
    { key: 'indicator', label: strings.ColumnIndicator, compare: (left, right) => collator.compare(left.indicator.name, right.indicator.name) },
    { key: 'period', label: strings.FieldPeriod, compare: (left, right) => left.latest.periodEnd.localeCompare(right.latest.periodEnd) },
    { key: 'value', label: strings.FieldValue, compare: (left, right) => left.latest.value - right.latest.value, numeric: true },
    { key: 'target', label: strings.FieldTarget, compare: (left, right) => collator.compare(targetText(left.indicator) ?? '', targetText(right.indicator) ?? '') },
    { key: 'shortfall', label: strings.ColumnShortfall, compare: (left, right) => left.judgement.shortfall - right.judgement.shortfall, numeric: true },
  ];
  const overdueColumns: SortColumn<PartnershipOverdueReport>[] = [
    { key: 'partnership', label: strings.ColumnPartnership, compare: (left, right) => collator.compare(left.partnershipName, right.partnershipName) },
    { key: 'indicator', label: strings.ColumnIndicator, compare: (left, right) => collator.compare(left.indicatorName, right.indicatorName) },
    { key: 'period', label: strings.FieldPeriod, compare: (left, right) => left.dueDate.localeCompare(right.dueDate) },
    { key: 'due', label: strings.ColumnDueDate, compare: (left, right) => left.dueDate.localeCompare(right.dueDate) },
  ];

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text>{strings.OffTargetIntro}</Text>
      <Text as="h3" variant="large">
        {formatText(strings.OffTargetTitle, overview.offTarget.length)}
      </Text>
      {overview.offTarget.length === 0 ? (
        <Text>{strings.NoOffTarget}</Text>
      ) : (
        <SortableTable
          caption={strings.OffTargetCaption}
          testId="off-target-table"
          rows={overview.offTarget}
          columns={offTargetColumns}
          initialSort={{ key: 'partnership', descending: false }}
          rowKey={(row) => String(row.indicator.id)}
          theme={props.theme}
          renderCell={(row, key) => {
            const format = (value: number): string => formatIndicatorValue(row.indicator.unit, value);
            switch (key) {
              case 'partnership':
                return link(row.partnershipId, row.partnershipName);
              case 'indicator':
                return row.indicator.name;
              case 'period':
                return row.latestPeriodLabel;
              case 'value':
                return format(row.latest.value);
              case 'target':
                return targetText(row.indicator) ?? '';
              default:
                return format(row.judgement.shortfall);
            }
          }}
        />
      )}
      <Text as="h3" variant="large">
        {formatText(strings.OverdueTitle, overview.overdue.length)}
      </Text>
      {overview.overdue.length === 0 ? (
        <Text>{strings.NoOverdue}</Text>
      ) : (
        <SortableTable
          caption={strings.OverdueCaption}
          testId="overdue-table"
          rows={overview.overdue}
          columns={overdueColumns}
          initialSort={{ key: 'due', descending: false }}
          rowKey={(row) => `${row.indicatorId}-${row.period}`}
          theme={props.theme}
          renderCell={(row, key) => {
            switch (key) {
              case 'partnership':
                return link(row.partnershipId, row.partnershipName);
              case 'indicator':
                return row.indicatorName;
              case 'period':
                return row.periodLabel;
              default:
                return formatDutchShortDate(row.dueDate);
            }
          }}
        />
      )}
    </Stack>
  );
}
