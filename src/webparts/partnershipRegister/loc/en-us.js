define([], function () {
  return {
    PropertyPaneDescription: 'Overview of partnerships and affiliated parties.',
    BasicGroupName: 'Settings',
    DataSiteUrlFieldLabel: 'Register site',
    DataSiteUrlFieldDescription: 'The SharePoint site that holds the Samenwerkingsmonitor lists.',

    Title: 'Partnerships',
    LoadingLabel: 'Loading partnerships…',
    EmptyMessage: 'No partnerships have been registered yet.',
    DemoDataMarker: 'Demo data',
    DemoDataExplanation: 'This register holds sample data from the source documents, not a real registration.',
    GridAriaLabel: 'Partnerships',
    ColumnName: 'Name',
    ColumnLegalForm: 'Legal form',
    ColumnTaskLayers: 'Task layer',
    ColumnAccountHolder: 'Account holder',
    ColumnStatus: 'Status',
    NoAccountHolder: 'Not assigned yet',
    CountLabel: '{0} partnerships',

    ErrorAccessDenied: 'You have no access to the register. Ask the site owner for read permission.',
    ErrorNotProvisioned: 'The register has not been set up on this site yet. Ask the site owner to set up the Samenwerkingsmonitor.',
    ErrorThrottled: 'SharePoint is busy and turned the request down for now. Try again in a minute.',
    ErrorListViewThreshold: 'The list is too large to query this way. Ask the site owner to index the columns.',
    ErrorGeneric: 'The register could not be loaded. Try again; if it keeps failing, contact the site owner.',
    RetryButton: 'Try again'
  };
});
