import * as React from 'react';
import * as strings from 'DashboardStrings';
import type { MeetingBody, Stored } from '../../domain/models';
import { MEETING_BODY_CATEGORY_CHOICES } from '../../schema';
import { choiceLabel } from '../choices';
import type { IDashboardClassNames } from './dashboard.styles';
import { DashboardSection } from './DashboardSection';

export interface IMeetingBodiesSectionProps {
  readonly bodies: readonly Stored<MeetingBody>[];
  readonly classNames: IDashboardClassNames;
}

/** Seed 000: each formal and informal meeting body with its purpose, members, frequency and who does what. */
export function MeetingBodiesSection({ bodies, classNames }: IMeetingBodiesSectionProps): JSX.Element {
  const sorted = [...bodies].sort(
    (left, right) =>
      MEETING_BODY_CATEGORY_CHOICES.findIndex((choice) => choice.value === left.category) -
        MEETING_BODY_CATEGORY_CHOICES.findIndex((choice) => choice.value === right.category) || left.name.localeCompare(right.name, 'nl'),
  );
  return (
    <DashboardSection name="meeting-bodies" title={strings.SectionBodies} classNames={classNames} wide={true}>
      {sorted.length === 0 ? (
        <p className={classNames.muted}>{strings.BodiesEmpty}</p>
      ) : (
        <ul className={classNames.list}>
          {sorted.map((body) => {
            const members = [body.membersDescription, ...body.members.map((member) => member.displayName)].filter((text) => text.trim() !== '');
            const facts: readonly [string, string][] = [
              [strings.BodyCategory, choiceLabel(MEETING_BODY_CATEGORY_CHOICES, body.category)],
              [strings.BodyPurpose, body.purpose],
              [strings.BodyMembers, members.join('; ')],
              [strings.BodyParticipants, body.participantsDescription],
              [strings.BodyGuests, body.occasionalGuests],
              [strings.BodyFrequency, body.frequencyText],
              [strings.BodyAgendaOwner, body.agendaOwner],
              [strings.BodyOrganiser, body.organiser],
              [strings.BodyMinutes, body.minutesBy],
              [strings.BodyLocation, body.location],
            ];
            return (
              <li key={body.id} className={classNames.listItem} data-body={body.name}>
                <h4 style={{ margin: '0 0 6px' }}>
                  {body.name} <span className={classNames.tag}>{body.isPublic ? strings.BodyPublic : strings.BodyNotPublic}</span>
                </h4>
                <dl className={classNames.facts}>
                  {facts
                    .filter(([, value]) => value.trim() !== '')
                    .map(([label, value]) => (
                      <React.Fragment key={label}>
                        <dt>{label}</dt>
                        <dd>{value}</dd>
                      </React.Fragment>
                    ))}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </DashboardSection>
  );
}
