import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { SPHttpClient } from '@microsoft/sp-http';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { createTheme, ITheme } from '@fluentui/react';
import { SPFI, spfi, SPFx } from '@pnp/sp';
import * as strings from 'WgrCalendarWebPartStrings';
import { checkListsExist, ISiteSetupGateProps, SiteSetupGate, summarizeProvisioningReport } from '../../components/siteSetup';
import type { ListsCheck, SiteSetupResult } from '../../components/siteSetup';
import type { Repositories } from '../../data/ports';
import { createSharePointDirectory, createSharePointRepositories } from '../../data/sharepoint';
import type { WorkingDayCalendar } from '../../domain/wgr';
import { calendarDateOfInstant, calendarDateParts } from '../../domain/time';
import { createStorageEntityReader, resolveDataSite, ResolvedDataSite } from '../shared/dataSite';
import { canSetUpDataSite } from '../shared/dataSitePermissions';
import { fluentThemeForTeams } from '../shared/teamsTheme';
import { IWgrCalendarProps, WgrCalendar } from './components';

export interface IWgrCalendarWebPartProps {
  /** The register site; empty means the tenant property or else the current site (see `shared/dataSite.ts`). */
  dataSiteUrl?: string;
}

interface DataSiteConnection {
  readonly dataSite: ResolvedDataSite;
  readonly repositories: Repositories;
  readonly checkLists: () => Promise<ListsCheck>;
  readonly canCreateLists: () => Promise<boolean>;
  readonly createLists: () => Promise<SiteSetupResult>;
}

type PropertyPaneModule = typeof import('../shared/dataSitePropertyPane');

/** The holiday data is large and not needed before the first data arrives: its own chunk, loaded once. */
let workingDays: Promise<WorkingDayCalendar> | undefined;
function loadWorkingDays(): Promise<WorkingDayCalendar> {
  workingDays =
    workingDays ??
    import(
      /* webpackChunkName: 'dutch-holidays' */
      '../../domain/wgr/dutchHolidays'
    ).then((module) => module.dutchWorkingDays());
  return workingDays;
}

/**
 * "Wgr-kalender": the statutory deadlines of every GR per week, as a SharePoint web part, a Teams tab and a Teams
 * personal app. Thin on purpose: it finds the register site, connects the SharePoint adapter and renders the React root.
 */
export default class WgrCalendarWebPart extends BaseClientSideWebPart<IWgrCalendarWebPartProps> {
  private themeProvider: ThemeProvider | undefined;
  private themeVariant: IReadonlyTheme | undefined;
  private teamsThemeName: string | undefined;
  private connection: DataSiteConnection | undefined;
  private propertyPaneModule: PropertyPaneModule | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.themeVariant = this.themeProvider.tryGetTheme();
    this.themeProvider.themeChangedEvent.add(this, this.handleThemeChanged);
    await this.followTeamsTheme();
    this.connection = await this.connect();
  }

  public render(): void {
    if (!this.connection) return;
    const { dataSite, repositories, checkLists, canCreateLists, createLists } = this.connection;
    const theme = this.fluentTheme();
    const calendar = React.createElement<IWgrCalendarProps>(WgrCalendar, {
      repositories,
      loadWorkingDays,
      initialYear: calendarDateParts(calendarDateOfInstant(new Date())).year,
      theme,
    });
    const gate = React.createElement<ISiteSetupGateProps>(SiteSetupGate, { dataSiteUrl: dataSite.url, checkLists, canCreateLists, createLists, theme }, calendar);
    ReactDom.render(gate, this.domElement);
  }

  protected onDispose(): void {
    this.themeProvider?.themeChangedEvent.remove(this, this.handleThemeChanged);
    ReactDom.unmountComponentAtNode(this.domElement);
    super.onDispose();
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  protected async onAfterPropertyPaneChangesApplied(): Promise<void> {
    this.connection = await this.connect();
    this.render();
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    this.propertyPaneModule = await import(
      /* webpackChunkName: 'samenwerkingsmonitor-property-pane' */
      '../shared/dataSitePropertyPane'
    );
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    if (!this.propertyPaneModule) return { pages: [] };
    return this.propertyPaneModule.dataSitePropertyPane({
      description: strings.PropertyPaneDescription,
      groupName: strings.BasicGroupName,
      fieldLabel: strings.DataSiteUrlFieldLabel,
      fieldDescription: strings.DataSiteUrlFieldDescription,
    });
  }

  private async connect(): Promise<DataSiteConnection> {
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    const spHttpClient = this.context.spHttpClient;
    const dataSite = await resolveDataSite({
      configuredUrl: this.properties.dataSiteUrl,
      currentSiteUrl,
      readStorageEntity: createStorageEntityReader({ get: (url) => spHttpClient.get(url, SPHttpClient.configurations.v1) }, currentSiteUrl),
    });
    const sp: SPFI = spfi(dataSite.url).using(SPFx(this.context));
    const repositories = createSharePointRepositories(sp, createSharePointDirectory(sp));
    return {
      dataSite,
      repositories,
      // The cheapest read that proves the calendar's own lists exist.
      checkLists: () => checkListsExist(() => repositories.wgrSettings.page({ pageSize: 1, limit: 1 })),
      canCreateLists: () => canSetUpDataSite(sp),
      createLists: async () => {
        const { provisionSite } = await import(
          /* webpackChunkName: 'samenwerkingsmonitor-provisioning' */
          '../../data/provisioning'
        );
        return summarizeProvisioningReport(await provisionSite(sp));
      },
    };
  }

  private fluentTheme(): ITheme | undefined {
    return fluentThemeForTeams(this.teamsThemeName) ?? (this.themeVariant ? createTheme(this.themeVariant) : undefined);
  }

  /** In Teams, follows the user's Teams theme, also when they switch it while the tab is open. */
  private async followTeamsTheme(): Promise<void> {
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return;
    try {
      const teamsContext = await teams.teamsJs.app.getContext();
      this.teamsThemeName = teamsContext.app.theme;
      teams.teamsJs.app.registerOnThemeChangeHandler((themeName: string) => {
        this.teamsThemeName = themeName;
        this.render();
      });
    } catch {
      this.teamsThemeName = undefined;
    }
  }

  private handleThemeChanged(args: ThemeChangedEventArgs): void {
    this.themeVariant = args.theme;
    this.render();
  }
}
