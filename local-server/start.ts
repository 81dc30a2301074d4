import './quietSqliteWarning';
import * as path from 'node:path';
import { startLocalEnvironment } from './startLocalEnvironment';

/*
 * `npm start`: the emulator of SharePoint and Graph with the local page on one origin. The first start
 * provisions the site and loads the seeds' demo data; later starts reuse `.emulator-data/`.
 */

const DEFAULT_PORT = 4321;

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not '${process.env.PORT}'`);
  }
  const dataDir = path.resolve(__dirname, '..', '.emulator-data');
  const startedAt = Date.now();
  const environment = await startLocalEnvironment({ port, dataDir, log: (line) => console.log(`  ${line}`) });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: Samenwerkingsmonitor stopt…`);
    environment.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const pageUrl = environment.pageUrl().replace('//127.0.0.1:', '//localhost:');
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  console.log(`Samenwerkingsmonitor draait op ${pageUrl} (klaar in ${seconds} s; Ctrl+C om te stoppen)`);
}

main().catch((error: unknown) => {
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Poort ${process.env.PORT ?? DEFAULT_PORT} is al in gebruik. Stop het andere proces of kies een andere poort: PORT=4322 npm start`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
