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
