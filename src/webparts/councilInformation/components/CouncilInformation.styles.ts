import { ITheme, memoizeFunction, mergeStyleSets } from '@fluentui/react';

export interface ICouncilInformationClassNames {
  readonly root: string;
  readonly title: string;
  readonly intro: string;
  readonly section: string;
  readonly sectionHeading: string;
  readonly sectionIntro: string;
  readonly list: string;
  readonly card: string;
  readonly cardHeading: string;
  readonly when: string;
  readonly meta: string;
  readonly marker: string;
  readonly urgentMarker: string;
  readonly facts: string;
  readonly subHeading: string;
  readonly details: string;
  readonly summary: string;
  readonly bbvForm: string;
}

/** Colours come from the theme's semantic slots, so the page follows SharePoint's and Teams' themes (dark, high contrast). */
export const getCouncilInformationClassNames = memoizeFunction(
  (theme: ITheme): ICouncilInformationClassNames =>
    mergeStyleSets({
      root: { color: theme.semanticColors.bodyText, backgroundColor: theme.semanticColors.bodyBackground, maxWidth: 960 },
      title: { ...theme.fonts.xxLarge, margin: '0 0 8px', color: theme.semanticColors.bodyText },
      intro: { ...theme.fonts.mediumPlus, margin: '8px 0', lineHeight: '1.5' },
      section: { marginTop: 24 },
      sectionHeading: { ...theme.fonts.xLarge, margin: '0 0 4px', color: theme.semanticColors.bodyText },
      sectionIntro: { margin: '0 0 12px', color: theme.semanticColors.bodySubtext },
      list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 12 },
      card: {
        border: `1px solid ${theme.semanticColors.bodyDivider}`,
        borderRadius: 4,
        padding: 12,
        // Links keep 4.5:1 contrast on the plain body background (the standout grey brings themePrimary below it).
        backgroundColor: theme.semanticColors.bodyBackground,
        color: theme.semanticColors.bodyText,
      },
      cardHeading: { ...theme.fonts.large, margin: '0 0 4px', color: theme.semanticColors.bodyText },
      when: { ...theme.fonts.mediumPlus, fontWeight: 600, margin: '0 0 4px' },
      meta: { color: theme.semanticColors.bodySubtext, margin: '4px 0 0' },
      marker: {
        display: 'inline-block',
        marginLeft: 8,
        padding: '0 6px',
        borderRadius: 2,
        border: `1px solid ${theme.semanticColors.bodyText}`,
        fontSize: theme.fonts.small.fontSize,
        fontWeight: 600,
        verticalAlign: 'middle',
      },
      // Urgency is said in words; the colours add emphasis with text contrast kept (message text on warning background).
      urgentMarker: {
        display: 'inline-block',
        marginLeft: 8,
        padding: '0 6px',
        borderRadius: 2,
        backgroundColor: theme.semanticColors.warningBackground,
        color: theme.semanticColors.messageText,
        border: `1px solid ${theme.semanticColors.messageText}`,
        fontSize: theme.fonts.small.fontSize,
        fontWeight: 600,
        verticalAlign: 'middle',
      },
      facts: { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '2px 12px', margin: '8px 0', selectors: { dt: { fontWeight: 600 }, dd: { margin: 0 } } },
      subHeading: { ...theme.fonts.medium, fontWeight: 600, margin: '12px 0 4px', color: theme.semanticColors.bodyText },
      details: { marginTop: 12 },
      summary: { ...theme.fonts.mediumPlus, cursor: 'pointer', padding: '4px 0', fontWeight: 600 },
      bbvForm: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 16, marginBottom: 12 },
    }),
);
