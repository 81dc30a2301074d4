import { BBV_GROUP_CHOICES } from '../../../../src/schema';
import { BBV_GROUP_NAMES, FORM_ERROR_KEY, validateMunicipality, validatePartnership } from '../../../../src/domain/validation';
import { parseCalendarDate } from '../../../../src/domain/time';
import { deepFrozen, NOT_IMPORTANT, VALID_PARTNERSHIP } from '../examples';

function errorsOf(input: unknown, today?: string): Readonly<Record<string, string>> {
  const result = validatePartnership(input, today === undefined ? {} : { today: parseCalendarDate(today) });
  return result.ok ? {} : result.errors;
}

describe('validatePartnership', () => {
  it('accepts a complete partnership and returns it unchanged', () => {
    const result = validatePartnership(VALID_PARTNERSHIP);
    expect(result).toEqual({ ok: true, value: VALID_PARTNERSHIP });
  });

  it('accepts a partnership without the optional people, dates and website', () => {
    const { portfolioHolder, accountHolder, lastRefreshed, evaluationPeriodYears, website, ...rest } = VALID_PARTNERSHIP;
    expect(validatePartnership(rest).ok).toBe(true);
  });

  it('keeps properties the model does not know, such as the id and etag of a stored item', () => {
    const stored = { ...VALID_PARTNERSHIP, id: 7, etag: '"3"' };
    const result = validatePartnership(stored);
    expect(result.ok && result.value).toEqual(stored);
  });

  it('does not mutate the input', () => {
    const frozen = deepFrozen({ ...VALID_PARTNERSHIP, name: ' ', bbvGroup: 'overige' });
    expect(() => validatePartnership(frozen)).not.toThrow();
    expect(frozen.name).toBe(' ');
  });

  it.each([
    ['empty', ''],
    ['whitespace only', '   \t'],
  ])('asks for a name when it is %s', (_case, name) => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, name })).toEqual({ name: 'Vul een naam in.' });
  });

  it('accepts a name with spaces around it, as typed', () => {
    const result = validatePartnership({ ...VALID_PARTNERSHIP, name: '  GBTwente ' });
    expect(result.ok && result.value.name).toBe('  GBTwente ');
  });

  it('asks for a name when it is missing altogether', () => {
    const { name, ...withoutName } = VALID_PARTNERSHIP;
    expect(errorsOf(withoutName).name).toBe('Vul een naam in.');
  });

  it('refuses a name longer than SharePoint’s 255 characters', () => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, name: 'x'.repeat(256) })).toEqual({ name: 'Gebruik hoogstens 255 tekens.' });
    expect(validatePartnership({ ...VALID_PARTNERSHIP, name: 'x'.repeat(255) }).ok).toBe(true);
  });

  it('asks to choose a legal form when the value is unknown', () => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, legalForm: 'gr' })).toEqual({ legalForm: 'Kies een rechtsvorm.' });
  });

  it.each([
    ['stichting', 'gemeenschappelijke-regelingen', 'Stichtingen en verenigingen'],
    ['gr-openbaar-lichaam', 'overige', 'Gemeenschappelijke regelingen'],
    ['nv-bv', 'stichtingen-en-verenigingen', 'Vennootschappen en coöperaties'],
    ['cooperatie', 'gemeenschappelijke-regelingen', 'Vennootschappen en coöperaties'],
    ['vereniging', 'vennootschappen-en-cooperaties', 'Stichtingen en verenigingen'],
  ])('refuses legal form %s in BBV group %s, naming the right group', (legalForm, bbvGroup, groupName) => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, legalForm, bbvGroup })).toEqual({
      bbvGroup: `Bij deze rechtsvorm hoort de BBV-groep ‘${groupName}’ (BBV art. 15).`,
    });
  });

  it('lets the legal form "overig" be reported in any BBV group', () => {
    expect(validatePartnership({ ...VALID_PARTNERSHIP, legalForm: 'overig', bbvGroup: 'stichtingen-en-verenigingen' }).ok).toBe(true);
  });

  it('reports only the legal form, not a group mismatch, when the legal form itself is wrong', () => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, legalForm: '', bbvGroup: 'overige' })).toEqual({ legalForm: 'Kies een rechtsvorm.' });
  });

  it('asks for at least one task layer and refuses unknown ones', () => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, taskLayers: [] })).toEqual({ taskLayers: 'Kies minstens één taaklaag.' });
    expect(errorsOf({ ...VALID_PARTNERSHIP, taskLayers: ['uitvoering', 'politiek'] })).toEqual({ taskLayers: 'Kies een taaklaag uit de lijst.' });
    expect(errorsOf({ ...VALID_PARTNERSHIP, taskLayers: ['beleid', 'beleid'] })).toEqual({ taskLayers: 'Kies elke waarde maar één keer.' });
  });

  it('refuses participants that are not item ids, or the same one twice', () => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, participantIds: [1, 0] })).toEqual({ participantIds: 'Kies de deelnemers uit de lijst met gemeenten.' });
    expect(errorsOf({ ...VALID_PARTNERSHIP, participantIds: [2, 2] })).toEqual({ participantIds: 'Elke deelnemer mag maar één keer voorkomen.' });
  });

  it('asks for whom an important partnership matters', () => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, importance: { ...NOT_IMPORTANT, risks: true } })).toEqual({
      'importance.audiences': 'Geef aan voor wie het samenwerkingsverband belangrijk is: raad, college of ambtelijke organisatie.',
    });
    expect(validatePartnership({ ...VALID_PARTNERSHIP, importance: NOT_IMPORTANT }).ok).toBe(true);
  });

  it('reports an unknown audience under importance.audiences', () => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, importance: { ...NOT_IMPORTANT, audiences: ['burgers'] } })).toEqual({
      'importance.audiences': 'Kies voor wie: raad, college of ambtelijke organisatie.',
    });
  });

  it('asks for the importance when it is missing', () => {
    const { importance, ...rest } = VALID_PARTNERSHIP;
    expect(errorsOf(rest)).toEqual({ importance: 'Geef het belang van het samenwerkingsverband aan.' });
  });

  it('refuses a last-refreshed date that does not exist or is not yyyy-MM-dd', () => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, lastRefreshed: '2026-02-30' })).toEqual({
      lastRefreshed: 'Vul de datum van laatste actualisatie in als jjjj-mm-dd: dit is geen bestaande datum (2026-02-30).',
    });
    expect(Object.keys(errorsOf({ ...VALID_PARTNERSHIP, lastRefreshed: '15-07-2026' }))).toEqual(['lastRefreshed']);
  });

  it('refuses a last-refreshed date after today when today is given, and accepts today itself', () => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, lastRefreshed: '2026-11-27' }, '2026-11-26')).toEqual({
      lastRefreshed: 'De datum van laatste actualisatie ligt in de toekomst.',
    });
    expect(validatePartnership({ ...VALID_PARTNERSHIP, lastRefreshed: '2026-11-26' }, { today: parseCalendarDate('2026-11-26') }).ok).toBe(true);
  });

  it('refuses an evaluation period outside 1–20 whole years', () => {
    for (const evaluationPeriodYears of [0, 21, 2.5]) {
      expect(errorsOf({ ...VALID_PARTNERSHIP, evaluationPeriodYears })).toEqual({
        evaluationPeriodYears: 'Vul een evaluatieperiode van 1 tot en met 20 hele jaren in.',
      });
    }
  });

  it('refuses a website that is not an http(s) address', () => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, website: 'www.gbtwente.nl' })).toEqual({ website: 'Dit is geen geldig webadres: www.gbtwente.nl' });
    expect(errorsOf({ ...VALID_PARTNERSHIP, website: 'javascript:alert(1)' })).toEqual({ website: 'Dit is geen geldig webadres: javascript:alert(1)' });
    expect(validatePartnership({ ...VALID_PARTNERSHIP, website: '' }).ok).toBe(true);
  });

  it('refuses an accounthouder without a name or with a wrong address, on the person’s field', () => {
    expect(errorsOf({ ...VALID_PARTNERSHIP, accountHolder: { displayName: ' ' } })).toEqual({ accountHolder: 'Kies een accounthouder.' });
    expect(errorsOf({ ...VALID_PARTNERSHIP, accountHolder: { displayName: 'Anne', email: 'anne@' } })).toEqual({
      accountHolder: 'Dit is geen geldig e-mailadres: anne@',
    });
  });

  it('reports every wrong field at once, one Dutch sentence each', () => {
    const errors = errorsOf({ ...VALID_PARTNERSHIP, name: '', status: 'weg', hasFinancialInterest: 'ja' });
    expect(errors).toEqual({
      name: 'Vul een naam in.',
      status: 'Kies een status.',
      hasFinancialInterest: 'Geef aan of de gemeente een financieel belang heeft.',
    });
  });

  it('says so when there is no object at all', () => {
    for (const input of [undefined, null, 'GBTwente', []]) {
      expect(errorsOf(input)).toEqual({ [FORM_ERROR_KEY]: 'Er is niets ingevuld om te controleren.' });
    }
  });

  it('names the BBV groups as the schema labels them', () => {
    for (const option of BBV_GROUP_CHOICES) {
      expect(BBV_GROUP_NAMES[option.value as keyof typeof BBV_GROUP_NAMES]).toBe(option.label);
    }
  });
});

