import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import * as strings from 'WgrCalendarWebPartStrings';
import type { SharePointRepositories } from '../../data/sharepoint';
import type { WorkingDayCalendar } from '../../domain/wgr';
import { calendarDateOfInstant, calendarDateParts } from '../../domain/time';
import { IRegisterSiteWebPartProps, RegisterSiteConnection, RegisterSiteWebPart } from '../shared/RegisterSiteWebPart';
import type { DataSitePropertyPaneLabels } from '../shared/dataSitePropertyPane';
import { IWgrCalendarProps, WgrCalendar } from './components';

export type IWgrCalendarWebPartProps = IRegisterSiteWebPartProps;

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
      theme,
    });
  }
}
