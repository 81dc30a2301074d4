import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import * as strings from 'ServiceDeliveryWebPartStrings';
import type { SharePointRepositories } from '../../data/sharepoint';
import { calendarDateOfInstant } from '../../domain/time';
import { resolvePartnershipId, type HostContext } from '../shared/hosting';
import { IRegisterSiteWebPartProps, RegisterSiteConnection, RegisterSiteWebPart } from '../shared/RegisterSiteWebPart';
import type { DataSitePropertyPaneLabels } from '../shared/dataSitePropertyPane';
import { IServiceDeliveryProps, ServiceDelivery } from './components';

export type IServiceDeliveryWebPartProps = IRegisterSiteWebPartProps;

/**
 * "Dienstverlening": per partnership the service agreements, the agreed performance indicators with their reported
 * values (by hand or imported from the partnership's report) and the satisfaction measurements, and across all
 * partnerships the indicators off target and the overdue reports (issue 9, seed 002).
 */
export default class ServiceDeliveryWebPart extends RegisterSiteWebPart<IServiceDeliveryWebPartProps> {
  protected get dataSitePaneStrings(): DataSitePropertyPaneLabels {
    return {
      description: strings.PropertyPaneDescription,
      groupName: strings.BasicGroupName,
      fieldLabel: strings.DataSiteUrlFieldLabel,
      fieldDescription: strings.DataSiteUrlFieldDescription,
    };
  }

  // One indicator proves the service delivery lists exist.
  protected probeLists(repositories: SharePointRepositories): Promise<unknown> {
    return repositories.performanceIndicators.page({ pageSize: 1, limit: 1 });
  }

  protected renderRoot(connection: RegisterSiteConnection, host: HostContext, theme: ITheme | undefined): React.ReactElement {
    return React.createElement<IServiceDeliveryProps>(ServiceDelivery, {
      repositories: connection.repositories,
      today: calendarDateOfInstant(new Date()),
      // A link from "Buiten norm" or a Teams deep link opens that partnership.
      initialPartnershipId: resolvePartnershipId({ subPageId: host.subPageId, search: window.location.search }),
      theme,
    });
  }
}
