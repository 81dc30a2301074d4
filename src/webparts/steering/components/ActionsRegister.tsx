import * as React from 'react';
import {
  Checkbox,
  DetailsList,
  DetailsListLayoutMode,
  IconButton,
  MessageBar,
  MessageBarType,
  PrimaryButton,
  SelectionMode,
  Spinner,
  SpinnerSize,
  Stack,
  Text,
  type IColumn,
} from '@fluentui/react';
import * as strings from 'SteeringWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import { DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import type { ImprovementAction, Stored } from '../../../domain/models';
import { isActionOpen, isActionOverdue, sortActions } from '../../../domain/steering';
import { formatDutchShortDate } from '../../../domain/time';
import { ACTION_STATUS_CHOICES, RECOMMENDATION_RESPONSE_CHOICES } from '../../../schema';
import { ActionPanel } from './ActionPanel';
import { OverdueMarker } from './OverdueMarker';
import { formatText, loadErrorMessage } from './steeringFormat';
import type { ISteeringViewProps } from './viewProps';

/** The plan a new action goes into when the register is empty. */
const FALLBACK_PLAN = 'Verbeterplan verbonden partijen';

export interface IActionListProps extends ISteeringViewProps {
  readonly actions: readonly Stored<ImprovementAction>[];
  readonly ariaLabel: string;
  readonly onEdit: (action: Stored<ImprovementAction>) => void;
}

/** The actions as a grid: nr, recommendation, response, action, owner, planning (overdue marked), status, partnership. */
export function ActionList(props: IActionListProps): JSX.Element {
  const partnershipName = (id: number | undefined): string => (id === undefined ? strings.AllPartnerships : props.partnerships.find((partnership) => partnership.id === id)?.name ?? String(id));
  const columns: IColumn[] = [
    { key: 'number', name: strings.ColNumber, fieldName: 'number', minWidth: 36, maxWidth: 48, isRowHeader: true },
    { key: 'recommendation', name: strings.ColRecommendation, minWidth: 200, isMultiline: true, onRender: (item: ImprovementAction) => item.recommendation },
    {
      key: 'response',
      name: strings.ColResponse,
      minWidth: 110,
      maxWidth: 140,
      isMultiline: true,
      onRender: (item: ImprovementAction) => (
        <span title={item.responseExplanation || undefined}>
          {choiceLabel(RECOMMENDATION_RESPONSE_CHOICES, item.response)}
          {item.responseExplanation ? `: ${item.responseExplanation}` : ''}
        </span>
      ),
    },
    { key: 'action', name: strings.ColAction, minWidth: 160, isMultiline: true, onRender: (item: ImprovementAction) => item.action },
    { key: 'owner', name: strings.ColOwner, minWidth: 110, maxWidth: 150, onRender: (item: ImprovementAction) => item.owner?.displayName ?? strings.NotAssigned },
    {
      key: 'planned',
      name: strings.ColPlanned,
      minWidth: 120,
      maxWidth: 150,
      onRender: (item: ImprovementAction) => (
        <Stack tokens={{ childrenGap: 2 }}>
          <span>{item.plannedDate ? formatDutchShortDate(item.plannedDate) : strings.NoDate}</span>
          {isActionOverdue(item, props.today) && <OverdueMarker theme={props.theme} />}
        </Stack>
      ),
    },
    { key: 'status', name: strings.ColStatus, minWidth: 70, maxWidth: 90, onRender: (item: ImprovementAction) => choiceLabel(ACTION_STATUS_CHOICES, item.status) },
    { key: 'partnership', name: strings.ColPartnership, minWidth: 140, isMultiline: true, onRender: (item: ImprovementAction) => partnershipName(item.partnershipId) },
    {
      key: 'edit',
      name: strings.Edit,
      isIconOnly: true,
      minWidth: 32,
      maxWidth: 32,
      onRender: (item: Stored<ImprovementAction>) => (
        <IconButton iconProps={{ iconName: 'Edit' }} title={formatText(strings.EditItem, item.number)} ariaLabel={formatText(strings.EditItem, item.number)} onClick={() => props.onEdit(item)} />
      ),
    },
  ];
  return (
    <DetailsList
      items={[...props.actions]}
      columns={columns}
      selectionMode={SelectionMode.none}
      layoutMode={DetailsListLayoutMode.justified}
      ariaLabelForGrid={props.ariaLabel}
      getKey={(item: Stored<ImprovementAction>) => String(item.id)}
      onShouldVirtualize={() => false}
    />
  );
}

/** Seed 002's register of recommendations and actions, with create and edit in a panel. */
export function ActionsRegister(props: ISteeringViewProps): JSX.Element {
  const { state, reload } = useAsyncResource(() => props.repositories.actions.list(), [props.repositories.actions]);
  const [showFinished, setShowFinished] = React.useState(true);
  const [panel, setPanel] = React.useState<{ readonly action?: Stored<ImprovementAction> } | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState<string | undefined>(undefined);

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  if (state.status === 'failed') return <DataErrorMessage message={loadErrorMessage(state.error)} retryLabel={strings.RetryLabel} onRetry={reload} />;

  const all = sortActions(state.value);
  const shown = showFinished ? all : all.filter(isActionOpen);
  const overdue = all.filter((action) => isActionOverdue(action, props.today)).length;
  const defaultPlan = all[all.length - 1]?.plan ?? FALLBACK_PLAN;

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal wrap verticalAlign="center" tokens={{ childrenGap: 16 }}>
        <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.NewAction} onClick={() => setPanel({})} />
        <Checkbox label={strings.ShowFinished} checked={showFinished} onChange={(_event, checked) => setShowFinished(checked === true)} />
        <Text role="status">{formatText(strings.ActionCount, all.length, overdue)}</Text>
      </Stack>
      {announcement !== undefined && (
        <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setAnnouncement(undefined)} dismissButtonAriaLabel={strings.Close}>
          {announcement}
        </MessageBar>
      )}
      <ActionList {...props} actions={shown} ariaLabel={strings.ActionsGridLabel} onEdit={(action) => setPanel({ action })} />
      {panel !== undefined && (
        <ActionPanel
          action={panel.action}
          defaultPlan={defaultPlan}
          partnerships={props.partnerships}
          repository={props.repositories.actions}
          directory={props.directory}
          onDismiss={() => setPanel(undefined)}
          onSaved={(saved) => {
            setPanel(undefined);
            setAnnouncement(formatText(strings.ActionSaved, saved.number));
            reload();
          }}
        />
      )}
    </Stack>
  );
}
