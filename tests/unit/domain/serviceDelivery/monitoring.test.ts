import {
  formatIndicatorValue,
  judgeValue,
  latestSatisfaction,
  overdueReports,
  indicatorsOffTarget,
  serviceDeliveryFindings,
  serviceDeliveryOverview,
  summarizeIndicator,
  summarizeIndicators,
  trendOf,
} from '../../../../src/domain/serviceDelivery';
import type { Stored } from '../../../../src/domain/models';
import type { ServiceAgreement } from '../../../../src/domain/serviceDelivery';
import { TODAY, VALID_AGREEMENT, VALID_MEASUREMENT, day, indicator, value } from './fixtures';

const NBSP = '\u00a0';

describe('judgeValue', () => {
  const higher = { unit: 'procent', direction: 'hoger-is-beter', target: 95 } as const;
  const lower = { unit: 'dagen', direction: 'lager-is-beter', target: 14 } as const;
  const band = { unit: 'euro', direction: 'binnen-bandbreedte', targetLow: 900, targetHigh: 1100 } as const;

  it('judges higher-is-better with the target itself on target', () => {
    expect(judgeValue(higher, 95)).toEqual({ kind: 'on-target', shortfall: 0, sentence: '95% haalt de norm van minimaal 95%.' });
    expect(judgeValue(higher, 90.5)).toEqual({ kind: 'off-target', shortfall: 4.5, sentence: '90,5% blijft onder de norm van minimaal 95%.' });
  });

  it('judges lower-is-better', () => {
    expect(judgeValue(lower, 14).kind).toBe('on-target');
    expect(judgeValue(lower, 14).sentence).toBe('14 dagen blijft binnen de norm van hoogstens 14 dagen.');
    expect(judgeValue(lower, 20)).toEqual({ kind: 'off-target', shortfall: 6, sentence: '20 dagen ligt boven de norm van hoogstens 14 dagen.' });
  });

  it('judges a band with both bounds inside', () => {
    expect(judgeValue(band, 900).kind).toBe('on-target');
    expect(judgeValue(band, 1100).kind).toBe('on-target');
    expect(judgeValue(band, 850)).toEqual({ kind: 'off-target', shortfall: 50, sentence: `€${NBSP}850 ligt onder de bandbreedte tussen €${NBSP}900 en €${NBSP}1.100.` });
    expect(judgeValue(band, 1200).sentence).toBe(`€${NBSP}1.200 ligt boven de bandbreedte tussen €${NBSP}900 en €${NBSP}1.100.`);
  });

  it('does not judge without a target', () => {
    expect(judgeValue({ unit: 'aantal', direction: 'hoger-is-beter' }, 12)).toEqual({ kind: 'no-target', shortfall: 0, sentence: '12; voor deze indicator is geen norm vastgelegd.' });
    expect(judgeValue({ unit: 'aantal', direction: 'binnen-bandbreedte', targetLow: 3 }, 12).kind).toBe('no-target');
  });

  it('writes values in Dutch per unit', () => {
    expect(formatIndicatorValue('cijfer', 7.25)).toBe('7,25');
    expect(formatIndicatorValue('aantal', 12345)).toBe('12.345');
    expect(formatIndicatorValue('dagen', 1)).toBe('1 dag');
    expect(formatIndicatorValue('uren', 3.5)).toBe('3,5 uur');
  });
});

describe('trendOf', () => {
  it('needs two values', () => {
    expect(trendOf({ unit: 'procent', direction: 'hoger-is-beter', target: 95 }, [96])).toBeUndefined();
  });

  it('says whether rising or falling is good given the direction', () => {
    expect(trendOf({ unit: 'procent', direction: 'hoger-is-beter', target: 95 }, [90, 92, 94, 97])).toMatchObject({ direction: 'rising', assessment: 'improving' });
    expect(trendOf({ unit: 'procent', direction: 'hoger-is-beter', target: 95 }, [97, 94, 92, 90])).toMatchObject({ direction: 'falling', assessment: 'worsening' });
    expect(trendOf({ unit: 'dagen', direction: 'lager-is-beter', target: 14 }, [20, 18, 15, 12])).toEqual({
      direction: 'falling',
      assessment: 'improving',
      pointCount: 4,
      sentence: 'Dalend over de laatste 4 perioden: een verbetering.',
    });
    expect(trendOf({ unit: 'dagen', direction: 'lager-is-beter', target: 14 }, [12, 15])).toMatchObject({ direction: 'rising', assessment: 'worsening', sentence: 'Stijgend over de laatste 2 perioden: een verslechtering.' });
  });

  it('counts small changes as flat', () => {
    expect(trendOf({ unit: 'procent', direction: 'hoger-is-beter', target: 95 }, [96, 96.5, 96.2, 96.8])).toEqual({ direction: 'flat', assessment: 'neutral', pointCount: 4, sentence: 'Stabiel over de laatste 4 perioden.' });
    expect(trendOf({ unit: 'aantal', direction: 'hoger-is-beter', target: 1 }, [0, 0, 0])?.direction).toBe('flat');
  });

  it('fits a line, so one outlier in the middle does not make a trend', () => {
    expect(trendOf({ unit: 'procent', direction: 'hoger-is-beter', target: 95 }, [96, 96, 60, 96, 96])?.direction).toBe('flat');
  });

  it('judges a band by coming closer to it or moving away', () => {
    const band = { unit: 'euro', direction: 'binnen-bandbreedte', targetLow: 900, targetHigh: 1100 } as const;
    expect(trendOf(band, [1400, 1300, 1200])).toMatchObject({ direction: 'falling', assessment: 'improving' });
    expect(trendOf(band, [1000, 1200, 1400])).toMatchObject({ direction: 'rising', assessment: 'worsening' });
    expect(trendOf(band, [920, 1000, 1080])).toMatchObject({ direction: 'rising', assessment: 'neutral' });
  });
});

