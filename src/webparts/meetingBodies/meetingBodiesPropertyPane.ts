import { IPropertyPaneConfiguration, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import { dataSitePropertyPane, type DataSitePropertyPaneLabels } from '../shared/dataSitePropertyPane';

export interface GroupCalendarLabels {
  readonly fieldLabel: string;
  readonly fieldDescription: string;
}

/** The shared data-site pane plus the group calendar the invites are sent from. Loaded on demand. */
export function meetingBodiesPropertyPane(labels: DataSitePropertyPaneLabels, group: GroupCalendarLabels): IPropertyPaneConfiguration {
  const base = dataSitePropertyPane(labels);
  const [page] = base.pages;
  const [firstGroup, ...otherGroups] = page.groups;
  const groupFields = 'groupFields' in firstGroup ? firstGroup.groupFields : [];
  return {
    pages: [
      {
        ...page,
        groups: [
          { ...firstGroup, groupFields: [...groupFields, PropertyPaneTextField('groupId', { label: group.fieldLabel, description: group.fieldDescription })] },
          ...otherGroups,
        ],
      },
    ],
  };
}
