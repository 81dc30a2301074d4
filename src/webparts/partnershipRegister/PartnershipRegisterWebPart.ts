import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { SPHttpClient } from '@microsoft/sp-http';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { createTheme, ITheme } from '@fluentui/react';
import { SPFI, spfi, SPFx } from '@pnp/sp';
import * as strings from 'PartnershipRegisterWebPartStrings';
import { checkListsExist, ISiteSetupGateProps, SiteSetupGate, summarizeProvisioningReport } from '../../components/siteSetup';
import type { ListsCheck, SiteSetupResult } from '../../components/siteSetup';
import { browserUrlState } from '../../components/register';
import type { Directory, Repositories } from '../../data/ports';
import { createSharePointDirectory, createSharePointRepositories } from '../../data/sharepoint';
import { createStorageEntityReader, resolveDataSite, ResolvedDataSite } from '../shared/dataSite';
import { canSetUpDataSite } from '../shared/dataSitePermissions';
import { fluentThemeForTeams } from '../shared/teamsTheme';
import { IPartnershipRegisterProps, PartnershipRegister } from './components';

export interface IPartnershipRegisterWebPartProps {
  /** The register site; empty means the tenant property or else the current site (see `shared/dataSite.ts`). */
  dataSiteUrl?: string;
}

/** Everything bound to one register site; rebuilt when an editor points the web part at another site. */
interface DataSiteConnection {
  readonly dataSite: ResolvedDataSite;
  readonly repositories: Repositories;
  readonly directory: Directory;
  readonly checkLists: () => Promise<ListsCheck>;
  readonly canCreateLists: () => Promise<boolean>;
  readonly createLists: () => Promise<SiteSetupResult>;
}

type PropertyPaneModule = typeof import('../shared/dataSitePropertyPane');

/**
 * "Samenwerkingen": the register overview, as a SharePoint web part, a Teams tab and a Teams personal app.
 * Thin on purpose: it finds the register site, connects the SharePoint adapter to it with the page's
 * authentication, and renders the React root. What the user sees lives in `./components`.
 */
export default class PartnershipRegisterWebPart extends BaseClientSideWebPart<IPartnershipRegisterWebPartProps> {
  private themeProvider: ThemeProvider | undefined;
  private themeVariant: IReadonlyTheme | undefined;
  /** Teams' theme ('default', 'dark', 'contrast') when running as a Teams tab or personal app. */
  private teamsThemeName: string | undefined;
  private connection: DataSiteConnection | undefined;
  private propertyPaneModule: PropertyPaneModule | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    // Section backgrounds and Teams give the web part its own theme variant (supportsThemeVariants).
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.themeVariant = this.themeProvider.tryGetTheme();
    this.themeProvider.themeChangedEvent.add(this, this.handleThemeChanged);
    await this.followTeamsTheme();
    this.connection = await this.connect();
  }

  public render(): void {
    if (!this.connection) return;
    const { dataSite, repositories, directory, checkLists, canCreateLists, createLists } = this.connection;
    const theme = this.fluentTheme();
    const register = React.createElement<IPartnershipRegisterProps>(PartnershipRegister, {
      repositories,
      directory,
      theme,
      // The filters live in the page's address, so the link in the address bar (or "Link kopiëren") shares the view.
      urlState: browserUrlState(),
    });
    const gate = React.createElement<ISiteSetupGateProps>(
      SiteSetupGate,
      { dataSiteUrl: dataSite.url, checkLists, canCreateLists, createLists, theme },
      register,
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
    this.connection = await this.connect();
    // A new connection means new functions, so the gate checks the new site's lists.
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
    const directory = createSharePointDirectory(sp);
    const repositories = createSharePointRepositories(sp, directory);
    return {
      dataSite,
      repositories,
      directory,
      // The cheapest read that proves the lists exist: one partnership.
      checkLists: () => checkListsExist(() => repositories.partnerships.page({ pageSize: 1, limit: 1 })),
      canCreateLists: () => canSetUpDataSite(sp),
      createLists: async () => {
        // Provisioning runs once per site; its code loads only when an owner asks for it.
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
      // The theme is cosmetic: without Teams' context the register still works in SharePoint's theme.
      this.teamsThemeName = undefined;
    }
  }

  private handleThemeChanged(args: ThemeChangedEventArgs): void {
    this.themeVariant = args.theme;
    this.render();
  }
}
