import { ITheme, mergeStyleSets } from '@fluentui/react';

export interface IWgrCalendarClassNames {
  readonly root: string;
  readonly intro: string;
  readonly toolbar: string;
  readonly tableWrapper: string;
  readonly table: string;
  readonly caption: string;
  readonly headerCell: string;
  readonly rowHeader: string;
  readonly cell: string;
  readonly busiestRow: string;
  readonly busiestMarker: string;
  readonly deadlineList: string;
  readonly deadline: string;
  readonly influence: string;
  readonly note: string;
  readonly checks: string;
  readonly severity: string;
  readonly fileField: string;
  readonly fileLabel: string;
  readonly route: string;
  readonly routeRowHeader: string;
}

/** Colours come from the theme's semantic slots, so SharePoint section themes and the Teams dark and contrast themes apply. */
export function getWgrCalendarClassNames(theme: ITheme): IWgrCalendarClassNames {
  const border = `1px solid ${theme.semanticColors.bodyDivider}`;
  return mergeStyleSets({
    root: { color: theme.semanticColors.bodyText, backgroundColor: theme.semanticColors.bodyBackground, padding: 8, fontFamily: theme.fonts.medium.fontFamily },
    intro: { maxWidth: 900, color: theme.semanticColors.bodyText },
    toolbar: { display: 'flex', gap: 16, alignItems: 'flex-end', flexWrap: 'wrap', margin: '12px 0' },
    tableWrapper: { overflowX: 'auto', marginTop: 8 },
    table: { borderCollapse: 'collapse', width: '100%', fontSize: theme.fonts.medium.fontSize },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0 8px', fontSize: theme.fonts.mediumPlus.fontSize },
    headerCell: { textAlign: 'left', verticalAlign: 'bottom', padding: '6px 8px', borderBottom: `2px solid ${theme.semanticColors.bodyText}`, fontWeight: 600 },
    rowHeader: { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: border, fontWeight: 400, whiteSpace: 'nowrap' },
    cell: { verticalAlign: 'top', padding: '6px 8px', borderBottom: border },
    // The busiest weeks are marked by text ("Drukste week") and weight, and by a left bar; never by colour alone.
    busiestRow: { fontWeight: 600, selectors: { '& > th': { borderLeft: `4px solid ${theme.semanticColors.bodyText}` } } },
    busiestMarker: {
      display: 'inline-block',
      marginTop: 4,
      padding: '0 6px',
      border: `1px solid ${theme.semanticColors.bodyText}`,
      borderRadius: 2,
      fontSize: theme.fonts.small.fontSize,
      fontWeight: 600,
    },
    deadlineList: { listStyle: 'none', margin: 0, padding: 0 },
    deadline: { marginBottom: 4, fontWeight: 400 },
    influence: { fontWeight: 600, marginRight: 4 },
    note: { color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
    checks: { paddingLeft: 20, maxWidth: 1000 },
    severity: { fontWeight: 600 },
    fileField: { display: 'flex', flexDirection: 'column', gap: 4 },
    // Fluent's Label look, for the native file input that Fluent UI 8 has no control for.
    fileLabel: { fontWeight: 600, fontSize: theme.fonts.medium.fontSize, padding: '5px 0' },
    routeRowHeader: { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: border, fontWeight: 600, minWidth: 220 },
    route: { marginTop: 2, color: theme.semanticColors.bodyText, fontSize: theme.fonts.small.fontSize },
  });
}
