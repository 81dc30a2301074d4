import * as React from 'react';
import { getTheme, mergeStyleSets, MessageBar, MessageBarType, Spinner, SpinnerSize, Text, ThemeProvider, type ITheme } from '@fluentui/react';
import * as strings from 'CouncilInfluenceWebPartStrings';
import { DataErrorMessage } from '../../../components/dataLoading';
import { DemoDataBadge } from '../../../components/demoData';
import { loadInfluenceCases } from '../../../data/councilInfluence';
import type { Municipality, Partnership, Stored } from '../../../domain/models';
import type { InfluenceCase, ParticipantZienswijze } from '../../../domain/councilInfluence';
import { CaseDetail } from './CaseDetail';
import { CaseList } from './CaseList';
import type { ICouncilInfluenceProps } from './ICouncilInfluenceProps';
import { formatText, loadErrorMessage } from './influenceFormat';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Everything the web part shows, read once and refreshed after each save. */
export interface CouncilInfluenceData {
  readonly partnerships: readonly Stored<Partnership>[];
  readonly municipalities: readonly Stored<Municipality>[];
  readonly cases: readonly Stored<InfluenceCase>[];
  readonly zienswijzenByCase: ReadonlyMap<number, readonly Stored<ParticipantZienswijze>[]>;
  /** The own municipality resolved from `ownMunicipalityName`, when it is in the Gemeenten list. */
  readonly ownMunicipality?: Stored<Municipality>;
}

type LoadState = { readonly status: 'loading' } | { readonly status: 'failed'; readonly error: unknown } | { readonly status: 'loaded'; readonly data: CouncilInfluenceData };

/**
 * "Zienswijzen": the list of zienswijze cases with their step indicators, filtered by partnership and progress,
 * and the detail of one case with its six steps and the councils' zienswijzen side by side. After a save the data
 * is read again without clearing the screen, so the reader keeps their place.
 */
export function CouncilInfluence(props: ICouncilInfluenceProps): JSX.Element {
  const theme = props.theme ?? getTheme();
  const classNames = getClassNames(theme);
  const [state, setState] = React.useState<LoadState>({ status: 'loading' });
  const [selectedCaseId, setSelectedCaseId] = React.useState<number | undefined>(props.initialCaseId);
  const [announcement, setAnnouncement] = React.useState<string | undefined>(undefined);
  const loadCount = React.useRef(0);

  const load = React.useCallback(
    async (showSpinner: boolean): Promise<void> => {
      const attempt = ++loadCount.current;
      if (showSpinner) setState({ status: 'loading' });
      try {
        const [partnerships, municipalities, influence] = await Promise.all([
          props.repositories.partnerships.list(),
          props.repositories.municipalities.list(),
          loadInfluenceCases(props.repositories),
        ]);
        const wanted = props.ownMunicipalityName?.trim().toLocaleLowerCase('nl');
        const ownMunicipality = wanted ? municipalities.find((municipality) => municipality.name.trim().toLocaleLowerCase('nl') === wanted) : undefined;
        if (attempt !== loadCount.current) return;
        setState({
          status: 'loaded',
          data: {
            partnerships: [...partnerships].sort((left, right) => collator.compare(left.name, right.name)),
            municipalities,
            cases: influence.cases,
            zienswijzenByCase: influence.zienswijzenByCase,
            ...(ownMunicipality === undefined ? {} : { ownMunicipality }),
          },
        });
      } catch (error) {
        if (attempt === loadCount.current) setState({ status: 'failed', error });
      }
    },
    [props.repositories, props.ownMunicipalityName],
  );

  React.useEffect(() => {
    load(true).catch(() => undefined);
  }, [load]);

  // The message appears once the screen shows what was saved, so it never announces a state not yet visible.
  const refresh = (message: string): void => {
    setAnnouncement(undefined);
    load(false)
      .then(() => setAnnouncement(message))
      .catch(() => undefined);
  };

  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  } else if (state.status === 'failed') {
    body = <DataErrorMessage message={loadErrorMessage(state.error)} retryLabel={strings.RetryLabel} onRetry={() => load(true)} />;
  } else {
    const { data } = state;
    const selected = selectedCaseId === undefined ? undefined : data.cases.find((item) => item.id === selectedCaseId);
    body =
      selected === undefined ? (
        <CaseList
          data={data}
          repositories={props.repositories}
          today={props.today}
          theme={theme}
          onOpen={(id) => {
            setAnnouncement(undefined);
            setSelectedCaseId(id);
          }}
          onCreated={(saved) => {
            setSelectedCaseId(saved.id);
            refresh(formatText(strings.CaseSaved, saved.subject));
          }}
        />
      ) : (
        <CaseDetail
          influenceCase={selected}
          data={data}
          repositories={props.repositories}
          today={props.today}
          {...(props.ownMunicipalityName === undefined ? {} : { ownMunicipalityName: props.ownMunicipalityName })}
          theme={theme}
          onBack={() => {
            setAnnouncement(undefined);
            setSelectedCaseId(undefined);
          }}
          onSaved={refresh}
        />
      );
  }

  const ownUnknown = state.status === 'loaded' && props.ownMunicipalityName?.trim() && state.data.ownMunicipality === undefined;
  return (
    <ThemeProvider theme={theme} className={classNames.root}>
      <Text as="h2" variant="xLarge" className={classNames.title}>
        {strings.Title}
      </Text>
      {props.isDemoData && <DemoDataBadge label={strings.DemoDataMarker} explanation={strings.DemoDataExplanation} theme={theme} />}
      <Text>{strings.Intro}</Text>
      {ownUnknown && <MessageBar messageBarType={MessageBarType.warning}>{formatText(strings.OwnMunicipalityUnknown, props.ownMunicipalityName ?? '')}</MessageBar>}
      <div role="status" aria-live="polite">
        {announcement !== undefined && (
          <MessageBar messageBarType={MessageBarType.success} onDismiss={() => setAnnouncement(undefined)} dismissButtonAriaLabel={strings.Close}>
            {announcement}
          </MessageBar>
        )}
      </div>
      {body}
    </ThemeProvider>
  );
}

function getClassNames(theme: ITheme): { root: string; title: string } {
  return mergeStyleSets({
    root: { color: theme.semanticColors.bodyText, backgroundColor: theme.semanticColors.bodyBackground, display: 'flex', flexDirection: 'column', gap: 12 },
    title: { margin: 0, color: theme.semanticColors.bodyText },
  });
}
