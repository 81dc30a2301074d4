import {
  REPORT_GRACE_WEEKS,
  comparePeriods,
  duePeriods,
  isPeriodOver,
  isReportOverdue,
  lastEndedPeriods,
  nextPeriod,
  parsePeriodCode,
  parsePeriodText,
  periodCodeLabel,
  periodContaining,
  periodEnd,
  periodLabel,
  periodShortLabel,
  periodStart,
  previousPeriod,
  reportDueDate,
  reportingPeriod,
} from '../../../../src/domain/serviceDelivery';
import { day } from './fixtures';

describe('period codes', () => {
  it('reads and writes each frequency', () => {
    expect(parsePeriodCode('2026-M03')).toEqual({ frequency: 'maand', year: 2026, index: 3, code: '2026-M03' });
    expect(parsePeriodCode('2026-K3')).toEqual({ frequency: 'kwartaal', year: 2026, index: 3, code: '2026-K3' });
    expect(parsePeriodCode('2026-H1')).toEqual({ frequency: 'halfjaar', year: 2026, index: 1, code: '2026-H1' });
    expect(parsePeriodCode('2026')).toEqual({ frequency: 'jaar', year: 2026, index: 1, code: '2026' });
    expect(reportingPeriod('maand', 2026, 11).code).toBe('2026-M11');
  });

  it('refuses codes that name no period', () => {
    for (const code of ['2026-K5', '2026-K0', '2026-M13', '2026-M00', '2026-M3', '2026-H3', '26-K1', '2026-Q3', 'K3', '']) {
      expect(parsePeriodCode(code)).toBeUndefined();
    }
    expect(() => reportingPeriod('kwartaal', 2026, 5)).toThrow(RangeError);
  });

  it('names periods in Dutch', () => {
    expect(periodLabel(reportingPeriod('kwartaal', 2026, 3))).toBe('3e kwartaal 2026');
    expect(periodLabel(reportingPeriod('maand', 2026, 3))).toBe('maart 2026');
    expect(periodLabel(reportingPeriod('halfjaar', 2026, 1))).toBe('1e halfjaar 2026');
    expect(periodLabel(reportingPeriod('jaar', 2026, 1))).toBe('2026');
    expect(periodShortLabel(reportingPeriod('kwartaal', 2026, 3))).toBe('K3 2026');
    expect(periodShortLabel(reportingPeriod('maand', 2026, 3))).toBe('mrt 2026');
    expect(periodCodeLabel('2026-H2')).toBe('2e halfjaar 2026');
    expect(periodCodeLabel('onzin')).toBe('onzin');
  });

  it('reads periods as reports write them, only for the expected frequency', () => {
    expect(parsePeriodText('Q3 2026', 'kwartaal')?.code).toBe('2026-K3');
    expect(parsePeriodText('k3-2026', 'kwartaal')?.code).toBe('2026-K3');
    expect(parsePeriodText('2026 Q3', 'kwartaal')?.code).toBe('2026-K3');
    expect(parsePeriodText('3e kwartaal 2026', 'kwartaal')?.code).toBe('2026-K3');
    expect(parsePeriodText('2026-k3', 'kwartaal')?.code).toBe('2026-K3');
    expect(parsePeriodText('Maart 2026', 'maand')?.code).toBe('2026-M03');
    expect(parsePeriodText('mrt 2026', 'maand')?.code).toBe('2026-M03');
    expect(parsePeriodText('2026-03', 'maand')?.code).toBe('2026-M03');
    expect(parsePeriodText('03/2026', 'maand')?.code).toBe('2026-M03');
    expect(parsePeriodText('H1 2026', 'halfjaar')?.code).toBe('2026-H1');
    expect(parsePeriodText('2e halfjaar 2026', 'halfjaar')?.code).toBe('2026-H2');
    expect(parsePeriodText('2026', 'jaar')?.code).toBe('2026');
    expect(parsePeriodText('Q3 2026', 'maand')).toBeUndefined();
    expect(parsePeriodText('Q5 2026', 'kwartaal')).toBeUndefined();
    expect(parsePeriodText('smarch 2026', 'maand')).toBeUndefined();
  });
});

