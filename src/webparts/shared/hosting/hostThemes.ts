import { createTheme, IPalette, ITheme } from '@fluentui/react';
import { fluentThemeForTeams, TeamsThemeName } from '../teamsTheme';

export type { TeamsThemeName } from '../teamsTheme';

export const TEAMS_THEME_NAMES: readonly TeamsThemeName[] = ['default', 'dark', 'contrast'];

/** Teams' three themes by the names TeamsJS reports; anything else (a future theme) is treated as the default. */
export function teamsThemeNameOf(value: string | undefined): TeamsThemeName {
  return (TEAMS_THEME_NAMES as readonly string[]).includes(value ?? '') ? (value as TeamsThemeName) : 'default';
}

// Teams' light theme (accent #5b5fc7 on #ffffff, text #242424), from Fluent's theme generator like the
// dark palettes in ../teamsTheme.ts; the accent's contrast with white is 5.2:1.
const TEAMS_DEFAULT_PALETTE: Partial<IPalette> = {
  themePrimary: '#5b5fc7',
  themeLighterAlt: '#f7f7fc',
  themeLighter: '#e1e1f7',
  themeLight: '#c8c9f0',
  themeTertiary: '#9597e1',
  themeSecondary: '#6b6fcd',
  themeDarkAlt: '#5256b3',
  themeDark: '#454997',
  themeDarker: '#33366f',
  neutralLighterAlt: '#faf9f8',
  neutralLighter: '#f3f2f1',
  neutralLight: '#edebe9',
  neutralQuaternaryAlt: '#e1dfdd',
  neutralQuaternary: '#d0d0d0',
  neutralTertiaryAlt: '#c8c6c4',
  neutralTertiary: '#a19f9d',
  neutralSecondary: '#605e5c',
  neutralSecondaryAlt: '#8a8886',
  neutralPrimaryAlt: '#3b3a39',
  neutralPrimary: '#242424',
  neutralDark: '#201f1e',
  black: '#000000',
  white: '#ffffff',
};

/**
 * A Fluent theme for each Teams theme, also for the default (light) one, so a tab looks like Teams and
 * not like the SharePoint site behind it. Dark and high contrast are those of `../teamsTheme.ts`.
 */
export function fluentThemeForTeamsHost(themeName: string | undefined): ITheme {
  const name = teamsThemeNameOf(themeName);
  return fluentThemeForTeams(name) ?? createTheme({ palette: TEAMS_DEFAULT_PALETTE });
}
