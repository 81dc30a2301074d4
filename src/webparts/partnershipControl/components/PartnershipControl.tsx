import * as React from 'react';
import { Dropdown, getTheme, mergeStyleSets, Pivot, PivotItem, Spinner, SpinnerSize, Text, ThemeProvider, type IDropdownOption, type ITheme } from '@fluentui/react';
import * as strings from 'PartnershipControlWebPartStrings';
import { DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import { DemoDataBadge } from '../../../components/demoData';
import type { WgrProvisionCheck } from '../../../domain/councilInfluence/models';
import type { Partnership, Stored } from '../../../domain/models';
import type { RiskProfile } from '../../../domain/riskProfile';
import type { WgrSettings } from '../../../domain/wgr/types';
import { isWgrRegeling } from '../../../domain/wgr2022';
import { dataErrorMessage } from './controlFormat';
import type { IPartnershipControlProps, PartnershipControlTab } from './IPartnershipControlProps';
import { RiskProfileTab } from './RiskProfileTab';
import { WgrCheckTab } from './WgrCheckTab';
import { WgrOverviewTab } from './WgrOverviewTab';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Everything the web part shows, read once; saves update it in place, so a form keeps its state. */
export interface PartnershipControlData {
  readonly partnerships: readonly Stored<Partnership>[];
  readonly profiles: readonly Stored<RiskProfile>[];
  readonly checks: readonly Stored<WgrProvisionCheck>[];
  readonly settings: readonly Stored<WgrSettings>[];
}

/**
 * "Risico en Wgr-toets": the risk profile of a partnership from the documented questionnaire and the intensity of
 * control it sets; for a GR the Wgr 2022 check of its regeling and the exit notice moment; and an overview of the
 * check across all GRs.
 */
export function PartnershipControl(props: IPartnershipControlProps): JSX.Element {
  const theme = props.theme ?? getTheme();
  const classNames = getClassNames(theme);
  const data = useAsyncResource(async (): Promise<PartnershipControlData> => {
    const [partnerships, profiles, checks, settings] = await Promise.all([
      props.repositories.partnerships.list(),
      props.repositories.riskProfiles.list(),
      props.repositories.wgrProvisionChecks.list(),
      props.repositories.wgrSettings.list(),
    ]);
    return { partnerships: [...partnerships].sort((left, right) => collator.compare(left.name, right.name)), profiles, checks, settings };
  }, [props.repositories]);

  let body: JSX.Element;
  if (data.state.status === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  } else if (data.state.status === 'failed') {
    body = <DataErrorMessage message={dataErrorMessage(data.state.error)} retryLabel={strings.RetryLabel} onRetry={data.reload} />;
  } else {
    body = <PartnershipControlView {...props} theme={theme} initial={data.state.value} />;
  }
  return (
    <ThemeProvider theme={theme} className={classNames.root}>
      <Text as="h2" variant="xLarge" className={classNames.title}>
        {strings.Title}
      </Text>
      {props.isDemoData && <DemoDataBadge label={strings.DemoDataMarker} explanation={strings.DemoDataExplanation} theme={theme} />}
      {body}
    </ThemeProvider>
  );
}

function PartnershipControlView(props: IPartnershipControlProps & { readonly theme: ITheme; readonly initial: PartnershipControlData }): JSX.Element {
  const classNames = getClassNames(props.theme);
  const [data, setData] = React.useState<PartnershipControlData>(props.initial);
  const active = data.partnerships.filter((partnership) => partnership.status !== 'beeindigd');
  const [selectedId, setSelectedId] = React.useState<number | undefined>(
    () => (active.find((partnership) => partnership.id === props.initialPartnershipId) ?? active[0])?.id,
  );
  const [tab, setTab] = React.useState<PartnershipControlTab>(props.initialTab ?? 'risk');
  const selected = active.find((partnership) => partnership.id === selectedId);
  const isGr = selected !== undefined && isWgrRegeling(selected.legalForm);
  // A non-GR has no Wgr check: the tab falls back to the risk profile instead of showing an empty one.
  const shownTab: PartnershipControlTab = tab === 'wgr' && !isGr ? 'risk' : tab;

  const options: IDropdownOption[] = active.map((partnership) => ({ key: partnership.id, text: partnership.name }));
  const replace = <T extends { readonly id: number }>(items: readonly T[], item: T): readonly T[] =>
    items.some((existing) => existing.id === item.id) ? items.map((existing) => (existing.id === item.id ? item : existing)) : [...items, item];

  return (
    <>
      {active.length === 0 ? (
        <Text>{strings.NoPartnerships}</Text>
      ) : (
        <Dropdown
          label={strings.PartnershipPickerLabel}
          selectedKey={selectedId}
          options={options}
          onChange={(_event, option) => option && setSelectedId(Number(option.key))}
          className={classNames.picker}
        />
      )}
      <Pivot aria-label={strings.TabsLabel} selectedKey={shownTab} onLinkClick={(item) => item?.props.itemKey && setTab(item.props.itemKey as PartnershipControlTab)} headersOnly={true}>
        <PivotItem itemKey="risk" headerText={strings.TabRisk} />
        {isGr && <PivotItem itemKey="wgr" headerText={strings.TabWgr} />}
        <PivotItem itemKey="overview" headerText={strings.TabOverview} />
      </Pivot>
      <div className={classNames.tab} role="tabpanel" aria-label={shownTab === 'risk' ? strings.TabRisk : shownTab === 'wgr' ? strings.TabWgr : strings.TabOverview}>
        {shownTab === 'risk' && selected !== undefined && (
          <RiskProfileTab
            key={selected.id}
            partnership={selected}
            profiles={data.profiles.filter((profile) => profile.partnershipId === selected.id)}
            repositories={props.repositories}
            today={props.today}
            theme={props.theme}
            onSaved={(profile) => setData((previous) => ({ ...previous, profiles: [...previous.profiles, profile] }))}
          />
        )}
        {shownTab === 'wgr' && selected !== undefined && (
          <WgrCheckTab
            key={selected.id}
            partnership={selected}
            checks={data.checks.filter((check) => check.partnershipId === selected.id)}
            settings={data.settings.find((item) => item.partnershipId === selected.id)}
            repositories={props.repositories}
            today={props.today}
            theme={props.theme}
            onCheckSaved={(check) => setData((previous) => ({ ...previous, checks: replace(previous.checks, check) }))}
            onSettingsSaved={(settings) => setData((previous) => ({ ...previous, settings: replace(previous.settings, settings) }))}
          />
        )}
        {shownTab === 'overview' && <WgrOverviewTab partnerships={active} checks={data.checks} theme={props.theme} />}
      </div>
    </>
  );
}

function getClassNames(theme: ITheme): { root: string; title: string; tab: string; picker: string } {
  return mergeStyleSets({
    root: { color: theme.semanticColors.bodyText, backgroundColor: theme.semanticColors.bodyBackground, display: 'flex', flexDirection: 'column', gap: 12 },
    title: { margin: 0, color: theme.semanticColors.bodyText },
    tab: { paddingTop: 8 },
    picker: { maxWidth: 480 },
  });
}
