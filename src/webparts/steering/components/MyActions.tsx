import * as React from 'react';
import { MessageBar, MessageBarType, Spinner, SpinnerSize, Stack, Text } from '@fluentui/react';
import * as strings from 'SteeringWebPartStrings';
import { DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import type { ImprovementAction, Stored } from '../../../domain/models';
import { actionsOwnedBy, isActionOverdue } from '../../../domain/steering';
import { ActionList } from './ActionsRegister';
import { ActionPanel } from './ActionPanel';
import { formatText, loadErrorMessage } from './steeringFormat';
import type { ISteeringViewProps } from './viewProps';

/**
 * "Mijn acties", the Teams personal app's view: the signed-in user's own open actions. Which actions are
 * theirs follows from the owner field; SharePoint's permissions decide which actions they can read at all.
 */
export function MyActions(props: ISteeringViewProps): JSX.Element {
  const { state, reload } = useAsyncResource(async () => {
    const [me, actions] = await Promise.all([props.directory.currentUser(), props.repositories.actions.list({ where: { property: 'status', op: 'ne', value: 'afgerond' } })]);
    return actionsOwnedBy(actions, me, props.today);
  }, [props.directory, props.repositories.actions, props.today]);
  const [editing, setEditing] = React.useState<Stored<ImprovementAction> | undefined>(undefined);

  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  if (state.status === 'failed') return <DataErrorMessage message={loadErrorMessage(state.error)} retryLabel={strings.RetryLabel} onRetry={reload} />;

  const mine = state.value;
  const overdue = mine.filter((action) => isActionOverdue(action, props.today)).length;
  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Text>{strings.MyActionsIntro}</Text>
      <Text role="status">{formatText(strings.MyActionsCount, mine.length, overdue)}</Text>
      {mine.length === 0 ? (
        <MessageBar messageBarType={MessageBarType.info}>{strings.MyActionsEmpty}</MessageBar>
      ) : (
        <ActionList {...props} actions={mine} ariaLabel={strings.MyActionsGridLabel} onEdit={setEditing} />
      )}
      {editing !== undefined && (
        <ActionPanel
          action={editing}
          defaultPlan={editing.plan}
          partnerships={props.partnerships}
          repository={props.repositories.actions}
          directory={props.directory}
          onDismiss={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
