/** Starts a fresh emulator per test file (random port, temp data dir) and speaks raw HTTP to it. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator';

export const OWNER = 'beheerder@hofvantwente.example';
export const MEMBER = 'a.devries@hofvantwente.example';
export const COUNCIL_MEMBER = 'raadslid@hofvantwente.example';

export const MINIMAL = 'application/json';
export const NOMETADATA = 'application/json;odata=nometadata';
export const VERBOSE = 'application/json;odata=verbose';

export interface EmulatorKit {
  readonly emulator: RunningEmulator;
  readonly dataDir: string;
  readonly site: string;
  /** fetch relative to the default site (`/_api/...`), as `user` (default: the owner), JSON bodies serialised. */
  call(path: string, init?: { method?: string; user?: string | null; body?: unknown; headers?: Record<string, string>; accept?: string }): Promise<Response>;
  json<T = Record<string, unknown>>(path: string, init?: Parameters<EmulatorKit['call']>[1]): Promise<T>;
  createList(title: string, template?: 100 | 101): Promise<void>;
  addFieldXml(listTitle: string, schemaXml: string): Promise<Response>;
  addItem(listTitle: string, values: Record<string, unknown>, user?: string): Promise<Record<string, unknown>>;
  bulkInsert(listTitle: string, items: readonly Record<string, unknown>[]): Promise<void>;
  close(): Promise<void>;
}

export async function startKit(options: { listViewThreshold?: number; dataDir?: string; keepData?: boolean } = {}): Promise<EmulatorKit> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'emulator-test-'));
  const emulator = await startEmulator({ port: 0, dataDir, listViewThreshold: options.listViewThreshold, quiet: true });
  const site = emulator.siteUrl();
  const call: EmulatorKit['call'] = (path, init = {}) => {
    const headers: Record<string, string> = { accept: init.accept ?? MINIMAL, ...(init.headers ?? {}) };
    const user = init.user === undefined ? OWNER : init.user;
    if (user) headers.authorization = `Bearer emulator:${user}`;
    let body: string | Buffer | undefined;
    if (init.body !== undefined) {
      if (typeof init.body === 'string' || Buffer.isBuffer(init.body)) body = init.body;
      else {
        body = JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json;charset=utf-8';
      }
    }
    const url = path.startsWith('http') ? path : `${site}${path}`;
    return fetch(url, { method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'), headers, body });
  };
  const json = async <T,>(path: string, init?: Parameters<EmulatorKit['call']>[1]): Promise<T> => {
    const response = await call(path, init);
    const text = await response.text();
    if (!response.ok) throw new Error(`${response.status} ${path}: ${text}`);
    return (text ? JSON.parse(text) : {}) as T;
  };
  const kit: EmulatorKit = {
    emulator,
    dataDir,
    site,
    call,
    json,
    async createList(title, template = 100) {
      await json('/_api/web/lists', { body: { Title: title, BaseTemplate: template } });
    },
    addFieldXml(listTitle, schemaXml) {
      return call(`/_api/web/lists/getbytitle('${encodeURIComponent(listTitle)}')/fields/createfieldasxml`, { body: { parameters: { SchemaXml: schemaXml, Options: 8 } } });
    },
    addItem(listTitle, values, user) {
      return json(`/_api/web/lists/getbytitle('${encodeURIComponent(listTitle)}')/items`, { body: values, user });
    },
    async bulkInsert(listTitle, items) {
      const response = await fetch(`${emulator.url}/_emulator/bulk-insert`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ listTitle, items }) });
      if (!response.ok) throw new Error(`bulk-insert ${response.status}: ${await response.text()}`);
    },
    async close() {
      await emulator.close();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return kit;
}

/** `/_api/web/lists/getbytitle('X')` */
export function listPath(title: string): string {
  return `/_api/web/lists/getbytitle('${encodeURIComponent(title)}')`;
}
