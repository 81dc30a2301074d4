import * as React from 'react';
import { Icon, mergeStyleSets, type ITheme } from '@fluentui/react';
import * as strings from 'DashboardStrings';
import type { CalendarDate, Stored } from '../../domain/models';
// The modules themselves rather than the barrel: the dashboard bundle then leaves out the report import's code.
import { targetText, type JudgementKind } from '../../domain/serviceDelivery/judgement';
import type { IndicatorValue, PerformanceIndicator } from '../../domain/serviceDelivery/models';
import { summarizeIndicators } from '../../domain/serviceDelivery/summary';
import { IndicatorTrend, type IndicatorTrendLabels } from '../serviceDelivery';
import type { IDashboardClassNames } from './dashboard.styles';
import { DashboardSection } from './DashboardSection';
import { fill } from './format';

export interface IServiceDeliverySectionProps {
  readonly indicators: readonly Stored<PerformanceIndicator>[];
  readonly values: readonly Stored<IndicatorValue>[];
  /** Decides which periods are over and which reports are overdue. */
  readonly today: CalendarDate;
  readonly classNames: IDashboardClassNames;
  readonly theme: ITheme;
}

const JUDGEMENTS: Readonly<Record<JudgementKind, string>> = {
  'on-target': strings.ServiceDeliveryOnTarget,
  'off-target': strings.ServiceDeliveryOffTarget,
  'no-target': strings.ServiceDeliveryNoTarget,
};

/**
 * Issue 9 on the dashboard (seed 002, aanbeveling 9; seed 004's "dashboard per samenwerking"): the overdue reports,
 * and per agreed indicator the latest value against its norm with a small trend chart over the last periods and the
 * same figures as a table.
 */
export function ServiceDeliverySection(props: IServiceDeliverySectionProps): JSX.Element {
  const styles = getStyles(props.theme);
  const summaries = summarizeIndicators(
    props.indicators.filter((indicator) => indicator.isActive),
    props.values,
    props.today,
  );
  const overdue = summaries.flatMap((summary) => summary.overdue).sort((left, right) => left.dueDate.localeCompare(right.dueDate));

  return (
    <DashboardSection name="service-delivery" title={strings.SectionServiceDelivery} classNames={props.classNames} wide={true}>
      {summaries.length === 0 ? (
        <p className={props.classNames.muted}>{strings.ServiceDeliveryEmpty}</p>
      ) : (
        <>
          {overdue.length > 0 && (
            <div className={styles.overdue} data-testid="service-delivery-overdue">
              <h4 className={styles.subheading}>{strings.ServiceDeliveryOverdueTitle}</h4>
              <ul className={props.classNames.list}>
                {overdue.map((report) => (
                  <li key={`${report.indicatorId}-${report.period}`}>
                    <Icon iconName="Warning" aria-hidden={true} style={{ marginRight: 6 }} />
                    <strong>{report.indicatorName}</strong>: {report.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ul className={styles.indicators}>
            {summaries.map((summary) => {
              const { indicator } = summary;
              const target = targetText(indicator);
              const labels: IndicatorTrendLabels = {
                chartLabel: fill(strings.ServiceDeliveryChartLabel, indicator.name, summary.trendPoints.length),
                legendExplanation: strings.ServiceDeliveryChartLegend,
                showTable: strings.ServiceDeliveryShowTable,
                hideTable: strings.ServiceDeliveryHideTable,
                tableCaption: fill(strings.ServiceDeliveryTableCaption, indicator.name),
                columnPeriod: strings.ServiceDeliveryColumnPeriod,
                columnValue: strings.ServiceDeliveryColumnValue,
                columnJudgement: strings.ServiceDeliveryColumnJudgement,
                missing: strings.ServiceDeliveryMissing,
                valueLegend: strings.ServiceDeliveryValueLegend,
                targetLegend: strings.ServiceDeliveryTargetLegend,
                lowLegend: strings.ServiceDeliveryLowLegend,
                highLegend: strings.ServiceDeliveryHighLegend,
                loadingChart: strings.ServiceDeliveryLoadingChart,
                judgements: JUDGEMENTS,
              };
              const off = summary.judgement?.kind === 'off-target';
              return (
                <li key={indicator.id} className={styles.indicator} data-indicator={indicator.name}>
                  <h4 className={styles.subheading}>{indicator.name}</h4>
                  <p className={props.classNames.muted}>{target ? fill(strings.ServiceDeliveryTarget, target) : strings.ServiceDeliveryNoTarget}</p>
                  <p data-testid="service-delivery-latest">
                    {summary.latest && summary.judgement ? (
                      <>
                        {summary.latestPeriodLabel}: {summary.judgement.sentence}{' '}
                        <span className={off ? styles.off : undefined} data-judgement={summary.judgement.kind}>
                          <Icon iconName={off ? 'Warning' : summary.judgement.kind === 'on-target' ? 'CheckMark' : 'Remove'} aria-hidden={true} style={{ marginRight: 4 }} />
                          {JUDGEMENTS[summary.judgement.kind]}
                        </span>
                      </>
                    ) : (
                      strings.ServiceDeliveryNoValue
                    )}
                  </p>
                  {summary.trend && <p className={props.classNames.muted}>{summary.trend.sentence}</p>}
                  <IndicatorTrend summary={summary} labels={labels} theme={props.theme} width={300} height={150} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </DashboardSection>
  );
}

function getStyles(theme: ITheme): Record<'overdue' | 'subheading' | 'indicators' | 'indicator' | 'off', string> {
  const { semanticColors, palette, fonts } = theme;
  return mergeStyleSets({
    overdue: { borderLeft: `4px solid ${palette.yellowDark}`, padding: '4px 12px', marginBottom: 12, backgroundColor: semanticColors.warningBackground },
    subheading: { ...fonts.mediumPlus, fontWeight: 600, margin: '4px 0', color: semanticColors.bodyText },
    indicators: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(320px, 1fr))', gap: 16 },
    indicator: { border: `1px solid ${palette.neutralLight}`, padding: 12, minWidth: 0, selectors: { p: { margin: '4px 0' } } },
    off: { color: semanticColors.errorText, fontWeight: 600, whiteSpace: 'nowrap' },
  });
}
