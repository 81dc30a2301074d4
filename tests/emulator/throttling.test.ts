import { startKit, type EmulatorKit } from './emulatorTestKit';

describe('throttle injection', () => {
  let kit: EmulatorKit;
  beforeAll(async () => {
    kit = await startKit();
  });
  afterAll(() => kit.close());

  const plan = (body: unknown): Promise<Response> =>
    fetch(`${kit.emulator.url}/_emulator/throttle`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('throttles the next n SharePoint requests with 429 and Retry-After, then answers normally', async () => {
    expect((await plan({ target: 'sharepoint', count: 2, status: 429, retryAfterSeconds: 7 })).status).toBe(200);
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await kit.call('/_api/web');
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
      expect(Object.keys((await response.json()) as object)).toEqual(['odata.error']);
    }
    expect((await kit.call('/_api/web')).status).toBe(200);
  });

  it('throttles Graph with the Graph error shape, and 503 when asked', async () => {
    await plan({ target: 'graph', count: 1, status: 503, retryAfterSeconds: 3 });
    const response = await fetch(`${kit.emulator.graphUrl}/me/events`, { headers: { authorization: 'Bearer emulator:beheerder@hofvantwente.example' } });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('3');
    const body = (await response.json()) as { error: { code: string; innerError: Record<string, string> } };
    expect(body.error.code).toBe('serviceNotAvailable');
    expect(body.error.innerError['request-id']).toBeDefined();

    await plan({ target: 'graph', count: 1, status: 429, retryAfterSeconds: 10 });
    const tooMany = await fetch(`${kit.emulator.graphUrl}/me/events`, { headers: { authorization: 'Bearer emulator:beheerder@hofvantwente.example' } });
    expect(tooMany.status).toBe(429);
    expect(((await tooMany.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'TooManyRequests', message: 'Please retry again later.' });
    // SharePoint is not affected by a Graph plan.
    expect((await kit.call('/_api/web')).status).toBe(200);
  });

  it('refuses a malformed throttle plan', async () => {
    expect((await plan({ target: 'exchange', count: 1 })).status).toBe(400);
  });
});
