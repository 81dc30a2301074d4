import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { loadWebPartStrings } from '../../../support/amdStrings';

const dutch = loadWebPartStrings('meetingBodies', 'nl-nl') as Record<string, unknown>;
const english = loadWebPartStrings('meetingBodies', 'en-us') as Record<string, unknown>;
const declaration = readFileSync(path.resolve(__dirname, '../../../../src/webparts/meetingBodies/loc/mystrings.d.ts'), 'utf8');

describe('the meeting bodies strings files', () => {
  it('give every locale the same keys as the declaration, so no text is missing in one language', () => {
    const declared = [...declaration.matchAll(/^\s+(\w+): string;$/gm)].map((match) => match[1]).sort();
    expect(Object.keys(dutch).sort()).toEqual(declared);
    expect(Object.keys(english).sort()).toEqual(declared);
  });

  it('have a non-empty text for every key and the same placeholders in both languages', () => {
    for (const key of Object.keys(dutch)) {
      const placeholders = (text: unknown): string[] => (String(text).match(/\{\d\}/g) ?? []).sort();
      expect({ key, nl: String(dutch[key]).trim() !== '', en: String(english[key]).trim() !== '' }).toEqual({ key, nl: true, en: true });
      expect({ key, placeholders: placeholders(english[key]) }).toEqual({ key, placeholders: placeholders(dutch[key]) });
    }
  });
});
