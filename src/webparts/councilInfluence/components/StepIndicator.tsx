import * as React from 'react';
import { FontIcon, mergeStyleSets, type ITheme } from '@fluentui/react';
import type { StepState, StepStatus } from '../../../domain/councilInfluence';
import { formatDutchShortDate } from '../../../domain/time';
import { stepStateLabel } from './influenceFormat';

const ICONS: Readonly<Record<StepState, string>> = {
  gedaan: 'CompletedSolid',
  'te-laat': 'Warning',
  'aan-de-beurt': 'CircleRing',
  'nog-niet': 'CircleRing',
};

/**
 * The six steps of a case as an ordered list, each with its state in words ("Zienswijze raad: te laat") and the
 * date it was done or is expected by. Colour and icon repeat the words, never replace them.
 */
export function StepIndicator(props: { readonly steps: readonly StepStatus[]; readonly label: string; readonly theme: ITheme }): JSX.Element {
  // Semantic colours only, so SharePoint section variants and Teams' dark and high-contrast themes keep the contrast.
  const { semanticColors } = props.theme;
  const colours: Readonly<Record<StepState, string>> = {
    gedaan: semanticColors.bodyText,
    'te-laat': semanticColors.errorText,
    'aan-de-beurt': semanticColors.link,
    'nog-niet': semanticColors.bodySubtext,
  };
  const classNames = mergeStyleSets({
    list: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px', margin: 0, padding: 0, listStylePosition: 'inside' },
    item: { display: 'inline-flex', alignItems: 'center', gap: 4, fontSize: 13 },
  });
  return (
    <ol className={classNames.list} aria-label={props.label}>
      {props.steps.map((step) => {
        const date = step.doneOn ?? step.expectedBy;
        return (
          <li key={step.step} className={classNames.item} data-step={step.step} data-state={step.state} style={{ color: colours[step.state], fontWeight: step.state === 'te-laat' ? 600 : 400 }}>
            <FontIcon iconName={ICONS[step.state]} aria-hidden={true} />
            <span>
              {step.label}: {stepStateLabel(step.state)}
              {date !== undefined ? ` (${formatDutchShortDate(date)})` : ''}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
