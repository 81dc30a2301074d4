import * as React from 'react';
import * as strings from 'DashboardStrings';
import { timelineOrder } from '../../domain/dashboard';
import type { ProcessMoment, Stored } from '../../domain/models';
import { formatDutchDate } from '../../domain/time';
import { AUDIENCE_CHOICES, PROCESS_MOMENT_KIND_CHOICES, PROCESS_MOMENT_STATUS_CHOICES } from '../../schema';
import { choiceLabel, choiceLabels } from '../choices';
import type { IDashboardClassNames } from './dashboard.styles';
import { DashboardSection } from './DashboardSection';

export interface ITimelineSectionProps {
  readonly moments: readonly Stored<ProcessMoment>[];
  readonly classNames: IDashboardClassNames;
}

/**
 * Seed 004's timeline: information and influence moments, political choices and key meetings by date,
 * with their kind and status. Moments derived from the Wgr calendar (issue 6) are marked "Wettelijk (Wgr)".
 */
export function TimelineSection({ moments, classNames }: ITimelineSectionProps): JSX.Element {
  const ordered = timelineOrder(moments);
  return (
    <DashboardSection name="timeline" title={strings.SectionTimeline} classNames={classNames} wide={true}>
      {ordered.length === 0 ? (
        <p className={classNames.muted}>{strings.TimelineEmpty}</p>
      ) : (
        <ol className={classNames.list}>
          {ordered.map((moment) => (
            <li key={moment.id} className={classNames.listItem} data-moment-source={moment.source} data-moment-kind={moment.kind}>
              <div>
                <strong>
                  {moment.isDeadline ? `${strings.TimelineDeadline} ` : ''}
                  <time dateTime={moment.date}>{formatDutchDate(moment.date)}</time>
                </strong>
                {' — '}
                {moment.documentUrl ? <a href={moment.documentUrl}>{moment.subject}</a> : moment.subject}
              </div>
              <div>
                {moment.source === 'wgr' && <span className={classNames.wgrTag}>{strings.TimelineFromWgr}</span>}
                <span className={classNames.tag}>{choiceLabel(PROCESS_MOMENT_KIND_CHOICES, moment.kind)}</span>
                <span className={classNames.tag}>{choiceLabel(PROCESS_MOMENT_STATUS_CHOICES, moment.status)}</span>
                {moment.audiences.length > 0 && (
                  <span className={classNames.muted}>
                    {strings.TimelineForWhom}: {choiceLabels(AUDIENCE_CHOICES, moment.audiences)}
                  </span>
                )}
              </div>
              {moment.notes && <div className={classNames.muted}>{moment.notes}</div>}
            </li>
          ))}
        </ol>
      )}
    </DashboardSection>
  );
}
