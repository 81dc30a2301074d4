import { ITheme, memoizeFunction, mergeStyleSets } from '@fluentui/react';

export interface IPartnershipRegisterClassNames {
  readonly root: string;
  readonly header: string;
  readonly title: string;
  readonly count: string;
  readonly state: string;
  readonly toolbar: string;
  readonly overdue: string;
  readonly overdueIcon: string;
}

/** Colours and type come from the theme, so the register follows SharePoint's and Teams' themes (also dark and high contrast). */
export const getPartnershipRegisterClassNames = memoizeFunction(
  (theme: ITheme): IPartnershipRegisterClassNames =>
    mergeStyleSets({
      root: { color: theme.semanticColors.bodyText, backgroundColor: theme.semanticColors.bodyBackground },
      header: { display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: '4px 16px', marginBottom: 8 },
      title: { ...theme.fonts.xLarge, margin: 0, color: theme.semanticColors.bodyText },
      count: { ...theme.fonts.medium, color: theme.semanticColors.bodySubtext },
      state: { padding: '16px 0' },
      toolbar: { display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 12 },
      // Overdue is said in words and with an icon; the error colour only adds emphasis.
      overdue: { color: theme.semanticColors.errorText, fontWeight: 600 },
      overdueIcon: { marginRight: 4, verticalAlign: 'middle' },
    }),
);
