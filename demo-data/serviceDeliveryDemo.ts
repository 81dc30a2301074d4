import type { Repositories, Repository } from '../src/data/ports';
import { syncAgreementMoments } from '../src/data/serviceDelivery';
import type { Stored } from '../src/domain/models';
import {
  parsePeriodCode,
  periodEnd,
  type IndicatorValue,
  type PerformanceIndicator,
  type SatisfactionMeasurement,
  type ServiceAgreement,
} from '../src/domain/serviceDelivery';
import { addDaysToCalendarDate, calendarDateOfInstant, parseCalendarDate } from '../src/domain/time';
import { DEMO_NOW } from './demoData';
import { GBTWENTE } from './partnerships';

/*
 * Demo data of service delivery monitoring (issue 9, seed 002 aanbevelingen 3, 4 and 9), relative to the demo's
 * "today", 26 November 2026. The agreements, indicators, figures and measurements are invented and say "(demo)".
 * - GBTwente (belastingen): bezwaren binnen termijn, aanslagen tijdig verzonden and klanttevredenheid; the latest
 *   bezwaren figure (3e kwartaal 2026) is below its target: the off-target value.
 * - Stadsbank Oost-Nederland (schuldhulpverlening): wachttijd tot het eerste gesprek and afgeronde schuldregelingen;
 *   the wachttijd report for the 3e kwartaal 2026 (due 11 November) is missing: the missed report. Its DVO's renewal
 *   date is within three months.
 * - Two satisfaction measurements: one by the regievoerder (GBTwente), one by the partnership itself (Stadsbank),
 *   as seed 002 (aanbeveling 3) leaves open who measures.
 */

export const STADSBANK = 'Stadsbank Oost-Nederland';

interface DemoAgreement extends Omit<ServiceAgreement, 'partnershipId'> {
  readonly partnershipName: string;
}

interface DemoIndicator extends Omit<PerformanceIndicator, 'partnershipId' | 'agreementId'> {
  readonly partnershipName: string;
  readonly agreementName: string;
  /** Values per period code; a period left out is a report not (yet) received. */
  readonly values: Readonly<Record<string, number>>;
}

interface DemoMeasurement extends Omit<SatisfactionMeasurement, 'partnershipId'> {
  readonly partnershipName: string;
}

const day = parseCalendarDate;
const GBT_DVO = 'DVO belastingen GBTwente 2025-2028';
const STADSBANK_DVO = 'DVO schuldhulpverlening Stadsbank 2024-2027';

export const DEMO_AGREEMENTS: readonly DemoAgreement[] = [
  {
    partnershipName: GBTWENTE,
    name: GBT_DVO,
    kind: 'dvo',
    startDate: day('2025-01-01'),
    endDate: day('2028-12-31'),
    renewalDate: day('2027-12-31'),
    notes: 'Heffing en inning van de gemeentelijke belastingen, WOZ-uitvoering en bezwaarafhandeling; kwartaalrapportage binnen zes weken na het kwartaal (demo).',
  },
  {
    partnershipName: STADSBANK,
    name: STADSBANK_DVO,
    kind: 'dvo',
    startDate: day('2024-07-01'),
    endDate: day('2027-06-30'),
    // Within three months of the demo's today: a renewal decision is near.
    renewalDate: day('2027-01-31'),
    notes: 'Schuldhulpverlening, budgetbeheer en kredietverlening voor inwoners; kwartaalrapportage over wachttijden en resultaten (demo).',
  },
];

const QUARTERS_2025_2026 = ['2025-K1', '2025-K2', '2025-K3', '2025-K4', '2026-K1', '2026-K2', '2026-K3'];
/** Figures for the quarters from 2025-K1 on; a shorter list leaves the last quarters unreported. */
const quarterly = (figures: readonly number[]): Readonly<Record<string, number>> => Object.fromEntries(figures.map((figure, index) => [QUARTERS_2025_2026[index], figure] as const));

