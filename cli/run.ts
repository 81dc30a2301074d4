import { parseArgs } from 'node:util';
import { toDomainError } from '../src/data/sharepoint/errors';
import type { CliCommand } from './commandTypes';
import { listPartnershipsCommand } from './commands/listPartnerships';
import { loadDemoCommand } from './commands/loadDemo';
import { provisionCommand } from './commands/provision';
import { statusReportCommand } from './commands/statusReport';
import { bbvParagraphCommand } from './commands/bbvParagraph';
import { publishCommand } from './commands/publish';
import { complianceCommand } from './commands/compliance';
import { wgrCalendarCommand } from './commands/wgrCalendar';
import { councilScheduleCommand } from './commands/councilSchedule';
import { coverNoteCommand } from './commands/coverNote';
import { handoverDossierCommand } from './commands/handoverDossier';
import { ACCESS_TOKEN_VARIABLE, CliError, DEFAULT_EMULATOR_USER, DEFAULT_SITE_URL, EXIT_CODES, isUnreachable, type CliIo } from './context';

export const COMMANDS: readonly CliCommand[] = [provisionCommand, loadDemoCommand, listPartnershipsCommand, statusReportCommand, bbvParagraphCommand, publishCommand, complianceCommand, wgrCalendarCommand, councilScheduleCommand, coverNoteCommand, handoverDossierCommand];

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Samenwerkingsmonitor CLI',
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    `  --site <url>    The register site (default ${DEFAULT_SITE_URL}, the emulator of \`npm start\`).`,
    `  --as <email>    Emulator only: act as this demo user (default ${DEFAULT_EMULATOR_USER}).`,
    '  --json          Print JSON instead of text (provision, list-partnerships).',
    '  --help          Show this help, or a command\'s usage after the command name.',
    '',
    'Against a real tenant the CLI reads an access token from the environment and never stores it:',
    `  export ${ACCESS_TOKEN_VARIABLE}=$(m365 util accesstoken get --resource https://<tenant>.sharepoint.com)`,
    '  npm run cli -- provision --site https://<tenant>.sharepoint.com/sites/samenwerkingsmonitor',
    '',
    `Exit codes: 0 ok, ${EXIT_CODES.failed} failed, ${EXIT_CODES.badArguments} bad arguments, ${EXIT_CODES.siteUnreachable} site unreachable, ${EXIT_CODES.missingCredentials} missing or refused credentials.`,
  ].join('\n');
}

/** Runs one command line; answers the exit code instead of exiting, so tests can call it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [commandName, ...rest] = argv;
  if (commandName === undefined || commandName === '--help' || commandName === '-h' || commandName === 'help') {
    io.stdout(helpText());
    return commandName === undefined ? EXIT_CODES.badArguments : EXIT_CODES.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === commandName);
  if (!command) {
    io.stderr(`Unknown command '${commandName}'. Run \`npm run cli -- --help\` for the list.`);
    return EXIT_CODES.badArguments;
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: [...rest], options: { ...command.options, help: { type: 'boolean', short: 'h' } }, strict: true, allowPositionals: false }).values;
  } catch (error) {
    io.stderr(`${(error as Error).message}\nUsage: npm run cli -- ${command.usage}`);
    return EXIT_CODES.badArguments;
  }
  if (values.help === true) {
    io.stdout(`Usage: npm run cli -- ${command.usage}\n\n${command.summary}`);
    return EXIT_CODES.ok;
  }
  try {
    return await command.run(values, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(error.message);
      return error.exitCode;
    }
    if (isUnreachable(error)) {
      io.stderr(`Cannot reach the site: ${(error as Error).message}`);
      return EXIT_CODES.siteUnreachable;
    }
    const domainError = toDomainError(error);
    io.stderr(`${command.name} failed: ${domainError.name}: ${domainError.message}`);
    return EXIT_CODES.failed;
  }
}
