import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPath, startKit, type EmulatorKit } from './emulatorTestKit';

describe('persistence', () => {
  it('keeps lists, fields and items across a restart on the same data folder', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'emulator-persist-'));
    try {
      const first = await startKit({ dataDir, keepData: true });
      await first.createList('Gemeenten');
      await first.addFieldXml('Gemeenten', '<Field Type="Text" Name="Region" DisplayName="Regio" />');
      await first.addItem('Gemeenten', { Title: 'Hof van Twente', Region: 'Twente' });
      await first.close();

      const second = await startKit({ dataDir, keepData: true });
      const items = await second.json<{ value: { Title: string; Region: string }[] }>(`${listPath('Gemeenten')}/items?$select=Title,Region`);
      expect(items.value).toEqual([{ Title: 'Hof van Twente', Region: 'Twente', 'odata.type': 'SP.Data.GemeentenListItem', 'odata.id': expect.any(String), 'odata.etag': '"1"', 'odata.editLink': expect.any(String) }]);
      const added = await second.addItem('Gemeenten', { Title: 'Enschede' });
      expect(added.Id).toBe(2);
      await second.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('malformed requests', () => {
  let kit: EmulatorKit;
  beforeAll(async () => {
    kit = await startKit();
    await kit.createList('Gemeenten');
  });
  afterAll(() => kit.close());

  const errorOf = async (response: Response): Promise<{ code: string; message: { value: string } }> =>
    ((await response.json()) as { 'odata.error': { code: string; message: { value: string } } })['odata.error'];

  it('answers bad JSON with a 400 in SharePoint shape', async () => {
    const response = await kit.call(`${listPath('Gemeenten')}/items`, { body: '{"Title": ', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(400);
    expect((await errorOf(response)).code).toBe('-1, Microsoft.OData.ODataException');
  });

  it('answers unparsable filters, unknown lists and unknown endpoints with SharePoint errors', async () => {
    for (const filter of ["Title eq 'x' and", 'Title eq', "Title equals 'x'", '(Title eq 1', "Title eq datetime'nope'"]) {
      const response = await kit.call(`${listPath('Gemeenten')}/items?$filter=${encodeURIComponent(filter)}`);
      expect(response.status).toBe(400);
      expect((await errorOf(response)).message.value).toBe(`The expression "${filter}" is not valid.`);
    }
    expect((await kit.call(`${listPath('Onbekend')}/items`)).status).toBe(404);
    expect((await kit.call("/_api/web/lists(guid'00000000-0000-0000-0000-000000000000')")).status).toBe(404);
    expect((await kit.call('/_api/web/bestaatniet')).status).toBe(404);
    expect((await kit.call('/_api/nergens')).status).toBe(404);
    expect((await kit.call(`${listPath('Gemeenten')}/items(abc)`)).status).toBe(400);
  });

  it('answers a wrong verb and a malformed batch with errors', async () => {
    expect((await kit.call('/_api/contextinfo')).status).toBe(405);
    expect((await kit.call('/_api/$batch', { body: 'nonsense', headers: { 'content-type': 'text/plain' } })).status).toBe(400);
    const bad = await kit.call('/_api/$batch', { body: '--b\r\nContent-Type: application/http\r\n\r\nNOT A REQUEST\r\n--b--\r\n', headers: { 'content-type': 'multipart/mixed; boundary=b' } });
    expect(bad.status).toBe(400);
  });

  it('still answers after all of that', async () => {
    expect((await kit.call('/_api/web')).status).toBe(200);
  });
});
