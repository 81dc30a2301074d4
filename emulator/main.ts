/**
 * Runs the emulator alone: `npx tsx emulator/main.ts --port 4321 --data .emulator-data [--threshold 5000] [--quiet]`.
 * Prints the URL; Ctrl+C (SIGINT) or SIGTERM closes it cleanly.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmulator } from './index';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4321' },
      data: { type: 'string', default: '.emulator-data' },
      threshold: { type: 'string', default: '5000' },
      quiet: { type: 'boolean', default: false },
    },
  });
  const emulator = await startEmulator({
    port: Number(values.port),
    dataDir: resolve(values.data ?? '.emulator-data'),
    listViewThreshold: Number(values.threshold),
    quiet: values.quiet,
  });
  console.log(`Emulator running at ${emulator.url}`);
  console.log(`  SharePoint site: ${emulator.siteUrl()}`);
  console.log(`  Graph:           ${emulator.graphUrl}`);
  const stop = (): void => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
