define([], function () {
  return {
    PropertyPaneDescription: 'Choose which partnership this dashboard (or this Teams tab) shows.',
    BasicGroupName: 'Register',
    DataSiteUrlFieldLabel: 'Site with the register',
    DataSiteUrlFieldDescription: 'The SharePoint site with the Samenwerkingsmonitor lists.',
    PartnershipGroupName: 'Partnership',
    PartnershipFieldLabel: 'Partnership',
    PartnershipNone: '(Let the user choose)',
    PartnershipsUnavailable: 'The partnerships could not be read; check the register site.'
  };
});
