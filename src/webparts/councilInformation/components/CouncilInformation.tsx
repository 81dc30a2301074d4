import * as React from 'react';
import { format, getId, getTheme, Spinner, SpinnerSize, ThemeProvider } from '@fluentui/react';
import * as strings from 'CouncilInformationWebPartStrings';
import { classifyDataError, DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import { DemoDataBadge } from '../../../components/demoData';
import { buildCouncilOverview, type CouncilOverview } from '../../../domain/council';
import { calendarDateOfInstant } from '../../../domain/time';
import { BbvParagraphSection } from './BbvParagraphSection';
import { getCouncilInformationClassNames } from './CouncilInformation.styles';
import { offerDownload } from '../../../components/download';
import { CouncilMomentList } from './CouncilMomentList';
import { CouncilPartnershipCard } from './CouncilPartnershipCard';
import type { DownloadableFile, ICouncilInformationProps } from './ICouncilInformationProps';

function browserDownload(file: DownloadableFile): void {
  offerDownload(new Blob([file.content], { type: file.mimeType }), file.name);
}

function errorText(error: unknown): string {
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

/**
 * "Raadsinformatie": the council's page, read from the public projection on the intranet only. What the raad
 * can do and by when comes first, then what it receives, then per partnership its public bodies, meetings and
 * documents; at the end the BBV paragraph. Confidential items are not hidden here: they are not in the
 * projection, and SharePoint refuses them to council members on the register site.
 */
export function CouncilInformation(props: ICouncilInformationProps): JSX.Element {
  const theme = props.theme ?? getTheme();
  const classNames = getCouncilInformationClassNames(theme);
  const [today] = React.useState(() => props.today ?? calendarDateOfInstant(new Date()));
  const [ids] = React.useState(() => ({ title: getId('council-title'), actions: getId('council-actions'), information: getId('council-information'), partnerships: getId('council-partnerships') }));
  const { publicRepositories } = props;
  const { state, reload } = useAsyncResource(async (): Promise<CouncilOverview> => {
    const [partnerships, meetingBodies, meetings, documents, processMoments] = await Promise.all([
      publicRepositories.partnerships.list(),
      publicRepositories.meetingBodies.list(),
      publicRepositories.meetings.list(),
      publicRepositories.documents.list(),
      publicRepositories.processMoments.list(),
    ]);
    return buildCouncilOverview({ partnerships, meetingBodies, meetings, documents, processMoments }, { today });
  }, [publicRepositories, today]);

  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  } else if (state.status === 'failed') {
    body = <DataErrorMessage message={errorText(state.error)} retryLabel={strings.RetryLabel} onRetry={reload} />;
  } else {
    const overview = state.value;
    const important = overview.partnerships.filter((section) => section.importantForCouncil);
    const others = overview.partnerships.filter((section) => !section.importantForCouncil);
    body = (
      <>
        <section className={classNames.section} aria-labelledby={ids.actions}>
          <h3 id={ids.actions} className={classNames.sectionHeading}>
            {strings.ActionsHeading}
          </h3>
          <p className={classNames.sectionIntro}>{strings.ActionsIntro}</p>
          <CouncilMomentList actions={overview.actions} variant="influence" emptyText={strings.ActionsEmpty} theme={theme} />
        </section>
        <section className={classNames.section} aria-labelledby={ids.information}>
          <h3 id={ids.information} className={classNames.sectionHeading}>
            {strings.InformationHeading}
          </h3>
          <p className={classNames.sectionIntro}>{strings.InformationIntro}</p>
          <CouncilMomentList actions={overview.information} variant="information" emptyText={strings.InformationEmpty} theme={theme} />
        </section>
        <section className={classNames.section} aria-labelledby={ids.partnerships}>
          <h3 id={ids.partnerships} className={classNames.sectionHeading}>
            {strings.PartnershipsHeading}
          </h3>
          <p className={classNames.sectionIntro}>{strings.PartnershipsIntro}</p>
          <div className={classNames.list}>
            {important.map((section) => (
              <CouncilPartnershipCard key={section.partnership.sourceId} section={section} theme={theme} headingLevel={4} />
            ))}
          </div>
          {others.length > 0 && (
            <details className={classNames.details}>
              <summary className={classNames.summary}>{format(strings.OtherPartnerships, String(others.length))}</summary>
              <div className={classNames.list}>
                {others.map((section) => (
                  <CouncilPartnershipCard key={section.partnership.sourceId} section={section} theme={theme} headingLevel={4} />
                ))}
              </div>
            </details>
          )}
        </section>
      </>
    );
  }

  return (
    <ThemeProvider theme={theme}>
      <div className={classNames.root} aria-labelledby={ids.title} role="region">
        <h2 id={ids.title} className={classNames.title}>
          {strings.Title}
        </h2>
        {props.isDemoData && <DemoDataBadge label={strings.DemoDataMarker} explanation={strings.DemoDataExplanation} theme={theme} />}
        <p className={classNames.intro}>{strings.Intro}</p>
        <p className={classNames.sectionIntro}>{strings.ConfidentialityNote}</p>
        {body}
        {props.bbvRepositories && (
          <BbvParagraphSection repositories={props.bbvRepositories} defaultYear={Number(today.slice(0, 4)) + 1} theme={theme} saveFile={props.saveFile ?? browserDownload} />
        )}
      </div>
    </ThemeProvider>
  );
}
