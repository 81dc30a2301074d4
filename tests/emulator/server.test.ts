import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator';

describe('emulator server', () => {
  let emulator: RunningEmulator;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'emulator-server-'));
    emulator = await startEmulator({
      port: 0,
      dataDir,
      quiet: true,
      extraRoutes: async (request) => (request.url.pathname === '/' ? { status: 200, headers: { 'content-type': 'text/html' }, body: '<!doctype html><title>Samenwerkingsmonitor</title>' } : undefined),
    });
  });
  afterAll(async () => {
    await emulator.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reports its URLs', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(emulator.siteUrl()).toBe(`${emulator.url}/sites/samenwerkingsmonitor`);
    expect(emulator.siteUrl('/sites/intranet')).toBe(`${emulator.url}/sites/intranet`);
    expect(emulator.graphUrl).toBe(`${emulator.url}/graph/v1.0`);
  });

  it('serves extra routes first and routes everything else normally', async () => {
    const page = await fetch(`${emulator.url}/`);
    expect(await page.text()).toContain('Samenwerkingsmonitor');
    const web = await fetch(`${emulator.siteUrl('/sites/intranet')}/_api/web`, { headers: { 'x-emulator-user': 'raadslid@hofvantwente.example', accept: 'application/json;odata=nometadata' } });
    expect(((await web.json()) as { Title: string }).Title).toBe('Intranet');
    expect((await fetch(`${emulator.url}/elders`)).status).toBe(404);
  });

  it('serves the Graph outbox and the health check', async () => {
    const outbox = await fetch(`${emulator.url}/_emulator/outbox`);
    expect(outbox.status).toBe(200);
    expect(Array.isArray(((await outbox.json()) as { value: unknown[] }).value)).toBe(true);
    expect(await (await fetch(`${emulator.url}/_emulator/health`)).json()).toEqual({ ok: true });
  });

  it('empties the database on reset and seeds it again', async () => {
    const headers = { authorization: 'Bearer emulator:beheerder@hofvantwente.example', 'content-type': 'application/json', accept: 'application/json;odata=nometadata' };
    await fetch(`${emulator.siteUrl()}/_api/web/lists`, { method: 'POST', headers, body: JSON.stringify({ Title: 'Weg', BaseTemplate: 100 }) });
    expect((await fetch(`${emulator.url}/_emulator/reset`, { method: 'POST', body: '{}' })).status).toBe(200);
    const lists = (await (await fetch(`${emulator.siteUrl()}/_api/web/lists`, { headers })).json()) as { value: unknown[] };
    expect(lists.value).toEqual([]);
    const users = (await (await fetch(`${emulator.siteUrl()}/_api/web/siteusers?$select=Email`, { headers })).json()) as { value: { Email: string }[] };
    expect(users.value.map((user) => user.Email)).toContain('a.devries@hofvantwente.example');
  });

  it('bulk-inserts only into lists that exist', async () => {
    const response = await fetch(`${emulator.url}/_emulator/bulk-insert`, { method: 'POST', body: JSON.stringify({ listTitle: 'Nergens', items: [] }) });
    expect(response.status).toBe(404);
  });
});