export const DEMO_INDICATORS: readonly DemoIndicator[] = [
  {
    partnershipName: GBTWENTE,
    agreementName: GBT_DVO,
    name: 'Bezwaren binnen de wettelijke termijn afgehandeld',
    description: 'Deel van de bezwaarschriften dat binnen de termijn van de Awb (art. 7:10) is afgehandeld (demo).',
    unit: 'procent',
    direction: 'hoger-is-beter',
    target: 95,
    reportingFrequency: 'kwartaal',
    valueSource: 'rapportage-partner',
    reportingFrom: day('2025-01-01'),
    isActive: true,
    // The 3e kwartaal 2026 falls below the norm: the demo's off-target value.
    values: quarterly([96.1, 95.4, 97.2, 96.8, 95.9, 95.2, 91.3]),
  },
  {
    partnershipName: GBTWENTE,
    agreementName: GBT_DVO,
    name: 'Aanslagen tijdig verzonden',
    description: 'Deel van de aanslagen gemeentelijke belastingen dat volgens de planning is verzonden (demo).',
    unit: 'procent',
    direction: 'hoger-is-beter',
    target: 98,
    reportingFrequency: 'kwartaal',
    valueSource: 'rapportage-partner',
    reportingFrom: day('2025-01-01'),
    isActive: true,
    values: quarterly([98.6, 99.1, 98.9, 99.3, 98.4, 99.0, 99.2]),
  },
  {
    partnershipName: GBTWENTE,
    agreementName: GBT_DVO,
    name: 'Klanttevredenheid belastingzaken',
    description: 'Gemiddeld rapportcijfer van inwoners na contact met het klantcontactcentrum (demo).',
    unit: 'cijfer',
    direction: 'hoger-is-beter',
    target: 7,
    reportingFrequency: 'halfjaar',
    valueSource: 'rapportage-partner',
    reportingFrom: day('2025-01-01'),
    isActive: true,
    values: { '2025-H1': 7.1, '2025-H2': 7.3, '2026-H1': 7.4 },
  },
  {
    partnershipName: STADSBANK,
    agreementName: STADSBANK_DVO,
    name: 'Wachttijd tot eerste gesprek',
    description: 'Gemiddeld aantal dagen tussen aanmelding en eerste gesprek; de Wet gemeentelijke schuldhulpverlening (art. 4a) vraagt een gesprek binnen vier weken (demo).',
    unit: 'dagen',
    direction: 'lager-is-beter',
    target: 28,
    reportingFrequency: 'kwartaal',
    valueSource: 'rapportage-partner',
    reportingFrom: day('2025-01-01'),
    isActive: true,
    // The report over the 3e kwartaal 2026 has not come in: the demo's missed report.
    values: quarterly([24, 26, 27, 23, 21, 19]),
  },
  {
    partnershipName: STADSBANK,
    agreementName: STADSBANK_DVO,
    name: 'Schuldregelingen succesvol afgerond',
    description: 'Deel van de afgesloten schuldregelingen dat met een schone lei eindigde (demo).',
    unit: 'procent',
    direction: 'binnen-bandbreedte',
    targetLow: 70,
    targetHigh: 100,
    reportingFrequency: 'kwartaal',
    valueSource: 'rapportage-partner',
    reportingFrom: day('2025-01-01'),
    isActive: true,
    values: quarterly([72, 74, 71, 76, 75, 78, 77]),
  },
];

export const DEMO_MEASUREMENTS: readonly DemoMeasurement[] = [
  {
    partnershipName: GBTWENTE,
    subject: 'Tevredenheid ambtelijk opdrachtgeverschap GBTwente 2026',
    measuredOn: day('2026-10-15'),
    measuredBy: 'regievoerder',
    method: 'Vragenlijst onder de vakafdelingen financiën en publiekszaken (demo)',
    score: 7.2,
    scaleMax: 10,
    respondents: 14,
    comments: 'Tevreden over de uitvoering; de kwartaalrapportages komen laat (demo).',
  },
  {
    partnershipName: STADSBANK,
    subject: 'Klanttevredenheidsonderzoek schuldhulpverlening 2026',
    measuredOn: day('2026-09-30'),
    measuredBy: 'samenwerkingsverband',
    method: 'Enquête onder cliënten na afsluiting van het traject, uitgevoerd door de Stadsbank (demo)',
    score: 3.9,
    scaleMax: 5,
    respondents: 236,
    comments: 'Cliënten waarderen de bejegening; de bereikbaarheid per telefoon kan beter (demo).',
  },
];

export interface ServiceDeliveryDemoReport {
  readonly created: Readonly<Record<string, number>>;
  readonly skipped: Readonly<Record<string, number>>;
  readonly failures: readonly string[];
}

function normalised(text: string): string {
  return text.trim().toLocaleLowerCase('nl');
}

