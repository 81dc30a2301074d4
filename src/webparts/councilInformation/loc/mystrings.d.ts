/** Every visible text of the "Raadsinformatie" web part; one file per locale in this folder (SPFx `localizedResources`). */
declare interface ICouncilInformationWebPartStrings {
  // Property pane
  PropertyPaneDescription: string;
  BasicGroupName: string;
  IntranetSiteUrlFieldLabel: string;
  IntranetSiteUrlFieldDescription: string;
  DataSiteUrlFieldLabel: string;
  DataSiteUrlFieldDescription: string;

  /** Locale for dates and numbers (`nl-NL`, `en-GB`). */
  DateLocale: string;
  Title: string;
  Intro: string;
  ConfidentialityNote: string;
  LoadingLabel: string;
  DemoDataMarker: string;
  DemoDataExplanation: string;
  RetryLabel: string;
  ErrorAccessDenied: string;
  ErrorNotProvisioned: string;
  ErrorThrottled: string;
  ErrorGeneric: string;

  // What the raad can do
  ActionsHeading: string;
  ActionsIntro: string;
  ActionsEmpty: string;
  /** `{0}` date. */
  DeadlineLead: string;
  /** `{0}` date. */
  DayLead: string;
  /** `{0}` number of days. */
  DaysLeft: string;
  DaysLeftToday: string;
  UrgentMarker: string;
  WhatToDoInfluence: string;
  WhatToDoPoliticalChoice: string;
  LegalDeadlineMarker: string;
  /** `{0}` partnership name. */
  PartnershipLabel: string;

  /** `{0}` number of moments. */
  ShowAllMoments: string;
  ShowFewerMoments: string;

  // Information moments
  InformationHeading: string;
  InformationIntro: string;
  InformationEmpty: string;

  // Partnerships
  PartnershipsHeading: string;
  PartnershipsIntro: string;
  ImportantForCouncil: string;
  /** `{0}` number of partnerships. */
  OtherPartnerships: string;
  LegalFormLabel: string;
  SeatLabel: string;
  ParticipantsLabel: string;
  PublicInterestLabel: string;
  WhyImportantLabel: string;
  AngleSocietalTask: string;
  AngleOpportunities: string;
  AngleRisks: string;
  AngleMoney: string;
  VerbondenPartijMarker: string;
  BodiesHeading: string;
  NoPublicBodies: string;
  /** `{0}` frequency text. */
  FrequencyLabel: string;
  NextMeetings: string;
  NoUpcomingMeetings: string;
  LastMeeting: string;
  DocumentsHeading: string;
  NoPublicDocuments: string;
  WebsiteLabel: string;

  // BBV paragraph
  BbvHeading: string;
  BbvIntro: string;
  BbvYearLabel: string;
  BbvYearError: string;
  BbvKindLabel: string;
  BbvKindBegroting: string;
  BbvKindJaarstukken: string;
  BbvIncludeOthers: string;
  BbvGenerate: string;
  BbvGenerating: string;
  /** `{0}` number of verbonden partijen, `{1}` file names. */
  BbvDone: string;
  BbvMissingHeading: string;
  BbvNoMissing: string;
  BbvFailed: string;
}

declare module 'CouncilInformationWebPartStrings' {
  const strings: ICouncilInformationWebPartStrings;
  export = strings;
}
