/**
 * Writes the Teams app icons SPFx packs for each web part: `teams/<webPartId>_color.png` (192×192, full
 * colour) and `teams/<webPartId>_outline.png` (32×32, white on transparent), as the Teams app manifest
 * requires (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons).
 * The mark is three interlocking rings: partners that overlap, which is what a samenwerkingsverband is.
 *
 * Run: `npx tsx tools/generate-teams-icons.ts` (after adding a web part; the PNGs are committed).
 * The script lives outside teams/ because `gulp package-solution` packs every file in that folder.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/** Product colours: the register's deep blue, with white rings. */
const BRAND_BACKGROUND: Rgb = { r: 0x1b, g: 0x4f, b: 0x72 };
const WHITE: Rgb = { r: 0xff, g: 0xff, b: 0xff };

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;

interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

export interface WebPartManifestFile {
  readonly path: string;
  readonly manifest: { readonly id: string; readonly alias: string; readonly supportedHosts?: readonly string[] } & Readonly<
    Record<string, unknown>
  >;
}

/** Every `src/webparts/<name>/<Name>WebPart.manifest.json` below `root`. */
export function readWebPartManifests(root: string): readonly WebPartManifestFile[] {
  const webPartsDir = join(root, 'src', 'webparts');
  const found: WebPartManifestFile[] = [];
  for (const folder of readdirSync(webPartsDir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(webPartsDir, folder.name))) {
      if (!file.endsWith('.manifest.json')) continue;
      const path = join(webPartsDir, folder.name, file);
      found.push({ path, manifest: parseJsonWithComments(readFileSync(path, 'utf8')) as WebPartManifestFile['manifest'] });
    }
  }
  return found;
}

/** SPFx manifests are JSON with `//` and `/* *\/` comments; strips them outside strings, then parses. */
export function parseJsonWithComments(text: string): unknown {
  let output = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      const start = index;
      index++;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
      index++;
      output += text.slice(start, index);
    } else if (char === '/' && text[index + 1] === '/') {
      while (index < text.length && text[index] !== '\n') index++;
    } else if (char === '/' && text[index + 1] === '*') {
      const end = text.indexOf('*/', index + 2);
      index = end === -1 ? text.length : end + 2;
    } else {
      output += char;
      index++;
    }
  }
  return JSON.parse(output);
}

/**
 * Coverage (0..1) of the three-ring mark at a point in unit coordinates (0..1 across the icon),
 * measured by supersampling so the ring edges are smooth.
 */
function ringCoverage(x: number, y: number, pixelSize: number, strokeWidth: number): number {
  const radius = 0.2;
  // Centres on an equilateral triangle around the icon's middle; rings overlap like a Venn diagram.
  const centres = [
    { x: 0.5, y: 0.385 },
    { x: 0.385, y: 0.585 },
    { x: 0.615, y: 0.585 },
  ];
  const samples = 4;
  let inside = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const px = x + ((sx + 0.5) / samples) * pixelSize;
      const py = y + ((sy + 0.5) / samples) * pixelSize;
      const onRing = centres.some((c) => Math.abs(Math.hypot(px - c.x, py - c.y) - radius) <= strokeWidth / 2);
      if (onRing) inside++;
    }
  }
  return inside / (samples * samples);
}

/** RGBA pixels of the colour icon: white rings on the brand background, edge to edge as Teams asks. */
export function drawColorIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const coverage = ringCoverage(x / size, y / size, 1 / size, 0.045);
      const offset = (y * size + x) * 4;
      pixels[offset] = blend(BRAND_BACKGROUND.r, WHITE.r, coverage);
      pixels[offset + 1] = blend(BRAND_BACKGROUND.g, WHITE.g, coverage);
      pixels[offset + 2] = blend(BRAND_BACKGROUND.b, WHITE.b, coverage);
      pixels[offset + 3] = 255;
    }
  }
  return pixels;
}

/** RGBA pixels of the outline icon: white rings on transparent; Teams tints it. Thicker strokes stay legible at 32 px. */
export function drawOutlineIcon(size: number): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const coverage = ringCoverage(x / size, y / size, 1 / size, 0.07);
      const offset = (y * size + x) * 4;
      pixels[offset] = WHITE.r;
      pixels[offset + 1] = WHITE.g;
      pixels[offset + 2] = WHITE.b;
      pixels[offset + 3] = Math.round(coverage * 255);
    }
  }
  return pixels;
}

function blend(from: number, to: number, amount: number): number {
  return Math.round(from + (to - from) * amount);
}

/** A truecolour-with-alpha PNG (colour type 6, 8 bits per channel), per the PNG specification (ISO/IEC 15948). */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method 0
  header[12] = 0; // no interlace

  // Each scanline starts with its filter type; 0 (None) keeps the writer simple and deflate does the rest.
  const rowLength = width * 4;
  const raw = Buffer.alloc((rowLength + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (rowLength + 1)] = 0;
    Buffer.from(rgba.buffer, rgba.byteOffset + y * rowLength, rowLength).copy(raw, y * (rowLength + 1) + 1);
  }

  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(raw, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Writes both icons for every web part manifest; returns the files written. */
export function generateTeamsIcons(root: string): readonly string[] {
  const color = encodePng(COLOR_ICON_SIZE, COLOR_ICON_SIZE, drawColorIcon(COLOR_ICON_SIZE));
  const outline = encodePng(OUTLINE_ICON_SIZE, OUTLINE_ICON_SIZE, drawOutlineIcon(OUTLINE_ICON_SIZE));
  const written: string[] = [];
  for (const { manifest } of readWebPartManifests(root)) {
    const colorPath = join(root, 'teams', `${manifest.id}_color.png`);
    const outlinePath = join(root, 'teams', `${manifest.id}_outline.png`);
    writeFileSync(colorPath, color);
    writeFileSync(outlinePath, outline);
    written.push(colorPath, outlinePath);
  }
  return written;
}

if (require.main === module) {
  for (const file of generateTeamsIcons(join(__dirname, '..'))) console.log(`wrote ${file}`);
}
