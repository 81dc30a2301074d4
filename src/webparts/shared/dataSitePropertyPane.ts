import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import * as shellStrings from 'WebPartShellStrings';
import { validateDataSiteUrl } from './dataSite';

/** The web part's own labels for the pane; each web part passes its strings module's values. */
export interface DataSitePropertyPaneLabels {
  readonly description: string;
  readonly groupName: string;
  readonly fieldLabel: string;
  readonly fieldDescription: string;
}

/**
 * The property pane of every Samenwerkingsmonitor web part: where the register lives. Loaded on demand
 * (the web part imports this module with a named webpack chunk), so page visitors who never edit the
 * page do not download it.
 */
export function dataSitePropertyPane(labels: DataSitePropertyPaneLabels): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: labels.description },
        groups: [
          {
            groupName: labels.groupName,
            groupFields: [
              PropertyPaneTextField('dataSiteUrl', {
                label: labels.fieldLabel,
                description: `${labels.fieldDescription} ${shellStrings.DataSiteUrlFallbackHint}`,
                placeholder: shellStrings.DataSiteUrlPlaceholder,
                onGetErrorMessage: dataSiteUrlErrorMessage,
                // Validate after typing stops, not on every key.
                deferredValidationTime: 500,
              }),
            ],
          },
        ],
      },
    ],
  };
}

/** The property pane's validation: empty is fine (fallback), otherwise a full https URL. */
export function dataSiteUrlErrorMessage(value: string): string {
  if (value.trim() === '') return '';
  switch (validateDataSiteUrl(value)) {
    case undefined:
      return '';
    case 'notHttps':
      return shellStrings.DataSiteUrlNotHttps;
    case 'notAUrl':
      return shellStrings.DataSiteUrlNotAUrl;
  }
}
