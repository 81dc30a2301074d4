/**
 * The local page's languages. `lang` in the URL is the short code; the web parts' strings files are named
 * by SPFx locale (`loc/nl-nl.js`), and one page bundle is built per locale.
 */
export const PAGE_LANGUAGES = ['nl', 'en'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

export const SPFX_LOCALE: Readonly<Record<PageLanguage, string>> = { nl: 'nl-nl', en: 'en-us' };

/** Dutch unless the URL asks for English: the product's users are Dutch municipalities. */
export function pageLanguageOrDefault(value: string | null | undefined): PageLanguage {
  const wanted = (value ?? '').trim().toLowerCase();
  return (PAGE_LANGUAGES as readonly string[]).includes(wanted) ? (wanted as PageLanguage) : 'nl';
}

/** Texts of the page around the web parts (not of a web part, so not in an SPFx strings module). */
export interface LocalPageTexts {
  readonly pageTitle: string;
  readonly banner: string;
  readonly signedInAs: string;
  readonly language: string;
  readonly webParts: string;
  readonly noScript: string;
  readonly languageNames: Readonly<Record<PageLanguage, string>>;
}

export const LOCAL_PAGE_TEXTS: Readonly<Record<PageLanguage, LocalPageTexts>> = {
  nl: {
    pageTitle: 'Samenwerkingsmonitor (lokaal)',
    banner: 'Lokale ontwikkelomgeving — demogegevens uit de seeds, geen echte tenant',
    signedInAs: 'Aangemeld als',
    language: 'Taal',
    webParts: 'Webonderdelen',
    noScript: 'Deze pagina heeft JavaScript nodig.',
    languageNames: { nl: 'Nederlands', en: 'English' },
  },
  en: {
    pageTitle: 'Samenwerkingsmonitor (local)',
    banner: 'Local development environment — demo data from the seeds, no real tenant',
    signedInAs: 'Signed in as',
    language: 'Language',
    webParts: 'Web parts',
    noScript: 'This page needs JavaScript.',
    languageNames: { nl: 'Nederlands', en: 'English' },
  },
};
