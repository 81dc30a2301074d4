import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SPFI } from '@pnp/sp';
import { startEmulator, type RunningEmulator } from '../emulator';
import { createEmulatorSp } from '../src/data/sharepoint/spClient';
import { createSharePointDirectory, createSharePointRepositories } from '../src/data/sharepoint';
import { provisionSite } from '../src/data/provisioning';
import { listSchema } from '../src/schema';
import { loadDemoData } from '../demo-data';
import { preparePublicIntranet } from '../src/data/publication';
import type { PageLanguage } from '../local-page/pageLocale';
import { bundleLocalPage } from './bundleLocalPage';
import { createLocalPageHandler } from './localPageRoutes';

/** The site owner: provisioning and loading demo data need Full Control. */
export const SETUP_USER_EMAIL = 'beheerder@hofvantwente.example';
const SITE_PATH = '/sites/samenwerkingsmonitor';
/** The intranet site the council reads: the public projection lives there (issue 6B). */
export const INTRANET_SITE_PATH = '/sites/intranet';
/** Written once the seeds' demo data is in, so later starts neither load it twice nor forget to mark it as demo. */
const DEMO_MARKER_FILE = 'demo-data-loaded.json';

export interface LocalEnvironmentOptions {
  /** 0 picks a free port (tests); `npm start` uses 4321. */
  readonly port: number;
  /** Where the emulator keeps its database; the demo marker lives here too. */
  readonly dataDir: string;
  /** Progress lines (provisioning, demo data); silent when absent. */
  readonly log?: (line: string) => void;
}

export interface LocalEnvironment {
  /** The origin, `http://127.0.0.1:<port>`. */
  readonly url: string;
  /** Absolute URL of the register site. */
  readonly siteUrl: string;
  /** The local page as a demo user in a language. */
  pageUrl(options?: { readonly user?: string; readonly lang?: PageLanguage }): string;
  readonly emulator: RunningEmulator;
  /** What this start did to the site: a fresh site is provisioned and then filled from the seeds. */
  readonly setup: { readonly provisioned: boolean; readonly demoDataLoaded: boolean };
  /** Stops the server and removes the page bundles. */
  close(): Promise<void>;
}

/**
 * Everything `npm start` needs, also for the browser test and benches: the emulator with the local page
 * on the same origin, a provisioned site, and the seeds' demo data on first start, all set up through the
 * real SharePoint adapter over HTTP as the site owner.
 */
export async function startLocalEnvironment(options: LocalEnvironmentOptions): Promise<LocalEnvironment> {
  const log = options.log ?? (() => undefined);
  await fs.mkdir(options.dataDir, { recursive: true });
  const bundleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'samenwerkingsmonitor-page-'));
  const demoMarker = path.join(options.dataDir, DEMO_MARKER_FILE);
  let isDemoData = await exists(demoMarker);

  const pageHandler = createLocalPageHandler({ bundleDir, sitePath: SITE_PATH, isDemoData: () => isDemoData });
  const [emulator] = await Promise.all([
    startEmulator({ port: options.port, dataDir: options.dataDir, quiet: true, extraRoutes: pageHandler }),
    bundleLocalPage(bundleDir),
  ]);

  try {
    const siteUrl = emulator.siteUrl(SITE_PATH);
    const sp = createEmulatorSp(siteUrl, SETUP_USER_EMAIL);
    // Provisioning is idempotent, so every start runs it: a data folder from an older version gets the lists
    // and fields a newer schema added, without losing what is there.
    const report = await provisionSite(sp);
    const provisioned = report.created > 0 || report.updated > 0;
    if (provisioned) {
      log(`Site ingericht uit het schema (${report.created} onderdelen aangemaakt, ${report.updated} bijgewerkt).`);
    }
    let demoDataLoaded = false;
    // The loader is idempotent too: on a demo site it only adds what a newer version of the demo data has.
    if (isDemoData || (await registerIsEmpty(sp))) {
      const demoReport = await loadDemoData(createSharePointRepositories(sp), createSharePointDirectory(sp));
      const itemCount = Object.values(demoReport.created).reduce((sum, count) => sum + count, 0);
      if (itemCount > 0) {
        log(`Demogegevens uit de seeds geladen: ${itemCount} items, waarvan ${demoReport.created.partnerships} samenwerkingsverbanden.`);
      }
      // A demo item that could not be written should not stop the page; say which, so it can be fixed.
      for (const failure of demoReport.failures) log(`Niet geladen: ${failure}`);
      if (!isDemoData) {
        await fs.writeFile(demoMarker, JSON.stringify({ loadedAt: new Date().toISOString() }) + '\n');
      }
      isDemoData = true;
      demoDataLoaded = itemCount > 0;
    }

    // Issue 6B: the council's public projection on the intranet site, and item-level permissions on the
    // register's confidential items. Idempotent, so every start brings both up to date.
    const intranetSp = createEmulatorSp(emulator.siteUrl(INTRANET_SITE_PATH), SETUP_USER_EMAIL);
    await preparePublicIntranet(sp, intranetSp);

    return {
      url: emulator.url,
      siteUrl,
      pageUrl: (page = {}) => {
        const query = new URLSearchParams();
        if (page.user) query.set('user', page.user);
        if (page.lang) query.set('lang', page.lang);
        const search = query.toString();
        return `${emulator.url}/${search ? `?${search}` : ''}`;
      },
      emulator,
      setup: { provisioned, demoDataLoaded },
      close: async () => {
        await emulator.close();
        await fs.rm(bundleDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await emulator.close();
    await fs.rm(bundleDir, { recursive: true, force: true });
    throw error;
  }
}

const REGISTER_LIST_TITLE = listSchema('partnerships').title;

async function registerIsEmpty(sp: SPFI): Promise<boolean> {
  const list = await sp.web.lists.getByTitle(REGISTER_LIST_TITLE).select('ItemCount')<{ ItemCount: number }>();
  return list.ItemCount === 0;
}

async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
