import * as React from 'react';
import { ActionButton, DefaultButton, FontIcon, Link, mergeStyleSets, MessageBar, MessageBarType, PrimaryButton, Spinner, SpinnerSize, Stack, Text, type ITheme } from '@fluentui/react';
import * as strings from 'CouncilInfluenceWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import { offerDownload } from '../../../components/download';
import { saveInfluenceStep } from '../../../data/councilInfluence';
import type { Repositories } from '../../../data/ports';
import {
  councilZienswijzenSideBySide,
  influenceCaseSteps,
  type CouncilZienswijzeRow,
  type InfluenceCase,
  type ParticipantZienswijze,
  type RecordableStep,
  type StepStatus,
} from '../../../domain/councilInfluence';
import type { CalendarDate, Stored } from '../../../domain/models';
import { formatDutchDate, formatDutchShortDate } from '../../../domain/time';
import { INFLUENCE_CASE_KIND_CHOICES, ZIENSWIJZE_POSITION_CHOICES } from '../../../schema';
import { CasePanel } from './CasePanel';
import type { CouncilInfluenceData } from './CouncilInfluence';
import { caseProgressLabel, formatText, stepStateLabel } from './influenceFormat';
import { ParticipantPanel } from './ParticipantPanel';
import { StepIndicator } from './StepIndicator';
import { StepPanel } from './StepPanel';

export interface ICaseDetailProps {
  readonly influenceCase: Stored<InfluenceCase>;
  readonly data: CouncilInfluenceData;
  readonly repositories: Repositories;
  readonly today: CalendarDate;
  readonly ownMunicipalityName?: string;
  readonly theme: ITheme;
  readonly onBack: () => void;
  /** A save succeeded: announce the message and read the data again. */
  readonly onSaved: (message: string) => void;
}

type OpenPanel =
  | { readonly kind: 'step'; readonly step: RecordableStep; readonly status: StepStatus }
  | { readonly kind: 'case' }
  | { readonly kind: 'participant'; readonly row?: CouncilZienswijzeRow<Stored<ParticipantZienswijze>> };

type CoverNoteState = { readonly status: 'idle' } | { readonly status: 'making' } | { readonly status: 'done'; readonly message: string } | { readonly status: 'failed'; readonly message: string };

