import * as React from 'react';
import { getTheme, ITheme, mergeStyleSets } from '@fluentui/react';

export interface IDemoDataBadgeProps {
  /** Short marker text, e.g. "Demogegevens". */
  readonly label: string;
  /** One sentence that says what demo data means here; shown next to the marker. */
  readonly explanation: string;
  readonly theme?: ITheme;
}

/**
 * A visible marker that the data shown is sample data from the seeds, so nobody mistakes the demo
 * register for a real one. The explanation is plain visible text (not a tooltip), so keyboard and
 * screen-reader users get it too.
 */
export function DemoDataBadge(props: IDemoDataBadgeProps): JSX.Element {
  const classNames = getDemoDataBadgeClassNames(props.theme ?? getTheme());
  return (
    <div className={classNames.root} role="note" data-testid="demo-data-badge">
      <span className={classNames.badge}>{props.label}</span>
      <span className={classNames.explanation}>{props.explanation}</span>
    </div>
  );
}

function getDemoDataBadgeClassNames(theme: ITheme): { root: string; badge: string; explanation: string } {
  return mergeStyleSets({
    root: { display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' },
    badge: {
      padding: '2px 8px',
      borderRadius: 2,
      // Message text on the warning background keeps text contrast above 4.5:1 (WCAG 1.4.3) in light and dark themes.
      backgroundColor: theme.semanticColors.warningBackground,
      color: theme.semanticColors.messageText,
      border: `1px solid ${theme.semanticColors.messageText}`,
      fontSize: theme.fonts.small.fontSize,
      fontWeight: 600,
    },
    explanation: { color: theme.semanticColors.bodySubtext, fontSize: theme.fonts.small.fontSize },
  });
}
