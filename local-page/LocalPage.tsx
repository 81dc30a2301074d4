import * as React from 'react';
import { Dropdown, IDropdownOption, ITheme, MessageBar, MessageBarType, mergeStyleSets, Pivot, PivotItem, Stack, Text, ThemeProvider, getTheme } from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import type { CalendarGateway, Directory, Repositories } from '../src/data/ports';
import { LOCAL_WEB_PARTS } from './webPartRegistry';
import { LOCAL_PAGE_TEXTS, PAGE_LANGUAGES, PageLanguage } from './pageLocale';
import { SEEDED_USERS, SeededUser } from './seededUsers';
import { hostKindOfLocalHost, LOCAL_HOST_LABEL, LOCAL_HOST_NAMES, LOCAL_HOSTS, localHostOrDefault, themeOfHost } from './localHost';

export interface ILocalPageProps {
  readonly language: PageLanguage;
  readonly user: SeededUser;
  readonly repositories: Repositories;
  readonly directory: Directory;
  readonly calendar: CalendarGateway;
  readonly sp: SPFI;
  readonly parameters: URLSearchParams;
  readonly isDemoData: boolean;
  /** Reloads the page with one query parameter changed (`user`, `lang`, `webpart`). */
  readonly onNavigate: (parameter: string, value: string) => void;
}

/**
 * The stand-in for a SharePoint page: a top bar to pick the demo user and the language, a banner that
 * says this is no tenant, and the web parts' React roots on a canvas, fed by the real SharePoint adapter.
 */
export function LocalPage(props: ILocalPageProps): JSX.Element {
  const texts = LOCAL_PAGE_TEXTS[props.language];
  // `?host=teams-dark` renders the web parts as in a Teams tab in that theme, on a canvas in the same theme.
  const host = localHostOrDefault(props.parameters.get('host'));
  const theme = host === 'sharepoint' ? getTheme() : themeOfHost(host);
  const classNames = getClassNames(theme);
  const hostOptions: IDropdownOption[] = LOCAL_HOSTS.map((candidate) => ({ key: candidate, text: LOCAL_HOST_NAMES[props.language][candidate] }));
  // The page's own background (index.html) shows below short web parts; in a Teams theme the whole tab is that theme.
  React.useEffect(() => {
    document.documentElement.style.backgroundColor = host === 'sharepoint' ? '' : theme.semanticColors.bodyBackground;
  }, [host, theme]);
  const userOptions: IDropdownOption[] = SEEDED_USERS.map((user) => ({
    key: user.email,
    text: `${user.displayName} (${user.role[props.language]})`,
  }));
  const webPart = LOCAL_WEB_PARTS.find((candidate) => candidate.key === props.parameters.get('webpart')) ?? LOCAL_WEB_PARTS[0];
  const languageOptions: IDropdownOption[] = PAGE_LANGUAGES.map((language) => ({ key: language, text: texts.languageNames[language] }));

  return (
    <ThemeProvider theme={theme} applyTo="body">
      <header className={classNames.topBar}>
        <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 16 }} className={classNames.topBarInner}>
          <Stack.Item grow>
            <Text as="p" variant="xLarge" className={classNames.productName}>
              Samenwerkingsmonitor
            </Text>
          </Stack.Item>
          <Dropdown
            label={texts.signedInAs}
            selectedKey={props.user.email}
            options={userOptions}
            onChange={(_event, option) => option && props.onNavigate('user', String(option.key))}
            className={classNames.userPicker}
          />
          <Dropdown
            label={texts.language}
            selectedKey={props.language}
            options={languageOptions}
            onChange={(_event, option) => option && props.onNavigate('lang', String(option.key))}
            className={classNames.languagePicker}
          />
          <Dropdown
            label={LOCAL_HOST_LABEL[props.language]}
            selectedKey={host}
            options={hostOptions}
            onChange={(_event, option) => option && props.onNavigate('host', String(option.key))}
            className={classNames.languagePicker}
          />
        </Stack>
      </header>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
        {texts.banner}
      </MessageBar>
      <main className={classNames.canvas} data-host={host}>
        {LOCAL_WEB_PARTS.length > 1 && (
          <Pivot
            aria-label={texts.webParts}
            selectedKey={webPart.key}
            onLinkClick={(item) => item?.props.itemKey && props.onNavigate('webpart', item.props.itemKey)}
            headersOnly={true}
            // With many web parts the tabs no longer fit: the rest go into a menu instead of off the canvas.
            overflowBehavior="menu"
            overflowAriaLabel={texts.webParts}
          >
            {LOCAL_WEB_PARTS.map((candidate) => (
              <PivotItem key={candidate.key} itemKey={candidate.key} headerText={candidate.title[props.language]} />
            ))}
          </Pivot>
        )}
        <div className={classNames.webPart} data-web-part={webPart.key}>
          {webPart.render({
            repositories: props.repositories,
            directory: props.directory,
            calendar: props.calendar,
            sp: props.sp,
            theme,
            language: props.language,
            user: props.user,
            isDemoData: props.isDemoData,
            parameters: props.parameters,
            host: hostKindOfLocalHost(host),
          })}
        </div>
      </main>
    </ThemeProvider>
  );
}

function getClassNames(theme: ITheme): { topBar: string; topBarInner: string; productName: string; userPicker: string; languagePicker: string; canvas: string; webPart: string } {
  return mergeStyleSets({
    topBar: { backgroundColor: theme.palette.white, borderBottom: `1px solid ${theme.palette.neutralLight}` },
    topBarInner: { maxWidth: 1200, margin: '0 auto', padding: '8px 24px 12px' },
    productName: { margin: 0, color: theme.palette.themeDarker, fontWeight: 600 },
    userPicker: { minWidth: 320 },
    languagePicker: { minWidth: 140 },
    canvas: { maxWidth: 1200, margin: '0 auto', padding: 24, color: theme.semanticColors.bodyText, backgroundColor: theme.semanticColors.bodyBackground },
    webPart: { backgroundColor: theme.palette.white, padding: 24, boxShadow: theme.effects.elevation4, borderRadius: theme.effects.roundedCorner2 },
  });
}
