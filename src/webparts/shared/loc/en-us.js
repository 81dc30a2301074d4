define([], function () {
  return {
    DataSiteUrlPlaceholder: 'https://contoso.sharepoint.com/sites/samenwerkingsmonitor',
    DataSiteUrlFallbackHint: 'Leave empty to use the site your administrator set for the whole organisation, or else this site.',
    DataSiteUrlNotAUrl: 'Enter a full web address, for example https://contoso.sharepoint.com/sites/samenwerkingsmonitor.',
    DataSiteUrlNotHttps: 'The address must start with https://.'
  };
});
