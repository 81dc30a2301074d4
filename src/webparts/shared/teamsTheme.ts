import { createTheme, IPalette, ITheme } from '@fluentui/react';

/**
 * Teams' own themes for a web part running as a Teams tab or personal app. SPFx's ThemeProvider gives
 * the SharePoint site's theme there, whatever the user chose in Teams, so without this a dark Teams
 * client would show a white register. Teams reports 'default', 'dark' or 'contrast'
 * (TeamsJS `app.getContext().app.theme` and `app.registerOnThemeChangeHandler`).
 */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

// Palettes from Fluent's theme generator (ThemeGenerator with themeRulesStandardCreator, as the Fluent UI
// theme designer runs it) for Teams' dark colours (accent #7f85f5, text #ffffff, background #1f1f1f) and
// its high-contrast colours (accent #ffff01, text #ffffff, background #000000). Precomputed so the
// generator does not ship in the bundle.
const DARK_PALETTE: Partial<IPalette> = {
  themePrimary: '#7f85f5',
  themeLighterAlt: '#05050a',
  themeLighter: '#141527',
  themeLight: '#262849',
  themeTertiary: '#4c5093',
  themeSecondary: '#7075d7',
  themeDarkAlt: '#8c91f6',
  themeDark: '#9da2f7',
  themeDarker: '#b6baf9',
  neutralLighterAlt: '#282828',
  neutralLighter: '#313131',
  neutralLight: '#3f3f3f',
  neutralQuaternaryAlt: '#484848',
  neutralQuaternary: '#4f4f4f',
  neutralTertiaryAlt: '#6d6d6d',
  neutralTertiary: '#c8c8c8',
  neutralSecondary: '#d0d0d0',
  neutralSecondaryAlt: '#d0d0d0',
  neutralPrimaryAlt: '#dadada',
  neutralPrimary: '#ffffff',
  neutralDark: '#f4f4f4',
  black: '#f8f8f8',
  white: '#1f1f1f',
};

const CONTRAST_PALETTE: Partial<IPalette> = {
  themePrimary: '#ffff01',
  themeLighterAlt: '#0a0a00',
  themeLighter: '#292900',
  themeLight: '#4d4d00',
  themeTertiary: '#999900',
  themeSecondary: '#e0e000',
  themeDarkAlt: '#ffff19',
  themeDark: '#ffff3d',
  themeDarker: '#ffff70',
  neutralLighterAlt: '#0b0b0b',
  neutralLighter: '#151515',
  neutralLight: '#252525',
  neutralQuaternaryAlt: '#2f2f2f',
  neutralQuaternary: '#373737',
  neutralTertiaryAlt: '#595959',
  neutralTertiary: '#c8c8c8',
  neutralSecondary: '#d0d0d0',
  neutralSecondaryAlt: '#d0d0d0',
  neutralPrimaryAlt: '#dadada',
  neutralPrimary: '#ffffff',
  neutralDark: '#f4f4f4',
  black: '#f8f8f8',
  white: '#000000',
};

/**
 * The Fluent theme for a Teams theme name; undefined for Teams' default (light) theme and for unknown
 * names, where the SharePoint theme from SPFx's ThemeProvider applies.
 */
export function fluentThemeForTeams(themeName: string | undefined): ITheme | undefined {
  switch (themeName) {
    case 'dark':
      return createTheme({ palette: DARK_PALETTE, isInverted: true });
    case 'contrast':
      return createTheme({ palette: CONTRAST_PALETTE, isInverted: true });
    default:
      return undefined;
  }
}
