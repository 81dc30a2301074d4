import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'WgrCalendarWebPartStrings';
import type { SharePointRepositories } from '../../data/sharepoint';
import type { WorkingDayCalendar } from '../../domain/wgr';
import { calendarDateOfInstant, calendarDateParts } from '../../domain/time';
import { IRegisterSiteWebPartProps, RegisterSiteConnection, RegisterSiteWebPart } from '../shared/RegisterSiteWebPart';
import type { DataSitePropertyPaneLabels } from '../shared/dataSitePropertyPane';
import { IWgrCalendarProps, WgrCalendar } from './components';

export interface IWgrCalendarWebPartProps extends IRegisterSiteWebPartProps {
  /**
   * Issue 8, "Eigen gemeente": the municipality (by name, from the Gemeenten list) whose council, committee and college
   * each zienswijze deadline is planned back to; empty: no routes are planned.
   */
  ownMunicipalityName?: string;
}

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

/** "Wgr-kalender": the statutory deadlines of every GR per week, as a SharePoint web part, a Teams tab and a Teams personal app. */
export default class WgrCalendarWebPart extends RegisterSiteWebPart<IWgrCalendarWebPartProps> {
  protected get dataSitePaneStrings(): DataSitePropertyPaneLabels {
    return {
      description: strings.PropertyPaneDescription,
      groupName: strings.BasicGroupName,
      fieldLabel: strings.DataSiteUrlFieldLabel,
      fieldDescription: strings.DataSiteUrlFieldDescription,
    };
  }

  // The calendar's own settings list proves its lists exist.
  protected probeLists(repositories: SharePointRepositories): Promise<unknown> {
    return repositories.wgrSettings.page({ pageSize: 1, limit: 1 });
  }

  protected renderRoot(connection: RegisterSiteConnection, _host: unknown, theme: ITheme | undefined): React.ReactElement {
    return React.createElement<IWgrCalendarProps>(WgrCalendar, {
      repositories: connection.repositories,
      loadWorkingDays,
      initialYear: calendarDateParts(calendarDateOfInstant(new Date())).year,
      ownMunicipalityName: this.properties.ownMunicipalityName?.trim() || undefined,
      theme,
    });
  }

  /** The shared data-site pane, plus the own municipality. */
  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const configuration = super.getPropertyPaneConfiguration();
    const [firstPage, ...otherPages] = configuration.pages;
    if (firstPage === undefined) return configuration;
    const [firstGroup, ...otherGroups] = firstPage.groups;
    const ownMunicipalityField = PropertyPaneTextField('ownMunicipalityName', {
      label: strings.OwnMunicipalityFieldLabel,
      description: strings.OwnMunicipalityFieldDescription,
    });
    const groups = firstGroup !== undefined && 'groupFields' in firstGroup ? [{ ...firstGroup, groupFields: [...firstGroup.groupFields, ownMunicipalityField] }, ...otherGroups] : firstPage.groups;
    return { pages: [{ ...firstPage, groups }, ...otherPages] };
  }
}
