import { preparePublicIntranet } from '../../src/data/publication';
import type { CliCommand } from '../commandTypes';
import { checkReachable, connect } from '../context';

export const publishCommand: CliCommand = {
  name: 'publish',
  summary: 'Close confidential register items to the Visitors and publish the public part to the intranet site.',
  usage: 'publish --intranet <url> [--site <url>] [--as <email>] [--json]',
  options: { site: { type: 'string' }, intranet: { type: 'string' }, as: { type: 'string' }, json: { type: 'boolean' } },
  async run(values, io) {
    const register = connect(values.site as string | undefined, values.as as string | undefined, io);
    // The intranet defaults to the emulator's intranet next to the register site.
    const intranetOption = (values.intranet as string | undefined) ?? register.siteUrl.replace(/\/sites\/[^/]+$/, '/sites/intranet');
    const intranet = connect(intranetOption, values.as as string | undefined, io);
    await checkReachable(register);
    await checkReachable(intranet);
    const report = await preparePublicIntranet(register.sp, intranet.sp, values.json === true ? undefined : (message) => io.stdout(`  ${message}`));
    if (values.json === true) {
      io.stdout(JSON.stringify({ permissions: report.permissions, publication: report.publication }, null, 2));
    } else {
      io.stdout(`Rechten: ${report.permissions.secured} items afgeschermd, ${report.permissions.reopened} weer openbaar, ${report.permissions.unchanged} ongewijzigd.`);
      io.stdout(`Gepubliceerd naar ${intranet.siteUrl}.`);
    }
    return 0;
  },
};
