import * as React from 'react';
import { ActionButton, DefaultButton, Icon, mergeStyleSets, PrimaryButton, Spinner, SpinnerSize, Stack, Text, type ITheme } from '@fluentui/react';
import * as strings from 'ServiceDeliveryWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { Stored } from '../../../domain/models';
import {
  formatIndicatorValue,
  judgeValue,
  periodCodeLabel,
  serviceDeliveryFindings,
  summarizeIndicators,
  targetText,
  type IndicatorSummary,
  type IndicatorValue,
  type JudgementKind,
  type PerformanceIndicator,
} from '../../../domain/serviceDelivery';
import { formatDutchShortDate } from '../../../domain/time';
import { INDICATOR_UNIT_CHOICES, REPORTING_FREQUENCY_CHOICES, VALUE_SOURCE_CHOICES } from '../../../schema';
import { IndicatorPanel } from './IndicatorPanel';
import { formatText } from './serviceDeliveryFormat';
import { ValuePanel } from './ValuePanel';
import type { IPartnershipViewProps } from './viewProps';

const ReportImportPanel = React.lazy(() => import(/* webpackChunkName: 'samenwerkingsmonitor-import' */ './ReportImportPanel'));

type PanelState =
  | { readonly kind: 'none' }
  | { readonly kind: 'indicator'; readonly indicator?: Stored<PerformanceIndicator> }
  | { readonly kind: 'value'; readonly indicator: Stored<PerformanceIndicator>; readonly period?: string }
  | { readonly kind: 'import' };

export const JUDGEMENT_LABELS: Readonly<Record<JudgementKind, string>> = {
  'on-target': strings.JudgementOnTarget,
  'off-target': strings.JudgementOffTarget,
  'no-target': strings.JudgementNoTarget,
};

/** A judgement in words with an icon, so it never rests on colour alone (WCAG 1.4.1). */
export function JudgementBadge(props: { readonly kind: JudgementKind; readonly theme: ITheme }): JSX.Element {
  const off = props.kind === 'off-target';
  const color = off ? props.theme.semanticColors.errorText : props.theme.semanticColors.bodyText;
  return (
    <span data-judgement={props.kind} style={{ color, fontWeight: off ? 600 : 400, whiteSpace: 'nowrap' }}>
      <Icon iconName={off ? 'Warning' : props.kind === 'on-target' ? 'CheckMark' : 'Remove'} aria-hidden={true} style={{ marginRight: 4 }} />
      {JUDGEMENT_LABELS[props.kind]}
    </span>
  );
}

/**
 * The indicators of one partnership: the missing reports as findings, then per indicator its agreement (unit,
 * norm, frequency, who delivers the figure), the latest value against the norm, the trend and every value reported,
 * with "Waarde invoeren" and the import of a partnership's report.
 */
