/*
 * Imported first by main.tsx, so it runs before Fluent UI's modules read `window.FabricConfig`.
 * An empty font base URL stops Fluent from pointing @font-face rules at Microsoft's CDN (Segoe UI web
 * fonts), which cannot be reached without internet; the page falls back to the system's fonts.
 */
(window as unknown as { FabricConfig?: { fontBaseUrl?: string } }).FabricConfig = { fontBaseUrl: '' };

export {};
