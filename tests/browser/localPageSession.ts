import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startLocalEnvironment, type LocalEnvironment } from '../../local-server/startLocalEnvironment';
import { launchHeadlessChromium } from './chromium';

/** Where browser tests put their screenshots and downloads worth keeping. */
export const RESULTS = path.resolve(__dirname, '..', '..', 'test-results');

/** The local page (emulator on a free port, own data folder) and a headless Chromium, for one test file. */
export interface LocalBrowserSession {
  readonly dataDir: string;
  readonly environment: LocalEnvironment;
  readonly browser: Browser;
}

/** The same, with one Dutch page that every test of the file uses in turn. */
export interface LocalPageSession extends LocalBrowserSession {
  readonly page: Page;
}

export interface LocalBrowserSessionOptions {
  /** Names the temporary data folder (`samenwerkingsmonitor-<name>-…`), so a leftover one says whose it is. */
  readonly name: string;
}

export interface LocalPageSessionOptions extends LocalBrowserSessionOptions {
  /** 1280 × 1000 unless a test needs more (a virtualised grid renders only the rows in view). */
  readonly viewport?: { readonly width: number; readonly height: number };
  readonly acceptDownloads?: boolean;
  /** Filled with the message of every uncaught error on the page, for tests to assert it stays empty. */
  readonly pageErrors?: string[];
}

/**
 * Starts the local environment and Chromium before the file's tests and closes both after them, removing the data
 * folder; `onStarted` hands the session to the file (its own variables, its own setup such as reading ids).
 */
export function useLocalBrowserSession(options: LocalBrowserSessionOptions, onStarted: (session: LocalBrowserSession) => void | Promise<void>): void {
  let session: LocalBrowserSession | undefined;
  let dataDir: string | undefined;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `samenwerkingsmonitor-${options.name}-`));
    const [environment, browser] = await Promise.all([startLocalEnvironment({ port: 0, dataDir }), launchHeadlessChromium()]);
    session = { dataDir, environment, browser };
    await fs.mkdir(RESULTS, { recursive: true });
    await onStarted(session);
  });

  afterAll(async () => {
    // The bundled Chromium runs as a single process: closing the browser closes every context and page with it.
    await session?.browser.close().catch(() => undefined);
    await session?.environment.close();
    if (dataDir) await fs.rm(dataDir, { recursive: true, force: true });
  });
}

/** {@link useLocalBrowserSession} with one page in Dutch (nl-NL) that collects the page's uncaught errors. */
export function useLocalPageSession(options: LocalPageSessionOptions, onStarted: (session: LocalPageSession) => void | Promise<void>): void {
  useLocalBrowserSession(options, async (session) => {
    const page = await session.browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 1000 }, locale: 'nl-NL', acceptDownloads: options.acceptDownloads });
    const { pageErrors } = options;
    if (pageErrors) page.on('pageerror', (error) => pageErrors.push(error.message));
    await onStarted({ ...session, page });
  });
}