/** One case: its details, the six steps with a form each, the cover note, and the councils' zienswijzen side by side. */
export function CaseDetail(props: ICaseDetailProps): JSX.Element {
  const { influenceCase, data, theme } = props;
  const [panel, setPanel] = React.useState<OpenPanel | undefined>(undefined);
  const [coverNote, setCoverNote] = React.useState<CoverNoteState>({ status: 'idle' });
  const [markFailure, setMarkFailure] = React.useState<string | undefined>(undefined);
  const classNames = getClassNames(theme);
  const overview = influenceCaseSteps(influenceCase, props.today);
  const partnership = data.partnerships.find((item) => item.id === influenceCase.partnershipId);
  const municipalityNames = new Map(data.municipalities.map((municipality) => [municipality.id, municipality.name] as const));
  const zienswijzen = data.zienswijzenByCase.get(influenceCase.id) ?? [];
  const participantIds = partnership?.participantIds ?? [];
  const ownMunicipalityId = data.ownMunicipality?.id;
  const rows = councilZienswijzenSideBySide({
    influenceCase,
    participantIds,
    municipalityNames,
    ...(ownMunicipalityId === undefined ? {} : { ownMunicipalityId }),
    participantZienswijzen: zienswijzen,
  });

  async function makeCoverNote(): Promise<void> {
    setCoverNote({ status: 'making' });
    try {
      // Word generation is heavy and rarely used: its own chunk, loaded when asked.
      const { generateCoverNote } = await import(/* webpackChunkName: 'samenwerkingsmonitor-cover-note' */ '../../../data/documents/coverNote');
      const document = await generateCoverNote(props.repositories, influenceCase.id, props.today, props.ownMunicipalityName ? { ownMunicipalityName: props.ownMunicipalityName } : {});
      offerDownload(new Blob([document.bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }), document.fileName);
      setCoverNote({ status: 'done', message: formatText(strings.CoverNoteReady, document.fileName) });
    } catch (error) {
      setCoverNote({ status: 'failed', message: formatText(strings.CoverNoteFailed, (error as Error).message) });
    }
  }

  async function markCoverNoteSent(): Promise<void> {
    setMarkFailure(undefined);
    try {
      const outcome = await saveInfluenceStep(props.repositories, influenceCase, 'raadsoplegger', { coverNoteDate: props.today }, props.today);
      if (outcome.kind === 'saved') props.onSaved(formatText(strings.CoverNoteMarked, formatDutchDate(props.today)));
      else if (outcome.kind === 'conflict') setMarkFailure(strings.ConflictTitle);
      else setMarkFailure(Object.values(outcome.errors).join(' '));
    } catch (error) {
      setMarkFailure(formatText(strings.SaveFailed, (error as Error).message));
    }
  }

  const details: readonly [string, React.ReactNode][] = [
    [strings.LabelPartnership, partnership?.name ?? String(influenceCase.partnershipId)],
    [strings.LabelKind, choiceLabel(INFLUENCE_CASE_KIND_CHOICES, influenceCase.kind)],
    [strings.LabelBudgetYear, influenceCase.budgetYear ?? strings.NotRecorded],
    [strings.LabelReceived, formatDutchDate(influenceCase.receivedDate)],
    [strings.LabelDocument, influenceCase.documentUrl ? <Link underline href={influenceCase.documentUrl} target="_blank" rel="noreferrer">{strings.OpenDocument}</Link> : strings.NotRecorded],
    [strings.LabelDeadline, influenceCase.responseDeadline ? formatDutchDate(influenceCase.responseDeadline) : strings.NotRecorded],
    [strings.LabelAbMeeting, influenceCase.abDecisionMeetingDate ? formatDutchDate(influenceCase.abDecisionMeetingDate) : strings.NotRecorded],
    [
      strings.LabelCollegePoints,
      influenceCase.collegeProposalPoints.length === 0 ? strings.NotRecorded : (
        <ul className={classNames.points}>
          {influenceCase.collegeProposalPoints.map((point, index) => (
            <li key={index}>{point}</li>
          ))}
        </ul>
      ),
    ],
  ];

  const municipalityOptions = participantIds
    .filter((id) => id !== ownMunicipalityId && !zienswijzen.some((item) => item.municipalityId === id))
    .map((id) => ({ id, name: municipalityNames.get(id) ?? String(id) }))
    .sort((left, right) => left.name.localeCompare(right.name, 'nl'));

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <div>
        <ActionButton iconProps={{ iconName: 'Back' }} text={strings.BackToList} onClick={props.onBack} />
      </div>
      <Text as="h3" variant="large" className={classNames.heading}>
        {influenceCase.subject}
      </Text>
      <Text>
        <span className={overview.progress === 'te-laat' ? classNames.overdue : undefined} data-testid="case-progress">
          {overview.progress === 'te-laat' && <FontIcon iconName="Warning" aria-hidden={true} />} {caseProgressLabel(overview.progress)}
        </span>
        {overview.nextStep !== undefined ? ` · ${overview.nextStep.sentence}` : ''}
      </Text>
      <StepIndicator steps={overview.steps} label={formatText(strings.ProgressLabel, influenceCase.subject)} theme={theme} />

      <section aria-labelledby="influence-details-heading">
        <Text as="h4" variant="mediumPlus" id="influence-details-heading" className={classNames.heading}>
          {strings.DetailsHeading}
        </Text>
        <dl className={classNames.details}>
          {details.map(([label, value]) => (
            <React.Fragment key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </React.Fragment>
          ))}
        </dl>
        <Stack horizontal wrap tokens={{ childrenGap: 8 }}>
          <DefaultButton iconProps={{ iconName: 'Edit' }} text={strings.EditCase} onClick={() => setPanel({ kind: 'case' })} />
          <PrimaryButton iconProps={{ iconName: 'WordDocument' }} text={strings.MakeCoverNote} onClick={() => makeCoverNote()} disabled={coverNote.status === 'making'} />
          {influenceCase.coverNoteDate === undefined && <DefaultButton iconProps={{ iconName: 'Send' }} text={strings.MarkCoverNoteSent} onClick={() => markCoverNoteSent()} />}
        </Stack>
        <div role="status" aria-live="polite">
          {coverNote.status === 'making' && <Spinner size={SpinnerSize.small} label={strings.CoverNoteMaking} />}
          {coverNote.status === 'done' && <MessageBar messageBarType={MessageBarType.success}>{coverNote.message}</MessageBar>}
          {coverNote.status === 'failed' && <MessageBar messageBarType={MessageBarType.error}>{coverNote.message}</MessageBar>}
          {markFailure !== undefined && <MessageBar messageBarType={MessageBarType.error}>{markFailure}</MessageBar>}
        </div>
      </section>

      <section aria-labelledby="influence-steps-heading">
        <Text as="h4" variant="mediumPlus" id="influence-steps-heading" className={classNames.heading}>
          {strings.StepsHeading}
        </Text>
        <ol className={classNames.steps}>
          {overview.steps.map((status) => (
            <li key={status.step} className={classNames.step} data-step={status.step} data-state={status.state}>
              <Text as="p" block className={classNames.stepTitle}>
                <strong>{status.label}</strong>:{' '}
                <span className={status.state === 'te-laat' ? classNames.overdue : undefined}>
                  {status.state === 'te-laat' && <FontIcon iconName="Warning" aria-hidden={true} />} {stepStateLabel(status.state)}
                </span>
              </Text>
              <Text as="p" block className={classNames.stepText}>
                {status.sentence}
              </Text>
              <StepValues influenceCase={influenceCase} step={status.step} />
              {status.step !== 'ontvangen' && (
                <div>
                  <DefaultButton
                    text={formatText(status.state === 'gedaan' ? strings.StepEdit : strings.StepRecord, status.label)}
                    onClick={() => setPanel({ kind: 'step', step: status.step as RecordableStep, status })}
                  />
                </div>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="influence-zienswijzen-heading">
        <Text as="h4" variant="mediumPlus" id="influence-zienswijzen-heading" className={classNames.heading}>
          {strings.ZienswijzenHeading}
        </Text>
        <table className={classNames.table}>
          <caption className={classNames.caption}>{strings.ZienswijzenCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{strings.ColMunicipality}</th>
              <th scope="col">{strings.ColPosition}</th>
              <th scope="col">{strings.ColAdopted}</th>
              <th scope="col">{strings.ColSummary}</th>
              <th scope="col">{strings.ColDocument}</th>
              <th scope="col">{strings.ColActions}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.isOwnCouncil ? 'own' : String(row.municipalityId)} data-testid="council-zienswijze-row">
                <th scope="row">
                  {row.municipalityName} {row.isOwnCouncil ? strings.OwnCouncilMarker : row.isParticipant ? '' : strings.NotParticipantMarker}
                </th>
                <td>{row.position === undefined ? strings.Unknown : choiceLabel(ZIENSWIJZE_POSITION_CHOICES, row.position)}</td>
                <td>{row.adoptedDate === undefined ? (row.known ? '—' : strings.Unknown) : formatDutchShortDate(row.adoptedDate)}</td>
                <td>{row.known ? row.summary || '—' : strings.Unknown}</td>
                <td>
                  {row.documentUrl ? (
                    <Link underline href={row.documentUrl} target="_blank" rel="noreferrer">
                      {strings.OpenDocument}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <DefaultButton
                    text={row.known ? strings.ActionEdit : strings.ActionAdd}
                    ariaLabel={formatText(row.known ? strings.EditZienswijze : strings.AddZienswijze, row.municipalityName)}
                    onClick={() => {
                      if (row.isOwnCouncil) {
                        const status = overview.steps.find((step) => step.step === 'zienswijze-raad');
                        if (status) setPanel({ kind: 'step', step: 'zienswijze-raad', status });
                      } else {
                        setPanel({ kind: 'participant', row });
                      }
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      {panel?.kind === 'step' && (
        <StepPanel
          step={panel.step}
          status={panel.status}
          influenceCase={influenceCase}
          repositories={props.repositories}
          today={props.today}
          onDismiss={() => setPanel(undefined)}
          onSaved={() => {
            setPanel(undefined);
            props.onSaved(formatText(strings.StepSaved, panel.status.label));
          }}
        />
      )}
      {panel?.kind === 'case' && (
        <CasePanel
          influenceCase={influenceCase}
          partnerships={data.partnerships}
          repositories={props.repositories}
          today={props.today}
          onDismiss={() => setPanel(undefined)}
          onSaved={(saved) => {
            setPanel(undefined);
            props.onSaved(formatText(strings.CaseSaved, saved.subject));
          }}
        />
      )}
      {panel?.kind === 'participant' && (
        <ParticipantPanel
          influenceCase={influenceCase}
          {...(panel.row?.municipalityId === undefined ? {} : { municipalityId: panel.row.municipalityId })}
          {...(panel.row?.participantZienswijze === undefined ? {} : { editing: panel.row.participantZienswijze })}
          municipalityOptions={
            panel.row?.municipalityId === undefined ? municipalityOptions : [{ id: panel.row.municipalityId, name: panel.row.municipalityName }]
          }
          participantIds={participantIds}
          {...(ownMunicipalityId === undefined ? {} : { ownMunicipalityId })}
          existing={zienswijzen}
          repositories={props.repositories}
          today={props.today}
          onDismiss={() => setPanel(undefined)}
          onSaved={(_saved, municipalityName) => {
            setPanel(undefined);
            props.onSaved(formatText(strings.ZienswijzeSaved, municipalityName));
          }}
        />
      )}
    </Stack>
  );
}

/** What a recorded step says, under its sentence: the council's position and summary, the AB's decision, the GR's answer. */
function StepValues(props: { readonly influenceCase: InfluenceCase; readonly step: StepStatus['step'] }): JSX.Element | null {
  const { influenceCase } = props;
  let text: string | undefined;
  let url: string | undefined;
  switch (props.step) {
    case 'zienswijze-raad':
      text = influenceCase.councilPosition === undefined ? undefined : `${choiceLabel(ZIENSWIJZE_POSITION_CHOICES, influenceCase.councilPosition)}${influenceCase.councilZienswijzeSummary ? `: ${influenceCase.councilZienswijzeSummary}` : ''}`;
      url = influenceCase.councilZienswijzeUrl;
      break;
    case 'standpunt-ab-lid':
      text = influenceCase.abMemberPosition || undefined;
      break;
    case 'besluit-ab':
      text = influenceCase.abDecision || undefined;
      break;
    case 'antwoord-gr':
      text = influenceCase.grAnswerSummary || undefined;
      url = influenceCase.grAnswerUrl;
      break;
    default:
      return null;
  }
  if (text === undefined && !url) return null;
  return (
    <Text as="p" block style={{ margin: 0 }}>
      {text}{' '}
      {url ? (
        <Link underline href={url} target="_blank" rel="noreferrer">
          {strings.OpenDocument}
        </Link>
      ) : null}
    </Text>
  );
}

function getClassNames(theme: ITheme): Record<'heading' | 'overdue' | 'details' | 'points' | 'steps' | 'step' | 'stepTitle' | 'stepText' | 'table' | 'caption', string> {
  const border = `1px solid ${theme.semanticColors.bodyDivider}`;
  return mergeStyleSets({
    heading: { margin: 0 },
    overdue: { color: theme.semanticColors.errorText, fontWeight: 600 },
    details: {
      display: 'grid',
      gridTemplateColumns: 'max-content 1fr',
      gap: '4px 16px',
      margin: '8px 0',
      selectors: { dt: { fontWeight: 600 }, dd: { margin: 0 } },
    },
    points: { margin: 0, paddingLeft: 18 },
    steps: { margin: '8px 0', paddingLeft: 24, display: 'flex', flexDirection: 'column', gap: 12 },
    step: { paddingBottom: 8, borderBottom: border },
    stepTitle: { margin: 0 },
    stepText: { margin: '2px 0' },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      selectors: { 'th, td': { border, padding: '6px 8px', textAlign: 'left', verticalAlign: 'top' }, 'thead th': { backgroundColor: theme.semanticColors.bodyStandoutBackground } },
    },
    caption: { textAlign: 'left', padding: '4px 0', color: theme.semanticColors.bodySubtext },
  });
}
