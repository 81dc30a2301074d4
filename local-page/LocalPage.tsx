import * as React from 'react';
import { Dropdown, IDropdownOption, MessageBar, MessageBarType, mergeStyleSets, Pivot, PivotItem, Stack, Text, ThemeProvider, getTheme } from '@fluentui/react';
import type { SPFI } from '@pnp/sp';
import type { CalendarGateway, Directory, Repositories } from '../src/data/ports';
import { LOCAL_WEB_PARTS } from './webPartRegistry';
import { LOCAL_PAGE_TEXTS, PAGE_LANGUAGES, PageLanguage } from './pageLocale';
import { SEEDED_USERS, SeededUser } from './seededUsers';

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
  const theme = getTheme();
  const classNames = getClassNames();
  const userOptions: IDropdownOption[] = SEEDED_USERS.map((user) => ({
    key: user.email,
    text: `${user.displayName} (${user.role[props.language]})`,
  }));
  const webPart = LOCAL_WEB_PARTS.find((candidate) => candidate.key === props.parameters.get('webpart')) ?? LOCAL_WEB_PARTS[0];
  const languageOptions: IDropdownOption[] = PAGE_LANGUAGES.map((language) => ({ key: language, text: texts.languageNames[language] }));

  return (
    <ThemeProvider theme={theme}>
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
        </Stack>
      </header>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
        {texts.banner}
      </MessageBar>
      <main className={classNames.canvas}>
        {LOCAL_WEB_PARTS.length > 1 && (
          <Pivot
            aria-label={texts.webParts}
            selectedKey={webPart.key}
            onLinkClick={(item) => item?.props.itemKey && props.onNavigate('webpart', item.props.itemKey)}
            headersOnly={true}
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
          })}
        </div>
      </main>
    </ThemeProvider>
  );
}

function getClassNames(): { topBar: string; topBarInner: string; productName: string; userPicker: string; languagePicker: string; canvas: string; webPart: string } {
  const theme = getTheme();
  return mergeStyleSets({
    topBar: { backgroundColor: theme.palette.white, borderBottom: `1px solid ${theme.palette.neutralLight}` },
    topBarInner: { maxWidth: 1200, margin: '0 auto', padding: '8px 24px 12px' },
    productName: { margin: 0, color: theme.palette.themeDarker, fontWeight: 600 },
    userPicker: { minWidth: 320 },
    languagePicker: { minWidth: 140 },
    canvas: { maxWidth: 1200, margin: '0 auto', padding: 24 },
    webPart: { backgroundColor: theme.palette.white, padding: 24, boxShadow: theme.effects.elevation4, borderRadius: theme.effects.roundedCorner2 },
  });
}
