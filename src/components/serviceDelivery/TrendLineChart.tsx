import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import { LineChart, type ILineChartPoints } from '@fluentui/react-charting';

/** One period on the chart: its last day (the x position), its short label and the reported value, if any. */
export interface TrendChartPoint {
  readonly periodEnd: Date;
  readonly label: string;
  readonly value?: number;
  /** What a screen reader says on the point, e.g. "K3 2026: 87%". */
  readonly description: string;
}

/** A horizontal reference line: the norm, or one bound of a band. */
export interface TrendChartReference {
  readonly legend: string;
  readonly value: number;
}

export interface ITrendLineChartProps {
  readonly points: readonly TrendChartPoint[];
  readonly valueLegend: string;
  readonly references: readonly TrendChartReference[];
  /** The chart's accessible name, in the page's language (replaces the library's English description). */
  readonly ariaLabel: string;
  readonly formatValue: (value: number) => string;
  readonly theme: ITheme;
  readonly width: number;
  readonly height: number;
}

/**
 * The trend of one indicator as a Fluent UI (v8) line chart: the reported values as a solid line and the norm as a
 * dashed one. Loaded as its own chunk (`samenwerkingsmonitor-charts`): d3 and the chart code are only fetched when a
 * dashboard shows indicators. The same points are always offered as a table next to it (WCAG 1.1.1).
 */
export default function TrendLineChart(props: ITrendLineChartProps): JSX.Element {
  const reported = props.points.filter((point) => point.value !== undefined);
  const labelByTime = new Map(props.points.map((point) => [point.periodEnd.getTime(), point.label]));
  const lines: ILineChartPoints[] = [
    {
      legend: props.valueLegend,
      color: props.theme.palette.themePrimary,
      data: reported.map((point) => ({
        x: point.periodEnd,
        y: point.value as number,
        xAxisCalloutData: point.label,
        yAxisCalloutData: props.formatValue(point.value as number),
        callOutAccessibilityData: { ariaLabel: point.description },
      })),
    },
    ...props.references.map(
      (reference): ILineChartPoints => ({
        legend: reference.legend,
        // A dark neutral and a dash pattern: the norm is told apart by shape, not by colour alone (WCAG 1.4.1).
        color: props.theme.palette.neutralSecondary,
        lineOptions: { strokeDasharray: '6 4', strokeWidth: 2 },
        data: props.points.map((point) => ({
          x: point.periodEnd,
          y: reference.value,
          xAxisCalloutData: point.label,
          yAxisCalloutData: props.formatValue(reference.value),
          callOutAccessibilityData: { ariaLabel: `${point.label}: ${reference.legend} ${props.formatValue(reference.value)}` },
        })),
      }),
    ),
  ];
  const domain = valueDomain([...reported.map((point) => point.value as number), ...props.references.map((reference) => reference.value)]);
  return (
    <div style={{ width: props.width, height: props.height }}>
      <LineChart
        data={{ lineChartData: lines }}
        width={props.width}
        height={props.height}
        hideLegend={true}
        // Reflow would widen the chart to fit every axis label; in a dashboard card it must keep its width.
        enableReflow={false}
        culture="nl-NL"
        useUTC={true}
        tickValues={axisTicks(props.points.map((point) => point.periodEnd))}
        customDateTimeFormatter={(date: Date) => labelByTime.get(date.getTime()) ?? ''}
        yAxisTickCount={3}
        yMinValue={domain.min}
        yMaxValue={domain.max}
        // Room for the last period's label, which is centred on the right edge.
        margins={{ left: 44, right: 28, top: 12, bottom: 32 }}
        theme={props.theme}
        svgProps={{ 'aria-label': props.ariaLabel }}
      />
    </div>
  );
}

/**
 * The y range of a small trend chart: around the values and the norm with some air, instead of from 0, so a fall from
 * 96% to 91% is visible. It stays at or above 0 when every figure does (a count or percentage never looks negative).
 */
export function valueDomain(figures: readonly number[]): { readonly min: number; readonly max: number } {
  const low = Math.min(...figures);
  const high = Math.max(...figures);
  const air = Math.max((high - low) * 0.25, Math.abs(high) * 0.02, 1);
  const min = Math.floor(low - air);
  return { min: low >= 0 ? Math.max(0, min) : min, max: Math.ceil(high + air) };
}

/** At most four labels fit under a small chart: every n-th period, counted back from the latest, which is always labelled. */
export function axisTicks(dates: readonly Date[], maximum = 4): Date[] {
  const step = Math.max(1, Math.ceil(dates.length / maximum));
  return dates.filter((_date, index) => (dates.length - 1 - index) % step === 0);
}
