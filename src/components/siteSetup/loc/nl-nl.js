define([], function () {
  return {
    CheckingSite: 'Samenwerkingsmonitor laden…',
    ListsMissingTitle: 'De lijsten van de Samenwerkingsmonitor bestaan nog niet op deze site',
    ListsMissingSite: 'Site: {0}',
    OwnerExplanation: 'U beheert deze site. Maak de lijsten eenmalig aan; daarna ziet iedereen met toegang tot de site het register. Opnieuw aanmaken is veilig: bestaande lijsten en gegevens blijven staan.',
    CreateListsButton: 'Lijsten aanmaken',
    CreatingLists: 'Lijsten worden aangemaakt…',
    ListsCreated: 'De lijsten zijn aangemaakt.',
    NothingChanged: 'Alle lijsten bestonden al; er is niets gewijzigd.',
    ChangesHeading: 'Aangemaakt of bijgewerkt',
    StepContentType: 'Inhoudstype {0}',
    StepList: 'Lijst {0}',
    StepListContentType: 'Inhoudstype {0} in lijst {1}',
    StepField: 'Kolom {0} in lijst {1}',
    StepView: 'Weergave {0} van lijst {1}',
    StepPermissions: 'Machtigingen van lijst {1}',
    ActionCreated: 'aangemaakt',
    ActionUpdated: 'bijgewerkt',
    OpenRegisterButton: 'Naar het register',
    NonOwnerExplanation: 'Een beheerder van deze site moet de lijsten eenmalig aanmaken. Vraag de eigenaar van de site deze pagina te openen en op "Lijsten aanmaken" te klikken.',
    CreateFailed: 'Het aanmaken van de lijsten is mislukt: {0}',
    RetryButton: 'Opnieuw proberen'
  };
});
