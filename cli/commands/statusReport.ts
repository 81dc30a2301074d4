import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { buildStatusReport } from '../../src/domain/steering';
import { isCalendarDate } from '../../src/domain/time';
import { loadStatusReportInput } from '../../src/documents/statusReportData';
import { renderStatusReportDocx } from '../../src/documents/statusReportDocx';
import type { CliCommand } from '../commandTypes';
import { checkReachable, CliError, connect, EXIT_CODES } from '../context';

/** `status-report`: the half-yearly MT report (seed 002) as .docx, from the site's live data, for any as-of date. */
export const statusReportCommand: CliCommand = {
  name: 'status-report',
  summary: 'Write the half-yearly status report for the MT (.docx) as of a date.',
  usage: 'status-report --as-of <yyyy-mm-dd> --out <file.docx> [--site <url>] [--as <email>]',
  options: { site: { type: 'string' }, as: { type: 'string' }, 'as-of': { type: 'string' }, out: { type: 'string' } },
  async run(values, io) {
    const asOf = values['as-of'];
    const out = values.out;
    // The date is required: a report must be reproducible, so it never defaults to the clock.
    if (typeof asOf !== 'string' || !isCalendarDate(asOf)) {
      throw new CliError(`Give the report date as --as-of yyyy-mm-dd (got ${String(asOf)}).`, EXIT_CODES.badArguments);
    }
    if (typeof out !== 'string' || out.trim() === '') {
      throw new CliError('Give the file to write as --out <file.docx>.', EXIT_CODES.badArguments);
    }
    const connection = connect(values.site as string | undefined, values.as as string | undefined, io);
    await checkReachable(connection);
    const input = await loadStatusReportInput(createSharePointRepositories(connection.sp));
    const model = buildStatusReport(input, asOf);
    const path = resolve(out);
    await writeFile(path, await renderStatusReportDocx(model));
    io.stdout(
      `Status report as of ${asOf} written to ${path}: ${model.summary.partnershipCount} partnerships, ${model.summary.openActions} open actions (${model.summary.overdueActions} overdue), ${model.summary.upcomingDeadlines} deadlines in the next 6 months, ${model.summary.indicatorsOffTarget} indicators off target, ${model.summary.missingReports} missing reports.`,
    );
    return EXIT_CODES.ok;
  },
};
