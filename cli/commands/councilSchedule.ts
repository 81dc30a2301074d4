import { readFile } from 'node:fs/promises';
import { applyCouncilScheduleImport, fetchCouncilFeed, planCouncilScheduleFromText } from '../../src/data/councilSchedule';
import { createSharePointRepositories } from '../../src/data/sharepoint';
import { findOwnMunicipality } from '../../src/data/wgr';
import { rowDate, type CouncilScheduleImportAction, type CouncilScheduleImportPlan } from '../../src/domain/councilSchedule';
import type { CliCommand } from '../commandTypes';
import { checkReachable, CliError, connect, EXIT_CODES } from '../context';

const ACTION_LABELS: Readonly<Record<CouncilScheduleImportAction, string>> = {
  create: 'nieuw',
  update: 'gewijzigd',
  unchanged: 'ongewijzigd',
  remove: 'vervalt',
  skip: 'overgeslagen',
};

function planText(municipality: string, plan: CouncilScheduleImportPlan, calendarName: string | undefined): string {
  const { counts } = plan;
  const lines = [
    `Vergaderschema ${municipality}${calendarName ? ` (${calendarName})` : ''}`,
    `${counts.create} nieuw, ${counts.update} gewijzigd, ${counts.unchanged} ongewijzigd, ${counts.remove} vervalt, ${counts.skip} overgeslagen.`,
  ];
  for (const row of plan.rows.filter((candidate) => candidate.action !== 'unchanged')) {
    const title = row.action === 'skip' ? row.skipped.summary : row.action === 'remove' ? row.current.title : row.entry.title;
    lines.push(`  ${ACTION_LABELS[row.action].padEnd(12)} ${rowDate(row) ?? '          '}  ${title}: ${row.reason}`);
  }
  return lines.join('\n');
}

export const councilScheduleCommand: CliCommand = {
  name: 'council-schedule',
  summary: "Import a council's meeting schedule (iCalendar file or feed) for one municipality; --dry-run shows the plan only.",
  usage: 'council-schedule --municipality <name> (--file <path.ics> | --url <feed>) [--dry-run] [--json] [--site <url>] [--as <email>]',
  options: { site: { type: 'string' }, as: { type: 'string' }, municipality: { type: 'string' }, file: { type: 'string' }, url: { type: 'string' }, 'dry-run': { type: 'boolean' }, json: { type: 'boolean' } },
  async run(values, io) {
    const usage = `Usage: npm run cli -- ${councilScheduleCommand.usage}`;
    const name = typeof values.municipality === 'string' ? values.municipality.trim() : '';
    const file = typeof values.file === 'string' ? values.file : undefined;
    const url = typeof values.url === 'string' ? values.url : undefined;
    if (name === '') {
      throw new CliError(`--municipality is required.\n${usage}`, EXIT_CODES.badArguments);
    }
    if ((file === undefined) === (url === undefined)) {
      throw new CliError(`Give exactly one of --file and --url.\n${usage}`, EXIT_CODES.badArguments);
    }
    let text: string;
    if (file !== undefined) {
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw new CliError(`Het bestand '${file}' kan niet worden gelezen: ${(error as Error).message}`, EXIT_CODES.badArguments);
      }
    } else {
      const fetched = await fetchCouncilFeed(url as string);
      if (!fetched.ok) {
        throw new CliError(fetched.message, EXIT_CODES.failed);
      }
      text = fetched.text;
    }
    const connection = connect(values.site as string | undefined, values.as as string | undefined, io);
    await checkReachable(connection);
    const repositories = createSharePointRepositories(connection.sp);
    const municipality = findOwnMunicipality(await repositories.municipalities.list(), name);
    if (!municipality) {
      throw new CliError(`Gemeente '${name}' staat niet in de lijst Gemeenten.`, EXIT_CODES.badArguments);
    }
    const planned = await planCouncilScheduleFromText(repositories.councilCalendar, municipality.id, text);
    if (!planned.ok) {
      throw new CliError(planned.message, EXIT_CODES.failed);
    }
    const dryRun = values['dry-run'] === true;
    const result = dryRun || planned.plan.isNoOp ? undefined : await applyCouncilScheduleImport(repositories.councilCalendar, planned.plan);
    if (values.json === true) {
      io.stdout(JSON.stringify({ municipality: municipality.name, dryRun, counts: planned.plan.counts, rows: planned.plan.rows, ...(result ? { result } : {}) }, null, 2));
    } else {
      io.stdout(planText(municipality.name, planned.plan, planned.calendarName));
      if (dryRun) {
        io.stdout('Proefimport: er is niets opgeslagen.');
      } else if (!result) {
        io.stdout('Niets te importeren: de lijst is al gelijk aan het vergaderschema.');
      } else if (result.ok) {
        io.stdout(
          `Geïmporteerd: ${result.created} nieuw, ${result.updated} gewijzigd, ${result.removed} vervallen. ` +
            `Zet de verschoven interne termijnen op de tijdlijnen met: npm run cli -- wgr-calendar --budget-year <Y> --own-municipality "${municipality.name}" --sync`,
        );
      }
    }
    if (result && !result.ok) {
      io.stderr(result.message);
      return EXIT_CODES.failed;
    }
    return EXIT_CODES.ok;
  },
};