export function IndicatorsView(props: IPartnershipViewProps): JSX.Element {
  const [panel, setPanel] = React.useState<PanelState>({ kind: 'none' });
  const classNames = getClassNames(props.theme);
  const { data } = props;
  const summaries = summarizeIndicators(data.indicators, data.values, props.today);
  const findings = serviceDeliveryFindings({ agreements: [], indicators: data.indicators, values: data.values, asOf: props.today });
  const close = (): void => setPanel({ kind: 'none' });
  const saved = (message: string): void => {
    close();
    props.announce(message);
    props.reload();
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
        <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.NewIndicator} onClick={() => setPanel({ kind: 'indicator' })} />
        <DefaultButton iconProps={{ iconName: 'ExcelDocument' }} text={strings.ImportReport} onClick={() => setPanel({ kind: 'import' })} disabled={data.indicators.length === 0} />
      </Stack>

      {findings.length > 0 && (
        <section aria-labelledby="service-delivery-findings" className={classNames.findings} data-testid="service-delivery-findings">
          <Text as="h3" variant="mediumPlus" id="service-delivery-findings" className={classNames.heading}>
            {formatText(strings.FindingsTitle, findings.length)}
          </Text>
          <ul className={classNames.findingList}>
            {findings.map((finding) => (
              <li key={`${finding.kind}-${'indicatorId' in finding ? finding.indicatorId : 0}-${'period' in finding ? finding.period : ''}`}>
                <Icon iconName="Warning" aria-hidden={true} style={{ marginRight: 6 }} />
                <strong>{finding.subject}</strong>: {finding.message}
                {finding.kind === 'missing-report' && (
                  <ActionButton
                    className={classNames.inlineAction}
                    text={strings.EnterNow}
                    ariaLabel={formatText(strings.EnterNowFor, finding.subject, periodCodeLabel(finding.period))}
                    onClick={() => {
                      const indicator = data.indicators.find((candidate) => candidate.id === finding.indicatorId);
                      if (indicator) setPanel({ kind: 'value', indicator, period: finding.period });
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {summaries.length === 0 ? (
        <Text>{strings.NoIndicators}</Text>
      ) : (
        summaries.map((summary) => (
          <IndicatorCard
            key={summary.indicator.id}
            summary={summary}
            agreementName={data.agreements.find((agreement) => agreement.id === summary.indicator.agreementId)?.name}
            theme={props.theme}
            onEnterValue={() => setPanel({ kind: 'value', indicator: summary.indicator })}
            onEdit={() => setPanel({ kind: 'indicator', indicator: summary.indicator })}
            values={data.values.filter((value) => value.indicatorId === summary.indicator.id)}
          />
        ))
      )}

      {panel.kind === 'indicator' && (
        <IndicatorPanel
          partnershipId={props.partnership.id}
          partnershipName={props.partnership.name}
          indicator={panel.indicator}
          agreements={data.agreements}
          today={props.today}
          repositories={props.repositories}
          onSaved={(indicator) => saved(formatText(strings.IndicatorSaved, indicator.name))}
          onDismiss={close}
        />
      )}
      {panel.kind === 'value' && (
        <ValuePanel
          indicator={panel.indicator}
          values={data.values.filter((value) => value.indicatorId === panel.indicator.id)}
          initialPeriod={panel.period}
          today={props.today}
          repositories={props.repositories}
          onSaved={(value) => saved(formatText(strings.ValueSaved, panel.indicator.name, periodCodeLabel(value.period)))}
          onDismiss={close}
        />
      )}
      {panel.kind === 'import' && (
        <React.Suspense fallback={<Spinner size={SpinnerSize.medium} label={strings.LoadingLabel} />}>
          <ReportImportPanel
            partnership={props.partnership}
            indicators={data.indicators}
            repository={props.repositories.indicatorValues}
            today={props.today}
            theme={props.theme}
            onImported={props.reload}
            onDismiss={close}
          />
        </React.Suspense>
      )}
    </Stack>
  );
}

interface IIndicatorCardProps {
  readonly summary: IndicatorSummary;
  readonly agreementName?: string;
  readonly values: readonly Stored<IndicatorValue>[];
  readonly theme: ITheme;
  readonly onEnterValue: () => void;
  readonly onEdit: () => void;
}

function IndicatorCard(props: IIndicatorCardProps): JSX.Element {
  const { summary } = props;
  const { indicator } = summary;
  const classNames = getClassNames(props.theme);
  const headingId = `indicator-${indicator.id}`;
  const format = (value: number): string => formatIndicatorValue(indicator.unit, value);
  const values = [...props.values].sort((left, right) => right.periodEnd.localeCompare(left.periodEnd));
  return (
    <section aria-labelledby={headingId} className={classNames.card} data-indicator={indicator.name}>
      <Stack horizontal wrap horizontalAlign="space-between" verticalAlign="baseline" tokens={{ childrenGap: 8 }}>
        <Text as="h3" variant="large" id={headingId} className={classNames.heading}>
          {indicator.name}
          {!indicator.isActive && <span className={classNames.muted}> ({strings.Inactive})</span>}
        </Text>
        <Stack horizontal tokens={{ childrenGap: 8 }}>
          <PrimaryButton text={strings.EnterValue} ariaLabel={formatText(strings.EnterValueFor, indicator.name)} onClick={props.onEnterValue} />
          <DefaultButton text={strings.Edit} ariaLabel={formatText(strings.EditItem, indicator.name)} onClick={props.onEdit} />
        </Stack>
      </Stack>
      {indicator.description && <p className={classNames.description}>{indicator.description}</p>}
      <dl className={classNames.facts}>
        <dt>{strings.FieldTarget}</dt>
        <dd>{targetText(indicator) ?? strings.NoTarget}</dd>
        <dt>{strings.FieldUnit}</dt>
        <dd>{choiceLabel(INDICATOR_UNIT_CHOICES, indicator.unit)}</dd>
        <dt>{strings.FieldFrequency}</dt>
        <dd>{choiceLabel(REPORTING_FREQUENCY_CHOICES, indicator.reportingFrequency)}</dd>
        <dt>{strings.FieldValueSource}</dt>
        <dd>{choiceLabel(VALUE_SOURCE_CHOICES, indicator.valueSource)}</dd>
        {props.agreementName && (
          <>
            <dt>{strings.FieldAgreement}</dt>
            <dd>{props.agreementName}</dd>
          </>
        )}
        <dt>{strings.LatestValue}</dt>
        <dd data-testid="latest-value">
          {summary.latest && summary.judgement ? (
            <>
              {summary.latestPeriodLabel}: {summary.judgement.sentence} <JudgementBadge kind={summary.judgement.kind} theme={props.theme} />
            </>
          ) : (
            strings.NoValuesYet
          )}
        </dd>
        {summary.trend && (
          <>
            <dt>{strings.Trend}</dt>
            <dd>{summary.trend.sentence}</dd>
          </>
        )}
      </dl>
      {values.length > 0 && (
        <table className={classNames.table}>
          <caption>{formatText(strings.ValuesCaption, indicator.name)}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.FieldPeriod}</th>
              <th scope="col" className={classNames.number}>
                {strings.FieldValue}
              </th>
              <th scope="col">{strings.ColumnJudgement}</th>
              <th scope="col">{strings.FieldReportedOn}</th>
              <th scope="col">{strings.FieldValueNotes}</th>
            </tr>
          </thead>
          <tbody>
            {values.map((value) => (
              <tr key={value.id}>
                <th scope="row">{periodCodeLabel(value.period)}</th>
                <td className={classNames.number}>{format(value.value)}</td>
                <td>
                  <JudgementBadge kind={judgeValue(indicator, value.value).kind} theme={props.theme} />
                </td>
                <td>{formatDutchShortDate(value.reportedOn)}</td>
                <td>{value.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function getClassNames(theme: ITheme): Record<'card' | 'heading' | 'muted' | 'description' | 'facts' | 'table' | 'number' | 'findings' | 'findingList' | 'inlineAction', string> {
  const { semanticColors, palette, fonts } = theme;
  const cell = { textAlign: 'left' as const, padding: '4px 8px', borderBottom: `1px solid ${palette.neutralLight}`, verticalAlign: 'top' as const };
  return mergeStyleSets({
    card: { border: `1px solid ${palette.neutralQuaternaryAlt}`, borderRadius: theme.effects.roundedCorner4, padding: 16, overflowX: 'auto' },
    heading: { margin: 0, fontWeight: 600, color: semanticColors.bodyText },
    muted: { color: semanticColors.bodySubtext, fontWeight: 400 },
    description: { margin: '4px 0 8px', color: semanticColors.bodySubtext },
    facts: {
      display: 'grid',
      gridTemplateColumns: 'minmax(140px, max-content) 1fr',
      columnGap: 16,
      rowGap: 4,
      margin: '8px 0',
      selectors: { dt: { color: semanticColors.bodySubtext, fontWeight: 600 }, dd: { margin: 0 } },
    },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      marginTop: 8,
      selectors: { th: { ...cell, fontWeight: 600 }, 'tbody th': { fontWeight: 400 }, td: cell, caption: { textAlign: 'left', color: semanticColors.bodySubtext, ...fonts.small } },
    },
    number: { textAlign: 'right !important' as 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
    findings: { borderLeft: `4px solid ${semanticColors.warningIcon ?? palette.yellowDark}`, padding: '8px 12px', backgroundColor: semanticColors.warningBackground },
    findingList: { margin: '8px 0 0', paddingLeft: 0, listStyle: 'none', selectors: { li: { padding: '2px 0' } } },
    inlineAction: { height: 24, marginLeft: 8 },
  });
}
