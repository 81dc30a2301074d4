import { validateMeeting, validateMeetingBody } from '../../../../src/domain/validation';
import { deepFrozen, NOW, VALID_BODY, VALID_MEETING } from '../examples';

function bodyErrors(input: unknown): Readonly<Record<string, string>> {
  const result = validateMeetingBody(input);
  return result.ok ? {} : result.errors;
}

function meetingErrors(input: unknown, now: Date = NOW): Readonly<Record<string, string>> {
  const result = validateMeeting(input, { now });
  return result.ok ? {} : result.errors;
}

describe('validateMeetingBody', () => {
  it('accepts a body as seed 000 describes it', () => {
    expect(validateMeetingBody(VALID_BODY)).toEqual({ ok: true, value: VALID_BODY });
  });

  it('names the one wrong external address', () => {
    expect(bodyErrors({ ...VALID_BODY, externalMemberEmails: ['ab-lid@almelo.example', 'wethouder@almelo'] })).toEqual({
      externalMemberEmails: 'Dit is geen geldig e-mailadres: wethouder@almelo',
    });
  });

  it('names all wrong external addresses in one sentence', () => {
    expect(bodyErrors({ ...VALID_BODY, externalMemberEmails: ['geen adres', ' a@b.example'] })).toEqual({
      externalMemberEmails: 'Dit zijn geen geldige e-mailadressen: geen adres,  a@b.example',
    });
  });

  it('accepts an empty list of external members', () => {
    expect(validateMeetingBody({ ...VALID_BODY, externalMemberEmails: [] }).ok).toBe(true);
  });

  it('asks for a name and a category', () => {
    expect(bodyErrors({ ...VALID_BODY, name: '\n', category: 'informeel' })).toEqual({
      name: 'Vul een naam in.',
      category: 'Kies een categorie.',
    });
  });

  it('refuses a short name over 50 characters and a frequency over 255', () => {
    expect(bodyErrors({ ...VALID_BODY, shortName: 'x'.repeat(51), frequencyText: 'y'.repeat(256) })).toEqual({
      shortName: 'Gebruik hoogstens 50 tekens.',
      frequencyText: 'Gebruik hoogstens 255 tekens.',
    });
  });

  it('accepts an empty frequency rule and refuses one that is not JSON', () => {
    expect(validateMeetingBody({ ...VALID_BODY, frequencyRuleJson: '' }).ok).toBe(true);
    expect(validateMeetingBody({ ...VALID_BODY, frequencyRuleJson: '{"perYear":3}' }).ok).toBe(true);
    expect(bodyErrors({ ...VALID_BODY, frequencyRuleJson: '{perYear: 3}' })).toEqual({ frequencyRuleJson: 'De frequentieregel is geen geldige JSON.' });
  });

  it('asks for the partnership', () => {
    expect(bodyErrors({ ...VALID_BODY, partnershipId: undefined })).toEqual({
      partnershipId: 'Kies het samenwerkingsverband. Alleen een intern overleg kan organisatiebreed zijn (zonder samenwerkingsverband).',
    });
  });

  it('reports a member without a name on the members field', () => {
    expect(bodyErrors({ ...VALID_BODY, members: [{ displayName: '' }] })).toEqual({ members: 'Kies de leden uit de personen van de site.' });
  });
});

describe('validateMeeting', () => {
  it('accepts a planned meeting in the future', () => {
    expect(validateMeeting(VALID_MEETING, { now: NOW })).toEqual({ ok: true, value: VALID_MEETING });
  });

  it('refuses an end before the start', () => {
    expect(meetingErrors({ ...VALID_MEETING, end: '2026-12-10T13:00:00+01:00' })).toEqual({ end: 'De eindtijd ligt vóór de begintijd.' });
  });

  it('refuses an end equal to the start', () => {
    expect(meetingErrors({ ...VALID_MEETING, end: VALID_MEETING.start })).toEqual({
      end: 'De eindtijd is gelijk aan de begintijd; een vergadering duurt even.',
    });
  });

  it('compares instants in the repeated autumn hour: 02:40+01:00 is after 02:50+02:00', () => {
    const meeting = { ...VALID_MEETING, start: '2026-10-25T02:50:00+02:00', end: '2026-10-25T02:40:00+01:00', status: 'gehouden' };
    expect(validateMeeting(meeting, { now: NOW }).ok).toBe(true);
  });

  it('refuses a planned meeting that has already ended', () => {
    const past = { ...VALID_MEETING, start: '2026-11-05T14:00:00+01:00', end: '2026-11-05T16:00:00+01:00' };
    expect(meetingErrors(past)).toEqual({ status: 'Deze vergadering ligt in het verleden: kies gehouden of geannuleerd.' });
    expect(validateMeeting({ ...past, status: 'gehouden' }, { now: NOW }).ok).toBe(true);
    expect(validateMeeting({ ...past, status: 'geannuleerd' }, { now: NOW }).ok).toBe(true);
  });

  it('allows a planned meeting that is under way', () => {
    expect(validateMeeting(VALID_MEETING, { now: new Date('2026-12-10T13:30:00Z') }).ok).toBe(true);
  });

  it('refuses a time without offset or with the wrong offset, naming the value', () => {
    expect(meetingErrors({ ...VALID_MEETING, start: '2026-12-10 14:00' })).toEqual({
      start: 'Vul een begintijd in: dit is geen geldig tijdstip (2026-12-10 14:00).',
    });
    expect(meetingErrors({ ...VALID_MEETING, end: '2026-12-10T16:00:00+02:00' })).toEqual({
      end: 'Vul een eindtijd in: dit is geen geldig tijdstip (2026-12-10T16:00:00+02:00).',
    });
  });

  it('asks for a start when it is missing, without a second message about the end', () => {
    expect(meetingErrors({ ...VALID_MEETING, start: undefined })).toEqual({ start: 'Vul een begintijd in.' });
  });

  it('asks for a title', () => {
    expect(meetingErrors({ ...VALID_MEETING, title: ' ' })).toEqual({ title: 'Vul een titel in.' });
  });

  it('does not mutate the input', () => {
    const frozen = deepFrozen({ ...VALID_MEETING, end: '2026-12-10T13:00:00+01:00' });
    expect(() => validateMeeting(frozen, { now: NOW })).not.toThrow();
    expect(frozen.end).toBe('2026-12-10T13:00:00+01:00');
  });
});