describe('summarizeIndicator', () => {
  const bezwaren = indicator(1, { reportingFrom: day('2025-01-01') });
  const values = [
    value(1, '2025-K1', 93),
    value(1, '2025-K2', 94),
    value(1, '2025-K3', 95),
    value(1, '2025-K4', 96),
    value(1, '2026-K1', 97),
    value(1, '2026-K2', 92),
    // 2026-K3 is missing; a value of another indicator does not fill it.
    value(2, '2026-K3', 99),
  ];

  it('gives the latest value, its judgement and the missing reports', () => {
    const summary = summarizeIndicator(bezwaren, values, TODAY);
    expect(summary.latest?.period).toBe('2026-K2');
    expect(summary.latestPeriodLabel).toBe('2e kwartaal 2026');
    expect(summary.judgement?.kind).toBe('off-target');
    expect(summary.overdue.map((report) => report.message)).toEqual(['Rapportage 3e kwartaal 2026 ontbreekt (verwacht uiterlijk 11 november 2026).']);
    expect(summary.overdue[0]).toMatchObject({ partnershipId: 1, indicatorId: 1, period: '2026-K3', dueDate: '2026-11-11' });
  });

  it('gives the last eight periods from the first reporting period, with gaps, oldest first', () => {
    const summary = summarizeIndicator(bezwaren, values, TODAY);
    expect(summary.trendPoints.map((point) => [point.label, point.value])).toEqual([
      ['K1 2025', 93],
      ['K2 2025', 94],
      ['K3 2025', 95],
      ['K4 2025', 96],
      ['K1 2026', 97],
      ['K2 2026', 92],
      ['K3 2026', undefined],
    ]);
    expect(summary.trend?.pointCount).toBe(6);
  });

  it('reports nothing missing for an inactive indicator, and ignores values for or reported after asOf', () => {
    expect(summarizeIndicator({ ...bezwaren, isActive: false }, values, TODAY).overdue).toEqual([]);
    expect(summarizeIndicator(bezwaren, values, day('2026-06-30')).latest?.period).toBe('2026-K2');
    expect(summarizeIndicator(bezwaren, values, day('2026-06-29')).latest?.period).toBe('2026-K1');
    // Reported only after asOf: not known on that day.
    const late = [value(1, '2026-K1', 97, { reportedOn: day('2026-05-20') })];
    expect(summarizeIndicator(bezwaren, late, day('2026-05-19')).latest).toBeUndefined();
    expect(summarizeIndicator(bezwaren, late, day('2026-05-20')).latest?.value).toBe(97);
  });

  it('sorts summaries by name and groups values per indicator', () => {
    const summaries = summarizeIndicators([indicator(2, { name: 'Zaken' }), bezwaren], values, TODAY);
    expect(summaries.map((summary) => [summary.indicator.name, summary.latest?.value])).toEqual([
      ['Bezwaren binnen termijn afgehandeld', 92],
      ['Zaken', 99],
    ]);
  });
});

