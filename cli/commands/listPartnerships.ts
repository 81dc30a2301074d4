import type { Partnership, Stored } from '../../src/domain/models';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { LEGAL_FORM_CHOICES, PARTNERSHIP_STATUS_CHOICES, TASK_LAYER_CHOICES } from '../../src/schema';
import type { ChoiceOption } from '../../src/schema';
import type { CliCommand } from '../commandTypes';
import { checkReachable, connect } from '../context';

function label(choices: readonly ChoiceOption[], code: string): string {
  return choices.find((choice) => choice.value === code)?.label ?? code;
}

function table(partnerships: readonly Stored<Partnership>[]): string {
  const header = ['Id', 'Naam', 'Rechtsvorm', 'Taaklagen', 'Accounthouder', 'Status'];
  const rows = partnerships.map((partnership) => [
    String(partnership.id),
    partnership.name,
    label(LEGAL_FORM_CHOICES, partnership.legalForm),
    partnership.taskLayers.map((layer) => label(TASK_LAYER_CHOICES, layer)).join(', '),
    partnership.accountHolder?.displayName ?? '',
    label(PARTNERSHIP_STATUS_CHOICES, partnership.status),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export const listPartnershipsCommand: CliCommand = {
  name: 'list-partnerships',
  summary: 'List the partnerships in the register, as a table or as JSON.',
  usage: 'list-partnerships [--site <url>] [--as <email>] [--json]',
  options: { site: { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const connection = connect(values.site as string | undefined, values.as as string | undefined, io);
    await checkReachable(connection);
    const partnerships = await createSharePointRepositories(connection.sp).partnerships.list({ orderBy: [{ property: 'name' }] });
    if (values.json === true) {
      io.stdout(JSON.stringify(partnerships, null, 2));
    } else if (partnerships.length === 0) {
      io.stdout('No partnerships yet. Load the demo with `npm run cli -- load-demo`.');
    } else {
      io.stdout(table(partnerships));
    }
    return 0;
  },
};
