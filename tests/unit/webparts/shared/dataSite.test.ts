import {
  createStorageEntityReader,
  DATA_SITE_STORAGE_ENTITY_KEY,
  resolveDataSite,
  storageEntityValue,
  validateDataSiteUrl,
} from '../../../../src/webparts/shared/dataSite';
import type { StorageEntityHttpClient } from '../../../../src/webparts/shared/dataSite';

const CURRENT_SITE = 'https://gemeente.sharepoint.com/sites/team-financien';
const REGISTER_SITE = 'https://gemeente.sharepoint.com/sites/samenwerkingsmonitor';

function tenantProperty(value: string | undefined): (key: string) => Promise<string | undefined> {
  return (key) => Promise.resolve(key === DATA_SITE_STORAGE_ENTITY_KEY ? value : undefined);
}

describe('resolveDataSite', () => {
  it("uses the web part's own property first, without asking for the tenant property", async () => {
    const readStorageEntity = jest.fn(tenantProperty('https://gemeente.sharepoint.com/sites/elders'));
    const site = await resolveDataSite({ configuredUrl: `${REGISTER_SITE}/`, currentSiteUrl: CURRENT_SITE, readStorageEntity });
    expect(site).toEqual({ url: REGISTER_SITE, source: 'webPartProperty' });
    expect(readStorageEntity).not.toHaveBeenCalled();
  });

  it('uses the tenant property when the web part property is empty', async () => {
    const site = await resolveDataSite({ configuredUrl: '  ', currentSiteUrl: CURRENT_SITE, readStorageEntity: tenantProperty(REGISTER_SITE) });
    expect(site).toEqual({ url: REGISTER_SITE, source: 'tenantProperty' });
  });

  it('falls back on the current site when neither is set', async () => {
    const site = await resolveDataSite({ currentSiteUrl: CURRENT_SITE, readStorageEntity: tenantProperty(undefined) });
    expect(site).toEqual({ url: CURRENT_SITE, source: 'currentSite' });
  });

  it('ignores an invalid property value instead of pointing the adapter at it', async () => {
    const site = await resolveDataSite({
      configuredUrl: 'sites/samenwerkingsmonitor',
      currentSiteUrl: CURRENT_SITE,
      readStorageEntity: tenantProperty('http://gemeente.sharepoint.com/sites/samenwerkingsmonitor'),
    });
    expect(site).toEqual({ url: CURRENT_SITE, source: 'currentSite' });
  });
});

describe('validateDataSiteUrl', () => {
  it.each([REGISTER_SITE, 'http://localhost:4321/sites/samenwerkingsmonitor', 'http://127.0.0.1:4321/sites/intranet'])('accepts %s', (url) => {
    expect(validateDataSiteUrl(url)).toBeUndefined();
  });

  it('rejects plain http to a tenant, which SharePoint Online never serves', () => {
    expect(validateDataSiteUrl('http://gemeente.sharepoint.com/sites/samenwerkingsmonitor')).toBe('notHttps');
  });

  it.each(['gemeente.sharepoint.com/sites/x', '/sites/samenwerkingsmonitor', 'ftp://gemeente.nl/x', ''])('rejects %p as not a URL', (value) => {
    expect(validateDataSiteUrl(value)).toBe('notAUrl');
  });
});

describe('createStorageEntityReader', () => {
  function httpAnswering(status: number, body: unknown): StorageEntityHttpClient & { readonly urls: string[] } {
    const urls: string[] = [];
    return {
      urls,
      get: (url) => {
        urls.push(url);
        return Promise.resolve({ ok: status >= 200 && status < 300, status, json: () => Promise.resolve(body) });
      },
    };
  }

  it("asks the current web for GetStorageEntity('key') and returns the value", async () => {
    const http = httpAnswering(200, { 'odata.metadata': '…', Value: REGISTER_SITE, Comment: null, Description: null });
    const read = createStorageEntityReader(http, `${CURRENT_SITE}/`);
    await expect(read(DATA_SITE_STORAGE_ENTITY_KEY)).resolves.toBe(REGISTER_SITE);
    expect(http.urls).toEqual([`${CURRENT_SITE}/_api/web/GetStorageEntity('samenwerkingsmonitor%3AdataSiteUrl')`]);
  });

  it('doubles a quote in the key, as OData string literals require', async () => {
    const http = httpAnswering(200, { Value: 'x' });
    await createStorageEntityReader(http, CURRENT_SITE)("it's");
    expect(http.urls[0]).toContain("GetStorageEntity('it''s')");
  });

  it('treats an unset key, an error status and a network failure as "not set"', async () => {
    await expect(createStorageEntityReader(httpAnswering(200, { 'odata.null': true }), CURRENT_SITE)('k')).resolves.toBeUndefined();
    await expect(createStorageEntityReader(httpAnswering(403, {}), CURRENT_SITE)('k')).resolves.toBeUndefined();
    const failing: StorageEntityHttpClient = { get: () => Promise.reject(new TypeError('Failed to fetch')) };
    await expect(createStorageEntityReader(failing, CURRENT_SITE)('k')).resolves.toBeUndefined();
  });
});

describe('storageEntityValue', () => {
  it('reads the value from verbose OData as well', () => {
    expect(storageEntityValue({ d: { Value: REGISTER_SITE } })).toBe(REGISTER_SITE);
  });

  it('treats an empty value as not set', () => {
    expect(storageEntityValue({ Value: '  ' })).toBeUndefined();
  });
});
