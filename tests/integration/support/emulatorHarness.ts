/* Starts a fresh emulator on a random port with a temporary data folder, for one test file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { startEmulator } from '../../../emulator/index';
import { createEmulatorSp } from '../../../src/data/sharepoint/spClient';

export const OWNER = 'beheerder@hofvantwente.example';
export const ANNE_EMAIL = 'a.devries@hofvantwente.example';
export const BRAM_EMAIL = 'b.jansen@hofvantwente.example';
export const WIM_EMAIL = 'w.smit@hofvantwente.example';
export const COUNCIL_MEMBER = 'raadslid@hofvantwente.example';

export interface EmulatorHarness {
  readonly url: string;
  readonly siteUrl: string;
  spAs(email: string): SPFI;
  /** POSTs JSON to an `/_emulator/...` admin endpoint. */
  admin(path: string, body: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export async function startHarness(options: { listViewThreshold?: number } = {}): Promise<EmulatorHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'swm-integration-'));
  const emulator = await startEmulator({ port: 0, dataDir, quiet: true, ...options });
  const siteUrl = emulator.siteUrl();
  return {
    url: emulator.url,
    siteUrl,
    spAs: (email) => createEmulatorSp(siteUrl, email),
    async admin(path, body) {
      const response = await fetch(`${emulator.url}/_emulator/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) {
        throw new Error(`/_emulator/${path} answered ${response.status}: ${await response.text()}`);
      }
      const text = await response.text();
      return text.length > 0 ? (JSON.parse(text) as unknown) : undefined;
    },
    async close() {
      await emulator.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