/** Creates the values whose natural key is not on the site yet, in one `createMany`; returns every stored item by key. */
async function createMissing<T extends object>(
  name: string,
  repository: Repository<T>,
  values: readonly T[],
  key: (value: T) => string,
  report: { created: Record<string, number>; skipped: Record<string, number>; failures: string[] },
): Promise<Map<string, Stored<T>>> {
  const byKey = new Map<string, Stored<T>>();
  for (const item of await repository.list()) if (!byKey.has(key(item))) byKey.set(key(item), item);
  report.created[name] = 0;
  report.skipped[name] = 0;
  const toCreate = values.filter((value) => {
    if (byKey.has(key(value))) {
      report.skipped[name] += 1;
      return false;
    }
    return true;
  });
  const results = toCreate.length === 0 ? [] : await repository.createMany(toCreate);
  results.forEach((result, index) => {
    if (result.ok) {
      byKey.set(key(result.item), result.item);
      report.created[name] += 1;
    } else {
      report.failures.push(`${name}: '${key(toCreate[index])}' was not created: ${result.error.message}`);
    }
  });
  return byKey;
}

/**
 * Loads the service delivery demo data after the partnerships: agreements, indicators, their values (reported about
 * a month after each period), satisfaction measurements, and the agreements' end and renewal moments on the
 * timeline. Idempotent: agreements and indicators are recognised by partnership and name, values by indicator and
 * period, measurements by partnership, subject and date; what exists is left unchanged.
 */
export async function loadServiceDeliveryDemoData(repositories: Repositories, log: (message: string) => void = () => undefined): Promise<ServiceDeliveryDemoReport> {
  const report = { created: {} as Record<string, number>, skipped: {} as Record<string, number>, failures: [] as string[] };
  const partnershipIds = new Map((await repositories.partnerships.list()).map((partnership) => [normalised(partnership.name), partnership.id]));
  const partnershipId = (name: string): number | undefined => {
    const id = partnershipIds.get(normalised(name));
    if (id === undefined) report.failures.push(`service delivery: unknown partnership '${name}'`);
    return id;
  };

  const agreements = await createMissing(
    'serviceAgreements',
    repositories.serviceAgreements,
    DEMO_AGREEMENTS.flatMap(({ partnershipName, ...agreement }) => {
      const id = partnershipId(partnershipName);
      return id === undefined ? [] : [{ ...agreement, partnershipId: id }];
    }),
    (agreement) => `${agreement.partnershipId}|${normalised(agreement.name)}`,
    report,
  );

  const indicators = await createMissing(
    'performanceIndicators',
    repositories.performanceIndicators,
    DEMO_INDICATORS.flatMap(({ partnershipName, agreementName, values: _values, ...indicator }) => {
      const id = partnershipId(partnershipName);
      if (id === undefined) return [];
      const agreement = agreements.get(`${id}|${normalised(agreementName)}`);
      return [{ ...indicator, partnershipId: id, ...(agreement ? { agreementId: agreement.id } : {}) }];
    }),
    (indicator) => `${indicator.partnershipId}|${normalised(indicator.name)}`,
    report,
  );

  const values: IndicatorValue[] = [];
  for (const demo of DEMO_INDICATORS) {
    const id = partnershipIds.get(normalised(demo.partnershipName));
    const indicator = id === undefined ? undefined : indicators.get(`${id}|${normalised(demo.name)}`);
    if (!indicator) continue;
    for (const [code, figure] of Object.entries(demo.values)) {
      const period = parsePeriodCode(code);
      if (!period) {
        report.failures.push(`indicatorValues: '${code}' is not a period`);
        continue;
      }
      const end = periodEnd(period);
      values.push({ indicatorId: indicator.id, partnershipId: indicator.partnershipId, period: code, periodEnd: end, value: figure, reportedOn: addDaysToCalendarDate(end, 30), notes: 'Uit de kwartaalrapportage (demo).' });
    }
  }
  await createMissing('indicatorValues', repositories.indicatorValues, values, (value) => `${value.indicatorId}|${value.period}`, report);

  await createMissing(
    'satisfactionMeasurements',
    repositories.satisfactionMeasurements,
    DEMO_MEASUREMENTS.flatMap(({ partnershipName, ...measurement }) => {
      const id = partnershipId(partnershipName);
      return id === undefined ? [] : [{ ...measurement, partnershipId: id }];
    }),
    (measurement) => `${measurement.partnershipId}|${normalised(measurement.subject)}|${measurement.measuredOn}`,
    report,
  );

  const moments = await syncAgreementMoments(repositories, calendarDateOfInstant(DEMO_NOW));
  report.failures.push(...moments.failures);
  for (const name of Object.keys(report.created)) log(`${name}: ${report.created[name]} created, ${report.skipped[name]} already there`);
  log(`service delivery moments: ${moments.created} created, ${moments.unchanged} unchanged`);
  return report;
}
