import * as React from 'react';
import * as strings from 'DashboardStrings';
import { meetingCountsForYear } from '../../domain/dashboard';
// The compliance module alone: the meetings index also holds the planner and its holiday data.
import { evaluatePartnershipCompliance, type CompliancePartnership } from '../../domain/meetings/compliance';
import type { BodyCompliance, ComplianceFinding, ComplianceState } from '../../domain/meetings/types';
import type { CalendarDate, Meeting, MeetingBody, Stored } from '../../domain/models';
import type { RiskProfile } from '../../domain/riskProfile/models';
import { ComplianceStateBadge } from '../meetings';
import type { IDashboardClassNames } from './dashboard.styles';
import { DashboardSection } from './DashboardSection';
import { fill } from './format';

export interface IComplianceSectionProps {
  readonly bodies: readonly Stored<MeetingBody>[];
  readonly meetings: readonly Stored<Meeting>[];
  /** The calendar year to count (this year). */
  readonly year: number;
  readonly classNames: IDashboardClassNames;
  /** With the partnership and a day, each body's frequency rules are checked (issue 5's compliance). */
  readonly partnership?: CompliancePartnership;
  readonly asOf?: CalendarDate;
  /** Issue 8: the partnership's risk profiles; the newest adds its floor to the internal bodies. */
  readonly riskProfiles?: readonly RiskProfile[];
}

const STATE_LABELS: Readonly<Record<ComplianceState, () => string>> = {
  met: () => strings.ComplianceMet,
  'at-risk': () => strings.ComplianceAtRisk,
  violated: () => strings.ComplianceViolated,
  unchecked: () => strings.ComplianceUnchecked,
};

/**
 * Meeting compliance per body: this year's meetings held and planned next to the agreed frequency
 * (Wgr art. 22: an AB meets at least twice a year). The judgement against the parsed frequency rule
 * belongs to the frequency check of issue 5; until then the counts and the rule's text stand side by side.
 */
export function ComplianceSection({ bodies, meetings, year, classNames, partnership, asOf, riskProfiles }: IComplianceSectionProps): JSX.Element {
  const counts = meetingCountsForYear(bodies, meetings, year);
  const result = React.useMemo(() => {
    if (!partnership || !asOf) return undefined;
    return evaluatePartnershipCompliance(partnership, bodies, meetings, asOf, { riskProfiles });
  }, [partnership, asOf, bodies, meetings, riskProfiles]);
  const compliance = React.useMemo(() => (result ? new Map<number, BodyCompliance>(result.bodies.map((body) => [body.bodyId, body])) : undefined), [result]);
  const findings: readonly ComplianceFinding[] = result?.findings ?? [];
  return (
    <DashboardSection name="compliance" title={fill(strings.SectionCompliance, year)} classNames={classNames} wide={true}>
      {findings.map((finding) => (
        // What the risk profile asks and no body can meet: "Geen intern voorbereidend overleg vastgelegd; …".
        <p key={finding.code}>
          <ComplianceStateBadge state={finding.state} label={STATE_LABELS[finding.state]()} /> {finding.message}
        </p>
      ))}
      {counts.length === 0 ? (
        <p className={classNames.muted}>{strings.ComplianceEmpty}</p>
      ) : (
        <table className={classNames.table}>
          <caption>{strings.ComplianceIntro}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ColumnBody}</th>
              <th scope="col">{strings.ColumnFrequency}</th>
              <th scope="col" className={classNames.number}>
                {strings.ColumnHeld}
              </th>
              <th scope="col" className={classNames.number}>
                {strings.ColumnPlanned}
              </th>
              <th scope="col" className={classNames.number}>
                {strings.ColumnCancelled}
              </th>
              {compliance && <th scope="col">{strings.ColumnCompliance}</th>}
            </tr>
          </thead>
          <tbody>
            {counts.map((count) => (
              <tr key={count.bodyId}>
                <th scope="row">{count.bodyName}</th>
                <td>{count.frequencyText || strings.NotSet}</td>
                <td className={classNames.number}>{count.held}</td>
                <td className={classNames.number}>{count.planned}</td>
                <td className={classNames.number}>{count.cancelled}</td>
                {compliance && <td>{complianceCell(compliance.get(count.bodyId))}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DashboardSection>
  );
}

/** The body's state as a labelled badge and the Dutch reason of each of its rules. */
function complianceCell(body: BodyCompliance | undefined): JSX.Element | null {
  if (!body) return null;
  return (
    <>
      <ComplianceStateBadge state={body.state} label={STATE_LABELS[body.state]()} /> {body.rules.map((rule) => rule.reason).join(' ')}
    </>
  );
}
