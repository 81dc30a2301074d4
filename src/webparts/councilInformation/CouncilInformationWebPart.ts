import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { SPHttpClient } from '@microsoft/sp-http';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { createTheme, ITheme } from '@fluentui/react';
import { spfi, SPFx } from '@pnp/sp';
import { createPublicRepositories } from '../../data/publication/publicRepositories';
import { createSharePointRepositories } from '../../data/sharepoint';
import { createStorageEntityReader, resolveDataSite } from '../shared/dataSite';
import { fluentThemeForTeams } from '../shared/teamsTheme';
import { CouncilInformation, ICouncilInformationProps } from './components';

export interface ICouncilInformationWebPartProps {
  /** The site with the public projection; empty means the site the web part is on (the intranet). */
  intranetSiteUrl?: string;
  /** The register site, for the BBV paragraph; empty means the tenant property or else the current site. */
  dataSiteUrl?: string;
}

type PropertyPaneModule = typeof import('./councilPropertyPane');

/**
 * "Raadsinformatie": the council's intranet page. Thin on purpose: it connects the public projection (this
 * site, or the configured intranet) and, for the BBV paragraph, the register's public lists, with the
 * page's authentication, and renders the React root in `./components`.
 */
export default class CouncilInformationWebPart extends BaseClientSideWebPart<ICouncilInformationWebPartProps> {
  private themeProvider: ThemeProvider | undefined;
  private themeVariant: IReadonlyTheme | undefined;
  private teamsThemeName: string | undefined;
  private props: Omit<ICouncilInformationProps, 'theme'> | undefined;
  private propertyPaneModule: PropertyPaneModule | undefined;

  protected async onInit(): Promise<void> {
    await super.onInit();
    this.themeProvider = this.context.serviceScope.consume(ThemeProvider.serviceKey);
    this.themeVariant = this.themeProvider.tryGetTheme();
    this.themeProvider.themeChangedEvent.add(this, this.handleThemeChanged);
    await this.followTeamsTheme();
    this.props = await this.connect();
  }

  public render(): void {
    if (!this.props) return;
    ReactDom.render(React.createElement<ICouncilInformationProps>(CouncilInformation, { ...this.props, theme: this.fluentTheme() }), this.domElement);
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
    this.props = await this.connect();
    this.render();
  }

  protected async loadPropertyPaneResources(): Promise<void> {
    this.propertyPaneModule = await import(
      /* webpackChunkName: 'samenwerkingsmonitor-council-property-pane' */
      './councilPropertyPane'
    );
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return this.propertyPaneModule ? this.propertyPaneModule.councilPropertyPane() : { pages: [] };
  }

  private async connect(): Promise<Omit<ICouncilInformationProps, 'theme'>> {
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    const spHttpClient = this.context.spHttpClient;
    const intranetUrl = this.properties.intranetSiteUrl?.trim() || currentSiteUrl;
    const register = await resolveDataSite({
      configuredUrl: this.properties.dataSiteUrl,
      currentSiteUrl,
      readStorageEntity: createStorageEntityReader({ get: (url) => spHttpClient.get(url, SPHttpClient.configurations.v1) }, currentSiteUrl),
    });
    const registerRepositories = createSharePointRepositories(spfi(register.url).using(SPFx(this.context)));
    return {
      publicRepositories: createPublicRepositories(spfi(intranetUrl).using(SPFx(this.context))),
      bbvRepositories: { partnerships: registerRepositories.partnerships, financialFigures: registerRepositories.financialFigures },
    };
  }

  private fluentTheme(): ITheme | undefined {
    return fluentThemeForTeams(this.teamsThemeName) ?? (this.themeVariant ? createTheme(this.themeVariant) : undefined);
  }

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
      // The theme is cosmetic: without Teams' context the page still works in SharePoint's theme.
      this.teamsThemeName = undefined;
    }
  }

  private handleThemeChanged(args: ThemeChangedEventArgs): void {
    this.themeVariant = args.theme;
    this.render();
  }
}
