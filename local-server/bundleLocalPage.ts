import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { PAGE_LANGUAGES, SPFX_LOCALE } from '../local-page/pageLocale';

const REPOSITORY_ROOT = path.resolve(__dirname, '..');
const ENTRY_POINT = path.join(REPOSITORY_ROOT, 'local-page', 'main.tsx');
const SPFX_CONFIG = path.join(REPOSITORY_ROOT, 'config', 'config.json');

/** The file name of the page bundle for one SPFx locale, e.g. `app.nl-nl.js`. */
export function bundleFileName(locale: string): string {
  return `app.${locale}.js`;
}

/**
 * Bundles the local page (React 17, Fluent UI, PnPjs, the web parts) into `outDir`, once per locale, so
 * each bundle carries only its own strings the way SPFx loads one `loc/<locale>.js`. Takes a few seconds.
 */
export async function bundleLocalPage(outDir: string): Promise<void> {
  const localizedResources = await readLocalizedResources();
  await Promise.all(
    PAGE_LANGUAGES.map((language) =>
      build({
        entryPoints: [ENTRY_POINT],
        outfile: path.join(outDir, bundleFileName(SPFX_LOCALE[language])),
        bundle: true,
        format: 'iife',
        platform: 'browser',
        target: 'es2020',
        sourcemap: 'linked',
        // React's development build: clear warnings while developing; the page is never deployed.
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'warning',
        plugins: [spfxLocalizedStrings(localizedResources, SPFX_LOCALE[language])],
      }),
    ),
  );
}

/**
 * SPFx's `config.json` maps each strings module (`PartnershipRegisterWebPartStrings`) to
 * `lib/.../loc/{locale}.js`; the same mapping, pointed at `src/`, tells the bundler which file to use.
 */
async function readLocalizedResources(): Promise<Readonly<Record<string, string>>> {
  try {
    const config = JSON.parse(await fs.readFile(SPFX_CONFIG, 'utf8')) as { localizedResources?: Record<string, string> };
    return config.localizedResources ?? {};
  } catch {
    return {};
  }
}

/** Where SPFx's build would take the module's strings from, in the sources rather than the build output. */
export function localizedResourcePath(
  localizedResources: Readonly<Record<string, string>>,
  moduleName: string,
  locale: string,
): string | undefined {
  const configured = localizedResources[moduleName];
  if (configured === undefined) return undefined;
  const inSources = configured.replace(/^(\.\/)?lib\//, 'src/').replace('{locale}', locale);
  return path.join(REPOSITORY_ROOT, inSources);
}

/**
 * Resolves SPFx strings modules to the chosen locale's AMD file, wrapped in a tiny `define` shim that
 * returns the factory's object as the module's exports (the same trick as `tests/support/amdStrings.js`).
 */
function spfxLocalizedStrings(localizedResources: Readonly<Record<string, string>>, locale: string): Plugin {
  const namespace = 'spfx-localized-strings';
  const modulePattern = /^[A-Za-z]\w*Strings$/;
  return {
    name: namespace,
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: modulePattern }, (args) => {
        const file = localizedResourcePath(localizedResources, args.path, locale) ?? conventionalStringsPath(args.path, locale);
        return file ? { path: file, namespace } : undefined;
      });
      pluginBuild.onLoad({ filter: /.*/, namespace }, async (args) => {
        const source = await fs.readFile(args.path, 'utf8');
        return {
          contents: `var __spfxStrings;\nfunction define(_dependencies, factory) { __spfxStrings = factory(); }\n${source}\nmodule.exports = __spfxStrings;\n`,
          loader: 'js',
          resolveDir: path.dirname(args.path),
          watchFiles: [args.path],
        };
      });
    },
  };
}

/** `PartnershipRegisterWebPartStrings` → `src/webparts/partnershipRegister/loc/<locale>.js`, for a module config.json does not list yet. */
function conventionalStringsPath(moduleName: string, locale: string): string | undefined {
  const match = /^(\w+)WebPartStrings$/.exec(moduleName);
  if (!match) return undefined;
  const folder = match[1].charAt(0).toLowerCase() + match[1].slice(1);
  return path.join(REPOSITORY_ROOT, 'src', 'webparts', folder, 'loc', `${locale}.js`);
}
