import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWebPartStrings } from '../../../support/amdStrings';

const dutch = loadWebPartStrings('serviceDelivery', 'nl-nl') as Record<string, string>;
const english = loadWebPartStrings('serviceDelivery', 'en-us') as Record<string, string>;
const declared = [...readFileSync(join(__dirname, '..', '..', '..', '..', 'src', 'webparts', 'serviceDelivery', 'loc', 'mystrings.d.ts'), 'utf8').matchAll(/^ {2}(\w+): string;$/gm)].map((match) => match[1]);

describe('the "Dienstverlening" strings files', () => {
  it('give both locales exactly the declared keys', () => {
    expect(declared.length).toBeGreaterThan(100);
    expect(Object.keys(dutch).sort()).toEqual([...declared].sort());
    expect(Object.keys(english).sort()).toEqual([...declared].sort());
  });

  it('keep the same placeholders in both languages, and no text empty', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\d\}/g)].map((match) => match[0]).sort();
    for (const key of declared) {
      expect({ key, placeholders: placeholders(english[key]) }).toEqual({ key, placeholders: placeholders(dutch[key]) });
      expect(dutch[key].trim()).not.toBe('');
      expect(english[key].trim()).not.toBe('');
    }
  });
});
