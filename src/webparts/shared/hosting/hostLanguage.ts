/** The product's two UI languages: Dutch by default, English second. */
export type UiLanguage = 'nl' | 'en';

/**
 * The UI language for a locale from Teams (`app.locale`, e.g. `nl-nl`, `en-gb`) or SharePoint
 * (`pageContext.cultureInfo.currentUICultureName`): English for any English locale, Dutch for
 * everything else, since the users are Dutch municipalities (a Frisian or German UI falls back on Dutch).
 */
export function uiLanguageOf(locale: string | undefined): UiLanguage {
  return (locale ?? '').trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}
