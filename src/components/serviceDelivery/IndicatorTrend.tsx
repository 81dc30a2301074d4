import * as React from 'react';
import { ActionButton, getId, Spinner, SpinnerSize, type ITheme } from '@fluentui/react';
// The modules themselves rather than the barrel, so a dashboard bundle leaves out the report import's code.
import { formatIndicatorValue, judgeValue, type JudgementKind } from '../../domain/serviceDelivery/judgement';
import { parsePeriodCode, periodEnd } from '../../domain/serviceDelivery/periods';
import type { IndicatorSummary } from '../../domain/serviceDelivery/summary';
import type { TrendChartPoint, TrendChartReference } from './TrendLineChart';

const TrendLineChart = React.lazy(() => import(/* webpackChunkName: 'samenwerkingsmonitor-charts' */ './TrendLineChart'));

/** The visible texts of the trend, in the host's language (the dashboard's or the web part's strings). */
export interface IndicatorTrendLabels {
  /** The chart's accessible name, e.g. "Trend van Klanttevredenheid over de laatste 8 perioden". */
  readonly chartLabel: string;
  /** How to read the chart, e.g. "Doorgetrokken lijn: gerapporteerde waarde; gestippelde lijn: norm." */
  readonly legendExplanation: string;
  readonly showTable: string;
  readonly hideTable: string;
  readonly tableCaption: string;
  readonly columnPeriod: string;
  readonly columnValue: string;
  readonly columnJudgement: string;
  readonly missing: string;
  readonly valueLegend: string;
  readonly targetLegend: string;
  readonly lowLegend: string;
  readonly highLegend: string;
  readonly loadingChart: string;
  readonly judgements: Readonly<Record<JudgementKind, string>>;
}

export interface IIndicatorTrendProps {
  readonly summary: IndicatorSummary;
  readonly labels: IndicatorTrendLabels;
  readonly theme: ITheme;
  /** @default 320 */
  readonly width?: number;
  /** @default 160 */
  readonly height?: number;
}

/** The chart's x position of a period: its last day at UTC midnight (a calendar day has no zone). */
function periodEndDate(code: string): Date | undefined {
  const period = parsePeriodCode(code);
  return period ? new Date(`${periodEnd(period)}T00:00:00Z`) : undefined;
}

/**
 * A small trend chart of one indicator over the last periods, against its norm, with the same points as a data
 * table behind "Toon als tabel" (the chart's text alternative, WCAG 1.1.1 and 1.4.1). Without two reported values
 * there is no trend to draw, so only the table is offered.
 */
export function IndicatorTrend(props: IIndicatorTrendProps): JSX.Element {
  const { summary, labels } = props;
  const { indicator } = summary;
  const [tableShown, setTableShown] = React.useState(false);
  const [tableId] = React.useState(() => getId('indicator-trend-table'));
  const format = (value: number): string => formatIndicatorValue(indicator.unit, value);

  const points: TrendChartPoint[] = summary.trendPoints.flatMap((point) => {
    const end = periodEndDate(point.period);
    if (!end) return [];
    const description = `${point.label}: ${point.value === undefined ? labels.missing : format(point.value)}`;
    return [{ periodEnd: end, label: point.label, value: point.value, description }];
  });
  const references: TrendChartReference[] = [];
  if (indicator.direction === 'binnen-bandbreedte') {
    if (indicator.targetLow !== undefined) references.push({ legend: labels.lowLegend, value: indicator.targetLow });
    if (indicator.targetHigh !== undefined) references.push({ legend: labels.highLegend, value: indicator.targetHigh });
  } else if (indicator.target !== undefined) {
    references.push({ legend: labels.targetLegend, value: indicator.target });
  }
  const reportedCount = points.filter((point) => point.value !== undefined).length;
  const width = props.width ?? 320;
  const cell: React.CSSProperties = { padding: '2px 8px', borderBottom: `1px solid ${props.theme.palette.neutralLight}`, textAlign: 'left', fontWeight: 400 };
  const numberCell: React.CSSProperties = { ...cell, textAlign: 'right', fontVariantNumeric: 'tabular-nums' };
  const height = props.height ?? 160;

  return (
    <figure style={{ margin: 0 }} data-testid="indicator-trend" data-indicator-id={indicator.id}>
      {reportedCount >= 2 && (
        <>
          <React.Suspense fallback={<Spinner size={SpinnerSize.small} label={labels.loadingChart} style={{ width, height }} />}>
            <TrendLineChart points={points} valueLegend={labels.valueLegend} references={references} ariaLabel={labels.chartLabel} formatValue={format} theme={props.theme} width={width} height={height} />
          </React.Suspense>
          <figcaption style={{ color: props.theme.semanticColors.bodySubtext, fontSize: props.theme.fonts.small.fontSize }}>{labels.legendExplanation}</figcaption>
        </>
      )}
      <ActionButton
        iconProps={{ iconName: tableShown ? 'ChevronUp' : 'Table' }}
        aria-expanded={tableShown}
        aria-controls={tableShown ? tableId : undefined}
        onClick={() => setTableShown((shown) => !shown)}
      >
        {tableShown ? labels.hideTable : labels.showTable}
      </ActionButton>
      {tableShown && (
        <table id={tableId} data-testid="indicator-trend-table" style={{ borderCollapse: 'collapse', width: '100%' }}>
          <caption style={{ textAlign: 'left', color: props.theme.semanticColors.bodySubtext }}>{labels.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col" style={{ ...cell, fontWeight: 600 }}>
                {labels.columnPeriod}
              </th>
              <th scope="col" style={{ ...numberCell, fontWeight: 600 }}>
                {labels.columnValue}
              </th>
              <th scope="col" style={{ ...cell, fontWeight: 600 }}>
                {labels.columnJudgement}
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.trendPoints.map((point) => (
              <tr key={point.period}>
                <th scope="row" style={cell}>
                  {point.label}
                </th>
                <td style={numberCell}>{point.value === undefined ? labels.missing : format(point.value)}</td>
                <td style={cell}>{point.value === undefined ? '' : labels.judgements[judgeValue(indicator, point.value).kind]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
