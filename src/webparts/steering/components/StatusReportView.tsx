import * as React from 'react';
import { Link, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text, TextField } from '@fluentui/react';
import * as strings from 'SteeringWebPartStrings';
import { buildStatusReport } from '../../../domain/steering';
import { isCalendarDate } from '../../../domain/time';
import { loadStatusReportInput } from '../../../documents/statusReportData';
import { formatText, normaliseDateInput } from './steeringFormat';
import type { ISteeringViewProps } from './viewProps';

type ReportState =
  | { readonly status: 'idle' }
  | { readonly status: 'generating' }
  | { readonly status: 'ready'; readonly fileName: string; readonly url: string; readonly message: string }
  | { readonly status: 'failed'; readonly message: string };

/** Offers the file to the browser as a download. */
function download(url: string, fileName: string): void {
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}

/**
 * The half-yearly status report for the MT (seed 002): pick the as-of date, and the .docx is made from the
 * live lists. The Word generation (docx) loads only when asked, as its own chunk.
 */
export function StatusReportView(props: ISteeringViewProps): JSX.Element {
  const [asOf, setAsOf] = React.useState<string>(props.today);
  const [dateError, setDateError] = React.useState<string | undefined>(undefined);
  const [report, setReport] = React.useState<ReportState>({ status: 'idle' });

  React.useEffect(() => () => {
    if (report.status === 'ready') URL.revokeObjectURL(report.url);
  }, [report]);

  async function generate(): Promise<void> {
    const date = normaliseDateInput(asOf);
    if (!isCalendarDate(date)) {
      setDateError(strings.ReportDateInvalid);
      return;
    }
    setDateError(undefined);
    setReport({ status: 'generating' });
    try {
      const [input, documents] = await Promise.all([
        loadStatusReportInput(props.repositories),
        import(/* webpackChunkName: 'samenwerkingsmonitor-status-report' */ '../../../documents/statusReportDocx'),
      ]);
      const model = buildStatusReport(input, date);
      const bytes = await documents.renderStatusReportDocx(model);
      const fileName = documents.statusReportFileName(model);
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
      download(url, fileName);
      const { summary } = model;
      setReport({ status: 'ready', fileName, url, message: `${formatText(strings.ReportReady, fileName, summary.partnershipCount, summary.openActions, summary.overdueActions)} ${formatText(strings.ReportDelivery, summary.indicatorsOffTarget, summary.missingReports)}` });
    } catch (error) {
      setReport({ status: 'failed', message: formatText(strings.ReportFailed, (error as Error).message) });
    }
  }

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{strings.ReportIntro}</Text>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 12 }}>
        <TextField label={strings.FieldReportDate} placeholder={strings.DatePlaceholder} required value={asOf} onChange={(_event, value) => setAsOf(value ?? '')} errorMessage={dateError} />
        <PrimaryButton iconProps={{ iconName: 'WordDocument' }} text={strings.GenerateReport} onClick={() => generate()} disabled={report.status === 'generating'} />
      </Stack>
      <div role="status" aria-live="polite">
        {report.status === 'generating' && <Spinner size={SpinnerSize.medium} label={strings.Generating} />}
        {report.status === 'ready' && (
          <MessageBar messageBarType={MessageBarType.success} isMultiline={true}>
            {report.message}{' '}
            <Link href={report.url} download={report.fileName} underline={true}>
              {strings.DownloadAgain}
            </Link>
          </MessageBar>
        )}
        {report.status === 'failed' && (
          <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
            {report.message}
          </MessageBar>
        )}
      </div>
    </Stack>
  );
}
