import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { IReadonlyTheme, ThemeChangedEventArgs, ThemeProvider } from '@microsoft/sp-component-base';
import { SPHttpClient } from '@microsoft/sp-http';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { createTheme, ITheme } from '@fluentui/react';
import { spfi, SPFx } from '@pnp/sp';
import * as strings from 'MeetingBodiesWebPartStrings';
import type { CalendarOwner } from '../../data/ports';
import { GraphCalendarGateway, type GraphApi } from '../../data/graph';
import { calendarKeyOf } from '../../data/scheduling';
import { createSharePointDirectory, createSharePointRepositories } from '../../data/sharepoint';
import { createStorageEntityReader, resolveDataSite } from '../shared/dataSite';
import { fluentThemeForTeamsHost, readHostContext, type HostContext, type TeamsJsLike, type TeamsThemeName } from '../shared/hosting';
import { IMeetingBodiesProps, MeetingBodies } from './components';

export interface IMeetingBodiesWebPartProps {
  /** The register site; empty means the tenant property or else the current site (see `shared/dataSite.ts`). */
  dataSiteUrl?: string;
  /** Microsoft 365 group whose calendar sends the invites; empty means the signed-in organiser's own calendar. */
  groupId?: string;
}

type PropertyPaneModule = typeof import('./meetingBodiesPropertyPane');

/**
 * "Overlegorganen en vergaderingen", as a SharePoint web part, a Teams tab and a personal app. Thin: it
 * connects the SharePoint repositories to the register site and Outlook through SPFx's `MSGraphClientV3`,
 * and renders the React root from `./components`.
 */
export default class MeetingBodiesWebPart extends BaseClientSideWebPart<IMeetingBodiesWebPartProps> {
  private themeProvider: ThemeProvider | undefined;
  private themeVariant: IReadonlyTheme | undefined;
  private hostContext: HostContext | undefined;
  private props: Omit<IMeetingBodiesProps, 'theme'> | undefined;
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
    this.props = await this.connect();
  }

  public render(): void {
    if (!this.props) return;
    ReactDom.render(React.createElement(MeetingBodies, { ...this.props, theme: this.fluentTheme() }), this.domElement);
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
      /* webpackChunkName: 'samenwerkingsmonitor-meetings-property-pane' */
      './meetingBodiesPropertyPane'
    );
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    if (!this.propertyPaneModule) return { pages: [] };
    return this.propertyPaneModule.meetingBodiesPropertyPane(
      {
        description: strings.PropertyPaneDescription,
        groupName: strings.BasicGroupName,
        fieldLabel: strings.DataSiteUrlFieldLabel,
        fieldDescription: strings.DataSiteUrlFieldDescription,
      },
      { fieldLabel: strings.GroupIdFieldLabel, fieldDescription: strings.GroupIdFieldDescription },
    );
  }

  private async connect(): Promise<Omit<IMeetingBodiesProps, 'theme'>> {
    const currentSiteUrl = this.context.pageContext.web.absoluteUrl;
    const spHttpClient = this.context.spHttpClient;
    const dataSite = await resolveDataSite({
      configuredUrl: this.properties.dataSiteUrl,
      currentSiteUrl,
      readStorageEntity: createStorageEntityReader({ get: (url) => spHttpClient.get(url, SPHttpClient.configurations.v1) }, currentSiteUrl),
    });
    const sp = spfi(dataSite.url).using(SPFx(this.context));
    const directory = createSharePointDirectory(sp);
    // MSGraphClientV3 wraps graph-client v3 and offers the same api(path) requests the gateway uses.
    const graphClient = (await this.context.msGraphClientFactory.getClient('3')) as unknown as GraphApi;
    const groupId = this.properties.groupId?.trim();
    const calendarOwner: CalendarOwner = groupId ? { kind: 'group', groupId } : { kind: 'me' };
    return {
      repositories: createSharePointRepositories(sp, directory),
      directory,
      calendar: new GraphCalendarGateway(graphClient, { pageSize: 50 }),
      calendarOwner,
      calendarKey: calendarKeyOf(calendarOwner, this.context.pageContext.user.email || this.context.pageContext.user.loginName),
      calendarFileDomain: new URL(dataSite.url).hostname,
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
