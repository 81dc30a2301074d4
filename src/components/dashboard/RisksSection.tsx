import * as React from 'react';
import * as strings from 'DashboardStrings';
import type { IDashboardClassNames } from './dashboard.styles';
import { DashboardSection } from './DashboardSection';

export interface IRisksSectionProps {
  readonly risks: string;
  readonly classNames: IDashboardClassNames;
}

/** BBV art. 15: the risks of the partnership, as the accounthouder described them. */
export function RisksSection({ risks, classNames }: IRisksSectionProps): JSX.Element {
  return (
    <DashboardSection name="risks" title={strings.SectionRisks} classNames={classNames}>
      {risks.trim() === '' ? <p className={classNames.muted}>{strings.RisksEmpty}</p> : <p style={{ whiteSpace: 'pre-line', margin: 0 }}>{risks}</p>}
    </DashboardSection>
  );
}
