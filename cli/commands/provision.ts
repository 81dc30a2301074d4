import { provisionSite } from '../../src/data/provisioning';
import type { CliCommand } from '../commandTypes';
import { checkReachable, connect } from '../context';

export const provisionCommand: CliCommand = {
  name: 'provision',
  summary: 'Create or upgrade the lists, fields, content types and views of the site from the schema (safe to repeat).',
  usage: 'provision [--site <url>] [--as <email>] [--json]',
  options: { site: { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const connection = connect(values.site as string | undefined, values.as as string | undefined, io);
    await checkReachable(connection);
    const json = values.json === true;
    if (!json) io.stdout(`Provisioning ${connection.siteUrl} as ${connection.identity}…`);
    const report = await provisionSite(connection.sp, undefined, json ? undefined : (message) => io.stdout(`  ${message}`));
    if (json) {
      io.stdout(JSON.stringify(report, null, 2));
    } else {
      io.stdout(`Done (schema version ${report.schemaVersion}): ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged.`);
    }
    return 0;
  },
};
