import { hostKindOfLocalHost, localHostOrDefault, teamsThemeOfHost, themeOfHost } from '../../../local-page/localHost';

describe("the local page's host switch", () => {
  it('reads ?host= and falls back on SharePoint', () => {
    expect(localHostOrDefault('teams-dark')).toBe('teams-dark');
    expect(localHostOrDefault('teams-purple')).toBe('sharepoint');
    expect(localHostOrDefault(null)).toBe('sharepoint');
  });

  it("gives each Teams host Teams' theme and the web parts a Teams tab", () => {
    expect(teamsThemeOfHost('sharepoint')).toBeUndefined();
    expect(teamsThemeOfHost('teams-contrast')).toBe('contrast');
    expect(hostKindOfLocalHost('sharepoint')).toBe('sharePoint');
    expect(hostKindOfLocalHost('teams-default')).toBe('teamsTab');
    expect(themeOfHost('teams-dark').semanticColors.bodyBackground).toBe('#1f1f1f');
    expect(themeOfHost('teams-contrast').semanticColors.bodyBackground).toBe('#000000');
    expect(themeOfHost('sharepoint').semanticColors.bodyBackground).toBe('#ffffff');
  });
});
