import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { SPHttpClient } from '@microsoft/sp-http';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { createTheme, ITheme } from '@fluentui/react';
import { SPFI, spfi, SPFx } from '@pnp/sp';
import * as strings from 'SteeringWebPartStrings';
import { checkListsExist, ISiteSetupGateProps, SiteSetupGate, summarizeProvisioningReport } from '../../components/siteSetup';
import type { Directory, Repositories } from '../../data/ports';
import { createSharePointDirectory, createSharePointRepositories } from '../../data/sharepoint';
import { calendarDateOfInstant } from '../../domain/time';
import { createStorageEntityReader, resolveDataSite, ResolvedDataSite } from '../shared/dataSite';
import { canSetUpDataSite } from '../shared/dataSitePermissions';
import { fluentThemeForTeamsHost, readHostContext, type HostContext, type TeamsJsLike, type TeamsThemeName } from '../shared/hosting';
import { ISteeringProps, Steering } from './components';

export interface ISteeringWebPartProps {
  /** The register site; empty means the tenant property or else the current site (see `shared/dataSite.ts`). */
  dataSiteUrl?: string;
}

type PropertyPaneModule = typeof import('../shared/dataSitePropertyPane');

/** Everything bound to one register site; rebuilt when an editor points the web part at another site, so the gate checks again only then. */
interface DataSiteConnection {
  readonly dataSite: ResolvedDataSite;
  readonly repositories: Repositories;
  readonly directory: Directory;
  readonly checkLists: ISiteSetupGateProps['checkLists'];
  readonly canCreateLists: ISiteSetupGateProps['canCreateLists'];
  readonly createLists: ISiteSetupGateProps['createLists'];
}

/**
 * "Sturing": improvement actions, evaluations, budget progress, task layers, coalitions and the status report,
 * as a SharePoint web part and a Teams tab; as the Teams personal app it shows "Mijn acties". Thin: it finds
 * the register site, reads the host and renders the React root from `./components`.
 */
export default class SteeringWebPart extends BaseClientSideWebPart<ISteeringWebPartProps> {
  private themeProvider: ThemeProvider | undefined;
  private themeVariant: IReadonlyTheme | undefined;
  private hostContext: HostContext | undefined;
  private connection: DataSiteConnection | undefined;
  private propertyPaneModule: PropertyPaneModule | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.themeVariant = this.themeProvider.tryGetTheme();
    this.themeProvider.themeChangedEvent.add(this, this.handleThemeChanged);
    const teamsJs = this.context.sdks.microsoftTeams?.teamsJs as unknown as TeamsJsLike | undefined;
    this.hostContext = await readHostContext(teamsJs, this.context.pageContext.cultureInfo.currentUICultureName, (theme: TeamsThemeName) => {
      if (this.hostContext) this.hostContext = { ...this.hostContext, teamsTheme: theme };
      this.render();
    });
    this.connection = await this.connect();
  }

  public render(): void {
    if (!this.connection || !this.hostContext) return;
    const { dataSite, repositories, directory, checkLists, canCreateLists, createLists } = this.connection;
    const theme = this.fluentTheme();
    const steering = React.createElement<ISteeringProps>(Steering, {
      repositories,
      directory,
      today: calendarDateOfInstant(new Date()),
      mode: this.hostContext.host === 'teamsPersonalApp' ? 'myActions' : 'full',
      theme,
    });
    const gate = React.createElement<ISiteSetupGateProps>(SiteSetupGate, { dataSiteUrl: dataSite.url, checkLists, canCreateLists, createLists, theme }, steering);
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

  // A half-typed URL must not trigger requests to a half-typed site: changes apply with the pane's Apply button.
  protected get disableReactivePropertyChanges(): boolean {
    return true;
  }

  protected async onAfterPropertyPaneChangesApplied(): Promise<void> {
    this.connection = await this.connect();
    this.render();
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    this.propertyPaneModule = await import(/* webpackChunkName: 'samenwerkingsmonitor-property-pane' */ '../shared/dataSitePropertyPane');
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
    const directory = createSharePointDirectory(sp);
    const repositories = createSharePointRepositories(sp, directory);
    return {
      dataSite,
      repositories,
      directory,
      // The cheapest read that proves the steering lists exist: one evaluation.
      checkLists: () => checkListsExist(() => repositories.evaluations.page({ pageSize: 1, limit: 1 })),
      canCreateLists: () => canSetUpDataSite(sp),
      createLists: async () => {
        // Provisioning runs once per site; its code loads only when an owner asks for it.
        const { provisionSite } = await import(/* webpackChunkName: 'samenwerkingsmonitor-provisioning' */ '../../data/provisioning');
        return summarizeProvisioningReport(await provisionSite(sp));
      },
    };
  }

  private fluentTheme(): ITheme | undefined {
    if (this.hostContext?.host !== 'sharePoint' && this.hostContext?.teamsTheme) return fluentThemeForTeamsHost(this.hostContext.teamsTheme);
    return this.themeVariant ? createTheme(this.themeVariant) : undefined;
  }

  private handleThemeChanged(args: ThemeChangedEventArgs): void {
    this.themeVariant = args.theme;
    this.render();
  }
}
