/**
 * Builds the Teams app package `sharepoint/solution/samenwerkingsmonitor-teams.zip`: `teams/manifest.json`
 * with the dashboard web part's icons as `color.png` (192×192) and `outline.png` (32×32), the layout Teams
 * expects (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package).
 * Upload it in the Teams admin center (or "Upload a custom app") after the .sppkg is deployed tenant-wide.
 *
 * Run: `npx tsx tools/build-teams-package.ts` (part of `npm run package`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const ROOT = join(__dirname, '..');
export const TEAMS_PACKAGE_PATH = join(ROOT, 'sharepoint', 'solution', 'samenwerkingsmonitor-teams.zip');
/** The web part whose icons represent the app: the dashboard, which the personal app and the channel tab show. */
export const DASHBOARD_WEB_PART_ID = '405cc3d2-5a0a-4b59-b358-0856fec46ff7';

export interface ZipEntry {
  readonly name: string;
  readonly content: Uint8Array;
}

/** The package's three files, read from `teams/`. */
export function teamsPackageEntries(root: string = ROOT): readonly ZipEntry[] {
  return [
    { name: 'manifest.json', content: readFileSync(join(root, 'teams', 'manifest.json')) },
    { name: 'color.png', content: readFileSync(join(root, 'teams', `${DASHBOARD_WEB_PART_ID}_color.png`)) },
    { name: 'outline.png', content: readFileSync(join(root, 'teams', `${DASHBOARD_WEB_PART_ID}_outline.png`)) },
  ];
}

/**
 * A plain ZIP (PKWARE APPNOTE 6.3: local headers, deflated data, central directory, end record), written
 * with Node's own zlib: three small files do not justify an archive dependency. Timestamps are fixed so
 * the same input gives the same bytes.
 */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = (2026 - 1980) << 9 | 1 << 5 | 1; // 2026-01-01
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = deflateRawSync(entry.content);
    const crc = crc32(entry.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const centralDirectory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDirectory, end]);
}

export function buildTeamsPackage(outFile: string = TEAMS_PACKAGE_PATH): string {
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, zip(teamsPackageEntries()));
  return outFile;
}

if (require.main === module) {
  console.log(`Teams-app-pakket geschreven: ${buildTeamsPackage()}`);
}
