import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as strings from 'CouncilInformationWebPartStrings';
import * as shellStrings from 'WebPartShellStrings';
import { dataSiteUrlErrorMessage } from '../shared/dataSitePropertyPane';

/**
 * The pane of "Raadsinformatie": the site with the public projection (normally the intranet page's own
 * site) and the register site (for the BBV paragraph). Loaded on demand with a named chunk.
 */
export function councilPropertyPane(): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.PropertyPaneDescription },
        groups: [
          {
            groupName: strings.BasicGroupName,
            groupFields: [
              PropertyPaneTextField('intranetSiteUrl', {
                label: strings.IntranetSiteUrlFieldLabel,
                description: strings.IntranetSiteUrlFieldDescription,
                placeholder: shellStrings.DataSiteUrlPlaceholder,
                onGetErrorMessage: dataSiteUrlErrorMessage,
                deferredValidationTime: 500,
              }),
              PropertyPaneTextField('dataSiteUrl', {
                label: strings.DataSiteUrlFieldLabel,
                description: `${strings.DataSiteUrlFieldDescription} ${shellStrings.DataSiteUrlFallbackHint}`,
                placeholder: shellStrings.DataSiteUrlPlaceholder,
                onGetErrorMessage: dataSiteUrlErrorMessage,
                deferredValidationTime: 500,
              }),
            ],
          },
        ],
      },
    ],
  };
}
