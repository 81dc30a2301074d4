/**
 * The local emulator of SharePoint Online REST and Microsoft Graph calendars, on one port, persisted in
 * `<dataDir>/emulator.sqlite`. `npm start` and the integration tests run against it.
 */
import type { AddressInfo, Socket } from 'node:net';
import type { DatabaseSync } from 'node:sqlite';
import { DEFAULT_SITE_PATH, openEmulatorDatabase } from './database';
import type { EmulatorRequest, EmulatorResponse } from './http';
import { createEmulatorServer } from './server';

export interface StartEmulatorOptions {
  /** 0 = a random free port. */
  readonly port?: number;
  readonly dataDir: string;
  /** Items per list before SharePoint refuses unindexed queries; 5000 in SharePoint Online. */
  readonly listViewThreshold?: number;
  readonly quiet?: boolean;
  /** Consulted before everything else (the local page is served through it on the same origin); undefined → normal routing. */
  readonly extraRoutes?: (request: EmulatorRequest) => Promise<EmulatorResponse | undefined>;
  /** Interface to listen on; 127.0.0.1 by default. */
  readonly host?: string;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  /** Absolute URL of a site; `/sites/samenwerkingsmonitor` by default. */
  readonly siteUrl: (path?: string) => string;
  /** `url + '/graph/v1.0'` */
  readonly graphUrl: string;
  /** The emulator's database, for tests and the Graph tables. */
  readonly db: DatabaseSync;
  close(): Promise<void>;
}

export async function startEmulator(options: StartEmulatorOptions): Promise<RunningEmulator> {
  const db = openEmulatorDatabase(options.dataDir);
  const server = createEmulatorServer({ db, listViewThreshold: options.listViewThreshold ?? 5000, quiet: options.quiet ?? false, extraRoutes: options.extraRoutes });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  let closed = false;
  return {
    url,
    siteUrl: (path = DEFAULT_SITE_PATH) => `${url}${path.startsWith('/') ? path : `/${path}`}`,
    graphUrl: `${url}/graph/v1.0`,
    db,
    async close() {
      if (closed) return;
      closed = true;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open; end them.
        for (const socket of sockets) socket.destroy();
      });
      db.close();
    },
  };
}

export { DEFAULT_SITE_PATH, INTRANET_SITE_PATH, SEEDED_USERS } from './database';
export type { EmulatorRequest, EmulatorResponse, EmulatorUser, RouteHandler } from './http';
