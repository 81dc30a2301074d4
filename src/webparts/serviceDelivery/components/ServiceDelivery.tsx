import * as React from 'react';
import { Dropdown, getTheme, mergeStyleSets, MessageBar, MessageBarType, Pivot, PivotItem, Spinner, SpinnerSize, Text, ThemeProvider, type ITheme } from '@fluentui/react';
import * as strings from 'ServiceDeliveryWebPartStrings';
import { DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import { DemoDataBadge } from '../../../components/demoData';
import { loadServiceDelivery } from '../../../data/serviceDelivery';
import type { Partnership, Stored } from '../../../domain/models';
import { AgreementsView } from './AgreementsView';
import { IndicatorsView } from './IndicatorsView';
import type { IServiceDeliveryProps, ServiceDeliveryTab } from './IServiceDeliveryProps';
import { OffTargetView } from './OffTargetView';
import { SatisfactionView } from './SatisfactionView';
import { loadErrorMessage } from './serviceDeliveryFormat';
import type { IPartnershipViewProps } from './viewProps';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

const TAB_LABELS: Readonly<Record<ServiceDeliveryTab, string>> = {
  indicators: strings.TabIndicators,
  agreements: strings.TabAgreements,
  satisfaction: strings.TabSatisfaction,
  offTarget: strings.TabOffTarget,
};

/** `?partnership=<id>&tab=indicators` on the current page: the address of a partnership's indicators. */
function defaultLinkFor(partnershipId: number): string {
  const url = new URL(window.location.href);
  url.searchParams.set('partnership', String(partnershipId));
  url.searchParams.set('tab', 'indicators');
  return url.toString();
}

/**
 * "Dienstverlening" (issue 9): per partnership its indicators and reported values, its agreements and its
 * satisfaction measurements; and "Buiten norm" across all partnerships.
 */
export function ServiceDelivery(props: IServiceDeliveryProps & { readonly linkFor?: (partnershipId: number) => string }): JSX.Element {
  const theme = props.theme ?? getTheme();
  const classNames = getClassNames(theme);
  const partnerships = useAsyncResource(
    async () => [...(await props.repositories.partnerships.list())].sort((left, right) => collator.compare(left.name, right.name)),
    [props.repositories.partnerships],
  );
  const [tab, setTab] = React.useState<ServiceDeliveryTab>(props.initialTab ?? 'indicators');
  const [selectedId, setSelectedId] = React.useState<number | undefined>(props.initialPartnershipId);
  const [announcement, setAnnouncement] = React.useState<string | undefined>(undefined);

  let body: JSX.Element;
  if (partnerships.state.status === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  } else if (partnerships.state.status === 'failed') {
    body = <DataErrorMessage message={loadErrorMessage(partnerships.state.error)} retryLabel={strings.RetryLabel} onRetry={partnerships.reload} />;
  } else {
    const list: readonly Stored<Partnership>[] = partnerships.state.value;
    const selected = list.find((partnership) => partnership.id === selectedId) ?? list[0];
    body = (
      <>
        <Pivot aria-label={strings.TabsLabel} selectedKey={tab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as ServiceDeliveryTab)} headersOnly={true}>
          {(Object.keys(TAB_LABELS) as ServiceDeliveryTab[]).map((key) => (
            <PivotItem key={key} itemKey={key} headerText={TAB_LABELS[key]} />
          ))}
        </Pivot>
        <div role="tabpanel" aria-label={TAB_LABELS[tab]} className={classNames.tab}>
          {list.length === 0 ? (
            <Text>{strings.NoPartnerships}</Text>
          ) : tab === 'offTarget' ? (
            <OffTargetView
              repositories={props.repositories}
              partnerships={list}
              today={props.today}
              theme={theme}
              linkFor={props.linkFor ?? defaultLinkFor}
              onOpenPartnership={(partnershipId) => {
                setSelectedId(partnershipId);
                setTab('indicators');
              }}
            />
          ) : (
            <>
              <Dropdown
                label={strings.PartnershipLabel}
                selectedKey={selected.id}
                options={list.map((partnership) => ({ key: partnership.id, text: partnership.name }))}
                onChange={(_event, option) => option && setSelectedId(Number(option.key))}
                styles={{ root: { maxWidth: 480 } }}
              />
              <PartnershipTab
                key={selected.id}
                tab={tab}
                partnership={selected}
                repositories={props.repositories}
                today={props.today}
                theme={theme}
                announce={setAnnouncement}
              />
            </>
          )}
        </div>
      </>
    );
  }

  return (
    <ThemeProvider theme={theme} className={classNames.root}>
      <Text as="h2" variant="xLarge" className={classNames.title}>
        {strings.Title}
      </Text>
      {props.isDemoData && <DemoDataBadge label={strings.DemoDataMarker} explanation={strings.DemoDataExplanation} theme={theme} />}
      <div aria-live="polite" role="status">
        {announcement !== undefined && (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setAnnouncement(undefined)} dismissButtonAriaLabel={strings.Close}>
            {announcement}
          </MessageBar>
        )}
      </div>
      {body}
    </ThemeProvider>
  );
}

/** One partnership's lists, read together; each tab shows its part. */
function PartnershipTab(props: Omit<IPartnershipViewProps, 'data' | 'reload'> & { readonly tab: Exclude<ServiceDeliveryTab, 'offTarget'> }): JSX.Element {
  const { state, reload } = useAsyncResource(() => loadServiceDelivery(props.repositories, props.partnership.id), [props.repositories, props.partnership.id]);
  // After a save the lists are read again while the last version stays on screen (no flash of a spinner).
  const [shown, setShown] = React.useState<IPartnershipViewProps['data'] | undefined>(undefined);
  React.useEffect(() => {
    if (state.status === 'loaded') setShown(state.value);
  }, [state]);
  if (state.status === 'failed') return <DataErrorMessage message={loadErrorMessage(state.error)} retryLabel={strings.RetryLabel} onRetry={reload} />;
  const data = state.status === 'loaded' ? state.value : shown;
  if (!data) return <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  const common: IPartnershipViewProps = { ...props, data, reload };
  switch (props.tab) {
    case 'indicators':
      return <IndicatorsView {...common} />;
    case 'agreements':
      return <AgreementsView {...common} />;
    case 'satisfaction':
      return <SatisfactionView {...common} />;
  }
}

function getClassNames(theme: ITheme): { root: string; title: string; tab: string } {
  return mergeStyleSets({
    root: { color: theme.semanticColors.bodyText, backgroundColor: theme.semanticColors.bodyBackground, display: 'flex', flexDirection: 'column', gap: 12 },
    title: { margin: 0, color: theme.semanticColors.bodyText },
    tab: { paddingTop: 8, display: 'flex', flexDirection: 'column', gap: 12 },
  });
}
