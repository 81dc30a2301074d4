import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import * as strings from 'SteeringWebPartStrings';
import type { SharePointRepositories } from '../../data/sharepoint';
import { calendarDateOfInstant } from '../../domain/time';
import type { HostContext } from '../shared/hosting';
import { IRegisterSiteWebPartProps, RegisterSiteConnection, RegisterSiteWebPart } from '../shared/RegisterSiteWebPart';
import type { DataSitePropertyPaneLabels } from '../shared/dataSitePropertyPane';
import { ISteeringProps, Steering } from './components';

export type ISteeringWebPartProps = IRegisterSiteWebPartProps;

/**
 * "Sturing": improvement actions, evaluations, budget progress, task layers, coalitions and the status report,
 * as a SharePoint web part and a Teams tab; as the Teams personal app it shows "Mijn acties".
 */
export default class SteeringWebPart extends RegisterSiteWebPart<ISteeringWebPartProps> {
  protected get dataSitePaneStrings(): DataSitePropertyPaneLabels {
    return {
      description: strings.PropertyPaneDescription,
      groupName: strings.BasicGroupName,
      fieldLabel: strings.DataSiteUrlFieldLabel,
      fieldDescription: strings.DataSiteUrlFieldDescription,
    };
  }

  // One evaluation proves the steering lists exist.
  protected probeLists(repositories: SharePointRepositories): Promise<unknown> {
    return repositories.evaluations.page({ pageSize: 1, limit: 1 });
  }

  protected renderRoot(connection: RegisterSiteConnection, host: HostContext, theme: ITheme | undefined): React.ReactElement {
    return React.createElement<ISteeringProps>(Steering, {
      repositories: connection.repositories,
      directory: connection.directory,
      today: calendarDateOfInstant(new Date()),
      mode: host.host === 'teamsPersonalApp' ? 'myActions' : 'full',
      theme,
    });
  }
}
