import * as React from 'react';
import { getId, getTheme, Spinner, SpinnerSize, ThemeProvider } from '@fluentui/react';
import * as strings from 'DashboardStrings';
import type { PartnershipDashboardData } from '../../data/dashboard';
import { calendarDateParts } from '../../domain/time';
import { classifyDataError, DataErrorKind, DataErrorMessage, useAsyncResource } from '../dataLoading';
import { DemoDataBadge } from '../demoData';
import { GenerateDocumentButton } from '../download/GenerateDocumentButton';
import { ActionsSection } from './ActionsSection';
import { ComplianceSection } from './ComplianceSection';
import { ContactsSection } from './ContactsSection';
import { getDashboardClassNames } from './dashboard.styles';
import { DocumentsSection } from './DocumentsSection';
import { FinancesSection } from './FinancesSection';
import { fill } from './format';
import { ImportanceSection } from './ImportanceSection';
import type { IPartnershipDashboardProps } from './IPartnershipDashboardProps';
import { KeyFactsSection } from './KeyFactsSection';
import { MeetingBodiesSection } from './MeetingBodiesSection';
import { RisksSection } from './RisksSection';
import { ServiceDeliverySection } from './ServiceDeliverySection';
import { TimelineSection } from './TimelineSection';

/**
 * "Dashboard samenwerking": everything about one partnership on one page (seed 004's Samenwerkingswijzer,
 * seed 002's dashboard per partnership). Each section is its own component, so later issues extend one
 * section without touching the rest.
 */
export function PartnershipDashboard(props: IPartnershipDashboardProps): JSX.Element {
  const theme = props.theme ?? getTheme();
  const classNames = getDashboardClassNames(theme);
  const { state, reload } = useAsyncResource(() => props.load(props.partnershipId), [props.load, props.partnershipId]);
  // After an upload the dashboard reads again in the background and keeps showing what it has meanwhile.
  const [refreshed, setRefreshed] = React.useState<PartnershipDashboardData | undefined>(undefined);
  React.useEffect(() => setRefreshed(undefined), [state]);
  const [titleId] = React.useState(() => getId('partnership-dashboard-title'));
  const year = calendarDateParts(props.today).year;

  const refresh = (): void => {
    props.load(props.partnershipId).then(setRefreshed, () => reload());
  };

  let title = strings.Title;
  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} className={classNames.state} />;
  } else if (state.status === 'failed') {
    body = <DataErrorMessage message={errorMessage(classifyDataError(state.error))} retryLabel={strings.RetryButton} onRetry={reload} />;
  } else {
    const data = refreshed ?? state.value;
    title = fill(strings.TitleFor, data.partnership.name);
    body = (
      <div className={classNames.grid}>
        <KeyFactsSection partnership={data.partnership} participants={data.participants} classNames={classNames} />
        <ImportanceSection importance={data.partnership.importance} classNames={classNames} />
        <RisksSection risks={data.partnership.risks} classNames={classNames} />
        <ActionsSection actions={data.actions} classNames={classNames} />
        <FinancesSection figures={data.financialFigures} classNames={classNames} />
        {data.serviceDelivery && (
          <ServiceDeliverySection indicators={data.serviceDelivery.indicators} values={data.serviceDelivery.values} today={props.today} classNames={classNames} theme={theme} />
        )}
        <DocumentsSection
          partnershipId={props.partnershipId}
          documents={data.documents}
          year={year}
          upload={props.upload}
          onUploaded={refresh}
          classNames={classNames}
          theme={theme}
        />
        <TimelineSection moments={data.processMoments} classNames={classNames} />
        <ComplianceSection bodies={data.meetingBodies} meetings={data.meetings} year={year} classNames={classNames} partnership={data.partnership} asOf={props.today} riskProfiles={data.riskProfiles} />
        <MeetingBodiesSection bodies={data.meetingBodies} classNames={classNames} />
        <ContactsSection contacts={data.contacts} classNames={classNames} />
      </div>
    );
  }

  return (
    <ThemeProvider theme={theme} className={classNames.root}>
      <article aria-labelledby={titleId} data-partnership-id={props.partnershipId}>
        {props.navigation}
        <div className={classNames.header}>
          <h2 id={titleId} className={classNames.title}>
            {title}
          </h2>
          {props.isDemoData && <DemoDataBadge label={strings.DemoDataMarker} explanation={strings.DemoDataExplanation} theme={theme} />}
          {props.generateHandoverDossier && (
            <HandoverDossierButton generate={props.generateHandoverDossier} partnershipId={props.partnershipId} disabled={state.status !== 'loaded'} theme={theme} />
          )}
        </div>
        {props.shareLink && (
          <p className={classNames.shareLink}>
            {strings.ShareLinkLabel}: <a href={props.shareLink}>{props.shareLink}</a>
          </p>
        )}
        {body}
      </article>
    </ThemeProvider>
  );
}

/** "Overdrachtsdossier" (issue 8): the raad's (public) or the ambtelijke version of this partnership's dossier. */
function HandoverDossierButton(props: {
  readonly generate: NonNullable<IPartnershipDashboardProps['generateHandoverDossier']>;
  readonly partnershipId: number;
  readonly disabled: boolean;
  readonly theme: IPartnershipDashboardProps['theme'];
}): JSX.Element {
  const { generate, partnershipId } = props;
  return (
    <GenerateDocumentButton
      text={strings.HandoverDossierButton}
      choices={[
        { key: 'raad', text: strings.HandoverDossierForCouncil, generate: () => generate({ partnershipId, audience: 'raad' }) },
        { key: 'ambtelijk', text: strings.HandoverDossierForOfficials, generate: () => generate({ partnershipId, audience: 'ambtelijk' }) },
      ]}
      busyText={strings.HandoverDossierBusy}
      failedText={strings.HandoverDossierFailed}
      dismissLabel={strings.HandoverDossierDismiss}
      disabled={props.disabled}
      theme={props.theme}
    />
  );
}

function errorMessage(kind: DataErrorKind): string {
  switch (kind) {
    case 'accessDenied':
      return strings.ErrorAccessDenied;
    case 'notFound':
      return strings.ErrorNotFound;
    case 'throttled':
      return strings.ErrorThrottled;
    case 'listViewThreshold':
      return strings.ErrorListViewThreshold;
    case 'generic':
      return strings.ErrorGeneric;
  }
}
