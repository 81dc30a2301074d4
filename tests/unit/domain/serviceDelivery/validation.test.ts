import {
  indicatorValueInput,
  validateIndicator,
  validateIndicatorValue,
  validateSatisfactionMeasurement,
  validateServiceAgreement,
} from '../../../../src/domain/serviceDelivery';
import { TODAY, VALID_AGREEMENT, VALID_MEASUREMENT, day, indicator } from './fixtures';

function errorsOf(result: { ok: boolean; errors?: Readonly<Record<string, string>> }): Readonly<Record<string, string>> {
  return result.ok ? {} : (result.errors ?? {});
}

describe('validateIndicator', () => {
  const valid = (() => {
    const { id: _id, etag: _etag, ...plain } = indicator(1);
    return plain;
  })();

  it('accepts a valid indicator and keeps the input untouched', () => {
    const input = { ...valid };
    expect(validateIndicator(input).ok).toBe(true);
    expect(input).toEqual(valid);
  });

  it('says in Dutch what is wrong with each field', () => {
    expect(errorsOf(validateIndicator({ ...valid, name: '  ' })).name).toBe('Geef de indicator een naam.');
    expect(errorsOf(validateIndicator({ ...valid, unit: 'kilo' })).unit).toBe('Kies de eenheid van de indicator.');
    expect(errorsOf(validateIndicator({ ...valid, direction: 'omhoog' })).direction).toBe('Kies of hoger of lager beter is, of een bandbreedte.');
    expect(errorsOf(validateIndicator({ ...valid, reportingFrequency: 'week' })).reportingFrequency).toBe('Kies hoe vaak over de indicator wordt gerapporteerd.');
    expect(errorsOf(validateIndicator({ ...valid, valueSource: 'x' })).valueSource).toBe('Kies wie de waarde levert.');
    expect(errorsOf(validateIndicator({ ...valid, reportingFrom: '2026-02-30' })).reportingFrom).toBe(
      'Vul in vanaf welke datum wordt gerapporteerd (jjjj-mm-dd): dit is geen bestaande datum (2026-02-30).',
    );
    expect(errorsOf(validateIndicator({ ...valid, isActive: 'ja' })).isActive).toBe('Geef aan of de indicator nog geldt.');
    expect(errorsOf(validateIndicator({ ...valid, partnershipId: 0 })).partnershipId).toBe('Kies het samenwerkingsverband.');
    expect(errorsOf(validateIndicator({ ...valid, target: Number.NaN })).target).toBe('De norm moet een getal zijn.');
  });

  it('needs a target for higher- and lower-is-better', () => {
    expect(errorsOf(validateIndicator({ ...valid, target: undefined })).target).toBe('Vul de norm in: de waarde die minstens gehaald moet worden.');
    expect(errorsOf(validateIndicator({ ...valid, direction: 'lager-is-beter', target: undefined })).target).toBe('Vul de norm in: de waarde die hoogstens mag worden bereikt.');
  });

  it('needs a band with low not above high for within-band', () => {
    const band = { ...valid, direction: 'binnen-bandbreedte', target: undefined, unit: 'euro' };
    expect(errorsOf(validateIndicator(band))).toEqual({ targetLow: 'Vul de ondergrens van de bandbreedte in.', targetHigh: 'Vul de bovengrens van de bandbreedte in.' });
    expect(errorsOf(validateIndicator({ ...band, targetLow: 1100, targetHigh: 900 })).targetHigh).toBe('De bovengrens mag niet lager zijn dan de ondergrens.');
    expect(validateIndicator({ ...band, targetLow: 900, targetHigh: 900 }).ok).toBe(true);
    expect(validateIndicator({ ...band, targetLow: -500, targetHigh: 900 }).ok).toBe(true);
  });

  it('keeps targets within the unit range', () => {
    expect(errorsOf(validateIndicator({ ...valid, target: 120 })).target).toBe('Een percentage ligt tussen 0 en 100.');
    expect(errorsOf(validateIndicator({ ...valid, unit: 'cijfer', target: 0 })).target).toBe('Een cijfer ligt tussen 1 en 10.');
    expect(errorsOf(validateIndicator({ ...valid, unit: 'dagen', direction: 'lager-is-beter', target: -1 })).target).toBe('Een aantal dagen kan niet negatief zijn.');
    expect(errorsOf(validateIndicator({ ...valid, unit: 'procent', direction: 'binnen-bandbreedte', target: undefined, targetLow: 90, targetHigh: 101 })).targetHigh).toBe(
      'Een percentage ligt tussen 0 en 100.',
    );
  });
});

