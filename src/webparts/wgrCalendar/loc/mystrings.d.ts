/** Every visible text of the "Wgr-kalender" web part; one file per locale in this folder (SPFx `localizedResources`). */
declare interface IWgrCalendarWebPartStrings {
  PropertyPaneDescription: string;
  BasicGroupName: string;
  DataSiteUrlFieldLabel: string;
  DataSiteUrlFieldDescription: string;

  /** `{0}` is the calendar year. */
  Title: string;
  Intro: string;
  WeekendRule: string;
  YearLabel: string;
  LoadingLabel: string;
  DemoDataMarker: string;
  DemoDataExplanation: string;
  /** BCP 47 locale used for dates in this language. */
  DateLocale: string;
  NoGrs: string;
  NoDeadlines: string;
  BusiestHeading: string;
  /** `{0}` week number, `{1}` first day, `{2}` last day, `{3}` number of deadlines. */
  BusiestWeek: string;
  BusiestMarker: string;
  /** `{0}` is the calendar year. */
  TableCaption: string;
  ColumnWeek: string;
  ColumnTotal: string;
  /** `{0}` week number. */
  WeekLabel: string;
  NoDeadlineInCell: string;
  InfluenceMarker: string;
  /** `{0}` is the latest working day. */
  NonWorkingDayNote: string;
  ChecksHeading: string;
  NoChecks: string;
  SeverityError: string;
  SeverityWarning: string;
  SeverityInfo: string;
  /** `{0}` number of notes for information. */
  InfoChecksSummary: string;
  /** `{0}` budget year. */
  BudgetYearLabel: string;
  SyncButton: string;
  SyncExplanation: string;
  /** `{0}` created, `{1}` updated, `{2}` unchanged, `{3}` removed. */
  SyncDone: string;
  SyncFailed: string;
  SyncAccessDenied: string;

  /** Issue 8: the own municipality (property pane). */
  OwnMunicipalityFieldLabel: string;
  OwnMunicipalityFieldDescription: string;
  /** `{0}` municipality name. */
  RoutesHeading: string;
  RoutesIntro: string;
  /** `{0}` calendar year. */
  RoutesCaption: string;
  RoutesColumnPartnership: string;
  RoutesColumnZienswijze: string;
  RoutesColumnDeadline: string;
  RoutesColumnCouncil: string;
  RoutesColumnCommittee: string;
  RoutesColumnCollege: string;
  RoutesNoCommittee: string;
  RoutesWhy: string;
  RoutesNone: string;
  RoutesNoOwnMunicipality: string;
  /** `{0}` the configured name. */
  RoutesOwnMunicipalityUnknown: string;
  /** `{0}` municipality name, `{1}` college deadline. */
  CellCollegeDeadline: string;

  ImportHeading: string;
  ImportIntro: string;
  ImportMunicipalityLabel: string;
  ImportMunicipalityPlaceholder: string;
  ImportFileLabel: string;
  /** `{0}` feed address. */
  ImportFeedButton: string;
  ImportNoFeed: string;
  ImportReading: string;
  ImportApplying: string;
  /** `{0}` municipality, `{1}` calendar name. */
  ImportPlanHeading: string;
  /** `{0}` new, `{1}` changed, `{2}` unchanged, `{3}` removed, `{4}` skipped. */
  ImportPlanSummary: string;
  ImportPlanCaption: string;
  ImportColumnAction: string;
  ImportColumnDate: string;
  ImportColumnTitle: string;
  ImportColumnReason: string;
  ImportActionCreate: string;
  ImportActionUpdate: string;
  ImportActionUnchanged: string;
  ImportActionRemove: string;
  ImportActionSkip: string;
  ImportNothingToDo: string;
  ImportButton: string;
  ImportCancelButton: string;
  /** `{0}` new, `{1}` changed, `{2}` removed. */
  ImportDone: string;
  ImportDoneMoments: string;
  ImportFailedRead: string;

  RetryLabel: string;
  ErrorAccessDenied: string;
  ErrorNotProvisioned: string;
  ErrorThrottled: string;
  ErrorListViewThreshold: string;
  ErrorGeneric: string;
}

declare module 'WgrCalendarWebPartStrings' {
  const strings: IWgrCalendarWebPartStrings;
  export = strings;
}
