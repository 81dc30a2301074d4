import { ORGANISATION_WIDE_ONLY_INTERNAL_MESSAGE, validateMeeting, validateMeetingBody } from '../../../../src/domain/validation';
import { NOW, VALID_BODY, VALID_MEETING } from '../examples';

/*
 * Seed 002: the periodic meeting of all regievoerders belongs to no partnership. Only an internal body may be
 * organisation-wide; any other body still needs its partnership, with a Dutch message that says why.
 */

const withoutPartnership = <T extends { readonly partnershipId?: number }>(value: T): Omit<T, 'partnershipId'> => {
  const { partnershipId: _partnershipId, ...rest } = value;
  return rest;
};

describe('a meeting body without a partnership', () => {
  it('is accepted for category intern (organisation-wide)', () => {
    const body = { ...withoutPartnership(VALID_BODY), name: 'Overleg regievoerders', category: 'intern' };
    expect(validateMeetingBody(body)).toEqual({ ok: true, value: body });
  });

  it('is refused for every other category, with the message on the partnership', () => {
    for (const category of ['formeel', 'bestuurlijk', 'advies-en-uitvoering', 'dienstverlening', 'uitvoering']) {
      const result = validateMeetingBody({ ...withoutPartnership(VALID_BODY), category });
      expect({ category, errors: result.ok ? {} : result.errors }).toEqual({ category, errors: { partnershipId: ORGANISATION_WIDE_ONLY_INTERNAL_MESSAGE } });
    }
    expect(ORGANISATION_WIDE_ONLY_INTERNAL_MESSAGE).toBe('Kies het samenwerkingsverband. Alleen een intern overleg kan organisatiebreed zijn (zonder samenwerkingsverband).');
  });

  it('still refuses a partnership id that is not an item id, whatever the category', () => {
    const result = validateMeetingBody({ ...VALID_BODY, category: 'intern', partnershipId: 0 });
    expect(result.ok ? {} : result.errors).toEqual({ partnershipId: 'Kies het samenwerkingsverband.' });
  });

  it('reports only the category when the category itself is wrong', () => {
    const result = validateMeetingBody({ ...withoutPartnership(VALID_BODY), category: 'informeel' });
    expect(result.ok ? {} : result.errors).toEqual({ category: 'Kies een categorie.' });
  });
});

describe('a meeting of an organisation-wide body', () => {
  it('needs no partnership', () => {
    const meeting = withoutPartnership(VALID_MEETING);
    expect(validateMeeting(meeting, { now: NOW })).toEqual({ ok: true, value: meeting });
  });
});
