import * as React from 'react';
import { format, type ITheme } from '@fluentui/react';
import * as strings from 'PartnershipRegisterWebPartStrings';
import type { CalendarDate, Municipality, Partnership, Stored } from '../../../../domain/models';
import { planImport, type ImportPlan, type ImportRowPlan, type ImportVocabulary } from '../../../../domain/register';
import { DryRunImportPanel } from '../../../../components/import/DryRunImportPanel';
import type { Repository } from '../../../../data/ports';
import { applyImportPlan, readImportFile, type ImportRowResult } from '../../../../data/import';
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

/** Import a register from .xlsx or .csv: first a dry run row by row, then, on request, the writes. Loaded on demand. */
export default function ImportPanel(props: IImportPanelProps): JSX.Element {
  const planFile = async (file: File): Promise<ImportPlan> => {
    // The register is read again, so the plan compares with (and writes against the ETags of) what is stored now.
    const [table, existing] = await Promise.all([readImportFile(file), props.repository.list()]);
    return planImport(table, { existing, municipalities: props.municipalities, vocabulary: VOCABULARY, today: props.today });
  };

  return (
    <DryRunImportPanel<ImportRowPlan, ImportPlan, ImportRowResult>
      title={strings.ImportPanelTitle}
      strings={strings}
      closeLabel={strings.PanelClose}
      inputIdPrefix="import-file"
      theme={props.theme}
      columns={[{ header: strings.ImportColumnName, cell: (row) => row.name }]}
      planFile={planFile}
      applyPlan={(plan, onProgress) => applyImportPlan(plan, props.repository, onProgress)}
      applyingLabel={(done, total) => format(strings.ImportApplying, done, total)}
      failedRowText={(result) => format(strings.ImportFailedRow, result.rowNumber, result.name, result.reason)}
      onImported={props.onImported}
      onDismiss={props.onDismiss}
    />
  );
}
