import * as React from 'react';
import { mergeStyleSets, Spinner, SpinnerSize, Stack, Text, type ITheme } from '@fluentui/react';
import * as strings from 'SteeringWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import { DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import { TASK_LAYERS, type TaskLayer } from '../../../domain/models';
import type { TaskLayerInsight, TaskLayerInsightKind } from '../../../domain/steering';
import { TASK_LAYER_CHOICES } from '../../../schema';
import { formatText, loadErrorMessage } from './steeringFormat';
import type { ISteeringViewProps } from './viewProps';

const LAYER_DESCRIPTIONS: Readonly<Record<TaskLayer, string>> = {
  bedrijfsvoering: strings.LayerDescriptionBedrijfsvoering,
  uitvoering: strings.LayerDescriptionUitvoering,
  beleid: strings.LayerDescriptionBeleid,
  strategie: strings.LayerDescriptionStrategie,
};

const KIND_HEADINGS: readonly { readonly kind: TaskLayerInsightKind; readonly heading: string }[] = [
  { kind: 'succes', heading: strings.Successes },
  { kind: 'kans', heading: strings.Opportunities },
  { kind: 'motief', heading: strings.Motives },
];

/** Seed 001: per task layer the successes (linked to the register), opportunities and motives, and the partnerships in it. */
export function TaskLayersView(props: ISteeringViewProps): JSX.Element {
  const { state, reload } = useAsyncResource(() => props.repositories.taskLayerInsights.list(), [props.repositories.taskLayerInsights]);
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  if (state.status === 'failed') return <DataErrorMessage message={loadErrorMessage(state.error)} retryLabel={strings.RetryLabel} onRetry={reload} />;
  const classNames = getClassNames(props.theme);
  const insights = state.value;
  const nameOf = (id: number | undefined): string | undefined => props.partnerships.find((partnership) => partnership.id === id)?.name;

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text>{strings.TaskLayersIntro}</Text>
      <div className={classNames.grid}>
        {TASK_LAYERS.map((layer) => {
          const inLayer = props.partnerships.filter((partnership) => partnership.taskLayers.includes(layer));
          const headingId = `task-layer-${layer}`;
          return (
            <section key={layer} className={classNames.card} aria-labelledby={headingId}>
              <Text as="h3" variant="large" id={headingId} className={classNames.heading}>
                {choiceLabel(TASK_LAYER_CHOICES, layer)}
              </Text>
              <Text as="p" className={classNames.description}>
                {LAYER_DESCRIPTIONS[layer]}
              </Text>
              {KIND_HEADINGS.map(({ kind, heading }) => {
                const items = insights.filter((insight: TaskLayerInsight) => insight.taskLayer === layer && insight.kind === kind);
                return (
                  <div key={kind}>
                    <Text as="h4" variant="mediumPlus" className={classNames.subheading}>
                      {heading}
                    </Text>
                    {items.length === 0 ? (
                      <Text as="p" className={classNames.description}>{strings.None}</Text>
                    ) : (
                      <ul className={classNames.list}>
                        {items.map((insight) => {
                          const linked = nameOf(insight.partnershipId);
                          return (
                            <li key={insight.text}>
                              {insight.text}
                              {linked !== undefined && (
                                <span className={classNames.linked}> ({linked === insight.text ? strings.InRegister : `${strings.InRegister}: ${linked}`})</span>
                              )}
                            </li>
                          );
                        })}
                      </ul>
                    )}
                  </div>
                );
              })}
              <Text as="h4" variant="mediumPlus" className={classNames.subheading}>
                {formatText(strings.PartnershipsInLayer, inLayer.length)}
              </Text>
              <ul className={classNames.list}>
                {inLayer.map((partnership) => (
                  <li key={partnership.id}>{partnership.name}</li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </Stack>
  );
}

function getClassNames(theme: ITheme): { grid: string; card: string; heading: string; subheading: string; description: string; list: string; linked: string } {
  return mergeStyleSets({
    grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))', gap: 16 },
    card: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: theme.effects.roundedCorner4, padding: 16, backgroundColor: theme.semanticColors.bodyBackground },
    heading: { display: 'block', margin: 0, color: theme.semanticColors.bodyText, fontWeight: 600 },
    subheading: { display: 'block', margin: '12px 0 4px', color: theme.semanticColors.bodyText, fontWeight: 600 },
    description: { display: 'block', color: theme.semanticColors.bodySubtext, margin: '4px 0 0' },
    list: { margin: 0, paddingLeft: 20 },
    linked: { color: theme.semanticColors.bodySubtext },
  });
}
