import {
  validateAction,
  validateContact,
  validateDocument,
  validateFinancialFigures,
  validateProcessMoment,
} from '../../../../src/domain/validation';
import { deepFrozen, VALID_ACTION, VALID_CONTACT, VALID_DOCUMENT, VALID_FIGURES, VALID_MOMENT } from '../examples';

function errorsOf(result: { ok: true } | { ok: false; errors: Readonly<Record<string, string>> }): Readonly<Record<string, string>> {
  return result.ok ? {} : result.errors;
}

describe('validateDocument', () => {
  it('accepts document metadata', () => {
    expect(validateDocument(VALID_DOCUMENT)).toEqual({ ok: true, value: VALID_DOCUMENT });
  });

  it.each(['begroting?.pdf', 'a/b.pdf', 'jaarstukken "2025".pdf', 'x|y.docx'])('refuses the character SharePoint forbids in %s', (fileName) => {
    expect(errorsOf(validateDocument({ ...VALID_DOCUMENT, fileName }))).toEqual({
      fileName: `Deze tekens mogen niet in een bestandsnaam: " * : < > ? / \\ | (${fileName})`,
    });
  });

  it.each(['verslag.', ' verslag.pdf', 'map_vti_x.pdf', '~$verslag.docx'])('refuses the name %s SharePoint does not accept', (fileName) => {
    expect(errorsOf(validateDocument({ ...VALID_DOCUMENT, fileName }))).toEqual({ fileName: `SharePoint accepteert deze bestandsnaam niet: ${fileName}` });
  });

  it('asks for a file name, and refuses a year outside 1990–2100', () => {
    expect(errorsOf(validateDocument({ ...VALID_DOCUMENT, fileName: '  ', year: 1989 }))).toEqual({
      fileName: 'Vul een bestandsnaam in.',
      year: 'Vul een jaartal van 1990 tot en met 2100 in.',
    });
  });
});

describe('validateProcessMoment', () => {
  it('accepts a moment on the timeline', () => {
    expect(validateProcessMoment(VALID_MOMENT)).toEqual({ ok: true, value: VALID_MOMENT });
  });

  it('refuses a date that does not exist, naming it', () => {
    expect(errorsOf(validateProcessMoment({ ...VALID_MOMENT, date: '2026-02-30' }))).toEqual({
      date: 'Vul een datum in als jjjj-mm-dd: dit is geen bestaande datum (2026-02-30).',
    });
  });

  it('accepts the leap day of 2028', () => {
    expect(validateProcessMoment({ ...VALID_MOMENT, date: '2028-02-29' }).ok).toBe(true);
  });

  it('asks for a subject, a kind and a date', () => {
    expect(errorsOf(validateProcessMoment({ ...VALID_MOMENT, subject: '', kind: 'vergadering', date: undefined }))).toEqual({
      subject: 'Vul een onderwerp in.',
      kind: 'Kies het soort moment.',
      date: 'Vul een datum in als jjjj-mm-dd.',
    });
  });
});

describe('validateAction', () => {
  it('accepts a recommendation still to be decided', () => {
    expect(validateAction(VALID_ACTION)).toEqual({ ok: true, value: VALID_ACTION });
  });

  it('asks why a recommendation was not adopted (seed 002)', () => {
    expect(errorsOf(validateAction({ ...VALID_ACTION, response: 'niet-overgenomen', responseExplanation: ' ' }))).toEqual({
      responseExplanation: 'Licht toe waarom de aanbeveling niet is overgenomen.',
    });
    expect(validateAction({ ...VALID_ACTION, response: 'niet-overgenomen', responseExplanation: 'Al geregeld in de GR.' }).ok).toBe(true);
  });

  it('refuses a number longer than 20 characters and a planned date that is not a day', () => {
    expect(errorsOf(validateAction({ ...VALID_ACTION, number: '1'.repeat(21), plannedDate: '2026-06-31' }))).toEqual({
      number: 'Gebruik hoogstens 20 tekens.',
      plannedDate: 'Vul de planning in als jjjj-mm-dd: dit is geen bestaande datum (2026-06-31).',
    });
  });

  it('does not mutate the input', () => {
    const frozen = deepFrozen({ ...VALID_ACTION, response: 'niet-overgenomen' });
    expect(() => validateAction(frozen)).not.toThrow();
  });
});

describe('validateContact', () => {
  it('accepts a role-based contact', () => {
    expect(validateContact(VALID_CONTACT)).toEqual({ ok: true, value: VALID_CONTACT });
  });

  it('names a wrong e-mail address', () => {
    expect(errorsOf(validateContact({ ...VALID_CONTACT, email: 'adviseur@gbtwente' }))).toEqual({ email: 'Dit is geen geldig e-mailadres: adviseur@gbtwente' });
  });

  it('asks for an address or a phone number, and accepts either', () => {
    expect(errorsOf(validateContact({ ...VALID_CONTACT, email: '', phone: '' }))).toEqual({ email: 'Vul een e-mailadres of een telefoonnummer in.' });
    expect(validateContact({ ...VALID_CONTACT, email: '', phone: '+31 74 000 00 00' }).ok).toBe(true);
  });

  it('names a wrong phone number', () => {
    expect(errorsOf(validateContact({ ...VALID_CONTACT, phone: 'bel maar' }))).toEqual({ phone: 'Dit is geen geldig telefoonnummer: bel maar' });
  });
});

describe('validateFinancialFigures', () => {
  it('accepts figures with some amounts left out', () => {
    expect(validateFinancialFigures(VALID_FIGURES)).toEqual({ ok: true, value: VALID_FIGURES });
  });

  it('refuses a year outside 1990–2100 and a fractional year', () => {
    for (const year of [1989, 2101, 2026.5]) {
      expect(errorsOf(validateFinancialFigures({ ...VALID_FIGURES, year }))).toEqual({ year: 'Vul een jaartal van 1990 tot en met 2100 in.' });
    }
  });

  it('refuses an amount that is not a finite number', () => {
    expect(errorsOf(validateFinancialFigures({ ...VALID_FIGURES, contribution: '1.250.000', result: Number.POSITIVE_INFINITY }))).toEqual({
      contribution: 'Vul een bedrag in euro’s in.',
      result: 'Vul een bedrag in euro’s in.',
    });
  });

  it('accepts a negative result (a loss)', () => {
    expect(validateFinancialFigures({ ...VALID_FIGURES, result: -125_000 }).ok).toBe(true);
  });

  it('asks to choose begroting or realisatie', () => {
    expect(errorsOf(validateFinancialFigures({ ...VALID_FIGURES, kind: 'prognose' }))).toEqual({ kind: 'Kies begroting of realisatie.' });
  });
});
