import { ITheme, mergeStyleSets } from '@fluentui/react';

export interface IDashboardClassNames {
  readonly root: string;
  readonly header: string;
  readonly title: string;
  readonly subtitle: string;
  readonly grid: string;
  readonly section: string;
  readonly wide: string;
  readonly sectionTitle: string;
  readonly facts: string;
  readonly muted: string;
  readonly table: string;
  readonly number: string;
  readonly list: string;
  readonly listItem: string;
  readonly tag: string;
  readonly wgrTag: string;
  readonly keyDocuments: string;
  readonly keyDocument: string;
  readonly bodyCard: string;
  readonly state: string;
  readonly shareLink: string;
}

/** One style sheet for every dashboard section; colours come from the theme, so Teams' dark and contrast themes apply. */
export function getDashboardClassNames(theme: ITheme): IDashboardClassNames {
  const { semanticColors, palette, fonts } = theme;
  const cell = { textAlign: 'left' as const, padding: '6px 8px', borderBottom: `1px solid ${palette.neutralLight}`, verticalAlign: 'top' as const };
  return mergeStyleSets({
    root: {
      color: semanticColors.bodyText,
      backgroundColor: semanticColors.bodyBackground,
      fontFamily: fonts.medium.fontFamily,
      // Plain links take the theme's link colours, so they stay readable in Teams' dark and contrast themes.
      selectors: { a: { color: semanticColors.link }, 'a:hover, a:focus': { color: semanticColors.linkHovered } },
    },
    header: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 12, marginBottom: 16 },
    title: { ...fonts.xLarge, margin: 0, fontWeight: 600, color: semanticColors.bodyText },
    subtitle: { color: semanticColors.bodySubtext, margin: 0 },
    grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))', gap: 16 },
    section: {
      border: `1px solid ${palette.neutralQuaternaryAlt}`,
      borderRadius: theme.effects.roundedCorner4,
      padding: 16,
      backgroundColor: semanticColors.bodyBackground,
      minWidth: 0,
      overflowX: 'auto',
    },
    wide: { gridColumn: '1 / -1' },
    sectionTitle: { ...fonts.large, fontWeight: 600, margin: '0 0 12px', color: semanticColors.bodyText },
    facts: {
      display: 'grid',
      gridTemplateColumns: 'minmax(120px, max-content) 1fr',
      columnGap: 16,
      rowGap: 6,
      margin: 0,
      selectors: { dt: { color: semanticColors.bodySubtext, fontWeight: 600 }, dd: { margin: 0 } },
    },
    muted: { color: semanticColors.bodySubtext },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      selectors: { th: { ...cell, fontWeight: 600, color: semanticColors.bodySubtext }, td: cell, caption: { textAlign: 'left', color: semanticColors.bodySubtext, paddingBottom: 4 } },
    },
    number: { textAlign: 'right !important' as 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
    list: { listStyle: 'none', margin: 0, padding: 0 },
    listItem: { padding: '8px 0', borderBottom: `1px solid ${palette.neutralLight}`, selectors: { ':last-child': { borderBottom: 'none' } } },
    tag: {
      display: 'inline-block',
      padding: '0 6px',
      marginRight: 6,
      borderRadius: 2,
      border: `1px solid ${semanticColors.bodySubtext}`,
      color: semanticColors.bodyText,
      fontSize: fonts.small.fontSize,
      lineHeight: '18px',
    },
    // Statutory moments stand out by their own colour and a border, not by colour alone (WCAG 1.4.1: the text says "Wgr").
    wgrTag: {
      display: 'inline-block',
      padding: '0 6px',
      marginRight: 6,
      borderRadius: 2,
      border: `1px solid ${palette.themePrimary}`,
      backgroundColor: palette.themeLighter,
      color: palette.themeDarker,
      fontSize: fonts.small.fontSize,
      fontWeight: 600,
      lineHeight: '18px',
    },
    keyDocuments: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))', gap: 8, margin: '0 0 12px', padding: 0, listStyle: 'none' },
    keyDocument: { border: `1px solid ${palette.neutralQuaternaryAlt}`, borderLeft: `4px solid ${palette.themePrimary}`, padding: 8 },
    bodyCard: { padding: '8px 0', borderBottom: `1px solid ${palette.neutralLight}` },
    state: { padding: 16 },
    shareLink: { color: semanticColors.bodySubtext, fontSize: fonts.small.fontSize, wordBreak: 'break-all' },
  });
}
