/** Texts of the first-run setup: the register site lacks the Samenwerkingsmonitor lists. */
declare interface ISiteSetupStrings {
  CheckingSite: string;
  ListsMissingTitle: string;
  /** `{0}` is the register site's URL. */
  ListsMissingSite: string;
  OwnerExplanation: string;
  CreateListsButton: string;
  CreatingLists: string;
  ListsCreated: string;
  NothingChanged: string;
  ChangesHeading: string;
  /** Report lines: `{0}` is the name, `{1}` the list. */
  StepContentType: string;
  StepList: string;
  StepListContentType: string;
  StepField: string;
  StepView: string;
  StepPermissions: string;
  ActionCreated: string;
  ActionUpdated: string;
  OpenRegisterButton: string;
  NonOwnerExplanation: string;
  /** `{0}` is the reason the data layer gave. */
  CreateFailed: string;
  RetryButton: string;
}

declare module 'SiteSetupStrings' {
  const strings: ISiteSetupStrings;
  export = strings;
}
