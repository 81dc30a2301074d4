import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import Ajv from 'ajv';
import { parseJsonWithComments } from '../../../tools/generate-teams-icons';
import { DASHBOARD_WEB_PART_ID, teamsPackageEntries, zip } from '../../../tools/build-teams-package';
import { DASHBOARD_ENTITY_ID, TEAMS_APP_ID } from '../../../src/webparts/shared/hosting';

/*
 * The Teams app manifest against Microsoft's own JSON schema, offline: `@microsoft/app-manifest` ships
 * the schemas. And the package `npm run package` builds holds exactly what Teams reads.
 */

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'teams', 'manifest.json'), 'utf8')) as {
  readonly $schema: string;
  readonly manifestVersion: string;
  readonly id: string;
  readonly icons: { readonly color: string; readonly outline: string };
  readonly staticTabs: readonly { readonly entityId: string; readonly contentUrl: string; readonly scopes: readonly string[] }[];
  readonly configurableTabs: readonly { readonly configurationUrl: string; readonly scopes: readonly string[] }[];
};

function teamsSchema(version: string): object {
  const file = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${version}/MicrosoftTeams.schema.json`);
  return JSON.parse(readFileSync(file, 'utf8')) as object;
}

/** The files of a ZIP, read from its central directory (an independent reader of what `zip` wrote). */
function unzip(archive: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let pointer = archive.readUInt32LE(end + 16);
  for (let index = 0; index < archive.readUInt16LE(end + 10); index += 1) {
    const compressedSize = archive.readUInt32LE(pointer + 20);
    const nameLength = archive.readUInt16LE(pointer + 28);
    const extraLength = archive.readUInt16LE(pointer + 30);
    const commentLength = archive.readUInt16LE(pointer + 32);
    const localOffset = archive.readUInt32LE(pointer + 42);
    const name = archive.toString('utf8', pointer + 46, pointer + 46 + nameLength);
    const dataStart = localOffset + 30 + archive.readUInt16LE(localOffset + 26) + archive.readUInt16LE(localOffset + 28);
    files.set(name, inflateRawSync(archive.subarray(dataStart, dataStart + compressedSize)));
    pointer += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

describe('the Teams app manifest', () => {
  it("is valid against Microsoft's Teams schema of its own manifestVersion", () => {
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.17);
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
    // The Teams schemas are JSON Schema draft-04.
    const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
    const validate = ajv.compile(teamsSchema(manifest.manifestVersion));
    const valid = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check does catch a broken manifest', () => {
    const ajv = new Ajv({ schemaId: 'auto' });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
    const validate = ajv.compile(teamsSchema(manifest.manifestVersion));
    expect(validate({ ...manifest, id: 'not-a-guid' })).toBe(false);
    expect(validate({ ...manifest, accentColor: undefined })).toBe(false);
  });

  it('points its personal app and channel tab at the dashboard web part through SharePoint, as SPFx Teams apps must', () => {
    const dashboard = parseJsonWithComments(readFileSync(join(root, 'src', 'webparts', 'partnershipDashboard', 'PartnershipDashboardWebPart.manifest.json'), 'utf8')) as {
      id: string;
      supportedHosts: string[];
    };
    expect(dashboard.id).toBe(DASHBOARD_WEB_PART_ID);
    expect(dashboard.supportedHosts).toEqual(expect.arrayContaining(['TeamsTab', 'TeamsPersonalApp']));
    const [personal] = manifest.staticTabs;
    expect(personal.entityId).toBe(DASHBOARD_ENTITY_ID);
    expect(personal.scopes).toEqual(['personal']);
    expect(personal.contentUrl).toMatch(/^https:\/\/\{teamSiteDomain\}\/_layouts\/15\/TeamsLogon\.aspx\?SPFX=true&dest=\/_layouts\/15\/teamshostedapp\.aspx%3Fteams%26personal%26componentId=/);
    expect(personal.contentUrl).toContain(`componentId=${DASHBOARD_WEB_PART_ID}`);
    const [channel] = manifest.configurableTabs;
    expect(channel.configurationUrl).toContain('teamshostedapp.aspx%3FopenPropertyPane=true%26teams%26componentId=' + DASHBOARD_WEB_PART_ID);
    expect(channel.scopes).toContain('team');
  });

  it('has the app id the deep links use', () => {
    expect(manifest.id).toBe(TEAMS_APP_ID);
  });
});

describe('the Teams app package', () => {
  it('holds manifest.json and the two icons at the root, readable by an independent unzip', () => {
    const files = unzip(zip(teamsPackageEntries(root)));
    expect([...files.keys()]).toEqual(['manifest.json', manifest.icons.color, manifest.icons.outline]);
    expect(JSON.parse(files.get('manifest.json')!.toString('utf8'))).toEqual(manifest);
    // PNG dimensions from the IHDR chunk: Teams wants 192×192 colour and 32×32 outline icons.
    const size = (png: Buffer): [number, number] => [png.readUInt32BE(16), png.readUInt32BE(20)];
    expect(size(files.get(manifest.icons.color)!)).toEqual([192, 192]);
    expect(size(files.get(manifest.icons.outline)!)).toEqual([32, 32]);
  });
});
