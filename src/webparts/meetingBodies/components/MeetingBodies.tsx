import * as React from 'react';
import {
  DefaultButton,
  Dropdown,
  getId,
  getTheme,
  IDropdownOption,
  Link,
  MessageBar,
  MessageBarType,
  Pivot,
  PivotItem,
  PrimaryButton,
  Spinner,
  SpinnerSize,
  Stack,
  ThemeProvider,
} from '@fluentui/react';
import * as strings from 'MeetingBodiesWebPartStrings';
import type { MeetingBody, Stored } from '../../../domain/models';
import { renderRules } from '../../../domain/meetings/renderRule';
import { rulesOfBody } from '../../../domain/meetings/storedRules';
import { controlIntensity, currentRiskProfile } from '../../../domain/riskProfile/intensity';
import { formatDutchDate } from '../../../domain/time';
import { MeetingScheduler, generateBilateralBodies } from '../../../data/scheduling';
import { classifyDataError, DataErrorMessage } from '../../../components/dataLoading';
import { DemoDataBadge } from '../../../components/demoData';
import { ComplianceStateBadge } from '../../../components/meetings';
import { choiceLabel } from '../../../components/choices';
import { MEETING_BODY_CATEGORY_CHOICES } from '../../../schema';
import { errorMessage, type ActionMessage } from './actionMessages';
import { complianceStateLabel } from './complianceLabels';
import type { IMeetingBodiesProps } from './IMeetingBodiesProps';
import { getMeetingBodiesClassNames } from './MeetingBodies.styles';
import { MeetingBodyForm } from './MeetingBodyForm';
import { MeetingList } from './MeetingList';
import { bodiesInScope, dueSoon, meetingsCompliance, ORGANISATION_WIDE, useMeetingsData, type BodyScope, type MeetingsData } from './useMeetingsData';
import { YearPlanner } from './YearPlanner';

/** The planner and its holiday data load when a proposal is first asked for, not on first paint. */
function loadPlanner(): Promise<typeof import('./planYear')> {
  return import(/* webpackChunkName: 'samenwerkingsmonitor-year-planner' */ './planYear');
}

type Selection = { readonly kind: 'none' } | { readonly kind: 'new' } | { readonly kind: 'body'; readonly bodyId: number; readonly tab: string };

function loadErrorMessage(error: unknown): string {
  switch (classifyDataError(error)) {
    case 'accessDenied':
      return strings.ErrorAccessDenied;
    case 'notFound':
      return strings.ErrorNotProvisioned;
    case 'throttled':
      return strings.ErrorThrottled;
    default:
      return strings.ErrorGeneric;
  }
}

/** "Overlegorganen en vergaderingen": bodies per partnership, their meetings in Outlook, the year planner and compliance. */
export function MeetingBodies(props: IMeetingBodiesProps): JSX.Element {
  const theme = props.theme ?? getTheme();
  const classNames = getMeetingBodiesClassNames(theme);
  const now = React.useMemo(() => props.now ?? (() => new Date()), [props.now]);
  const { state, reload } = useMeetingsData(props.repositories, props.directory);
  const [titleId] = React.useState(() => getId('meeting-bodies-title'));
  const [scope, setScope] = React.useState<BodyScope | undefined>();
  const [selection, setSelection] = React.useState<Selection>({ kind: 'none' });
  const [message, setMessage] = React.useState<ActionMessage | undefined>();
  const scheduler = React.useMemo(
    () => new MeetingScheduler({ repositories: props.repositories, calendar: props.calendar, owner: props.calendarOwner, calendarKey: props.calendarKey, now }),
    [props.repositories, props.calendar, props.calendarOwner, props.calendarKey, now],
  );

  // A reload after an action keeps the screen (and the action's message) in place until the new data is in.
  const lastLoaded = React.useRef<MeetingsData | undefined>();
  if (state.status === 'loaded') lastLoaded.current = state.value;
  const shown = state.status === 'loaded' ? state.value : state.status === 'loading' ? lastLoaded.current : undefined;

  let content: JSX.Element;
  if (state.status === 'failed') {
    content = <DataErrorMessage message={loadErrorMessage(state.error)} retryLabel={strings.RetryButton} onRetry={reload} />;
  } else if (shown === undefined) {
    content = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  } else {
    const data = shown;
    const chosenScope = scope ?? data.partnerships.find((partnership) => data.bodies.some((body) => body.partnershipId === partnership.id))?.id;
    content = (
      <Loaded
        data={data}
        scope={chosenScope}
        onScope={(next) => {
          setScope(next);
          setSelection({ kind: 'none' });
        }}
        selection={selection}
        onSelect={setSelection}
        message={message}
        onMessage={setMessage}
        scheduler={scheduler}
        now={now}
        props={props}
        reload={reload}
        classNames={classNames}
      />
    );
  }

  return (
    <ThemeProvider theme={theme} className={classNames.root}>
      <section aria-labelledby={titleId}>
        <div className={classNames.header}>
          <h2 id={titleId} className={classNames.title}>
            {strings.Title}
          </h2>
          {props.isDemoData && <DemoDataBadge label={strings.DemoDataMarker} explanation={strings.DemoDataExplanation} theme={theme} />}
        </div>
        {content}
      </section>
    </ThemeProvider>
  );
}

