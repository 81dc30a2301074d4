import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { EmulatorRequest } from '../../../emulator/http';
import { createLocalPageHandler, type LocalPageHandler } from '../../../local-server/localPageRoutes';
import { localizedResourcePath } from '../../../local-server/bundleLocalPage';

function get(pathAndQuery: string): EmulatorRequest {
  return { method: 'GET', url: new URL(pathAndQuery, 'http://127.0.0.1:4321'), headers: {}, body: Buffer.alloc(0) };
}

describe('the local page routes', () => {
  let bundleDir: string;
  let handler: LocalPageHandler;

  beforeAll(async () => {
    bundleDir = await fs.mkdtemp(path.join(os.tmpdir(), 'local-page-routes-'));
    await fs.writeFile(path.join(bundleDir, 'app.nl-nl.js'), 'console.log("nl")');
    await fs.writeFile(path.join(bundleDir, 'app.en-us.js'), 'console.log("en")');
    handler = createLocalPageHandler({ bundleDir, sitePath: '/sites/samenwerkingsmonitor', isDemoData: () => true });
  });

  afterAll(() => fs.rm(bundleDir, { recursive: true, force: true }));

  it('serves the page in Dutch by default, with the Dutch bundle and <html lang="nl">', async () => {
    const response = await handler(get('/'));
    const html = String(response?.body);
    expect(response?.status).toBe(200);
    expect(response?.headers?.['Content-Type']).toMatch(/^text\/html/);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<script src="/app.nl-nl.js">');
    expect(html).toContain('data-site-path="/sites/samenwerkingsmonitor"');
    expect(html).toContain('data-demo-data="true"');
    expect(html).not.toMatch(/%[A-Z_]+%/);
  });

  it('serves the English bundle and <html lang="en"> for ?lang=en, and Dutch for an unknown language', async () => {
    const english = String((await handler(get('/?lang=en&user=w.smit@hofvantwente.example')))?.body);
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<script src="/app.en-us.js">');

    const unknown = String((await handler(get('/?lang=<script>')))?.body);
    expect(unknown).toContain('<html lang="nl">');
  });

  it('serves the bundles and the icon font, and 404s a bundle that was not built', async () => {
    const bundle = await handler(get('/app.en-us.js'));
    expect(bundle?.status).toBe(200);
    expect(bundle?.headers?.['Content-Type']).toMatch(/^text\/javascript/);
    expect(String(bundle?.body)).toBe('console.log("en")');

    const fontFile = (await fs.readdir(path.resolve(__dirname, '../../../node_modules/@fluentui/font-icons-mdl2/fonts'))).find((file) => file.endsWith('.woff'));
    const font = await handler(get(`/fonts/${fontFile}`));
    expect(font?.status).toBe(200);
    expect(font?.headers?.['Content-Type']).toBe('font/woff');

    expect((await handler(get('/app.de-de.js')))?.status).toBe(404);
  });

  it('leaves SharePoint, Graph and emulator requests, paths outside its files and writes to the emulator', async () => {
    expect(await handler(get('/sites/samenwerkingsmonitor/_api/web/lists'))).toBeUndefined();
    expect(await handler(get('/graph/v1.0/me/events'))).toBeUndefined();
    expect(await handler(get('/_emulator/outbox'))).toBeUndefined();
    expect(await handler(get('/fonts/../../package.json'))).toBeUndefined();
    expect(await handler({ ...get('/'), method: 'POST' })).toBeUndefined();
  });
});

describe('localizedResourcePath', () => {
  const resources = { PartnershipRegisterWebPartStrings: 'lib/webparts/partnershipRegister/loc/{locale}.js' };

  it('points SPFx config.json mapping at the sources for the locale', () => {
    expect(localizedResourcePath(resources, 'PartnershipRegisterWebPartStrings', 'en-us')).toBe(
      path.resolve(__dirname, '../../../src/webparts/partnershipRegister/loc/en-us.js'),
    );
  });

  it('knows no file for a module config.json does not list', () => {
    expect(localizedResourcePath(resources, 'OtherStrings', 'nl-nl')).toBeUndefined();
  });
});
