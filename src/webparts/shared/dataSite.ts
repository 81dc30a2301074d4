/**
 * Where the Samenwerkingsmonitor lists live. One site holds the register, so a tab in any team and the
 * intranet page read the same data; that site's permissions decide who sees what.
 *
 * Order of precedence:
 * 1. the web part's own `dataSiteUrl` property, when an editor set one;
 * 2. the tenant property (storage entity) `samenwerkingsmonitor:dataSiteUrl`, set once by an administrator
 *    (`m365 spo storageentity set --key samenwerkingsmonitor:dataSiteUrl --value <url> --appCatalogUrl <url>`);
 * 3. the site the web part is on.
 */

/** Key of the tenant property an administrator sets to point every web part at the register site. */
export const DATA_SITE_STORAGE_ENTITY_KEY = 'samenwerkingsmonitor:dataSiteUrl';

export type DataSiteSource = 'webPartProperty' | 'tenantProperty' | 'currentSite';

export interface ResolvedDataSite {
  /** Absolute URL of the register site, without a trailing slash. */
  readonly url: string;
  readonly source: DataSiteSource;
}

export interface DataSiteInputs {
  /** The web part property; empty or absent when the editor left it blank. */
  readonly configuredUrl?: string;
  /** Absolute URL of the site (web) the web part is on. */
  readonly currentSiteUrl: string;
  /** Reads a tenant property; resolves undefined when it is not set or cannot be read. */
  readonly readStorageEntity: (key: string) => Promise<string | undefined>;
}

/** Picks the register site from the web part property, the tenant property or the current site, in that order. */
export async function resolveDataSite(inputs: DataSiteInputs): Promise<ResolvedDataSite> {
  const configured = (inputs.configuredUrl ?? '').trim();
  if (configured !== '' && validateDataSiteUrl(configured) === undefined) {
    return { url: withoutTrailingSlash(configured), source: 'webPartProperty' };
  }
  const tenantValue = (await inputs.readStorageEntity(DATA_SITE_STORAGE_ENTITY_KEY))?.trim();
  if (tenantValue !== undefined && tenantValue !== '' && validateDataSiteUrl(tenantValue) === undefined) {
    return { url: withoutTrailingSlash(tenantValue), source: 'tenantProperty' };
  }
  return { url: withoutTrailingSlash(inputs.currentSiteUrl), source: 'currentSite' };
}

export type DataSiteUrlProblem = 'notAUrl' | 'notHttps';

/**
 * Checks a register site URL typed in the property pane. SharePoint Online is served over HTTPS only,
 * so an http URL is a typing mistake; `localhost` is allowed over http for the local emulator.
 * Returns undefined when the URL is fine.
 */
export function validateDataSiteUrl(value: string): DataSiteUrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'notAUrl';
  }
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopback(url.hostname)) return undefined;
  return url.protocol === 'http:' ? 'notHttps' : 'notAUrl';
}

/** The part of SPFx's `SPHttpClient` the storage entity reader needs, so tests can pass a stand-in. */
export interface StorageEntityHttpClient {
  get(url: string): Promise<{ readonly ok: boolean; readonly status: number; json(): Promise<unknown> }>;
}

/**
 * Reads a tenant property with `GET {web}/_api/web/GetStorageEntity('key')`. Tenant properties are stored
 * in the tenant app catalog but "can be used from any web to retrieve values"
 * (https://pnp.github.io/pnpjs/sp/tenant-properties); asking the current web also honours a site
 * collection app catalog's override of the same key. Any failure means "not set": the web part then
 * falls back on the current site instead of showing an error nobody but an administrator can fix.
 */
export function createStorageEntityReader(
  http: StorageEntityHttpClient,
  webAbsoluteUrl: string,
): (key: string) => Promise<string | undefined> {
  return async (key: string) => {
    const escapedKey = encodeURIComponent(key.replace(/'/g, "''"));
    try {
      const response = await http.get(`${withoutTrailingSlash(webAbsoluteUrl)}/_api/web/GetStorageEntity('${escapedKey}')`);
      if (!response.ok) return undefined;
      return storageEntityValue(await response.json());
    } catch {
      return undefined;
    }
  };
}

/**
 * The `Value` of a storage entity response in any OData flavour: minimal/nometadata `{ Value }`,
 * verbose `{ d: { Value } }`; a missing key answers `{ "odata.null": true }`.
 */
export function storageEntityValue(body: unknown): string | undefined {
  const entity = isRecord(body) && isRecord(body.d) ? body.d : body;
  if (!isRecord(entity)) return undefined;
  const value = entity.Value;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null;
}

function withoutTrailingSlash(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}