describe('period arithmetic', () => {
  it('gives first and last days, leap years included', () => {
    expect(periodStart(reportingPeriod('kwartaal', 2026, 3))).toBe('2026-07-01');
    expect(periodEnd(reportingPeriod('kwartaal', 2026, 3))).toBe('2026-09-30');
    expect(periodEnd(reportingPeriod('kwartaal', 2026, 4))).toBe('2026-12-31');
    expect(periodEnd(reportingPeriod('maand', 2028, 2))).toBe('2028-02-29');
    expect(periodEnd(reportingPeriod('maand', 2026, 2))).toBe('2026-02-28');
    expect(periodEnd(reportingPeriod('halfjaar', 2026, 1))).toBe('2026-06-30');
    expect(periodStart(reportingPeriod('jaar', 2026, 1))).toBe('2026-01-01');
    expect(periodEnd(reportingPeriod('jaar', 2026, 1))).toBe('2026-12-31');
  });

  it('rolls over year ends in both directions', () => {
    expect(nextPeriod(reportingPeriod('kwartaal', 2026, 4)).code).toBe('2027-K1');
    expect(previousPeriod(reportingPeriod('kwartaal', 2027, 1)).code).toBe('2026-K4');
    expect(nextPeriod(reportingPeriod('maand', 2026, 12)).code).toBe('2027-M01');
    expect(previousPeriod(reportingPeriod('halfjaar', 2027, 1)).code).toBe('2026-H2');
    expect(nextPeriod(reportingPeriod('jaar', 2026, 1)).code).toBe('2027');
    expect(comparePeriods(reportingPeriod('kwartaal', 2026, 4), reportingPeriod('kwartaal', 2027, 1))).toBeLessThan(0);
  });

  it('finds the period containing a date', () => {
    expect(periodContaining('kwartaal', day('2026-09-30')).code).toBe('2026-K3');
    expect(periodContaining('kwartaal', day('2026-10-01')).code).toBe('2026-K4');
    expect(periodContaining('halfjaar', day('2026-07-01')).code).toBe('2026-H2');
    expect(periodContaining('maand', day('2026-12-31')).code).toBe('2026-M12');
  });

  it('counts a period over from its last day on', () => {
    const q3 = reportingPeriod('kwartaal', 2026, 3);
    expect(isPeriodOver(q3, day('2026-09-29'))).toBe(false);
    expect(isPeriodOver(q3, day('2026-09-30'))).toBe(true);
  });

  it('makes a report due six weeks after the period, missing from the day after', () => {
    expect(REPORT_GRACE_WEEKS).toBe(6);
    const q3 = reportingPeriod('kwartaal', 2026, 3);
    expect(reportDueDate(q3)).toBe('2026-11-11');
    expect(isReportOverdue(q3, day('2026-11-11'))).toBe(false);
    expect(isReportOverdue(q3, day('2026-11-12'))).toBe(true);
    // Q4 ends on 31 December: its report is due in the next year.
    expect(reportDueDate(reportingPeriod('kwartaal', 2026, 4))).toBe('2027-02-11');
  });

  it('lists the overdue periods from the one containing reportingFrom', () => {
    expect(duePeriods('kwartaal', day('2026-01-01'), day('2026-11-26')).map((period) => period.code)).toEqual(['2026-K1', '2026-K2', '2026-K3']);
    // Reporting from mid-quarter starts with that quarter.
    expect(duePeriods('kwartaal', day('2026-05-15'), day('2026-11-26')).map((period) => period.code)).toEqual(['2026-K2', '2026-K3']);
    expect(duePeriods('kwartaal', day('2025-10-01'), day('2026-02-11')).map((period) => period.code)).toEqual([]);
    expect(duePeriods('kwartaal', day('2025-10-01'), day('2026-02-12')).map((period) => period.code)).toEqual(['2025-K4']);
    expect(duePeriods('jaar', day('2027-01-01'), day('2026-11-26'))).toEqual([]);
  });

  it('gives the last ended periods for a trend, oldest first', () => {
    expect(lastEndedPeriods('kwartaal', day('2026-11-26'), 3).map((period) => period.code)).toEqual(['2026-K1', '2026-K2', '2026-K3']);
    expect(lastEndedPeriods('kwartaal', day('2026-12-31'), 2).map((period) => period.code)).toEqual(['2026-K3', '2026-K4']);
    expect(lastEndedPeriods('halfjaar', day('2027-01-15'), 3).map((period) => period.code)).toEqual(['2025-H2', '2026-H1', '2026-H2']);
  });
});
