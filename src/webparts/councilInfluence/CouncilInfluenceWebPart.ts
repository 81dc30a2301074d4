import * as React from 'react';
import type { ITheme } from '@fluentui/react';
import { type IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'CouncilInfluenceWebPartStrings';
import type { SharePointRepositories } from '../../data/sharepoint';
import { calendarDateOfInstant } from '../../domain/time';
import type { HostContext } from '../shared/hosting';
import { IRegisterSiteWebPartProps, RegisterSiteConnection, RegisterSiteWebPart } from '../shared/RegisterSiteWebPart';
import type { DataSitePropertyPaneLabels } from '../shared/dataSitePropertyPane';
import { CouncilInfluence, ICouncilInfluenceProps } from './components';

export interface ICouncilInfluenceWebPartProps extends IRegisterSiteWebPartProps {
  /** The municipality (by name, from the Gemeenten list) whose council gives the zienswijzen; empty: "Eigen raad". */
  ownMunicipalityName?: string;
}

/**
 * "Zienswijzen": the council's influence cases step by step, from the document's arrival to the GR's reasoned
 * answer (issue 8), with the other councils' zienswijzen side by side; a SharePoint web part, Teams tab and personal app.
 */
export default class CouncilInfluenceWebPart extends RegisterSiteWebPart<ICouncilInfluenceWebPartProps> {
  protected get dataSitePaneStrings(): DataSitePropertyPaneLabels {
    return {
      description: strings.PropertyPaneDescription,
      groupName: strings.BasicGroupName,
      fieldLabel: strings.DataSiteUrlFieldLabel,
      fieldDescription: strings.DataSiteUrlFieldDescription,
    };
  }

  // One case proves the influence lists exist.
  protected probeLists(repositories: SharePointRepositories): Promise<unknown> {
    return repositories.influenceCases.page({ pageSize: 1, limit: 1 });
  }

  protected renderRoot(connection: RegisterSiteConnection, _host: HostContext, theme: ITheme | undefined): React.ReactElement {
    const ownMunicipalityName = this.properties.ownMunicipalityName?.trim();
    return React.createElement<ICouncilInfluenceProps>(CouncilInfluence, {
      repositories: connection.repositories,
      today: calendarDateOfInstant(new Date()),
      ...(ownMunicipalityName ? { ownMunicipalityName } : {}),
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
