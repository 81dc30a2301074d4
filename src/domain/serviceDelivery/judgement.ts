import type { IndicatorUnit, PerformanceIndicator } from './models';

/*
 * Judging a reported value against the agreed target (seed 002, aanbeveling 4: afspraken over kwantiteit en
 * kwaliteit) and the trend over the last periods.
 */

const NUMBER = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const EURO = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2, minimumFractionDigits: 0 });

/**
 * A value with its unit as Dutch text.
 *
 * @example
 * formatIndicatorValue('procent', 96.5) //=> '96,5%'
 * formatIndicatorValue('dagen', 1) //=> '1 dag'
 */
export function formatIndicatorValue(unit: IndicatorUnit, value: number): string {
  switch (unit) {
    case 'procent':
      return `${NUMBER.format(value)}%`;
    case 'euro':
      return EURO.format(value);
    case 'dagen':
      return `${NUMBER.format(value)} ${value === 1 ? 'dag' : 'dagen'}`;
    case 'uren':
      return `${NUMBER.format(value)} uur`;
    case 'cijfer':
    case 'aantal':
      return NUMBER.format(value);
  }
}

export type JudgementKind = 'on-target' | 'off-target' | 'no-target';

export interface ValueJudgement {
  readonly kind: JudgementKind;
  /** How far the value is from the target or band, in the unit; 0 when on target or without target. */
  readonly shortfall: number;
  /** One Dutch sentence, e.g. "90% blijft onder de norm van minimaal 95%." */
  readonly sentence: string;
}

type TargetFields = Pick<PerformanceIndicator, 'unit' | 'direction' | 'target' | 'targetLow' | 'targetHigh'>;

/** The target as Dutch text: "minimaal 95%", "hoogstens 14 dagen", "tussen 900 en 1.100"; undefined without one. */
export function targetText(indicator: TargetFields): string | undefined {
  const format = (value: number): string => formatIndicatorValue(indicator.unit, value);
  if (indicator.direction === 'binnen-bandbreedte') {
    return indicator.targetLow !== undefined && indicator.targetHigh !== undefined ? `tussen ${format(indicator.targetLow)} en ${format(indicator.targetHigh)}` : undefined;
  }
  if (indicator.target === undefined) return undefined;
  return `${indicator.direction === 'hoger-is-beter' ? 'minimaal' : 'hoogstens'} ${format(indicator.target)}`;
}

/**
 * Whether a value meets the indicator's target: at least the target when higher is better, at most the target when
 * lower is better, within the band (bounds included) for a band. An indicator without a target is not judged.
 *
 * @example
 * judgeValue({ unit: 'procent', direction: 'hoger-is-beter', target: 95 }, 90).sentence
 * //=> '90% blijft onder de norm van minimaal 95%.'
 */
export function judgeValue(indicator: TargetFields, value: number): ValueJudgement {
  const shown = formatIndicatorValue(indicator.unit, value);
  const target = targetText(indicator);
  if (target === undefined) return { kind: 'no-target', shortfall: 0, sentence: `${shown}; voor deze indicator is geen norm vastgelegd.` };
  if (indicator.direction === 'binnen-bandbreedte') {
    const low = indicator.targetLow as number;
    const high = indicator.targetHigh as number;
    if (value < low) return { kind: 'off-target', shortfall: low - value, sentence: `${shown} ligt onder de bandbreedte ${target}.` };
    if (value > high) return { kind: 'off-target', shortfall: value - high, sentence: `${shown} ligt boven de bandbreedte ${target}.` };
    return { kind: 'on-target', shortfall: 0, sentence: `${shown} ligt binnen de bandbreedte ${target}.` };
  }
  const norm = indicator.target as number;
  if (indicator.direction === 'hoger-is-beter') {
    return value >= norm
      ? { kind: 'on-target', shortfall: 0, sentence: `${shown} haalt de norm van ${target}.` }
      : { kind: 'off-target', shortfall: norm - value, sentence: `${shown} blijft onder de norm van ${target}.` };
  }
  return value <= norm
    ? { kind: 'on-target', shortfall: 0, sentence: `${shown} blijft binnen de norm van ${target}.` }
    : { kind: 'off-target', shortfall: value - norm, sentence: `${shown} ligt boven de norm van ${target}.` };
}

