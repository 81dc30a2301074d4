import { fluentThemeForTeams } from '../../../../src/webparts/shared/teamsTheme';

/** WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). */
function contrastRatio(foreground: string, background: string): number {
  const luminance = (hex: string): number => {
    const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
    const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (lighter + 0.05) / (darker + 0.05);
}

describe('fluentThemeForTeams', () => {
  it.each(['dark', 'contrast'])('gives the %s Teams theme a dark background with readable text (WCAG 1.4.3, 4.5:1)', (name) => {
    const theme = fluentThemeForTeams(name);
    expect(theme?.isInverted).toBe(true);
    const { bodyBackground, bodyText, bodySubtext } = theme!.semanticColors;
    expect(contrastRatio(bodyText, bodyBackground)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(bodySubtext, bodyBackground)).toBeGreaterThanOrEqual(4.5);
  });

  it('uses black for the high-contrast theme', () => {
    expect(fluentThemeForTeams('contrast')?.semanticColors.bodyBackground).toBe('#000000');
  });

  it.each(['default', undefined, 'purple'])("leaves %p to SharePoint's theme", (name) => {
    expect(fluentThemeForTeams(name)).toBeUndefined();
  });
});
