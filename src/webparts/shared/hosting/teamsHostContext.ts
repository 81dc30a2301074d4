import { hostKindOf, type HostKind, type TeamsContextLike } from './hostKind';
import { uiLanguageOf, type UiLanguage } from './hostLanguage';
import { teamsThemeNameOf, type TeamsThemeName } from './hostThemes';

/** The part of TeamsJS v2 (`this.context.sdks.microsoftTeams.teamsJs`) the web parts use. */
export interface TeamsJsLike {
  readonly app: {
    getContext(): Promise<TeamsContextLike>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  };
}

/** What a web part needs to know about where it runs. */
export interface HostContext {
  readonly host: HostKind;
  /** Teams' theme; undefined in SharePoint, where the site's theme applies. */
  readonly teamsTheme?: TeamsThemeName;
  readonly language: UiLanguage;
  /** A deep link's `subEntityId`, read back as `page.subPageId`. */
  readonly subPageId?: string;
}

/**
 * Reads Teams' context once and follows theme changes while the tab is open. Without TeamsJS (a
 * SharePoint page) or when Teams does not answer, the web part runs as on SharePoint in the page's language.
 */
export async function readHostContext(
  teamsJs: TeamsJsLike | undefined,
  sharePointLocale: string | undefined,
  onThemeChange: (theme: TeamsThemeName) => void,
): Promise<HostContext> {
  const fallback: HostContext = { host: 'sharePoint', language: uiLanguageOf(sharePointLocale) };
  if (!teamsJs) return fallback;
  let context: TeamsContextLike;
  try {
    context = await teamsJs.app.getContext();
  } catch {
    return fallback;
  }
  try {
    teamsJs.app.registerOnThemeChangeHandler((theme) => onThemeChange(teamsThemeNameOf(theme)));
  } catch {
    // Following later theme changes is a nicety; the theme read now still applies.
  }
  return {
    host: hostKindOf(context),
    teamsTheme: teamsThemeNameOf(context.app?.theme),
    language: uiLanguageOf(context.app?.locale ?? sharePointLocale),
    subPageId: context.page?.subPageId || undefined,
  };
}
