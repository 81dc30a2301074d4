import { createSharePointDirectory, createSharePointRepositories } from '../../src/data/sharepoint';
import type { CliCommand } from '../commandTypes';
import { checkReachable, connect } from '../context';

export const loadDemoCommand: CliCommand = {
  name: 'load-demo',
  summary: 'Load the demo partnerships, bodies, moments and actions from the seeds (provision first).',
  usage: 'load-demo [--site <url>] [--as <email>]',
  options: { site: { type: 'string' }, as: { type: 'string' } },
  async run(values, io) {
    const connection = connect(values.site as string | undefined, values.as as string | undefined, io);
    await checkReachable(connection);
    // Loaded on demand: the demo data is large and only this command needs it.
    const { loadDemoData } = await import('../../demo-data/index');
    const directory = createSharePointDirectory(connection.sp);
    const repositories = createSharePointRepositories(connection.sp, directory);
    io.stdout(`Loading demo data into ${connection.siteUrl} as ${connection.identity}…`);
    const report = await loadDemoData(repositories, directory, (message: string) => io.stdout(`  ${message}`));
    io.stdout(JSON.stringify(report, null, 2));
    // The demo has confidential (niet openbaar) items: close them to the Visitors right away (issue 6B).
    const { applyItemPermissions } = await import('../../src/data/publication/itemPermissions');
    const permissions = await applyItemPermissions(connection.sp);
    io.stdout(`Rechten: ${permissions.secured} vertrouwelijke items afgeschermd voor bezoekers (de raad).`);
    return 0;
  },
};
