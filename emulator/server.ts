/**
 * The HTTP side: parses a Node request into an EmulatorRequest, resolves the user, applies injected
 * throttling, and dispatches to extra routes, `/_emulator/*`, `/graph/v1.0/*` or `<site>/_api/*`.
 * Nothing a client sends may crash the process: a catch-all answers 500 in SharePoint's shape and logs.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { DatabaseSync } from 'node:sqlite';
import { createAdminRouter, ThrottleInjector } from './admin';
import { createGraphRouter, outboxHandler } from './graph/router';
import type { EmulatorRequest, EmulatorResponse, EmulatorUser } from './http';
import { spErrors } from './sharepoint/errors';
import { errorResponse, formatFromAccept } from './sharepoint/odata';
import { createSharePointRouter } from './sharepoint/router';
import { SharePointStore } from './sharepoint/store';

export interface EmulatorServerOptions {
  readonly db: DatabaseSync;
  readonly listViewThreshold: number;
  readonly quiet: boolean;
  readonly extraRoutes?: (request: EmulatorRequest) => Promise<EmulatorResponse | undefined>;
}

/** Resolves `Authorization: Bearer emulator:<email>` or `X-Emulator-User: <email>`; any other token is anonymous. */
function resolveUser(store: SharePointStore, headers: Readonly<Record<string, string>>): EmulatorUser | undefined {
  const bearer = /^Bearer\s+emulator:(\S+@\S+)$/i.exec(headers.authorization ?? '');
  const email = bearer?.[1] ?? headers['x-emulator-user']?.trim();
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) return undefined;
  // Every well-formed e-mail is a tenant user; without site permissions it is still denied (403).
  return store.toEmulatorUser(store.ensureUser(email));
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function writeResponse(response: ServerResponse, result: EmulatorResponse): void {
  const headers: Record<string, string> = { ...(result.headers ?? {}) };
  let payload: Buffer;
  if (result.body === undefined || result.body === null) payload = Buffer.alloc(0);
  else if (Buffer.isBuffer(result.body)) payload = result.body;
  else if (typeof result.body === 'string') payload = Buffer.from(result.body, 'utf8');
  else {
    payload = Buffer.from(JSON.stringify(result.body), 'utf8');
    if (!Object.keys(headers).some((name) => name.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json';
  }
  for (const name of Object.keys(headers)) if (name.toLowerCase() === 'content-length') delete headers[name];
  headers['content-length'] = String(payload.byteLength);
  response.writeHead(result.status, headers);
  response.end(result.status === 204 ? undefined : payload);
}

export function createEmulatorServer(options: EmulatorServerOptions): Server {
  const { db } = options;
  const store = new SharePointStore(db);
  const log = (message: string, error?: unknown): void => {
    if (!options.quiet) console.error(`[emulator] ${message}`, error ?? '');
  };
  const throttle = new ThrottleInjector();
  const admin = createAdminRouter(db, throttle, outboxHandler(db));
  const graph = createGraphRouter(db);
  const sharePoint = createSharePointRouter(db, {
    listViewThreshold: options.listViewThreshold,
    onUnexpectedError: (error, request) => log(`unexpected error on ${request.method} ${request.url.pathname}`, error),
  });

  const dispatch = async (request: EmulatorRequest): Promise<EmulatorResponse> => {
    const extra = await options.extraRoutes?.(request);
    if (extra) return extra;
    const path = request.url.pathname;
    if (/^\/_emulator(\/|$)/i.test(path)) return admin(request);
    const isGraph = /^\/graph(\/|$)/i.test(path);
    const isSharePoint = /\/_api(\/|$)/i.test(path);
    if (isGraph || isSharePoint) {
      const throttled = throttle.take(isGraph ? 'graph' : 'sharepoint', request);
      if (throttled) return throttled;
    }
    if (isGraph) return graph(request);
    if (isSharePoint) return sharePoint(request);
    return { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: `404 NOT FOUND: ${path}` };
  };

  return createServer((incoming, outgoing) => {
    void (async () => {
      let request: EmulatorRequest | undefined;
      try {
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(incoming.headers)) {
          if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
        }
        const body = await readBody(incoming);
        const url = new URL(incoming.url ?? '/', `http://${headers.host ?? 'localhost'}`);
        request = { method: (incoming.method ?? 'GET').toUpperCase(), url, headers, body, user: resolveUser(store, headers) };
        writeResponse(outgoing, await dispatch(request));
      } catch (error) {
        log(`unhandled error on ${incoming.method} ${incoming.url}`, error);
        if (!outgoing.headersSent) {
          writeResponse(outgoing, errorResponse(spErrors.internal('The emulator could not process the request.'), formatFromAccept(request?.headers.accept)));
        } else {
          outgoing.destroy();
        }
      }
    })();
  });
}
