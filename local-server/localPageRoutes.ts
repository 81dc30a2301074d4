import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { EmulatorRequest, EmulatorResponse } from '../emulator/http';
import { LOCAL_PAGE_TEXTS, pageLanguageOrDefault, SPFX_LOCALE } from '../local-page/pageLocale';
import { bundleFileName } from './bundleLocalPage';

const REPOSITORY_ROOT = path.resolve(__dirname, '..');
const PAGE_TEMPLATE = path.join(REPOSITORY_ROOT, 'local-page', 'index.html');
const ICON_FONTS = path.join(REPOSITORY_ROOT, 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');

export interface LocalPageOptions {
  /** The folder the page bundles were written to. */
  readonly bundleDir: string;
  /** Server-relative URL of the register site the page reads from. */
  readonly sitePath: string;
  /** Whether the site holds the seeds' demo data: the web parts then show their "Demogegevens" marker. */
  readonly isDemoData: () => boolean;
}

/** A request the local page answers; anything else goes on to the emulator's SharePoint and Graph routes. */
export type LocalPageHandler = (request: EmulatorRequest) => Promise<EmulatorResponse | undefined>;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * Serves `/` (the page, in the language of `?lang=`), `/app.<locale>.js` (+ source maps) and `/fonts/*`
 * (Fluent's MDL2 icon font from node_modules).
 */
export function createLocalPageHandler(options: LocalPageOptions): LocalPageHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
    const pathname = request.url.pathname;
    if (pathname === '/' || pathname === '/index.html') {
      return { status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }, body: await renderPage(request.url, options) };
    }
    const bundle = /^\/(app\.[a-z]{2}-[a-z]{2}\.js(?:\.map)?)$/.exec(pathname);
    if (bundle) return serveFile(options.bundleDir, bundle[1]);
    const font = /^\/fonts\/([\w.-]+\.woff2?)$/.exec(pathname);
    if (font) return serveFile(ICON_FONTS, font[1], 'public, max-age=86400');
    if (pathname === '/favicon.ico') return { status: 204 };
    return undefined;
  };
}

async function renderPage(url: URL, options: LocalPageOptions): Promise<string> {
  const language = pageLanguageOrDefault(url.searchParams.get('lang'));
  const texts = LOCAL_PAGE_TEXTS[language];
  const template = await fs.readFile(PAGE_TEMPLATE, 'utf8');
  const values: Readonly<Record<string, string>> = {
    LANG: language,
    TITLE: texts.pageTitle,
    SITE_PATH: options.sitePath,
    DEMO_DATA: String(options.isDemoData()),
    NOSCRIPT: texts.noScript,
    SCRIPT: `/${bundleFileName(SPFX_LOCALE[language])}`,
  };
  return template.replace(/%([A-Z_]+)%/g, (placeholder, name: string) => escapeHtml(values[name] ?? placeholder));
}

async function serveFile(folder: string, fileName: string, cacheControl = 'no-store'): Promise<EmulatorResponse> {
  try {
    const body = await fs.readFile(path.join(folder, fileName));
    const contentType = CONTENT_TYPES[path.extname(fileName)] ?? 'application/octet-stream';
    return { status: 200, headers: { 'Content-Type': contentType, 'Cache-Control': cacheControl }, body };
  } catch {
    return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not found' };
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
