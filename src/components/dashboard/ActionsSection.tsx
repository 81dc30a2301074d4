import * as React from 'react';
import * as strings from 'DashboardStrings';
import { openActions } from '../../domain/dashboard';
import type { ImprovementAction, Stored } from '../../domain/models';
import { formatDutchDate } from '../../domain/time';
import { ACTION_STATUS_CHOICES } from '../../schema';
import { choiceLabel } from '../choices';
import type { IDashboardClassNames } from './dashboard.styles';
import { DashboardSection } from './DashboardSection';

export interface IActionsSectionProps {
  readonly actions: readonly Stored<ImprovementAction>[];
  readonly classNames: IDashboardClassNames;
}

/** Seed 002: the open improvement actions of this partnership and those for all partnerships. */
export function ActionsSection({ actions, classNames }: IActionsSectionProps): JSX.Element {
  const open = openActions(actions);
  return (
    <DashboardSection name="actions" title={strings.SectionActions} classNames={classNames}>
      {open.length === 0 ? (
        <p className={classNames.muted}>{strings.ActionsEmpty}</p>
      ) : (
        <ul className={classNames.list}>
          {open.map((action) => (
            <li key={action.id} className={classNames.listItem}>
              <div>
                <strong>{action.number}.</strong> {action.action || action.recommendation}
              </div>
              <div className={classNames.muted}>
                <span className={classNames.tag}>{choiceLabel(ACTION_STATUS_CHOICES, action.status)}</span>
                {action.owner && `${strings.ActionOwner}: ${action.owner.displayName}. `}
                {action.plannedDate && `${strings.ActionPlanned}: ${formatDutchDate(action.plannedDate)}. `}
                {action.partnershipId === undefined && strings.ActionsAllPartnerships}
              </div>
            </li>
          ))}
        </ul>
      )}
    </DashboardSection>
  );
}
