import * as React from 'react';
import * as strings from 'DashboardStrings';
import type { Municipality, Partnership, Stored } from '../../domain/models';
import { isVerbondenPartij } from '../../domain/partnerships';
import { formatDutchDate } from '../../domain/time';
import { BBV_GROUP_CHOICES, LEGAL_FORM_CHOICES, PARTNERSHIP_STATUS_CHOICES, TASK_LAYER_CHOICES } from '../../schema';
import { choiceLabel, choiceLabels } from '../choices';
import type { IDashboardClassNames } from './dashboard.styles';
import { DashboardSection } from './DashboardSection';
import { personName } from './format';

export interface IKeyFactsSectionProps {
  readonly partnership: Stored<Partnership>;
  readonly participants: readonly Stored<Municipality>[];
  readonly classNames: IDashboardClassNames;
}

/** Seed 004's key facts: legal form, participants, seat, public interest, portefeuillehouder and accounthouder. */
export function KeyFactsSection({ partnership, participants, classNames }: IKeyFactsSectionProps): JSX.Element {
  const participantNames = [...participants].map((municipality) => municipality.name).sort((left, right) => left.localeCompare(right, 'nl'));
  const facts: readonly [string, React.ReactNode][] = [
    [strings.FactLegalForm, choiceLabel(LEGAL_FORM_CHOICES, partnership.legalForm)],
    [strings.FactBbvGroup, choiceLabel(BBV_GROUP_CHOICES, partnership.bbvGroup)],
    [strings.FactVerbondenPartij, isVerbondenPartij(partnership) ? strings.Yes : strings.No],
    [strings.FactTaskLayers, choiceLabels(TASK_LAYER_CHOICES, partnership.taskLayers) || strings.NotSet],
    [strings.FactDomain, partnership.domain || strings.NotSet],
    [strings.FactParticipants, participantNames.length > 0 ? participantNames.join(', ') : strings.NotSet],
    [strings.FactSeat, partnership.seat || strings.NotSet],
    [strings.FactPublicInterest, partnership.publicInterest || strings.NotSet],
    [strings.FactPortfolioHolder, personName(partnership.portfolioHolder, strings.NotSet)],
    [strings.FactAccountHolder, personName(partnership.accountHolder, strings.NotSet)],
    [strings.FactStatus, choiceLabel(PARTNERSHIP_STATUS_CHOICES, partnership.status)],
    [strings.FactLastRefreshed, partnership.lastRefreshed ? formatDutchDate(partnership.lastRefreshed) : strings.NotSet],
  ];
  return (
    <DashboardSection name="key-facts" title={strings.SectionKeyFacts} classNames={classNames}>
      <dl className={classNames.facts}>
        {facts.map(([label, value]) => (
          <React.Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </React.Fragment>
        ))}
        {partnership.website && (
          <>
            <dt>{strings.FactWebsite}</dt>
            <dd>
              <a href={partnership.website} target="_blank" rel="noopener noreferrer">
                {partnership.website}
              </a>
            </dd>
          </>
        )}
      </dl>
    </DashboardSection>
  );
}
