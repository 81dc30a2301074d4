import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const REPOSITORY_ROOT = path.resolve(__dirname, '..', '..');

/** The launch flags this machine needs: no sandbox as root, no GPU, and no calls home (there is no internet). */
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

interface ChromiumBinary {
  readonly executablePath: string;
  readonly args: readonly string[];
}

/**
 * `CHROMIUM_PATH` (e.g. Debian's `/usr/bin/chromium`) when set; otherwise the Chromium bundled in
 * `@sparticuz/chromium`, which unpacks itself into the temp folder on first use. That package is ESM only,
 * so it is asked in a child Node process rather than through jest's CommonJS module system.
 */
function findChromium(): ChromiumBinary {
  const override = process.env.CHROMIUM_PATH;
  if (override) return { executablePath: override, args: [] };
  const script =
    "import chromium from '@sparticuz/chromium';" +
    'const executablePath = await chromium.executablePath();' +
    'process.stdout.write(JSON.stringify({ executablePath, args: chromium.args }));';
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPOSITORY_ROOT, encoding: 'utf8' });
  const found = JSON.parse(output) as ChromiumBinary;
  // Playwright sets headless mode itself; the package's own `--headless='shell'` would fight it.
  return { executablePath: found.executablePath, args: found.args.filter((arg) => !arg.startsWith('--headless')) };
}

export async function launchHeadlessChromium(): Promise<Browser> {
  const binary = findChromium();
  const args = [...new Set([...binary.args, ...LAUNCH_ARGS])];
  return chromium.launch({ executablePath: binary.executablePath, headless: true, args });
}
