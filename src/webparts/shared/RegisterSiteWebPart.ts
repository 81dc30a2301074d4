import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { SPHttpClient } from '@microsoft/sp-http';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { createTheme, ITheme } from '@fluentui/react';
import { SPFI, spfi, SPFx } from '@pnp/sp';
import { checkListsExist, ISiteSetupGateProps, SiteSetupGate, summarizeProvisioningReport } from '../../components/siteSetup';
import type { Directory } from '../../data/ports';
import { createSharePointDirectory, createSharePointRepositories, type SharePointRepositories } from '../../data/sharepoint';
import { createStorageEntityReader, resolveDataSite, ResolvedDataSite } from './dataSite';
import { canSetUpDataSite } from './dataSitePermissions';
import type { DataSitePropertyPaneLabels } from './dataSitePropertyPane';
import { fluentThemeForTeamsHost, readHostContext, type HostContext, type TeamsJsLike, type TeamsThemeName } from './hosting';

/** The property every web part of the product has: the one site where the register's lists live. */
export interface IRegisterSiteWebPartProps {
  /** Empty means the tenant property or else the current site (see `dataSite.ts`). */
  dataSiteUrl?: string;
}

/** Everything bound to one register site; rebuilt when an editor points the web part at another site. */
export interface RegisterSiteConnection {
  readonly dataSite: ResolvedDataSite;
  readonly sp: SPFI;
  readonly repositories: SharePointRepositories;
  readonly directory: Directory;
}

type PropertyPaneModule = typeof import('./dataSitePropertyPane');

/**
 * What the product's web parts share, so each of them stays a thin shell: it finds the register site (property,
 * tenant storage entity, current site), connects the SharePoint adapter with `spfi().using(SPFx(context))`,
 * follows the SharePoint or Teams theme, reads the host (page, channel tab, personal app), puts the site-setup
 * gate in front of the React root, and offers the data-site property pane. A web part says only which read
 * proves its lists exist and which React root it renders.
 */
export abstract class RegisterSiteWebPart<TProperties extends IRegisterSiteWebPartProps> extends BaseClientSideWebPart<TProperties> {
  protected connection: RegisterSiteConnection | undefined;
  protected hostContext: HostContext | undefined;
  private themeProvider: ThemeProvider | undefined;
  private themeVariant: IReadonlyTheme | undefined;
  private propertyPaneModule: PropertyPaneModule | undefined;

  /** Labels of the data-site property pane, from the web part's strings module. */
  protected abstract get dataSitePaneStrings(): DataSitePropertyPaneLabels;

  /** The cheapest read that proves this web part's lists exist on the register site. */
  protected abstract probeLists(repositories: SharePointRepositories): Promise<unknown>;

  /** The web part's React root, rendered behind the site-setup gate. */
  protected abstract renderRoot(connection: RegisterSiteConnection, host: HostContext, theme: ITheme | undefined): React.ReactElement;

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
    const connection = this.connection;
    if (!connection || !this.hostContext) return;
    const theme = this.fluentTheme();
    const gate = React.createElement<ISiteSetupGateProps>(
      SiteSetupGate,
      {
        dataSiteUrl: connection.dataSite.url,
        checkLists: () => checkListsExist(() => this.probeLists(connection.repositories)),
        canCreateLists: () => canSetUpDataSite(connection.sp),
        createLists: async () => {
          // Provisioning runs once per site; its code loads only when an owner asks for it.
          const { provisionSite } = await import(
            /* webpackChunkName: 'samenwerkingsmonitor-provisioning' */
            '../../data/provisioning'
          );
          return summarizeProvisioningReport(await provisionSite(connection.sp));
        },
        theme,
      },
      this.renderRoot(connection, this.hostContext, theme),
    );
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
    // A new connection means a new gate, which checks the new site's lists.
    this.connection = await this.connect();
    this.render();
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    this.propertyPaneModule = await import(
      /* webpackChunkName: 'samenwerkingsmonitor-property-pane' */
      './dataSitePropertyPane'
    );
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    if (!this.propertyPaneModule) return { pages: [] };
    return this.propertyPaneModule.dataSitePropertyPane(this.dataSitePaneStrings);
  }

  private async connect(): Promise<RegisterSiteConnection> {
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    const spHttpClient = this.context.spHttpClient;
    const dataSite = await resolveDataSite({
      configuredUrl: this.properties.dataSiteUrl,
      currentSiteUrl,
      readStorageEntity: createStorageEntityReader({ get: (url) => spHttpClient.get(url, SPHttpClient.configurations.v1) }, currentSiteUrl),
    });
    const sp: SPFI = spfi(dataSite.url).using(SPFx(this.context));
    const directory = createSharePointDirectory(sp);
    return { dataSite, sp, directory, repositories: createSharePointRepositories(sp, directory) };
  }

  /** Teams' theme in a tab, else the SharePoint section's theme variant. */
  protected fluentTheme(): ITheme | undefined {
    if (this.hostContext?.host !== 'sharePoint' && this.hostContext?.teamsTheme) return fluentThemeForTeamsHost(this.hostContext.teamsTheme);
    return this.themeVariant ? createTheme(this.themeVariant) : undefined;
  }

  private handleThemeChanged(args: ThemeChangedEventArgs): void {
    this.themeVariant = args.theme;
    this.render();
  }
}
