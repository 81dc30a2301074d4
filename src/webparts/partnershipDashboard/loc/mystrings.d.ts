/** The "Dashboard samenwerking" web part's own texts (its property pane); the dashboard's texts are in 'DashboardStrings'. */
declare interface IPartnershipDashboardWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  DataSiteUrlFieldLabel: string;
  DataSiteUrlFieldDescription: string;
  PartnershipGroupName: string;
  PartnershipFieldLabel: string;
  PartnershipNone: string;
  PartnershipsUnavailable: string;
}

declare module 'PartnershipDashboardWebPartStrings' {
  const strings: IPartnershipDashboardWebPartStrings;
  export = strings;
}
