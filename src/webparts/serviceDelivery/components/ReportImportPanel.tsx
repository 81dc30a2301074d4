import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import * as strings from 'ServiceDeliveryWebPartStrings';
import { DryRunImportPanel } from '../../../components/import/DryRunImportPanel';
import type { Repository } from '../../../data/ports';
import { applyValueImportPlan, readValueImportFile, type ValueImportRowResult } from '../../../data/serviceDelivery';
import type { CalendarDate, Partnership, Stored } from '../../../domain/models';
import { planValueImport, type IndicatorValue, type PerformanceIndicator, type ValueImportPlan, type ValueImportRowPlan } from '../../../domain/serviceDelivery';
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

/**
 * Import a partnership's report (.xlsx or .csv, one row per indicator and period): first a dry run with the outcome
 * and the reasons per row, then, on request, the writes; importing the same file again changes nothing. Loaded on
 * demand, with exceljs and papaparse, as the `samenwerkingsmonitor-import` chunk.
 */
export default function ReportImportPanel(props: IReportImportPanelProps): JSX.Element {
  const planFile = async (file: File): Promise<ValueImportPlan> => {
    // The values are read again, so the plan compares with (and writes against the ETags of) what is stored now.
    const partnershipId = props.partnership.id;
    const [table, existingValues] = await Promise.all([readValueImportFile(file), props.repository.list({ where: { property: 'partnershipId', op: 'eq', value: partnershipId } })]);
    return planValueImport(table, { indicators: props.indicators, existingValues, today: props.today });
  };

  return (
    <DryRunImportPanel<ValueImportRowPlan, ValueImportPlan, ValueImportRowResult>
      title={formatText(strings.ImportPanelTitle, props.partnership.name)}
      strings={strings}
      closeLabel={strings.Close}
      inputIdPrefix="report-import-file"
      theme={props.theme}
      columns={[
        { header: strings.ImportColumnIndicator, cell: (row) => row.indicatorName },
        { header: strings.ImportColumnPeriod, cell: (row) => row.periodText },
      ]}
      planFile={planFile}
      // The values are written in one batch: no progress per row to show.
      applyPlan={(plan) => applyValueImportPlan(plan, props.repository)}
      applyingLabel={(_done, total) => formatText(strings.ImportApplying, total)}
      failedRowText={(result) => formatText(strings.ImportFailedRow, result.rowNumber, result.reason)}
      onImported={props.onImported}
      onDismiss={props.onDismiss}
    />
  );
}