export type TrendDirection = 'rising' | 'falling' | 'flat';
export type TrendAssessment = 'improving' | 'worsening' | 'neutral';

export interface Trend {
  readonly direction: TrendDirection;
  /** Whether the movement is good given the indicator's direction (for a band: moving towards or away from it). */
  readonly assessment: TrendAssessment;
  /** How many values the trend is based on. */
  readonly pointCount: number;
  /** E.g. "Stijgend over de laatste 4 perioden: een verbetering." */
  readonly sentence: string;
}

/**
 * A change smaller than this fraction of the largest value (in absolute terms) counts as flat: a report rounds its
 * figures, so 96,1% after 96,0% is no trend.
 */
export const TREND_FLAT_FRACTION = 0.02;

/** Least-squares fitted change from the first to the last point, so one outlier in the middle does not decide it. */
function fittedChange(values: readonly number[]): number {
  const count = values.length;
  const meanX = (count - 1) / 2;
  const meanY = values.reduce((sum, value) => sum + value, 0) / count;
  let numerator = 0;
  let denominator = 0;
  values.forEach((value, index) => {
    numerator += (index - meanX) * (value - meanY);
    denominator += (index - meanX) ** 2;
  });
  return (numerator / denominator) * (count - 1);
}

function distanceToBand(indicator: TargetFields, value: number): number | undefined {
  if (indicator.targetLow === undefined || indicator.targetHigh === undefined) return undefined;
  return value < indicator.targetLow ? indicator.targetLow - value : value > indicator.targetHigh ? value - indicator.targetHigh : 0;
}

/**
 * The trend of the values (oldest first), or undefined with fewer than two. Rising is an improvement when higher is
 * better, falling when lower is better; for a band, coming closer to the band is an improvement.
 *
 * @example
 * trendOf({ unit: 'dagen', direction: 'lager-is-beter', target: 14 }, [20, 18, 15, 12])
 * //=> { direction: 'falling', assessment: 'improving', pointCount: 4, sentence: 'Dalend over de laatste 4 perioden: een verbetering.' }
 */
export function trendOf(indicator: TargetFields, values: readonly number[]): Trend | undefined {
  if (values.length < 2) return undefined;
  const change = fittedChange(values);
  const scale = Math.max(...values.map((value) => Math.abs(value)));
  const direction: TrendDirection = Math.abs(change) <= TREND_FLAT_FRACTION * scale ? 'flat' : change > 0 ? 'rising' : 'falling';
  let assessment: TrendAssessment = 'neutral';
  if (direction !== 'flat') {
    if (indicator.direction === 'hoger-is-beter') assessment = direction === 'rising' ? 'improving' : 'worsening';
    else if (indicator.direction === 'lager-is-beter') assessment = direction === 'falling' ? 'improving' : 'worsening';
    else {
      const before = distanceToBand(indicator, values[0]);
      const after = distanceToBand(indicator, values[values.length - 1]);
      if (before !== undefined && after !== undefined && before !== after) assessment = after < before ? 'improving' : 'worsening';
    }
  }
  const periods = `over de laatste ${values.length} perioden`;
  const verdict = assessment === 'improving' ? ': een verbetering.' : assessment === 'worsening' ? ': een verslechtering.' : '.';
  const word = direction === 'flat' ? 'Stabiel' : direction === 'rising' ? 'Stijgend' : 'Dalend';
  return { direction, assessment, pointCount: values.length, sentence: `${word} ${periods}${verdict}` };
}
