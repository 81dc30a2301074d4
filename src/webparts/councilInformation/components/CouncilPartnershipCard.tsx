import * as React from 'react';
import { format, ITheme, Link } from '@fluentui/react';
import * as strings from 'CouncilInformationWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { CouncilPartnershipSection } from '../../../domain/council';
import { DOCUMENT_TYPE_CHOICES, LEGAL_FORM_CHOICES } from '../../../schema/choices';
import { getCouncilInformationClassNames } from './CouncilInformation.styles';
import { displayMeeting } from './councilFormat';

export interface ICouncilPartnershipCardProps {
  readonly section: CouncilPartnershipSection;
  readonly theme: ITheme;
  /** Heading level of the partnership's name, so the page's outline stays correct. */
  readonly headingLevel: 3 | 4;
}

const MEETINGS_SHOWN = 3;

function importanceAngles(section: CouncilPartnershipSection): string[] {
  const { importance } = section.partnership;
  return [
    importance.societalTask ? strings.AngleSocietalTask : undefined,
    importance.opportunities ? strings.AngleOpportunities : undefined,
    importance.risks ? strings.AngleRisks : undefined,
    importance.money ? strings.AngleMoney : undefined,
  ].filter((angle): angle is string => angle !== undefined);
}

/** One partnership in plain words: what it is and does, why it matters, its public meetings and documents. */
export function CouncilPartnershipCard(props: ICouncilPartnershipCardProps): JSX.Element {
  const classNames = getCouncilInformationClassNames(props.theme);
  const { partnership, bodies, documents } = props.section;
  const angles = importanceAngles(props.section);
  const Heading = props.headingLevel === 3 ? 'h3' : 'h4';
  const SubHeading = props.headingLevel === 3 ? 'h4' : 'h5';
  return (
    <article className={classNames.card} data-testid="council-partnership" aria-label={partnership.name}>
      <Heading className={classNames.cardHeading}>
        {partnership.name}
        {props.section.importantForCouncil && <span className={classNames.marker}>{strings.ImportantForCouncil}</span>}
        {partnership.isVerbondenPartij && <span className={classNames.marker}>{strings.VerbondenPartijMarker}</span>}
      </Heading>
      <dl className={classNames.facts}>
        {partnership.publicInterest && (
          <>
            <dt>{strings.PublicInterestLabel}</dt>
            <dd>{partnership.publicInterest}</dd>
          </>
        )}
        <dt>{strings.LegalFormLabel}</dt>
        <dd>{choiceLabel(LEGAL_FORM_CHOICES, partnership.legalForm)}</dd>
        {partnership.seat && (
          <>
            <dt>{strings.SeatLabel}</dt>
            <dd>{partnership.seat}</dd>
          </>
        )}
        {partnership.participantNames.length > 0 && (
          <>
            <dt>{strings.ParticipantsLabel}</dt>
            <dd>{partnership.participantNames.join(', ')}</dd>
          </>
        )}
        {angles.length > 0 && (
          <>
            <dt>{strings.WhyImportantLabel}</dt>
            <dd>
              {angles.join(', ')}
              {partnership.importance.explanation ? `. ${partnership.importance.explanation}` : ''}
            </dd>
          </>
        )}
        {partnership.website && (
          <>
            <dt>{strings.WebsiteLabel}</dt>
            <dd>
              <Link href={partnership.website} target="_blank" rel="noopener noreferrer">
                {partnership.website}
              </Link>
            </dd>
          </>
        )}
      </dl>

      <SubHeading className={classNames.subHeading}>{strings.BodiesHeading}</SubHeading>
      {bodies.length === 0 ? (
        <p style={{ margin: 0 }}>{strings.NoPublicBodies}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {bodies.map(({ body, upcomingMeetings, pastMeetings }) => (
            <li key={body.sourceId} data-testid="council-body">
              <strong>{body.name}</strong>
              {body.frequencyText && ` · ${format(strings.FrequencyLabel, body.frequencyText)}`}
              {body.purpose && <div>{body.purpose}</div>}
              <div>
                {strings.NextMeetings}:{' '}
                {upcomingMeetings.length === 0
                  ? strings.NoUpcomingMeetings
                  : upcomingMeetings
                      .slice(0, MEETINGS_SHOWN)
                      .map((meeting) => `${displayMeeting(meeting.start)}${meeting.location ? ` (${meeting.location})` : ''}`)
                      .join('; ')}
              </div>
              {pastMeetings.length > 0 && (
                <div className={classNames.meta}>
                  {strings.LastMeeting}: {displayMeeting(pastMeetings[0].start)}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}

      <SubHeading className={classNames.subHeading}>{strings.DocumentsHeading}</SubHeading>
      {documents.length === 0 ? (
        <p style={{ margin: 0 }}>{strings.NoPublicDocuments}</p>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {documents.map((document) => (
            <li key={document.sourceId} data-testid="council-document">
              {document.fileUrl ? (
                <Link href={document.fileUrl} target="_blank" rel="noopener noreferrer">
                  {document.title || document.fileName}
                </Link>
              ) : (
                document.title || document.fileName
              )}{' '}
              <span className={classNames.meta}>
                ({choiceLabel(DOCUMENT_TYPE_CHOICES, document.documentType)}
                {document.year !== undefined ? ` ${document.year}` : ''})
              </span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
