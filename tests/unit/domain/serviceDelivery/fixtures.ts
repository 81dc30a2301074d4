import type { CalendarDate, Stored } from '../../../../src/domain/models';
import type { IndicatorValue, PerformanceIndicator, SatisfactionMeasurement, ServiceAgreement } from '../../../../src/domain/serviceDelivery';
import { parseCalendarDate } from '../../../../src/domain/time';

/** Valid service-delivery values for tests that change one field at a time. */

export const day = (text: string): CalendarDate => parseCalendarDate(text);
export const TODAY = day('2026-11-26');

export function indicator(id: number, changes: Partial<PerformanceIndicator> = {}): Stored<PerformanceIndicator> {
  return {
    id,
    etag: `"${id}"`,
    partnershipId: 1,
    name: 'Bezwaren binnen termijn afgehandeld',
    description: '',
    unit: 'procent',
    direction: 'hoger-is-beter',
    target: 95,
    reportingFrequency: 'kwartaal',
    valueSource: 'rapportage-partner',
    reportingFrom: day('2025-01-01'),
    isActive: true,
    ...changes,
  };
}

const QUARTER_ENDS = ['03-31', '06-30', '09-30', '12-31'];

let nextValueId = 1000;

export function value(indicatorId: number, period: string, reported: number, changes: Partial<Stored<IndicatorValue>> = {}): Stored<IndicatorValue> {
  const quarter = /^(\d{4})-K([1-4])$/.exec(period);
  const periodEnd = quarter ? day(`${quarter[1]}-${QUARTER_ENDS[Number(quarter[2]) - 1]}`) : day('2026-06-30');
  nextValueId += 1;
  return {
    id: nextValueId,
    etag: `"${nextValueId}"`,
    indicatorId,
    partnershipId: 1,
    period,
    periodEnd,
    value: reported,
    reportedOn: periodEnd,
    notes: '',
    ...changes,
  };
}

export const VALID_AGREEMENT: ServiceAgreement = {
  partnershipId: 1,
  name: 'DVO Belastingen 2025-2028',
  kind: 'dvo',
  startDate: day('2025-01-01'),
  endDate: day('2028-12-31'),
  renewalDate: day('2027-12-31'),
  notes: '',
};

export const VALID_MEASUREMENT: SatisfactionMeasurement = {
  partnershipId: 1,
  subject: 'Klanttevredenheid belastingzaken 2026',
  measuredOn: day('2026-10-15'),
  measuredBy: 'regievoerder',
  method: 'Enquête onder inwoners',
  score: 7.4,
  scaleMax: 10,
  respondents: 412,
  comments: '',
};