describe('validateMunicipality', () => {
  it('accepts a name and region', () => {
    expect(validateMunicipality({ name: 'Hof van Twente', region: 'Twente' })).toEqual({ ok: true, value: { name: 'Hof van Twente', region: 'Twente' } });
  });

  it('asks for a name and accepts an empty region', () => {
    expect(validateMunicipality({ name: ' ', region: '' })).toEqual({ ok: false, errors: { name: 'Vul de naam van de gemeente in.' } });
  });
});

describe('validateMunicipality: the council schedule fields (issue 8)', () => {
  it('accepts an https or webcal feed and a lead time in whole weeks', () => {
    expect(validateMunicipality({ name: 'Hof van Twente', region: 'Twente', councilFeedUrl: 'webcal://raad.example.org/agenda.ics', collegeLeadWeeks: 3 }).ok).toBe(true);
  });

  it('refuses a feed address that is not one, and a lead time beyond half a year, in Dutch', () => {
    const result = validateMunicipality({ name: 'Hof van Twente', region: 'Twente', councilFeedUrl: 'raad agenda', collegeLeadWeeks: 30 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.councilFeedUrl).toBe('Dit is geen adres van een agenda-feed (https:// of webcal://): raad agenda');
      expect(result.errors.collegeLeadWeeks).toBe('Vul 0 tot en met 26 hele weken in.');
    }
  });
});
