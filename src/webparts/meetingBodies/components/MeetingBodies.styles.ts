import { ITheme, mergeStyleSets } from '@fluentui/react';

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  border: 0,
} as const;

/** Styles of the meeting bodies web part, named from the theme's semantic colours so Teams' dark and contrast themes work. */
export function getMeetingBodiesClassNames(theme: ITheme) {
  const { semanticColors, fonts } = theme;
  const cellPadding = '6px 8px';
  return mergeStyleSets({
    root: { color: semanticColors.bodyText, background: semanticColors.bodyBackground, padding: 8 },
    header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap', gap: 8 },
    title: { ...fonts.xLarge, margin: '8px 0' },
    sectionTitle: { ...fonts.large, margin: '8px 0' },
    panel: { border: `1px solid ${semanticColors.bodyDivider}`, padding: 12, borderRadius: 2 },
    list: { paddingLeft: 20, margin: 0, selectors: { li: { margin: '4px 0' } } },
    secondary: { color: semanticColors.bodySubtext, ...fonts.small },
    warningText: { color: semanticColors.warningText, ...fonts.small, fontWeight: 600 },
    visuallyHidden,
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      marginTop: 8,
      selectors: {
        'th, td': { textAlign: 'left', verticalAlign: 'top', padding: cellPadding, borderBottom: `1px solid ${semanticColors.bodyDivider}` },
        th: { fontWeight: 600 },
      },
    },
  });
}
