define([], function () {
  return {
    PropertyPaneDescription: 'Kies welk samenwerkingsverband dit dashboard (of dit Teams-tabblad) toont.',
    BasicGroupName: 'Register',
    DataSiteUrlFieldLabel: 'Site met het register',
    DataSiteUrlFieldDescription: 'De SharePoint-site met de lijsten van de Samenwerkingsmonitor.',
    PartnershipGroupName: 'Samenwerkingsverband',
    PartnershipFieldLabel: 'Samenwerkingsverband',
    PartnershipNone: '(Laat de gebruiker kiezen)',
    PartnershipsUnavailable: 'De samenwerkingsverbanden konden niet worden gelezen; controleer de site met het register.'
  };
});
