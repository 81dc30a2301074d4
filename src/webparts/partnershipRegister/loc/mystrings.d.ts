/** Every visible text of the "Samenwerkingen" web part; one file per locale in this folder (SPFx `localizedResources`). */
declare interface IPartnershipRegisterWebPartStrings {
  // Property pane
  PropertyPaneDescription: string;
  BasicGroupName: string;
  DataSiteUrlFieldLabel: string;
  DataSiteUrlFieldDescription: string;

  // Register
  Title: string;
  LoadingLabel: string;
  EmptyMessage: string;
  DemoDataMarker: string;
  DemoDataExplanation: string;
  GridAriaLabel: string;
  ColumnName: string;
  ColumnLegalForm: string;
  ColumnTaskLayers: string;
  ColumnAccountHolder: string;
  ColumnStatus: string;
  NoAccountHolder: string;
  /** `{0}` is the number of partnerships. */
  CountLabel: string;

  // Errors, in plain words: what went wrong and what the user can do.
  ErrorAccessDenied: string;
  ErrorNotProvisioned: string;
  ErrorThrottled: string;
  ErrorListViewThreshold: string;
  ErrorGeneric: string;
  RetryButton: string;
}

declare module 'PartnershipRegisterWebPartStrings' {
  const strings: IPartnershipRegisterWebPartStrings;
  export = strings;
}
