import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import * as strings from 'PartnershipRegisterWebPartStrings';
import { browserUrlState } from '../../components/register';
import { lazyHandoverDossierGenerator } from '../../data/documents/lazyGenerators';
import type { SharePointRepositories } from '../../data/sharepoint';
import { calendarDateOfInstant } from '../../domain/time';
import { IRegisterSiteWebPartProps, RegisterSiteConnection, RegisterSiteWebPart } from '../shared/RegisterSiteWebPart';
import type { DataSitePropertyPaneLabels } from '../shared/dataSitePropertyPane';
import { IPartnershipRegisterProps, PartnershipRegister } from './components';

export type IPartnershipRegisterWebPartProps = IRegisterSiteWebPartProps;

/** "Samenwerkingen": the register of all partnerships, as a SharePoint web part, a Teams tab and a personal app. */
export default class PartnershipRegisterWebPart extends RegisterSiteWebPart<IPartnershipRegisterWebPartProps> {
  protected get dataSitePaneStrings(): DataSitePropertyPaneLabels {
    return {
      description: strings.PropertyPaneDescription,
      groupName: strings.BasicGroupName,
      fieldLabel: strings.DataSiteUrlFieldLabel,
      fieldDescription: strings.DataSiteUrlFieldDescription,
    };
  }

  // One partnership proves the register's lists exist.
  protected probeLists(repositories: SharePointRepositories): Promise<unknown> {
    return repositories.partnerships.page({ pageSize: 1, limit: 1 });
  }

  protected renderRoot(connection: RegisterSiteConnection, _host: unknown, theme: ITheme | undefined): React.ReactElement {
    return React.createElement<IPartnershipRegisterProps>(PartnershipRegister, {
      repositories: connection.repositories,
      directory: connection.directory,
      theme,
      // The filters live in the page's address, so the link in the address bar (or "Link kopiëren") shares the view.
      urlState: browserUrlState(),
      generateHandoverDossier: lazyHandoverDossierGenerator(connection.repositories, () => calendarDateOfInstant(new Date())),
    });
  }
}
