import * as React from 'react';
import * as strings from 'DashboardStrings';
import { IMPORTANCE_ANGLES, type ImportanceAngle } from '../../domain/dashboard';
import type { Importance } from '../../domain/models';
import { AUDIENCE_CHOICES } from '../../schema';
import { choiceLabels } from '../choices';
import type { IDashboardClassNames } from './dashboard.styles';
import { DashboardSection } from './DashboardSection';

export interface IImportanceSectionProps {
  readonly importance: Importance;
  readonly classNames: IDashboardClassNames;
}

function angleLabel(angle: ImportanceAngle): string {
  switch (angle) {
    case 'societalTask':
      return strings.ImportanceSocietalTask;
    case 'opportunities':
      return strings.ImportanceOpportunities;
    case 'risks':
      return strings.ImportanceRisks;
    case 'money':
      return strings.ImportanceMoney;
  }
}

/** Seed 004: importance from four angles, and for whom (raad, college, ambtelijke organisatie). */
export function ImportanceSection({ importance, classNames }: IImportanceSectionProps): JSX.Element {
  const anyAngle = IMPORTANCE_ANGLES.some((angle) => importance[angle]);
  return (
    <DashboardSection name="importance" title={strings.SectionImportance} classNames={classNames}>
      <dl className={classNames.facts}>
        {IMPORTANCE_ANGLES.map((angle) => (
          <React.Fragment key={angle}>
            <dt>{angleLabel(angle)}</dt>
            <dd data-angle={angle} data-applies={importance[angle]}>
              {importance[angle] ? strings.Yes : strings.No}
              <span className={classNames.muted}> ({importance[angle] ? strings.ImportanceApplies : strings.ImportanceDoesNotApply})</span>
            </dd>
          </React.Fragment>
        ))}
        <dt>{strings.ImportanceForWhom}</dt>
        <dd>{choiceLabels(AUDIENCE_CHOICES, importance.audiences) || strings.NotSet}</dd>
        {importance.explanation && (
          <>
            <dt>{strings.ImportanceExplanation}</dt>
            <dd>{importance.explanation}</dd>
          </>
        )}
      </dl>
      {!anyAngle && <p className={classNames.muted}>{strings.ImportanceNone}</p>}
    </DashboardSection>
  );
}
