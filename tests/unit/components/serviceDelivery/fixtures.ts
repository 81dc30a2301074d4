import type { IndicatorValue, PerformanceIndicator } from '../../../../src/domain/serviceDelivery';
import { parseCalendarDate } from '../../../../src/domain/time';
import { createInMemoryRepositories, type InMemoryRepositories } from '../../../support/inMemoryRepository';
import { storedPartnership } from '../../../support/partnershipFixtures';

/** The demo's "today": the 3rd quarter of 2026 is over and its report was due on 11 November. */
export const TODAY = parseCalendarDate('2026-11-26');

export function indicator(partnershipId: number, overrides: Partial<PerformanceIndicator> = {}): PerformanceIndicator {
  return {
    partnershipId,
    name: 'Bezwaren binnen termijn',
    description: '',
    unit: 'procent',
    direction: 'hoger-is-beter',
    target: 95,
    reportingFrequency: 'kwartaal',
    valueSource: 'rapportage-partner',
    reportingFrom: parseCalendarDate('2026-01-01'),
    isActive: true,
    ...overrides,
  };
}

export function value(indicatorId: number, partnershipId: number, period: string, periodEnd: string, reported: number): IndicatorValue {
  return { indicatorId, partnershipId, period, periodEnd: parseCalendarDate(periodEnd), value: reported, reportedOn: parseCalendarDate('2026-11-01'), notes: '' };
}

/**
 * Two partnerships: GBTwente with "Bezwaren binnen termijn" (K1 96, K2 97, K3 91: the latest off target) and
 * Stadsbank with "Wachttijd" (lower is better, K1 and K2 reported, K3 missing).
 */
export async function seededRepositories(): Promise<{ repositories: InMemoryRepositories; gbtwente: number; stadsbank: number; bezwaren: number; wachttijd: number }> {
  const repositories = createInMemoryRepositories();
  const { id: _gid, etag: _getag, ...gbtwenteValue } = storedPartnership(1, { name: 'GBTwente' });
  const { id: _sid, etag: _setag, ...stadsbankValue } = storedPartnership(2, { name: 'Stadsbank Oost-Nederland' });
  const gbtwente = (await repositories.partnerships.create(gbtwenteValue)).id;
  const stadsbank = (await repositories.partnerships.create(stadsbankValue)).id;
  const bezwaren = (await repositories.performanceIndicators.create(indicator(gbtwente))).id;
  const wachttijd = (await repositories.performanceIndicators.create(indicator(stadsbank, { name: 'Wachttijd tot eerste gesprek', unit: 'dagen', direction: 'lager-is-beter', target: 28 }))).id;
  await repositories.indicatorValues.createMany([
    value(bezwaren, gbtwente, '2026-K1', '2026-03-31', 96),
    value(bezwaren, gbtwente, '2026-K2', '2026-06-30', 97),
    value(bezwaren, gbtwente, '2026-K3', '2026-09-30', 91),
    value(wachttijd, stadsbank, '2026-K1', '2026-03-31', 24),
    value(wachttijd, stadsbank, '2026-K2', '2026-06-30', 21),
  ]);
  return { repositories, gbtwente, stadsbank, bezwaren, wachttijd };
}

/** jsdom's window has no structuredClone; the in-memory repository copies plain data with it. */
export function installStructuredClone(): void {
  if (typeof globalThis.structuredClone !== 'function') {
    globalThis.structuredClone = <T,>(input: T): T => JSON.parse(JSON.stringify(input)) as T;
  }
}
