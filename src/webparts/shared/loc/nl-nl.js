define([], function () {
  return {
    DataSiteUrlPlaceholder: 'https://gemeente.sharepoint.com/sites/samenwerkingsmonitor',
    DataSiteUrlFallbackHint: 'Leeg laten: de site die de beheerder voor de hele organisatie heeft ingesteld, of anders deze site.',
    DataSiteUrlNotAUrl: 'Vul een volledig webadres in, bijvoorbeeld https://gemeente.sharepoint.com/sites/samenwerkingsmonitor.',
    DataSiteUrlNotHttps: 'Het adres moet met https:// beginnen.'
  };
});
