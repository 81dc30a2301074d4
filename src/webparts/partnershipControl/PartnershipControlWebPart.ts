import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import * as strings from 'PartnershipControlWebPartStrings';
import type { SharePointRepositories } from '../../data/sharepoint';
import { calendarDateOfInstant } from '../../domain/time';
import type { HostContext } from '../shared/hosting';
import { IRegisterSiteWebPartProps, RegisterSiteConnection, RegisterSiteWebPart } from '../shared/RegisterSiteWebPart';
import type { DataSitePropertyPaneLabels } from '../shared/dataSitePropertyPane';
import { IPartnershipControlProps, PartnershipControl } from './components';

export type IPartnershipControlWebPartProps = IRegisterSiteWebPartProps;

/**
 * "Risico en Wgr-toets": the risk profile of each partnership and the intensity of control it sets, the Wgr 2022
 * check of each GR and its exit notice moment, as a SharePoint web part and a Teams tab.
 */
export default class PartnershipControlWebPart extends RegisterSiteWebPart<IPartnershipControlWebPartProps> {
  protected get dataSitePaneStrings(): DataSitePropertyPaneLabels {
    return {
      description: strings.PropertyPaneDescription,
      groupName: strings.BasicGroupName,
      fieldLabel: strings.DataSiteUrlFieldLabel,
      fieldDescription: strings.DataSiteUrlFieldDescription,
    };
  }

  // The risk profiles list is new in issue 8: reading it proves a site provisioned before that has been upgraded.
  protected probeLists(repositories: SharePointRepositories): Promise<unknown> {
    return Promise.all([repositories.riskProfiles.page({ pageSize: 1, limit: 1 }), repositories.wgrProvisionChecks.page({ pageSize: 1, limit: 1 })]);
  }

  protected renderRoot(connection: RegisterSiteConnection, _host: HostContext, theme: ITheme | undefined): React.ReactElement {
    return React.createElement<IPartnershipControlProps>(PartnershipControl, {
      repositories: connection.repositories,
      today: calendarDateOfInstant(new Date()),
      theme,
    });
  }
}
