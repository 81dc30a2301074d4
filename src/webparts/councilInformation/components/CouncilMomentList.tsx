import * as React from 'react';
import { ActionButton, format, ITheme } from '@fluentui/react';
import * as strings from 'CouncilInformationWebPartStrings';
import type { CouncilAction } from '../../../domain/council';
import { getCouncilInformationClassNames } from './CouncilInformation.styles';
import { displayDay } from './councilFormat';

export interface ICouncilMomentListProps {
  readonly actions: readonly CouncilAction[];
  /** Influence moments get a "what to do" sentence; information moments do not. */
  readonly variant: 'influence' | 'information';
  readonly emptyText: string;
  readonly theme: ITheme;
}

function whatToDo(action: CouncilAction): string | undefined {
  if (action.moment.kind === 'invloed') return strings.WhatToDoInfluence;
  if (action.moment.kind === 'politieke-keuze') return strings.WhatToDoPoliticalChoice;
  return undefined;
}

/** How many moments show before "Toon alle": the next few are what a reader needs first. */
export const MOMENTS_SHOWN_FIRST = 6;

/** Dated moments as cards: when (and how many days left), what, for which partnership, and what the raad can do. */
export function CouncilMomentList(props: ICouncilMomentListProps): JSX.Element {
  const classNames = getCouncilInformationClassNames(props.theme);
  const [showAll, setShowAll] = React.useState(false);
  if (props.actions.length === 0) return <p>{props.emptyText}</p>;
  const shown = showAll ? props.actions : props.actions.slice(0, MOMENTS_SHOWN_FIRST);
  return (
    <>
      <ul className={classNames.list}>
        {shown.map((action) => {
          const day = displayDay(action.moment.date);
          const todo = props.variant === 'influence' ? whatToDo(action) : undefined;
          return (
            <li key={action.moment.sourceId} className={classNames.card} data-testid="council-moment">
              <p className={classNames.when}>
                {format(action.moment.isDeadline ? strings.DeadlineLead : strings.DayLead, day)}
                {' · '}
                {action.daysLeft === 0 ? strings.DaysLeftToday : format(strings.DaysLeft, String(action.daysLeft))}
                {action.isUrgent && <span className={classNames.urgentMarker}>{strings.UrgentMarker}</span>}
                {action.moment.source === 'wgr' && <span className={classNames.marker}>{strings.LegalDeadlineMarker}</span>}
              </p>
              <p style={{ margin: 0, fontWeight: 600 }}>{action.moment.subject}</p>
              {todo !== undefined && <p style={{ margin: '4px 0 0' }}>{todo}</p>}
              <p className={classNames.meta}>{format(strings.PartnershipLabel, action.partnershipName)}</p>
              {action.moment.notes && <p className={classNames.meta}>{action.moment.notes}</p>}
            </li>
          );
        })}
      </ul>
      {props.actions.length > MOMENTS_SHOWN_FIRST && (
        <ActionButton iconProps={{ iconName: showAll ? 'ChevronUp' : 'ChevronDown' }} onClick={() => setShowAll(!showAll)} aria-expanded={showAll}>
          {showAll ? strings.ShowFewerMoments : format(strings.ShowAllMoments, String(props.actions.length))}
        </ActionButton>
      )}
    </>
  );
}