describe('validateIndicatorValue', () => {
  const quarterly = indicator(7, { reportingFrom: day('2025-01-01') });
  const input = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
    ...indicatorValueInput(quarterly, { period: '2026-K3', value: 96.5, reportedOn: day('2026-10-20'), notes: '' }),
    ...changes,
  });
  const check = (changes: Record<string, unknown>, target = quarterly) => errorsOf(validateIndicatorValue(input(changes), { indicator: target, asOf: TODAY }));

  it('accepts a value for an ended period, with the period end filled in', () => {
    const result = validateIndicatorValue(input(), { indicator: quarterly, asOf: TODAY });
    expect(result.ok).toBe(true);
    expect(input().periodEnd).toBe('2026-09-30');
  });

  it('refuses a period that is not over: "Deze periode is nog niet voorbij."', () => {
    expect(check({ period: '2026-K4', periodEnd: '2026-12-31' }).period).toBe('Deze periode is nog niet voorbij.');
    // On the period's last day it is over.
    expect(errorsOf(validateIndicatorValue(input({ reportedOn: '2026-09-30' }), { indicator: quarterly, asOf: day('2026-09-30') }))).toEqual({});
    expect(errorsOf(validateIndicatorValue(input(), { indicator: quarterly, asOf: day('2026-09-29') })).period).toBe('Deze periode is nog niet voorbij.');
  });

  it('refuses a period of another frequency or no period', () => {
    expect(check({ period: '2026-M03' }).period).toBe('Vul de periode in als 2026-K3 (per kwartaal).');
    expect(check({ period: 'Q3' }).period).toBe('Vul de periode in als 2026-K3 (per kwartaal).');
    expect(check({ period: undefined }).period).toBe('Vul de periode in als 2026-K3 (per kwartaal).');
    expect(check({ period: '2026-K3' }, indicator(7, { reportingFrequency: 'maand' })).period).toBe('Vul de periode in als 2026-M03 (maandelijks).');
    expect(check({ period: '2026-K3' }, indicator(7, { reportingFrequency: 'halfjaar' })).period).toBe('Vul de periode in als 2026-H1 (per halfjaar).');
    expect(check({ period: '2026-K3' }, indicator(7, { reportingFrequency: 'jaar' })).period).toBe('Vul de periode in als 2026 (jaarlijks).');
  });

  it('refuses a period before reporting started', () => {
    expect(check({ period: '2024-K4', periodEnd: '2024-12-31' }).period).toBe('Over 4e kwartaal 2024 is nog niet gerapporteerd: de rapportage loopt vanaf 1 januari 2025.');
  });

  it('checks the period end against the period', () => {
    expect(check({ periodEnd: '2026-09-29' }).periodEnd).toBe('Het einde van 3e kwartaal 2026 is 30 september 2026.');
  });

  it('refuses numbers outside the unit range, per unit', () => {
    expect(check({ value: 100.5 }).value).toBe('Een percentage ligt tussen 0 en 100.');
    expect(check({ value: -1 }).value).toBe('Een percentage ligt tussen 0 en 100.');
    expect(check({ value: 0 })).toEqual({});
    expect(check({ value: 100 })).toEqual({});
    const mark = indicator(7, { unit: 'cijfer', target: 7 });
    expect(check({ value: 0.5 }, mark).value).toBe('Een cijfer ligt tussen 1 en 10.');
    expect(check({ value: 10.1 }, mark).value).toBe('Een cijfer ligt tussen 1 en 10.');
    expect(check({ value: -3 }, indicator(7, { unit: 'aantal', target: 10 })).value).toBe('Een aantal kan niet negatief zijn.');
    expect(check({ value: -3 }, indicator(7, { unit: 'uren', direction: 'lager-is-beter', target: 10 })).value).toBe('Een aantal uren kan niet negatief zijn.');
    expect(check({ value: -2500 }, indicator(7, { unit: 'euro', target: 10 }))).toEqual({});
    expect(check({ value: 'veel' }).value).toBe('Vul de waarde in als getal.');
    expect(check({ value: Number.POSITIVE_INFINITY }).value).toBe('Vul de waarde in als getal.');
  });

  it('refuses a report date in the future and a value of another partnership', () => {
    expect(check({ reportedOn: '2026-11-27' }).reportedOn).toBe('De rapportagedatum ligt in de toekomst.');
    expect(check({ reportedOn: '27-11-2026' }).reportedOn).toBe('Vul de rapportagedatum in als jjjj-mm-dd: dit is geen bestaande datum (27-11-2026).');
    expect(check({ partnershipId: 2 }).partnershipId).toBe('De waarde hoort bij een ander samenwerkingsverband dan de indicator.');
    expect(check({ indicatorId: undefined }).indicatorId).toBe('Kies de indicator.');
  });
});