interface ILoadedProps {
  readonly data: MeetingsData;
  /** A partnership's id, or the organisation-wide bodies. */
  readonly scope: BodyScope | undefined;
  readonly onScope: (scope: BodyScope) => void;
  readonly selection: Selection;
  readonly onSelect: (selection: Selection) => void;
  readonly message: ActionMessage | undefined;
  readonly onMessage: (message: ActionMessage | undefined) => void;
  readonly scheduler: MeetingScheduler;
  readonly now: () => Date;
  readonly props: IMeetingBodiesProps;
  readonly reload: () => void;
  readonly classNames: ReturnType<typeof getMeetingBodiesClassNames>;
}

function Loaded({ data, scope, onScope, selection, onSelect, message, onMessage, scheduler, now, props, reload, classNames }: ILoadedProps): JSX.Element {
  const { byBody: compliance, byPartnership } = React.useMemo(() => meetingsCompliance(data, now()), [data, now]);
  const due = React.useMemo(() => dueSoon(data, compliance), [data, compliance]);
  const [busy, setBusy] = React.useState(false);
  const organisationWide = scope === ORGANISATION_WIDE;
  const partnershipId = typeof scope === 'number' ? scope : undefined;
  const partnership = data.partnerships.find((candidate) => candidate.id === partnershipId);
  const riskProfile = partnershipId === undefined ? undefined : currentRiskProfile(data.riskProfiles, partnershipId);
  const findings = partnershipId === undefined ? [] : (byPartnership.get(partnershipId)?.findings ?? []);
  const bodies = [...bodiesInScope(data.bodies, scope)].sort((left, right) => left.name.localeCompare(right.name, 'nl'));
  const selectedBody = selection.kind === 'body' ? data.bodies.find((body) => body.id === selection.bodyId) : undefined;
  const scopeOptions: IDropdownOption[] = [
    // Seed 002: the regievoerders' own meeting belongs to no partnership, so it is chosen here like one.
    { key: ORGANISATION_WIDE, text: strings.OrganisationWideOption },
    ...data.partnerships.map((candidate) => ({ key: candidate.id, text: candidate.name })),
  ];
  const scopeTitle = organisationWide ? strings.OrganisationWideTitle : partnership ? strings.BodiesTitle.replace('{0}', partnership.name) : undefined;
  const nextYear = Number(new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(now())) + 1;

  const generateBilateral = async (): Promise<void> => {
    if (partnershipId === undefined) return;
    setBusy(true);
    try {
      const created = await generateBilateralBodies(props.repositories, partnershipId);
      onMessage({ kind: 'success', text: created.length === 0 ? strings.BilateralNoneNew : strings.BilateralCreated.replace('{0}', String(created.length)) });
      reload();
    } catch (error) {
      onMessage(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const onSaved = (saved: Stored<MeetingBody>): void => {
    onMessage({ kind: 'success', text: strings.BodySaved.replace('{0}', saved.name) });
    onSelect({ kind: 'body', bodyId: saved.id, tab: 'details' });
    reload();
  };

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <section aria-label={strings.DueSoonTitle} className={classNames.panel}>
        <h3 className={classNames.sectionTitle}>{strings.DueSoonTitle}</h3>
        {data.currentUser === undefined ? (
          <p>{strings.DueSoonNoUser}</p>
        ) : due.length === 0 ? (
          <p>{strings.DueSoonEmpty}</p>
        ) : (
          <ul className={classNames.list}>
            {due.map((entry) => (
              <li key={entry.bodyId}>
                <ComplianceStateBadge state={entry.state} label={complianceStateLabel(entry.state)} theme={props.theme} />{' '}
                <Link
                  onClick={() => {
                    onScope(entry.partnershipId ?? ORGANISATION_WIDE);
                    onSelect({ kind: 'body', bodyId: entry.bodyId, tab: 'planner' });
                  }}
                >
                  {data.partnerships.find((candidate) => candidate.id === entry.partnershipId)?.name}: {entry.bodyName}
                </Link>
                {' – '}
                {entry.rules.filter((rule) => rule.state === 'at-risk' || rule.state === 'violated').map((rule) => rule.reason).join(' ')}
              </li>
            ))}
          </ul>
        )}
      </section>

      <Dropdown
        label={strings.PartnershipLabel}
        options={scopeOptions}
        selectedKey={scope ?? null}
        onChange={(_, option) => option && onScope(option.key === ORGANISATION_WIDE ? ORGANISATION_WIDE : Number(option.key))}
        placeholder={strings.PartnershipPlaceholder}
        styles={{ root: { maxWidth: 480 } }}
      />

      {message && (
        <MessageBar
          messageBarType={message.kind === 'success' ? MessageBarType.success : message.kind === 'warning' ? MessageBarType.warning : MessageBarType.error}
          isMultiline={true}
          onDismiss={() => onMessage(undefined)}
          dismissButtonAriaLabel={strings.Close}
        >
          {message.text}
        </MessageBar>
      )}

      {scopeTitle !== undefined && (
        <section aria-label={scopeTitle}>
          <h3 className={classNames.sectionTitle}>{scopeTitle}</h3>
          {organisationWide && <p>{strings.OrganisationWideIntro}</p>}
          {partnership && (
            <p className={classNames.secondary}>
              {riskProfile
                ? strings.RiskProfileLine.replace('{0}', riskProfile.level)
                    .replace('{1}', formatDutchDate(riskProfile.assessedOn))
                    .replace('{2}', String(controlIntensity(riskProfile.level).preparatoryMeetingsPerYear))
                : strings.NoRiskProfile}
            </p>
          )}
          {findings.map((finding) => (
            <MessageBar key={finding.code} messageBarType={finding.state === 'violated' ? MessageBarType.error : MessageBarType.warning} isMultiline={true}>
              <ComplianceStateBadge state={finding.state} label={complianceStateLabel(finding.state)} theme={props.theme} /> {finding.message}
            </MessageBar>
          ))}
          <Stack horizontal={true} wrap={true} tokens={{ childrenGap: 8 }}>
            <PrimaryButton iconProps={{ iconName: 'Add' }} onClick={() => onSelect({ kind: 'new' })}>
              {strings.NewBody}
            </PrimaryButton>
            {partnership && (
              <DefaultButton
                iconProps={{ iconName: 'People' }}
                onClick={() => {
                  void generateBilateral();
                }}
                disabled={busy}
              >
                {strings.GenerateBilateral}
              </DefaultButton>
            )}
          </Stack>
          {bodies.length === 0 ? (
            <p>{organisationWide ? strings.NoOrganisationWideBodies : strings.NoBodies}</p>
          ) : (
            <table className={classNames.table}>
              <caption className={classNames.visuallyHidden}>{scopeTitle}</caption>
              <thead>
                <tr>
                  <th scope="col">{strings.ColumnBody}</th>
                  <th scope="col">{strings.ColumnCategory}</th>
                  <th scope="col">{strings.ColumnFrequency}</th>
                  <th scope="col">{strings.ColumnCompliance}</th>
                </tr>
              </thead>
              <tbody>
                {bodies.map((body) => {
                  const result = compliance.get(body.id);
                  const rules = rulesOfBody(body, partnership?.legalForm, riskProfile?.level);
                  const unparsed = rules.some((rule) => rule.kind === 'unparsed');
                  return (
                    <tr key={body.id} aria-current={selectedBody?.id === body.id ? 'true' : undefined}>
                      <td>
                        <Link onClick={() => onSelect({ kind: 'body', bodyId: body.id, tab: 'meetings' })}>{body.name}</Link>
                        {body.isPublic ? ` (${strings.Public})` : ''}
                      </td>
                      <td>{choiceLabel(MEETING_BODY_CATEGORY_CHOICES, body.category)}</td>
                      <td>
                        <div>{body.frequencyText || '–'}</div>
                        {rules.length > 0 && <div className={classNames.secondary}>{`${strings.FrequencyReadAs} ${renderRules(rules)}`}</div>}
                        {unparsed && <div className={classNames.warningText}>{strings.FrequencyUnparsedShort}</div>}
                      </td>
                      <td>
                        {result ? (
                          <>
                            <ComplianceStateBadge state={result.state} label={complianceStateLabel(result.state)} theme={props.theme} />
                            <div className={classNames.secondary}>{result.rules.map((rule) => rule.reason).join(' ')}</div>
                          </>
                        ) : (
                          '–'
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>
      )}

      {selection.kind === 'new' && scopeTitle !== undefined && (
        <div className={classNames.panel}>
          <MeetingBodyForm
            key={`new-${String(scope)}`}
            partnershipId={partnershipId}
            repository={props.repositories.meetingBodies}
            directory={props.directory}
            onSaved={onSaved}
            onCancel={() => onSelect({ kind: 'none' })}
          />
        </div>
      )}

      {selection.kind === 'body' && selectedBody && (
        <section aria-label={selectedBody.name} className={classNames.panel}>
          <h3 className={classNames.sectionTitle}>{selectedBody.name}</h3>
          <Pivot
            selectedKey={selection.tab}
            onLinkClick={(item) => item?.props.itemKey && onSelect({ kind: 'body', bodyId: selectedBody.id, tab: item.props.itemKey })}
            headersOnly={false}
          >
            <PivotItem headerText={strings.TabMeetings} itemKey="meetings">
              <MeetingList
                meetings={data.meetings.filter((meeting) => meeting.bodyId === selectedBody.id)}
                scheduler={scheduler}
                bodyId={selectedBody.id}
                body={selectedBody}
                calendarFileDomain={props.calendarFileDomain ?? (window.location.hostname || 'samenwerkingsmonitor')}
                onChanged={reload}
              />
            </PivotItem>
            <PivotItem headerText={strings.TabPlanner} itemKey="planner">
              <YearPlanner
                bodyId={selectedBody.id}
                bodyName={selectedBody.name}
                years={[nextYear, nextYear + 1]}
                propose={async (year, preferences) => (await loadPlanner()).planYearForBody(data, selectedBody, year, preferences, now())}
                scheduler={scheduler}
                onChanged={reload}
              />
            </PivotItem>
            <PivotItem headerText={strings.TabDetails} itemKey="details">
              <MeetingBodyForm
                key={`${selectedBody.id}-${selectedBody.etag}`}
                partnershipId={selectedBody.partnershipId}
                body={selectedBody}
                repository={props.repositories.meetingBodies}
                directory={props.directory}
                onSaved={onSaved}
                onCancel={() => onSelect({ kind: 'none' })}
              />
            </PivotItem>
          </Pivot>
        </section>
      )}
    </Stack>
  );
}
