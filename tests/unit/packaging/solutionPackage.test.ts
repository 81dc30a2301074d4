import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  COLOR_ICON_SIZE,
  OUTLINE_ICON_SIZE,
  parseJsonWithComments,
  readWebPartManifests,
} from '../../../tools/generate-teams-icons';

// What an administrator relies on when deploying the .sppkg: it can be made available tenant-wide and in
// Teams, asks for the Graph permissions the calendar features need, and every web part is localised and
// has its Teams icons. These checks read the files the SPFx build packs, so a broken config fails here
// before `gulp package-solution` runs.

const root = join(__dirname, '..', '..', '..');

interface PackageSolution {
  readonly solution: {
    readonly name: string;
    readonly id: string;
    readonly version: string;
    readonly skipFeatureDeployment: boolean;
    readonly includeClientSideAssets: boolean;
    readonly isDomainIsolated: boolean;
    readonly developer: Readonly<Record<string, string>>;
    readonly webApiPermissionRequests: readonly { readonly resource: string; readonly scope: string }[];
    readonly features?: readonly { readonly id: string }[];
  };
  readonly paths: { readonly zippedPackage: string };
}

interface BundleConfig {
  readonly bundles: Readonly<Record<string, { readonly components: readonly { readonly entrypoint: string; readonly manifest: string }[] }>>;
  readonly localizedResources: Readonly<Record<string, string>>;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const packageSolution = parseJsonWithComments(readFileSync(join(root, 'config', 'package-solution.json'), 'utf8')) as PackageSolution;
const bundleConfig = parseJsonWithComments(readFileSync(join(root, 'config', 'config.json'), 'utf8')) as BundleConfig;
const webParts = readWebPartManifests(root);

/** Width and height from a PNG's IHDR chunk, which the PNG specification puts first, at byte 16. */
function pngSize(path: string): { readonly width: number; readonly height: number; readonly colourType: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] };
}

describe('package-solution.json', () => {
  it('deploys tenant-wide without feature activation, so the web parts can be synced to Teams', () => {
    expect(packageSolution.solution.skipFeatureDeployment).toBe(true);
    expect(packageSolution.solution.includeClientSideAssets).toBe(true);
    expect(packageSolution.solution.isDomainIsolated).toBe(false);
  });

  it('writes sharepoint/solution/samenwerkingsmonitor.sppkg with a four-part version and a GUID id', () => {
    expect(packageSolution.paths.zippedPackage).toBe('solution/samenwerkingsmonitor.sppkg');
    expect(packageSolution.solution.name).toBe('Samenwerkingsmonitor');
    expect(packageSolution.solution.id).toMatch(GUID);
    expect(packageSolution.solution.version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('asks for the Microsoft Graph permissions the calendar features use', () => {
    const graphScopes = packageSolution.solution.webApiPermissionRequests
      .filter((request) => request.resource === 'Microsoft Graph')
      .map((request) => request.scope);
    // Group calendars need delegated Group.ReadWrite.All (Graph: "Create event" on /groups/{id}/events).
    expect(graphScopes).toEqual(expect.arrayContaining(['Calendars.ReadWrite', 'Group.ReadWrite.All', 'User.ReadBasic.All']));
  });

  it('names a developer with https links, which the Teams manifest SPFx generates requires', () => {
    const { developer } = packageSolution.solution;
    expect(developer.name).not.toBe('');
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
      expect(developer[key]).toMatch(/^https:\/\//);
    }
  });
});

describe('web part manifests', () => {
  it('finds at least the Samenwerkingen web part', () => {
    expect(webParts.map((webPart) => webPart.manifest.alias)).toContain('PartnershipRegisterWebPart');
  });

  it.each(webParts.map((webPart) => [webPart.manifest.alias, webPart] as const))('%s runs in SharePoint and in Teams', (_alias, webPart) => {
    expect(webPart.manifest.supportedHosts).toEqual(
      expect.arrayContaining(['SharePointWebPart', 'TeamsTab', 'TeamsPersonalApp', 'SharePointFullPage']),
    );
  });

  it('have GUID ids, distinct from each other and from the solution and feature ids', () => {
    const ids = [
      ...webParts.map((webPart) => webPart.manifest.id.toLowerCase()),
      packageSolution.solution.id.toLowerCase(),
      ...(packageSolution.solution.features ?? []).map((feature) => feature.id.toLowerCase()),
    ];
    for (const id of ids) expect(id).toMatch(GUID);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are all bundled by config/config.json, with an entry point the TypeScript build emits', () => {
    const bundled = Object.values(bundleConfig.bundles).flatMap((bundle) => bundle.components);
    for (const webPart of webParts) {
      const relativeManifest = './' + webPart.path.slice(root.length + 1).split('\\').join('/');
      const component = bundled.find((entry) => entry.manifest === relativeManifest);
      expect(component).toBeDefined();
      const source = component!.entrypoint.replace(/^\.\/lib\//, 'src/').replace(/\.js$/, '.ts');
      expect(existsSync(join(root, source))).toBe(true);
    }
  });
});

describe('localized resources', () => {
  it.each(Object.entries(bundleConfig.localizedResources))('%s has Dutch and English strings', (_module, pattern) => {
    for (const locale of ['nl-nl', 'en-us']) {
      const source = pattern.replace(/^lib\//, 'src/').replace('{locale}', locale);
      expect(existsSync(join(root, source))).toBe(true);
    }
  });

  it.each(Object.entries(bundleConfig.localizedResources))('%s declares its strings module for TypeScript', (module, pattern) => {
    const folder = join(root, pattern.replace(/^lib\//, 'src/').replace(/\/\{locale\}\.js$/, ''));
    const declaration = readFileSync(join(folder, 'mystrings.d.ts'), 'utf8');
    expect(declaration).toContain(`declare module '${module}'`);
  });
});

describe('Teams icons', () => {
  it('teams/ holds only the web parts\' icons and the Teams app manifest, because package-solution packs every file in it', () => {
    // manifest.json is the Teams app manifest that tools/build-teams-package.ts zips (issue 4).
    const expected = [...webParts.flatMap((webPart) => [`${webPart.manifest.id}_color.png`, `${webPart.manifest.id}_outline.png`]), 'manifest.json'].sort();
    expect(readdirSync(join(root, 'teams')).sort()).toEqual(expected);
  });

  it.each(webParts.map((webPart) => [webPart.manifest.alias, webPart.manifest.id] as const))(
    '%s has a 192×192 colour icon and a 32×32 outline icon with transparency',
    (_alias, id) => {
      const colour = pngSize(join(root, 'teams', `${id}_color.png`));
      expect([colour.width, colour.height]).toEqual([COLOR_ICON_SIZE, COLOR_ICON_SIZE]);
      expect(COLOR_ICON_SIZE).toBe(192);

      const outline = pngSize(join(root, 'teams', `${id}_outline.png`));
      expect([outline.width, outline.height]).toEqual([OUTLINE_ICON_SIZE, OUTLINE_ICON_SIZE]);
      expect(OUTLINE_ICON_SIZE).toBe(32);
      // Colour type 6 is RGBA: the outline must be white on transparent, so it needs an alpha channel.
      expect(outline.colourType).toBe(6);
    },
  );
});
