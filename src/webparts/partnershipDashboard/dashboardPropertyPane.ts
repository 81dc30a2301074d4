import { IPropertyPaneConfiguration, IPropertyPaneDropdownOption, PropertyPaneDropdown } from '@microsoft/sp-property-pane';
import { dataSitePropertyPane, type DataSitePropertyPaneLabels } from '../shared/dataSitePropertyPane';

export interface PartnershipChoiceLabels {
  readonly groupName: string;
  readonly fieldLabel: string;
  /** The register's partnerships, with an empty choice first ("let the user choose"). */
  readonly options: readonly IPropertyPaneDropdownOption[];
}

/**
 * The dashboard's property pane: where the register lives, and which partnership it shows. In Teams, SPFx
 * shows this pane as the configurable tab's settings page, so a channel tab is configured to one partnership.
 * Loaded on demand with the web part's named chunk.
 */
export function dashboardPropertyPane(siteLabels: DataSitePropertyPaneLabels, choice: PartnershipChoiceLabels): IPropertyPaneConfiguration {
  const pane = dataSitePropertyPane(siteLabels);
  const [firstPage, ...otherPages] = pane.pages;
  return {
    pages: [
      {
        ...firstPage,
        groups: [
          {
            groupName: choice.groupName,
            groupFields: [PropertyPaneDropdown('partnershipId', { label: choice.fieldLabel, options: [...choice.options] })],
          },
          ...firstPage.groups,
        ],
      },
      ...otherPages,
    ],
  };
}
