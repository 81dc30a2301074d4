import type { Bench, BenchResult } from './harness';
import { bestOf } from './harness';
import type { Stored } from '../src/domain/models';
import {
  lastEndedPeriods,
  periodEnd,
  serviceDeliveryOverview,
  type IndicatorValue,
  type PerformanceIndicator,
} from '../src/domain/serviceDelivery';
import { parseCalendarDate } from '../src/domain/time';

const AS_OF = parseCalendarDate('2026-11-26');
const INDICATORS_PER_PARTNERSHIP = 10;
/** Five years of quarters ending before AS_OF (2021-K4 … 2026-K3). */
const PERIODS = lastEndedPeriods('kwartaal', AS_OF, 20);

interface Fixture {
  readonly partnerships: readonly { readonly id: number; readonly name: string }[];
  readonly indicators: readonly Stored<PerformanceIndicator>[];
  readonly values: readonly Stored<IndicatorValue>[];
}

/** Partnerships with ten quarterly indicators each; one in 50 reports is missing and values drift around the target. */
function fixture(partnershipCount: number): Fixture {
  const partnerships = Array.from({ length: partnershipCount }, (_unused, index) => ({ id: index + 1, name: `Samenwerkingsverband ${String(index + 1).padStart(4, '0')}` }));
  const indicators: Stored<PerformanceIndicator>[] = [];
  const values: Stored<IndicatorValue>[] = [];
  const ends = PERIODS.map((period) => periodEnd(period));
  for (const partnership of partnerships) {
    for (let number = 0; number < INDICATORS_PER_PARTNERSHIP; number += 1) {
      const id = indicators.length + 1;
      indicators.push({
        id,
        etag: '"1"',
        partnershipId: partnership.id,
        name: `Indicator ${number + 1}`,
        description: '',
        unit: 'procent',
        direction: number % 3 === 0 ? 'lager-is-beter' : number % 3 === 1 ? 'hoger-is-beter' : 'binnen-bandbreedte',
        target: 90,
        targetLow: 80,
        targetHigh: 95,
        reportingFrequency: 'kwartaal',
        valueSource: 'rapportage-partner',
        reportingFrom: parseCalendarDate('2021-10-01'),
        isActive: true,
      });
      PERIODS.forEach((period, index) => {
        if ((id + index) % 50 === 0) return;
        values.push({
          id: values.length + 1,
          etag: '"1"',
          indicatorId: id,
          partnershipId: partnership.id,
          period: period.code,
          periodEnd: ends[index],
          value: 80 + ((id * 7 + index * 3) % 20),
          reportedOn: ends[index],
          notes: '',
        });
      });
    }
  }
  return { partnerships, indicators, values };
}

/** The least any view over the values must do: read each value once and compare it with its indicator's target. */
function linearPass(data: Fixture): number {
  const targets = new Map(data.indicators.map((indicator) => [indicator.id, indicator.target ?? 0]));
  let below = 0;
  for (const value of data.values) if (value.value < (targets.get(value.indicatorId) ?? 0)) below += 1;
  return below;
}

/**
 * Issue 9: the cross-partnership view (indicators off target, missing reports) on 1,000 partnerships × 10 indicators
 * × 5 years of quarterly values (≈200,000 values), against one linear pass over the same values, and at 100 versus
 * 1,000 partnerships: it groups the values by indicator once, so it should grow linearly.
 */
export const serviceDeliveryBench: Bench = {
  name: 'Service delivery (issue 9)',
  async run(): Promise<readonly BenchResult[]> {
    const large = fixture(1000);
    const small = fixture(100);
    const view = (data: Fixture) => serviceDeliveryOverview({ ...data, asOf: AS_OF });
    const check = view(large);
    if (check.summaries.length !== large.indicators.length || check.overdue.length === 0 || check.offTarget.length === 0) {
      throw new Error('the cross-partnership view did not cover the fixture');
    }
    // Best of several runs each: the machines are shared, and the least disturbed run is the one to compare.
    const viewMs = await bestOf(7, async () => view(large));
    const passMs = await bestOf(7, async () => linearPass(large));
    const smallMs = await bestOf(7, async () => view(small));
    return [
      {
        name: `cross-partnership view on 1,000 partnerships × 10 indicators (${large.values.length} values) vs one linear pass`,
        figures: { viewMs, linearPassMs: passMs, values: large.values.length, offTarget: check.offTarget.length, overdue: check.overdue.length },
        ratio: { label: 'view / linear pass', value: viewMs / passMs },
      },
      {
        name: 'cross-partnership view at 100 vs 1,000 partnerships (10× the data)',
        figures: { smallMs, largeMs: viewMs },
        ratio: { label: 'large / small (10 = linear)', value: viewMs / smallMs },
      },
    ];
  },
};
