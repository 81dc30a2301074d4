define([], function () {
  return {
    PropertyPaneDescription: 'Overzicht van de samenwerkingsverbanden en verbonden partijen.',
    BasicGroupName: 'Instellingen',
    DataSiteUrlFieldLabel: 'Site met het register',
    DataSiteUrlFieldDescription: 'De SharePoint-site waar de lijsten van de Samenwerkingsmonitor staan.',

    Title: 'Samenwerkingen',
    LoadingLabel: 'Samenwerkingsverbanden laden…',
    EmptyMessage: 'Er zijn nog geen samenwerkingsverbanden geregistreerd.',
    DemoDataMarker: 'Demogegevens',
    DemoDataExplanation: 'Dit register bevat voorbeeldgegevens uit de brondocumenten, geen echte registratie.',
    GridAriaLabel: 'Samenwerkingsverbanden',
    ColumnName: 'Naam',
    ColumnLegalForm: 'Rechtsvorm',
    ColumnTaskLayers: 'Taaklaag',
    ColumnAccountHolder: 'Accounthouder',
    ColumnStatus: 'Status',
    NoAccountHolder: 'Nog niet toegewezen',
    CountLabel: '{0} samenwerkingsverbanden',

    ErrorAccessDenied: 'U hebt geen toegang tot het register. Vraag de beheerder van de site om leesrechten.',
    ErrorNotProvisioned: 'Het register is op deze site nog niet ingericht. Vraag de beheerder de Samenwerkingsmonitor in te richten.',
    ErrorThrottled: 'SharePoint is op dit moment druk en heeft de aanvraag tijdelijk geweigerd. Probeer het over een minuut opnieuw.',
    ErrorListViewThreshold: 'De lijst is te groot om zo op te vragen. Vraag de beheerder de kolommen te indexeren.',
    ErrorGeneric: 'Het register kon niet worden geladen. Probeer het opnieuw; blijft het misgaan, neem dan contact op met de beheerder.',
    RetryButton: 'Opnieuw proberen'
  };
});
