import { createSharePointRepositories } from '../../src/data/sharepoint';
import { findOwnMunicipality, loadWgrCalendars, syncWgrProcessMoments, type WgrSyncReport } from '../../src/data/wgr';
import { formatWeekdayDate, type WgrCalendar } from '../../src/domain/wgr';
import { dutchWorkingDays } from '../../src/domain/wgr/dutchHolidays';
import type { CliCommand } from '../commandTypes';
import { checkReachable, CliError, connect, EXIT_CODES } from '../context';

const SEVERITY_LABELS = { fout: 'FOUT', waarschuwing: 'WAARSCHUWING', info: 'info' } as const;

function text(calendars: readonly WgrCalendar[], budgetYear: number, sync?: WgrSyncReport): string {
  const lines: string[] = [`Wgr-kalender begrotingsjaar ${budgetYear}`];
  if (calendars.length === 0) {
    lines.push('', 'Geen gemeenschappelijke regelingen in het register.');
  }
  for (const calendar of calendars) {
    lines.push('', `${calendar.partnershipName}`);
    for (const deadline of calendar.deadlines) {
      const weekend = deadline.lastAllowedDayIsNonWorkingDay ? ` (geen werkdag; uiterlijk ${formatWeekdayDate(deadline.latestWorkingDay)})` : '';
      lines.push(`  ${deadline.lastAllowedDay}  ${deadline.subject}  [${deadline.article}]${weekend}`);
    }
    for (const item of calendar.councilRoutes ?? []) {
      lines.push(
        item.route
          ? `  Raad ${item.municipalityName} voor '${item.deadlineSubject}': raad ${item.route.councilMeeting}, commissie ${item.route.committeeMeeting ?? '—'}, college uiterlijk ${item.route.collegeDeadline}${item.warning ? ` (${item.warning})` : ''}`
          : `  Raad ${item.municipalityName} voor '${item.deadlineSubject}': ${item.missingReason ?? ''}`,
      );
    }
    for (const check of calendar.checks) {
      lines.push(`  ${SEVERITY_LABELS[check.severity]}: ${check.message}`);
    }
  }
  if (sync) {
    lines.push('', `Procesmomenten: ${sync.created} aangemaakt, ${sync.updated} bijgewerkt, ${sync.unchanged} ongewijzigd, ${sync.removed} verwijderd.`, ...sync.failures.map((failure) => `  niet gelukt: ${failure}`));
  }
  return lines.join('\n');
}

export const wgrCalendarCommand: CliCommand = {
  name: 'wgr-calendar',
  summary: 'Print every Wgr deadline and check per GR for a budget year; --sync writes them as process moments.',
  usage: 'wgr-calendar --budget-year <Y> [--own-municipality <name>] [--site <url>] [--as <email>] [--json] [--sync]',
  options: {
    site: { type: 'string' },
    as: { type: 'string' },
    json: { type: 'boolean' },
    'budget-year': { type: 'string' },
    sync: { type: 'boolean' },
    // Issue 8: the municipality whose council, committee and college the zienswijze deadlines are planned back to.
    'own-municipality': { type: 'string' },
  },
  async run(values, io) {
    const yearText = values['budget-year'];
    const budgetYear = typeof yearText === 'string' && /^\d{4}$/.test(yearText.trim()) ? Number(yearText) : NaN;
    if (!Number.isInteger(budgetYear) || budgetYear < 1990 || budgetYear > 2100) {
      throw new CliError(`--budget-year needs a year between 1990 and 2100, got '${String(yearText ?? '')}'.\nUsage: npm run cli -- ${wgrCalendarCommand.usage}`, EXIT_CODES.badArguments);
    }
    const connection = connect(values.site as string | undefined, values.as as string | undefined, io);
    await checkReachable(connection);
    const repositories = createSharePointRepositories(connection.sp);
    const ownMunicipalityName = typeof values['own-municipality'] === 'string' ? values['own-municipality'].trim() : undefined;
    if (ownMunicipalityName !== undefined && !findOwnMunicipality(await repositories.municipalities.list(), ownMunicipalityName)) {
      throw new CliError(`Gemeente '${ownMunicipalityName}' (--own-municipality) staat niet in de lijst Gemeenten.`, EXIT_CODES.badArguments);
    }
    const calendars = await loadWgrCalendars(repositories, [budgetYear], dutchWorkingDays(), { ownMunicipalityName });
    const sync = values.sync === true ? await syncWgrProcessMoments(repositories.processMoments, calendars) : undefined;
    io.stdout(values.json === true ? JSON.stringify({ budgetYear, calendars, ...(sync ? { sync } : {}) }, null, 2) : text(calendars, budgetYear, sync));
    return sync && sync.failures.length > 0 ? EXIT_CODES.failed : EXIT_CODES.ok;
  },
};
