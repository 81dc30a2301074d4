import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulatorSp, createTokenSp } from '../../../../src/data/sharepoint/spClient';

/** A stand-in site that records the headers of each request and answers an empty web. */
describe('PnPjs clients outside SharePoint', () => {
  let server: Server;
  let siteUrl: string;
  const seen: IncomingHttpHeaders[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      seen.push(request.headers);
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ Title: 'Samenwerkingsmonitor' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sites/samenwerkingsmonitor`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('acts as the emulator user through the bearer header and asks for JSON', async () => {
    const web = await createEmulatorSp(siteUrl, 'a.devries@hofvantwente.example').web.select('Title')();
    expect(web).toEqual({ Title: 'Samenwerkingsmonitor' });
    const headers = seen[seen.length - 1];
    expect(headers.authorization).toBe('Bearer emulator:a.devries@hofvantwente.example');
    expect(headers.accept).toBe('application/json');
  });

  it('sends a tenant access token as is, without asking for a request digest', async () => {
    const before = seen.length;
    await createTokenSp(siteUrl, 'eyJ0eXAiOiJKV1Qi.token').web.select('Title')();
    expect(seen.length - before).toBe(1);
    expect(seen[seen.length - 1].authorization).toBe('Bearer eyJ0eXAiOiJKV1Qi.token');
  });
});