describe('the cross-partnership view', () => {
  const partnerships = [
    { id: 1, name: 'GBTwente' },
    { id: 2, name: 'Almelo ICT' },
  ];
  const indicators = [
    indicator(1, { partnershipId: 1, name: 'Bezwaren' }),
    indicator(2, { partnershipId: 2, name: 'Beschikbaarheid', target: 99 }),
    indicator(3, { partnershipId: 2, name: 'Storingen', isActive: false }),
    indicator(4, { partnershipId: 3, name: 'Van een partnership buiten de lijst' }),
  ];
  const values = [
    value(1, '2026-K3', 96),
    value(1, '2026-K2', 96),
    value(2, '2026-K3', 97, { partnershipId: 2 }),
    value(3, '2026-K3', 10, { partnershipId: 2 }),
  ];
  const input = { partnerships, indicators, values, asOf: TODAY };

  it('lists active indicators off target, by partnership name', () => {
    expect(indicatorsOffTarget(input).map((row) => [row.partnershipName, row.indicator.name, row.latestPeriodLabel])).toEqual([['Almelo ICT', 'Beschikbaarheid', '3e kwartaal 2026']]);
  });

  it('lists missing reports, oldest due date first, with the partnership named', () => {
    const overdue = overdueReports(input);
    expect(overdue[0]).toMatchObject({ partnershipName: 'Almelo ICT', indicatorName: 'Beschikbaarheid', period: '2025-K1' });
    expect(overdue.some((report) => report.indicatorName === 'Storingen')).toBe(false);
    expect(overdue.filter((report) => report.partnershipName === 'GBTwente').map((report) => report.period)).toEqual(['2025-K1', '2025-K2', '2025-K3', '2025-K4', '2026-K1']);
  });

  it('summarises each indicator of the listed partnerships only', () => {
    expect(serviceDeliveryOverview(input).summaries.map((summary) => summary.indicator.id)).toEqual([2, 3, 1]);
  });
});

describe('serviceDeliveryFindings', () => {
  const agreement = (id: number, changes: Partial<ServiceAgreement>): Stored<ServiceAgreement> => ({ id, etag: '"1"', ...VALID_AGREEMENT, ...changes });

  it('flags a renewal date within three months, and one passed while the agreement runs', () => {
    const findings = serviceDeliveryFindings({
      agreements: [
        agreement(1, { name: 'Binnenkort', renewalDate: day('2027-02-26'), endDate: day('2027-12-31') }),
        agreement(2, { name: 'Te laat', renewalDate: day('2026-10-01'), endDate: day('2026-12-31') }),
        agreement(3, { name: 'Nog ver', renewalDate: day('2027-02-27'), endDate: day('2027-12-31') }),
        agreement(4, { name: 'Afgelopen', renewalDate: day('2025-10-01'), endDate: day('2025-12-31') }),
      ],
      indicators: [],
      values: [],
      asOf: TODAY,
    });
    expect(findings).toEqual([
      { kind: 'renewal-passed', partnershipId: 1, agreementId: 2, subject: 'Te laat', date: '2026-10-01', message: 'De datum voor verlenging of opzegging (1 oktober 2026) is verstreken; de afspraak loopt tot 31 december 2026.' },
      { kind: 'renewal-near', partnershipId: 1, agreementId: 1, subject: 'Binnenkort', date: '2027-02-26', message: 'Besluit over verlenging of opzegging uiterlijk 26 februari 2027.' },
    ]);
  });

  it('gives missing reports and off-target values of active indicators', () => {
    const findings = serviceDeliveryFindings({
      agreements: [],
      indicators: [indicator(1, { reportingFrom: day('2026-01-01') }), indicator(2, { name: 'Oud', isActive: false, reportingFrom: day('2026-01-01') })],
      values: [value(1, '2026-K1', 96), value(1, '2026-K2', 80), value(2, '2026-K2', 10)],
      asOf: TODAY,
    });
    expect(findings.map((finding) => [finding.kind, finding.message])).toEqual([
      ['missing-report', 'Rapportage 3e kwartaal 2026 ontbreekt (verwacht uiterlijk 11 november 2026).'],
      ['off-target', '2e kwartaal 2026: 80% blijft onder de norm van minimaal 95%.'],
    ]);
  });
});

describe('latestSatisfaction', () => {
  it('takes the most recent measurement of the partnership not after asOf', () => {
    const measurements = [
      { id: 1, etag: '"1"', ...VALID_MEASUREMENT, measuredOn: day('2025-10-01') },
      { id: 2, etag: '"1"', ...VALID_MEASUREMENT, measuredOn: day('2026-10-01') },
      { id: 3, etag: '"1"', ...VALID_MEASUREMENT, measuredOn: day('2026-12-01') },
      { id: 4, etag: '"1"', ...VALID_MEASUREMENT, partnershipId: 2, measuredOn: day('2026-11-01') },
    ];
    expect(latestSatisfaction(measurements, 1, TODAY)?.id).toBe(2);
    expect(latestSatisfaction(measurements, 3, TODAY)).toBeUndefined();
  });
});
