import { ITheme, memoizeFunction, mergeStyleSets } from '@fluentui/react';

export interface IPartnershipRegisterClassNames {
  readonly root: string;
  readonly header: string;
  readonly title: string;
  readonly count: string;
  readonly state: string;
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
    }),
);
