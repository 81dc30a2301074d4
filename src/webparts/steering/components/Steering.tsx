import * as React from 'react';
import { getTheme, mergeStyleSets, Pivot, PivotItem, Spinner, SpinnerSize, Text, ThemeProvider, type ITheme } from '@fluentui/react';
import * as strings from 'SteeringWebPartStrings';
import { DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import { DemoDataBadge } from '../../../components/demoData';
import type { Partnership, Stored } from '../../../domain/models';
import { ActionsRegister } from './ActionsRegister';
import { BudgetView } from './BudgetView';
import { CoalitionsView } from './CoalitionsView';
import { EvaluationsView } from './EvaluationsView';
import type { ISteeringProps } from './ISteeringProps';
import { MyActions } from './MyActions';
import { loadErrorMessage } from './steeringFormat';
import { StatusReportView } from './StatusReportView';
import { TaskLayersView } from './TaskLayersView';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

export type SteeringTab = 'actions' | 'myActions' | 'evaluations' | 'budget' | 'taskLayers' | 'coalitions' | 'report';

/**
 * "Sturing": the improvement actions, yearly evaluations, budget progress, task layers, coalitions and the
 * half-yearly status report, one Pivot tab each. In the Teams personal app (`mode: 'myActions'`) it shows
 * only the signed-in owner's own actions.
 */
export function Steering(props: ISteeringProps & { readonly initialTab?: SteeringTab }): JSX.Element {
  const theme = props.theme ?? getTheme();
  const classNames = getClassNames(theme);
  const partnerships = useAsyncResource(
    async () => [...(await props.repositories.partnerships.list())].sort((left, right) => collator.compare(left.name, right.name)),
    [props.repositories.partnerships],
  );
  const [tab, setTab] = React.useState<SteeringTab>(props.initialTab ?? (props.mode === 'myActions' ? 'myActions' : 'actions'));

  let body: JSX.Element;
  if (partnerships.state.status === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  } else if (partnerships.state.status === 'failed') {
    body = <DataErrorMessage message={loadErrorMessage(partnerships.state.error)} retryLabel={strings.RetryLabel} onRetry={partnerships.reload} />;
  } else {
    const list: readonly Stored<Partnership>[] = partnerships.state.value;
    const common = { repositories: props.repositories, directory: props.directory, today: props.today, partnerships: list, theme };
    if (props.mode === 'myActions') {
      body = <MyActions {...common} />;
    } else {
      body = (
        <>
          <Pivot
            aria-label={strings.TabsLabel}
            selectedKey={tab}
            onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as SteeringTab)}
            headersOnly={true}
          >
            <PivotItem itemKey="actions" headerText={strings.TabActions} />
            <PivotItem itemKey="myActions" headerText={strings.TabMyActions} />
            <PivotItem itemKey="evaluations" headerText={strings.TabEvaluations} />
            <PivotItem itemKey="budget" headerText={strings.TabBudget} />
            <PivotItem itemKey="taskLayers" headerText={strings.TabTaskLayers} />
            <PivotItem itemKey="coalitions" headerText={strings.TabCoalitions} />
            <PivotItem itemKey="report" headerText={strings.TabReport} />
          </Pivot>
          <div className={classNames.tab} role="tabpanel" aria-label={tabLabel(tab)}>
            {tab === 'actions' && <ActionsRegister {...common} />}
            {tab === 'myActions' && <MyActions {...common} />}
            {tab === 'evaluations' && <EvaluationsView {...common} />}
            {tab === 'budget' && <BudgetView {...common} />}
            {tab === 'taskLayers' && <TaskLayersView {...common} />}
            {tab === 'coalitions' && <CoalitionsView {...common} />}
            {tab === 'report' && <StatusReportView {...common} />}
          </div>
        </>
      );
    }
  }

  return (
    <ThemeProvider theme={theme} className={classNames.root}>
      <Text as="h2" variant="xLarge" className={classNames.title}>
        {props.mode === 'myActions' ? strings.TabMyActions : strings.Title}
      </Text>
      {props.isDemoData && <DemoDataBadge label={strings.DemoDataMarker} explanation={strings.DemoDataExplanation} theme={theme} />}
      {body}
    </ThemeProvider>
  );
}

function tabLabel(tab: SteeringTab): string {
  const labels: Record<SteeringTab, string> = {
    actions: strings.TabActions,
    myActions: strings.TabMyActions,
    evaluations: strings.TabEvaluations,
    budget: strings.TabBudget,
    taskLayers: strings.TabTaskLayers,
    coalitions: strings.TabCoalitions,
    report: strings.TabReport,
  };
  return labels[tab];
}

function getClassNames(theme: ITheme): { root: string; title: string; tab: string } {
  return mergeStyleSets({
    root: { color: theme.semanticColors.bodyText, backgroundColor: theme.semanticColors.bodyBackground, display: 'flex', flexDirection: 'column', gap: 12 },
    title: { margin: 0, color: theme.semanticColors.bodyText },
    tab: { paddingTop: 8 },
  });
}
