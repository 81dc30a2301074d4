import {
  fluentThemeForTeamsHost,
  hostKindOf,
  parsePartnershipId,
  partnershipIdFromSubPageId,
  readHostContext,
  resolvePartnershipId,
  sharePointDashboardLink,
  teamsDashboardDeepLink,
  teamsThemeNameOf,
  uiLanguageOf,
  type TeamsJsLike,
} from '../../../../../src/webparts/shared/hosting';

describe('hostKindOf', () => {
  it('is SharePoint without a Teams context', () => {
    expect(hostKindOf(undefined)).toBe('sharePoint');
  });
  it('is a tab in a channel, a chat or a meeting', () => {
    expect(hostKindOf({ channel: { id: '19:abc@thread.tacv2' }, team: { groupId: 'g' } })).toBe('teamsTab');
    expect(hostKindOf({ chat: { id: '19:chat' } })).toBe('teamsTab');
    expect(hostKindOf({ meeting: { id: 'm' } })).toBe('teamsTab');
  });
  it('is the personal app when Teams gives no team, channel or chat', () => {
    expect(hostKindOf({ app: { theme: 'dark' }, page: { id: 'samenwerkingsmonitor-dashboard' } })).toBe('teamsPersonalApp');
  });
});

describe('uiLanguageOf', () => {
  it.each([
    ['en-us', 'en'],
    ['en-GB', 'en'],
    ['nl-nl', 'nl'],
    ['fy-NL', 'nl'],
    ['de-de', 'nl'],
    [undefined, 'nl'],
  ])('%p → %p', (locale, language) => {
    expect(uiLanguageOf(locale)).toBe(language);
  });
});

describe('partnership ids from links', () => {
  it('accepts positive whole numbers only', () => {
    expect(parsePartnershipId('12')).toBe(12);
    expect(parsePartnershipId(7)).toBe(7);
    for (const bad of ['0', '-3', '1.5', 'abc', '', '12abc', undefined, null]) expect(parsePartnershipId(bad)).toBeUndefined();
  });

  it('reads a deep link subEntityId, also in the prefixed form', () => {
    expect(partnershipIdFromSubPageId('5')).toBe(5);
    expect(partnershipIdFromSubPageId('partnership:5')).toBe(5);
    expect(partnershipIdFromSubPageId('')).toBeUndefined();
  });

  it('prefers a deep link over the query string over the configured property', () => {
    expect(resolvePartnershipId({ subPageId: '3', search: '?partnership=4', configured: '5' })).toBe(3);
    expect(resolvePartnershipId({ search: '?x=1&partnership=4', configured: '5' })).toBe(4);
    expect(resolvePartnershipId({ search: '?partnership=nope', configured: '5' })).toBe(5);
    expect(resolvePartnershipId({ configured: '' })).toBeUndefined();
  });

  it('sets ?partnership= on a SharePoint page link and keeps the other parameters', () => {
    const link = sharePointDashboardLink('https://contoso.sharepoint.com/sites/x/SitePages/Dashboard.aspx?lang=en&partnership=1', 9);
    const url = new URL(link);
    expect(url.searchParams.get('partnership')).toBe('9');
    expect(url.searchParams.get('lang')).toBe('en');
  });

  it('builds a Teams deep link whose context carries the id as subEntityId', () => {
    const link = teamsDashboardDeepLink({ appId: '69beef29-5cdc-4727-b257-71531c62ad4c', partnershipId: 42, label: 'GBTwente' });
    const url = new URL(link);
    expect(`${url.origin}${url.pathname}`).toBe('https://teams.microsoft.com/l/entity/69beef29-5cdc-4727-b257-71531c62ad4c/samenwerkingsmonitor-dashboard');
    expect(JSON.parse(url.searchParams.get('context') ?? '{}')).toEqual({ subEntityId: '42' });
    expect(url.searchParams.get('label')).toBe('GBTwente');
    expect(link).not.toContain('+');
    // The round trip: what Teams hands the tab as page.subPageId resolves to the same partnership.
    expect(partnershipIdFromSubPageId(JSON.parse(url.searchParams.get('context') ?? '{}').subEntityId)).toBe(42);
  });
});

describe('Teams themes', () => {
  it('names unknown themes default', () => {
    expect(teamsThemeNameOf('dark')).toBe('dark');
    expect(teamsThemeNameOf('contrast')).toBe('contrast');
    expect(teamsThemeNameOf('purple')).toBe('default');
    expect(teamsThemeNameOf(undefined)).toBe('default');
  });
  it('gives each Teams theme its own Fluent theme', () => {
    const backgrounds = ['default', 'dark', 'contrast'].map((name) => fluentThemeForTeamsHost(name).semanticColors.bodyBackground);
    expect(backgrounds).toEqual(['#ffffff', '#1f1f1f', '#000000']);
    expect(fluentThemeForTeamsHost('default').palette.themePrimary).toBe('#5b5fc7');
  });
});

describe('readHostContext', () => {
  function fakeTeams(context: object, fail = false): TeamsJsLike & { handler?: (theme: string) => void } {
    const teams: TeamsJsLike & { handler?: (theme: string) => void } = {
      app: {
        getContext: () => (fail ? Promise.reject(new Error('no Teams')) : Promise.resolve(context)),
        registerOnThemeChangeHandler: (handler) => {
          teams.handler = handler;
        },
      },
    };
    return teams;
  }

  it("runs as SharePoint in the page's language without TeamsJS", async () => {
    await expect(readHostContext(undefined, 'en-US', () => undefined)).resolves.toEqual({ host: 'sharePoint', language: 'en' });
  });

  it('falls back on SharePoint when Teams does not answer', async () => {
    await expect(readHostContext(fakeTeams({}, true), 'nl-NL', () => undefined)).resolves.toEqual({ host: 'sharePoint', language: 'nl' });
  });

  it("reads the Teams theme, locale and deep link, and reports later theme changes", async () => {
    const teams = fakeTeams({ app: { theme: 'dark', locale: 'en-gb' }, page: { subPageId: '7' }, channel: { id: 'c' } });
    const changes: string[] = [];
    const context = await readHostContext(teams, 'nl-NL', (theme) => changes.push(theme));
    expect(context).toEqual({ host: 'teamsTab', teamsTheme: 'dark', language: 'en', subPageId: '7' });
    teams.handler?.('contrast');
    teams.handler?.('something-new');
    expect(changes).toEqual(['contrast', 'default']);
  });
});
