import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmulator, type RunningEmulator } from '../emulator';
import { createEmulatorSp } from '../src/data/sharepoint/spClient';
import { provisionSite } from '../src/data/provisioning';

/** One line of the benchmark report: what was measured and the figures of one run. */
export interface BenchResult {
  readonly name: string;
  /** Measured figures (milliseconds, request counts, sizes). */
  readonly figures: Readonly<Record<string, number>>;
  /** The figure that matters, as a ratio of two measurements taken in the same run. */
  readonly ratio: { readonly label: string; readonly value: number };
}

export interface Bench {
  readonly name: string;
  run(): Promise<readonly BenchResult[]>;
}

export const OWNER_EMAIL = 'beheerder@hofvantwente.example';

/** A provisioned emulator in a temporary folder, removed afterwards. */
export async function withProvisionedEmulator<T>(work: (emulator: RunningEmulator) => Promise<T>): Promise<T> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'swm-bench-'));
  const emulator = await startEmulator({ port: 0, dataDir, quiet: true });
  try {
    await provisionSite(createEmulatorSp(emulator.siteUrl(), OWNER_EMAIL));
    return await work(emulator);
  } finally {
    await emulator.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** Milliseconds the work takes, best of `repeat` runs (the least disturbed by other load on the machine). */
export async function bestOf(repeat: number, work: () => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < repeat; run += 1) {
    const started = performance.now();
    await work();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Counts the HTTP requests the work sends through the global `fetch` (PnPjs and the Graph client use it). */
export async function countRequests<T>(work: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const originalFetch = globalThis.fetch;
  let requests = 0;
  globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
    requests += 1;
    return originalFetch(...args);
  }) as typeof fetch;
  try {
    const result = await work();
    return { result, requests };
  } finally {
    globalThis.fetch = originalFetch;
  }
}

/** Inserts `count` items straight into the emulator (test-only endpoint), to build large lists fast. */
export async function bulkInsert(emulator: RunningEmulator, listTitle: string, items: readonly Record<string, unknown>[]): Promise<void> {
  const response = await fetch(`${emulator.url}/_emulator/bulk-insert`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ listTitle, items }),
  });
  if (!response.ok) throw new Error(`bulk-insert into ${listTitle} failed: ${response.status} ${await response.text()}`);
}
