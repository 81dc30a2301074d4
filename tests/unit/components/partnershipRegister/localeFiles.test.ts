import { loadWebPartStrings } from '../../../support/amdStrings';

const dutch = loadWebPartStrings('partnershipRegister', 'nl-nl') as Record<string, unknown>;
const english = loadWebPartStrings('partnershipRegister', 'en-us') as Record<string, unknown>;

describe('the register strings files', () => {
  it('give every locale the same keys, so no text is missing in one language', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(dutch).sort());
  });

  it('have a non-empty text for every key', () => {
    for (const strings of [dutch, english]) {
      for (const [key, value] of Object.entries(strings)) {
        expect({ key, ok: typeof value === 'string' && value.trim() !== '' }).toEqual({ key, ok: true });
      }
    }
  });

  it('keep the {0} placeholder of the count in both languages', () => {
    expect(dutch.CountLabel).toContain('{0}');
    expect(english.CountLabel).toContain('{0}');
  });
});
