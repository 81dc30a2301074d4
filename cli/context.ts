import type { SPFI } from '@pnp/sp';
import { createEmulatorSp, createTokenSp } from '../src/data/sharepoint/spClient';

/** Where the CLI writes and what it reads from its environment; passed in so commands can be tested. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A failure the user can fix, with the exit code the CLI ends with. */
export class CliError extends Error {
  public constructor(
    message: string,
    public readonly exitCode: number,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const EXIT_CODES = {
  ok: 0,
  failed: 1,
  badArguments: 2,
  siteUnreachable: 3,
  missingCredentials: 4,
} as const;

/** The register site of the local emulator that `npm start` runs. */
export const DEFAULT_SITE_URL = 'http://localhost:4321/sites/samenwerkingsmonitor';
export const DEFAULT_EMULATOR_USER = 'beheerder@hofvantwente.example';
export const ACCESS_TOKEN_VARIABLE = 'SWM_ACCESS_TOKEN';

export interface SiteConnection {
  readonly siteUrl: string;
  readonly isEmulator: boolean;
  /** Who the requests act as: the emulator user, or "access token" for a tenant. */
  readonly identity: string;
  readonly sp: SPFI;
}

function isLocalHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' || hostname === '::1';
}

/**
 * The emulator on this machine takes a demo identity (`--as`); any other site is a real tenant, reached with
 * an access token from the environment that the CLI never writes anywhere.
 */
export function connect(siteOption: string | undefined, asOption: string | undefined, io: CliIo): SiteConnection {
  const siteText = siteOption ?? DEFAULT_SITE_URL;
  let site: URL;
  try {
    site = new URL(siteText);
  } catch {
    throw new CliError(`--site must be an absolute URL such as ${DEFAULT_SITE_URL}, not '${siteText}'.`, EXIT_CODES.badArguments);
  }
  if (site.protocol !== 'http:' && site.protocol !== 'https:') {
    throw new CliError(`--site must be an http(s) URL, not '${siteText}'.`, EXIT_CODES.badArguments);
  }
  const siteUrl = `${site.origin}${site.pathname.replace(/\/+$/, '')}`;

  if (isLocalHost(site.hostname)) {
    const user = asOption ?? DEFAULT_EMULATOR_USER;
    if (!/^[^@\s]+@[^@\s]+$/.test(user)) {
      throw new CliError(`--as must be an e-mail address, not '${user}'.`, EXIT_CODES.badArguments);
    }
    return { siteUrl, isEmulator: true, identity: user, sp: createEmulatorSp(siteUrl, user) };
  }

  if (asOption !== undefined) {
    throw new CliError('--as only applies to the local emulator; against a tenant the access token decides who you are.', EXIT_CODES.badArguments);
  }
  const token = io.env[ACCESS_TOKEN_VARIABLE];
  if (!token) {
    throw new CliError(
      `${siteUrl} is not the local emulator, so the CLI needs an access token in ${ACCESS_TOKEN_VARIABLE}. ` +
        `With CLI for Microsoft 365: export ${ACCESS_TOKEN_VARIABLE}=$(m365 util accesstoken get --resource ${site.origin})`,
      EXIT_CODES.missingCredentials,
    );
  }
  return { siteUrl, isEmulator: false, identity: 'access token', sp: createTokenSp(siteUrl, token) };
}

/** Node's fetch fails with "fetch failed" (ECONNREFUSED, ENOTFOUND) when nothing answers. */
export function isUnreachable(error: unknown): boolean {
  return error instanceof TypeError && /fetch failed/i.test(error.message);
}

/** Reads the web once, so a wrong URL or a stopped emulator is reported before any work starts. */
export async function checkReachable(connection: SiteConnection): Promise<void> {
  try {
    await connection.sp.web.select('Title')();
  } catch (error) {
    if (isUnreachable(error)) {
      const hint = connection.isEmulator ? ' Is the emulator running? Start it with `npm start`.' : '';
      throw new CliError(`Cannot reach ${connection.siteUrl}.${hint}`, EXIT_CODES.siteUnreachable);
    }
    const status = (error as { status?: number }).status;
    if (status === 401 || status === 403) {
      throw new CliError(`${connection.siteUrl} refused ${connection.identity} (HTTP ${status}).`, EXIT_CODES.missingCredentials);
    }
    if (status === 404) {
      throw new CliError(`There is no site at ${connection.siteUrl} (HTTP 404).`, EXIT_CODES.siteUnreachable);
    }
    throw error;
  }
}
