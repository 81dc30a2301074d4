import * as React from 'react';
import { getTheme, ITheme, mergeStyles } from '@fluentui/react';
import type { ComplianceState } from '../../domain/meetings/types';

export interface IComplianceStateBadgeProps {
  readonly state: ComplianceState;
  /** The state in the user's language ("Voldaan", "Risico", …): the colour is never the only signal. */
  readonly label: string;
  readonly theme?: ITheme;
}

/** A meeting-frequency compliance state as a small labelled badge, in the theme's semantic colours. */
export function ComplianceStateBadge(props: IComplianceStateBadgeProps): JSX.Element {
  const theme = props.theme ?? getTheme();
  const { semanticColors, palette } = theme;
  const colours: Readonly<Record<ComplianceState, { readonly background: string; readonly text: string }>> = {
    met: { background: semanticColors.successBackground, text: semanticColors.bodyText },
    'at-risk': { background: semanticColors.warningBackground, text: semanticColors.bodyText },
    violated: { background: semanticColors.errorBackground, text: semanticColors.bodyText },
    unchecked: { background: palette.neutralLighter, text: semanticColors.bodyText },
  };
  const className = mergeStyles({
    display: 'inline-block',
    padding: '1px 8px',
    borderRadius: 2,
    border: `1px solid ${semanticColors.bodyDivider}`,
    background: colours[props.state].background,
    color: colours[props.state].text,
    fontWeight: 600,
    whiteSpace: 'nowrap',
    selectors: { '@media screen and (forced-colors: active)': { border: '1px solid CanvasText', background: 'Canvas', color: 'CanvasText' } },
  });
  return (
    <span className={className} data-compliance-state={props.state}>
      {props.label}
    </span>
  );
}
