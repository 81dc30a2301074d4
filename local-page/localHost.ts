import type { ITheme } from '@fluentui/react';
import { createTheme } from '@fluentui/react';
import { fluentThemeForTeamsHost, type HostKind, type TeamsThemeName } from '../src/webparts/shared/hosting';
import type { PageLanguage } from './pageLocale';

/**
 * How the local page renders the web parts: as on a SharePoint page, or as in a Teams tab in each of
 * Teams' themes (`?host=teams-dark`). The Fluent theme applies to the whole canvas, as Teams paints the
 * whole tab.
 */
export const LOCAL_HOSTS = ['sharepoint', 'teams-default', 'teams-dark', 'teams-contrast'] as const;
export type LocalHost = (typeof LOCAL_HOSTS)[number];

export function localHostOrDefault(value: string | null | undefined): LocalHost {
  return (LOCAL_HOSTS as readonly string[]).includes(value ?? '') ? (value as LocalHost) : 'sharepoint';
}

/** Teams' theme name for a Teams host; undefined for SharePoint. */
export function teamsThemeOfHost(host: LocalHost): TeamsThemeName | undefined {
  return host === 'sharepoint' ? undefined : (host.slice('teams-'.length) as TeamsThemeName);
}

/** The host kind a web part sees: a Teams tab for the Teams hosts (the personal app is its own view). */
export function hostKindOfLocalHost(host: LocalHost): HostKind {
  return host === 'sharepoint' ? 'sharePoint' : 'teamsTab';
}

/** SharePoint's default theme (Fluent's), or the Teams theme. */
export function themeOfHost(host: LocalHost): ITheme {
  const teamsTheme = teamsThemeOfHost(host);
  return teamsTheme === undefined ? createTheme({}) : fluentThemeForTeamsHost(teamsTheme);
}

export const LOCAL_HOST_NAMES: Readonly<Record<PageLanguage, Readonly<Record<LocalHost, string>>>> = {
  nl: { sharepoint: 'SharePoint', 'teams-default': 'Teams (standaard)', 'teams-dark': 'Teams (donker)', 'teams-contrast': 'Teams (hoog contrast)' },
  en: { sharepoint: 'SharePoint', 'teams-default': 'Teams (default)', 'teams-dark': 'Teams (dark)', 'teams-contrast': 'Teams (high contrast)' },
};

export const LOCAL_HOST_LABEL: Readonly<Record<PageLanguage, string>> = { nl: 'Weergave', en: 'Host' };
