import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { SPHttpClient } from '@microsoft/sp-http';
import type { IPropertyPaneConfiguration, IPropertyPaneDropdownOption } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { createTheme, ITheme } from '@fluentui/react';
import { SPFI, spfi, SPFx } from '@pnp/sp';
import * as strings from 'PartnershipDashboardWebPartStrings';
import { createSharePointDashboardLoader } from '../../data/dashboard';
import { lazyHandoverDossierGenerator } from '../../data/documents/lazyGenerators';
import { createSharePointDirectory, createSharePointRepositories } from '../../data/sharepoint';
import { calendarDateOfInstant } from '../../domain/time';
import { createStorageEntityReader, resolveDataSite } from '../shared/dataSite';
import {
  fluentThemeForTeamsHost,
  readHostContext,
  resolvePartnershipId,
  sharePointDashboardLink,
  teamsDashboardDeepLink,
  TEAMS_APP_ID,
  type HostContext,
  type TeamsJsLike,
  type TeamsThemeName,
} from '../shared/hosting';
import { IPartnershipDashboardRootProps, PartnershipDashboardRoot } from './components';

export interface IPartnershipDashboardWebPartProps {
  /** The register site; empty means the tenant property or else the current site (see `shared/dataSite.ts`). */
  dataSiteUrl?: string;
  /** The partnership a channel tab or page shows; empty lets the user choose. */
  partnershipId?: string;
}

type PropertyPaneModule = typeof import('./dashboardPropertyPane');

/**
 * "Dashboard samenwerking": one partnership's dashboard, as a SharePoint web part, a Teams channel tab
 * (configured to one partnership in the property pane, which SPFx shows as the tab's settings page) and
 * the Teams personal app ("Mijn samenwerkingsverbanden"). Thin: it finds the register site, reads the host
 * (Teams theme, locale, deep link) and renders the React root from `./components`.
 */
export default class PartnershipDashboardWebPart extends BaseClientSideWebPart<IPartnershipDashboardWebPartProps> {
  private themeProvider: ThemeProvider | undefined;
  private themeVariant: IReadonlyTheme | undefined;
  private hostContext: HostContext | undefined;
  private sp: SPFI | undefined;
  private propertyPaneModule: PropertyPaneModule | undefined;
  private partnershipOptions: IPropertyPaneDropdownOption[] = [];

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
    this.sp = await this.connect();
  }

  public render(): void {
    if (!this.sp || !this.hostContext) return;
    const sp = this.sp;
    const host = this.hostContext;
    const directory = createSharePointDirectory(sp);
    const repositories = createSharePointRepositories(sp, directory);
    const props: IPartnershipDashboardRootProps = {
      host: host.host,
      partnershipId: resolvePartnershipId({ subPageId: host.subPageId, search: window.location.search, configured: this.properties.partnershipId }),
      partnerships: repositories.partnerships,
      riskProfiles: repositories.riskProfiles,
      directory,
      load: createSharePointDashboardLoader(sp),
      upload: (file, metadata) => repositories.documents.upload(file, metadata),
      today: calendarDateOfInstant(new Date()),
      generateHandoverDossier: lazyHandoverDossierGenerator(repositories, () => calendarDateOfInstant(new Date())),
      theme: this.fluentTheme(),
      linkFor: (partnershipId) =>
        host.host === 'sharePoint' ? sharePointDashboardLink(window.location.href, partnershipId) : teamsDashboardDeepLink({ appId: TEAMS_APP_ID, partnershipId }),
    };
    ReactDom.render(React.createElement(PartnershipDashboardRoot, props), this.domElement);
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
    this.sp = await this.connect();
    this.render();
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    this.propertyPaneModule = await import(
      /* webpackChunkName: 'samenwerkingsmonitor-dashboard-property-pane' */
      './dashboardPropertyPane'
    );
    this.partnershipOptions = await this.readPartnershipOptions();
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    if (!this.propertyPaneModule) return { pages: [] };
    return this.propertyPaneModule.dashboardPropertyPane(
      {
        description: strings.PropertyPaneDescription,
        groupName: strings.BasicGroupName,
        fieldLabel: strings.DataSiteUrlFieldLabel,
        fieldDescription: strings.DataSiteUrlFieldDescription,
      },
      {
      groupName: strings.PartnershipGroupName,
      fieldLabel: strings.PartnershipFieldLabel,
        options: this.partnershipOptions,
      },
    );
  }

  /** The register's partnerships for the tab's configuration; an empty choice lets the user pick. */
  private async readPartnershipOptions(): Promise<IPropertyPaneDropdownOption[]> {
    const none: IPropertyPaneDropdownOption = { key: '', text: strings.PartnershipNone };
    if (!this.sp) return [none];
    try {
      const partnerships = await createSharePointRepositories(this.sp).partnerships.list();
      const sorted = [...partnerships].sort((left, right) => left.name.localeCompare(right.name, 'nl'));
      return [none, ...sorted.map((partnership) => ({ key: String(partnership.id), text: partnership.name }))];
    } catch {
      return [none, { key: 'unavailable', text: strings.PartnershipsUnavailable, disabled: true } as IPropertyPaneDropdownOption];
    }
  }

  private async connect(): Promise<SPFI> {
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    const spHttpClient = this.context.spHttpClient;
    const dataSite = await resolveDataSite({
      configuredUrl: this.properties.dataSiteUrl,
      currentSiteUrl,
      readStorageEntity: createStorageEntityReader({ get: (url) => spHttpClient.get(url, SPHttpClient.configurations.v1) }, currentSiteUrl),
    });
    return spfi(dataSite.url).using(SPFx(this.context));
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