describe('validateServiceAgreement', () => {
  it('accepts a valid agreement, also without end and renewal', () => {
    expect(validateServiceAgreement(VALID_AGREEMENT).ok).toBe(true);
    expect(validateServiceAgreement({ ...VALID_AGREEMENT, endDate: undefined, renewalDate: undefined }).ok).toBe(true);
  });

  it('needs the end after the start', () => {
    expect(errorsOf(validateServiceAgreement({ ...VALID_AGREEMENT, endDate: '2025-01-01', renewalDate: undefined })).endDate).toBe('De einddatum moet na de ingangsdatum liggen.');
  });

  it('needs the renewal on or before the end, and not before the start', () => {
    expect(errorsOf(validateServiceAgreement({ ...VALID_AGREEMENT, renewalDate: '2029-01-01' })).renewalDate).toBe(
      'De datum voor verlenging of opzegging moet op of vóór de einddatum liggen.',
    );
    expect(validateServiceAgreement({ ...VALID_AGREEMENT, renewalDate: '2028-12-31' }).ok).toBe(true);
    expect(errorsOf(validateServiceAgreement({ ...VALID_AGREEMENT, renewalDate: '2024-12-31' })).renewalDate).toBe('De datum voor verlenging of opzegging ligt vóór de ingangsdatum.');
  });

  it('says what is wrong with the other fields', () => {
    expect(errorsOf(validateServiceAgreement({ ...VALID_AGREEMENT, name: '' })).name).toBe('Geef de afspraak een naam.');
    expect(errorsOf(validateServiceAgreement({ ...VALID_AGREEMENT, kind: 'contract' })).kind).toBe('Kies de soort afspraak.');
    expect(errorsOf(validateServiceAgreement({ ...VALID_AGREEMENT, startDate: undefined })).startDate).toBe('Vul de ingangsdatum in als jjjj-mm-dd.');
    expect(errorsOf(validateServiceAgreement({ ...VALID_AGREEMENT, documentUrl: 'dvo.pdf' })).documentUrl).toBe('Dit is geen geldig webadres: dvo.pdf');
  });
});

describe('validateSatisfactionMeasurement', () => {
  it('accepts a valid measurement', () => {
    expect(validateSatisfactionMeasurement(VALID_MEASUREMENT, { asOf: TODAY }).ok).toBe(true);
    expect(validateSatisfactionMeasurement({ ...VALID_MEASUREMENT, score: 10 }).ok).toBe(true);
    expect(validateSatisfactionMeasurement({ ...VALID_MEASUREMENT, score: 0 }).ok).toBe(true);
  });

  it('keeps the score within 0 and the top of its scale', () => {
    expect(errorsOf(validateSatisfactionMeasurement({ ...VALID_MEASUREMENT, score: 11 })).score).toBe('De score ligt tussen 0 en 10, de top van de schaal.');
    expect(errorsOf(validateSatisfactionMeasurement({ ...VALID_MEASUREMENT, score: 4.5, scaleMax: 4 })).score).toBe('De score ligt tussen 0 en 4, de top van de schaal.');
    expect(errorsOf(validateSatisfactionMeasurement({ ...VALID_MEASUREMENT, score: -1 })).score).toBe('Een score kan niet negatief zijn.');
  });

  it('says what is wrong with the other fields', () => {
    const scaleMessage = 'Vul de top van de schaal in: een getal van 1 tot en met 100 (bijvoorbeeld 10 of 5).';
    expect(errorsOf(validateSatisfactionMeasurement({ ...VALID_MEASUREMENT, scaleMax: 0 })).scaleMax).toBe(scaleMessage);
    expect(errorsOf(validateSatisfactionMeasurement({ ...VALID_MEASUREMENT, subject: '' })).subject).toBe('Vul in wat er gemeten is.');
    expect(errorsOf(validateSatisfactionMeasurement({ ...VALID_MEASUREMENT, measuredBy: 'wethouder' })).measuredBy).toBe('Kies wie de tevredenheid heeft gemeten.');
    expect(errorsOf(validateSatisfactionMeasurement({ ...VALID_MEASUREMENT, respondents: 2.5 })).respondents).toBe(
      'Vul het aantal respondenten in als heel getal (0 of meer), of laat het leeg.',
    );
    expect(errorsOf(validateSatisfactionMeasurement({ ...VALID_MEASUREMENT, score: 'goed' })).score).toBe('Vul de score in als getal.');
    expect(errorsOf(validateSatisfactionMeasurement({ ...VALID_MEASUREMENT, measuredOn: '2026-11-27' }, { asOf: TODAY })).measuredOn).toBe('De datum van de meting ligt in de toekomst.');
  });
});
