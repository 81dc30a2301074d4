import * as React from 'react';
import { DefaultButton, DetailsList, DetailsListLayoutMode, MessageBar, MessageBarType, SelectionMode, Spinner, SpinnerSize, Stack, Text, type IColumn } from '@fluentui/react';
import * as strings from 'SteeringWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import { DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import type { Partnership, Stored } from '../../../domain/models';
import { evaluationSchedule, type EvaluationSchedule, type PartnershipEvaluation } from '../../../domain/steering';
import { formatDutchShortDate } from '../../../domain/time';
import { EVALUATION_OUTCOME_CHOICES, EVALUATION_STATUS_CHOICES } from '../../../schema';
import { EvaluationPanel } from './EvaluationPanel';
import { OverdueMarker } from './OverdueMarker';
import { formatText, loadErrorMessage } from './steeringFormat';
import type { ISteeringViewProps } from './viewProps';

interface ScheduleRow {
  readonly partnership: Stored<Partnership>;
  readonly schedule: EvaluationSchedule;
  /** A concept evaluation to continue, if there is one. */
  readonly concept?: Stored<PartnershipEvaluation>;
}

function clauseText(schedule: EvaluationSchedule): string {
  const clause = schedule.clause;
  if (clause === undefined) return strings.ClauseNone;
  if (clause.isDue || clause.dueOn === undefined) return formatText(strings.ClauseDue, clause.periodYears);
  return formatText(strings.ClauseNext, formatDutchShortDate(clause.dueOn), clause.periodYears);
}

/** The yearly evaluation: the schedule per partnership (local rule and GR clause) and the evaluations held. */
export function EvaluationsView(props: ISteeringViewProps): JSX.Element {
  const { state, reload } = useAsyncResource(() => props.repositories.evaluations.list({ orderBy: [{ property: 'date', descending: true }] }), [props.repositories.evaluations]);
  const [panel, setPanel] = React.useState<ScheduleRow | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState<string | undefined>(undefined);

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  if (state.status === 'failed') return <DataErrorMessage message={loadErrorMessage(state.error)} retryLabel={strings.RetryLabel} onRetry={reload} />;

  const evaluations = state.value;
  const rows: ScheduleRow[] = props.partnerships
    .filter((partnership) => partnership.status !== 'beeindigd')
    .map((partnership) => {
      const own = evaluations.filter((evaluation) => evaluation.partnershipId === partnership.id);
      return { partnership, schedule: evaluationSchedule(partnership, own, props.today), concept: own.find((evaluation) => evaluation.status === 'concept') };
    });
  const nameOf = (id: number): string => props.partnerships.find((partnership) => partnership.id === id)?.name ?? String(id);

  const scheduleColumns: IColumn[] = [
    { key: 'name', name: strings.ColPartnership, minWidth: 180, maxWidth: 300, isRowHeader: true, isMultiline: true, onRender: (row: ScheduleRow) => row.partnership.name },
    {
      key: 'last',
      name: strings.ColLastEvaluation,
      minWidth: 140,
      maxWidth: 160,
      isMultiline: true,
      onRender: (row: ScheduleRow) => (row.schedule.lastEvaluation ? formatDutchShortDate(row.schedule.lastEvaluation) : strings.NeverEvaluated),
    },
    {
      key: 'next',
      name: strings.ColNextEvaluation,
      minWidth: 140,
      maxWidth: 160,
      onRender: (row: ScheduleRow) => (
        <Stack tokens={{ childrenGap: 2 }}>
          <span>{row.schedule.nextDue ? formatDutchShortDate(row.schedule.nextDue) : strings.DueNow}</span>
          {row.schedule.overdue && <OverdueMarker theme={props.theme} />}
        </Stack>
      ),
    },
    { key: 'clause', name: strings.ColClause, minWidth: 170, isMultiline: true, onRender: (row: ScheduleRow) => clauseText(row.schedule) },
    {
      key: 'evaluate',
      name: strings.Evaluate,
      minWidth: 120,
      onRender: (row: ScheduleRow) => (
        <DefaultButton text={strings.Evaluate} ariaLabel={formatText(strings.EvaluateItem, row.partnership.name)} onClick={() => setPanel(row)} />
      ),
    },
  ];
  const evaluationColumns: IColumn[] = [
    { key: 'date', name: strings.FieldDate, minWidth: 100, maxWidth: 120, isRowHeader: true, onRender: (item: PartnershipEvaluation) => formatDutchShortDate(item.date) },
    { key: 'partnership', name: strings.ColPartnership, minWidth: 160, isMultiline: true, onRender: (item: PartnershipEvaluation) => nameOf(item.partnershipId) },
    { key: 'title', name: strings.FieldTitle, minWidth: 160, isMultiline: true, onRender: (item: PartnershipEvaluation) => item.title },
    { key: 'status', name: strings.ColStatus, minWidth: 80, maxWidth: 100, onRender: (item: PartnershipEvaluation) => choiceLabel(EVALUATION_STATUS_CHOICES, item.status) },
    { key: 'outcome', name: strings.FieldOutcome, minWidth: 120, isMultiline: true, onRender: (item: PartnershipEvaluation) => `${choiceLabel(EVALUATION_OUTCOME_CHOICES, item.outcome)}${item.outcomeSummary ? `: ${item.outcomeSummary}` : ''}` },
    { key: 'followUps', name: strings.FollowUpActions, minWidth: 90, maxWidth: 110, onRender: (item: PartnershipEvaluation) => String(item.followUpActionIds.length) },
  ];

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{strings.EvaluationsIntro}</Text>
      {announcement !== undefined && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setAnnouncement(undefined)} dismissButtonAriaLabel={strings.Close}>
          {announcement}
        </MessageBar>
      )}
      <DetailsList
        items={rows}
        columns={scheduleColumns}
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        ariaLabelForGrid={strings.EvaluationsGridLabel}
        getKey={(row: ScheduleRow) => String(row.partnership.id)}
        onShouldVirtualize={() => false}
      />
      <Text as="h3" variant="large">
        {strings.TabEvaluations}
      </Text>
      {evaluations.length === 0 ? (
        <Text>{strings.NoEvaluations}</Text>
      ) : (
        <DetailsList
          items={[...evaluations]}
          columns={evaluationColumns}
          selectionMode={SelectionMode.none}
          layoutMode={DetailsListLayoutMode.justified}
          ariaLabelForGrid={strings.TabEvaluations}
          getKey={(item: Stored<PartnershipEvaluation>) => String(item.id)}
          onShouldVirtualize={() => false}
        />
      )}
      {panel !== undefined && (
        <EvaluationPanel
          partnership={panel.partnership}
          schedule={panel.schedule}
          evaluation={panel.concept}
          today={props.today}
          repositories={props.repositories}
          directory={props.directory}
          onDismiss={() => setPanel(undefined)}
          onSaved={(_saved, newFollowUps) => {
            setPanel(undefined);
            setAnnouncement(formatText(strings.EvaluationSaved, newFollowUps));
            reload();
          }}
        />
      )}
    </Stack>
  );
}
