/** Texts the web part shells share: checking the register site URL typed in the property pane. */
declare interface IWebPartShellStrings {
  DataSiteUrlPlaceholder: string;
  /** Shown under the field when it is empty: where the register is read from instead. */
  DataSiteUrlFallbackHint: string;
  DataSiteUrlNotAUrl: string;
  DataSiteUrlNotHttps: string;
}

declare module 'WebPartShellStrings' {
  const strings: IWebPartShellStrings;
  export = strings;
}
