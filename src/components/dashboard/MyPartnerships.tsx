import * as React from 'react';
import { getTheme, ITheme, Link, Spinner, SpinnerSize, ThemeProvider } from '@fluentui/react';
import * as strings from 'DashboardStrings';
import type { Directory, Repository } from '../../data/ports';
import type { Partnership, Stored } from '../../domain/models';
import { refreshDue } from '../../domain/partnerships';
import type { RiskProfile } from '../../domain/riskProfile/models';
import { currentRiskProfile } from '../../domain/riskProfile/intensity';
import { formatDutchDate } from '../../domain/time';
import type { CalendarDate } from '../../domain/models';
import { LEGAL_FORM_CHOICES } from '../../schema';
import { choiceLabel } from '../choices';
import { classifyDataError, DataErrorMessage, useAsyncResource } from '../dataLoading';
import { DemoDataBadge } from '../demoData';
import { getDashboardClassNames } from './dashboard.styles';
import { fill } from './format';

export interface IMyPartnershipsProps {
  readonly partnerships: Repository<Partnership>;
  /** Issue 8: a partnership's newest risk profile sets its refresh interval; without it seed 004's rule applies. */
  readonly riskProfiles?: Repository<RiskProfile>;
  readonly directory: Pick<Directory, 'currentUser'>;
  /** Opens a partnership's dashboard. */
  readonly onOpen: (partnershipId: number) => void;
  readonly today: CalendarDate;
  readonly theme?: ITheme;
  readonly isDemoData?: boolean;
}

interface MyPartnershipsData {
  readonly userName: string;
  readonly partnerships: readonly Stored<Partnership>[];
  readonly riskProfiles: readonly Stored<RiskProfile>[];
}

const dutchCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The Teams personal app: the partnerships of which the signed-in user is the accounthouder, filtered in
 * SharePoint on the indexed AccountHolder column (`AccountHolder/Id eq <current user>`).
 */
export function MyPartnerships(props: IMyPartnershipsProps): JSX.Element {
  const theme = props.theme ?? getTheme();
  const classNames = getDashboardClassNames(theme);
  const { state, reload } = useAsyncResource(async (): Promise<MyPartnershipsData> => {
    const me = await props.directory.currentUser();
    const [mine, riskProfiles] = await Promise.all([
      me.userId === undefined ? [] : props.partnerships.list({ where: { property: 'accountHolder', op: 'eq', value: me.userId } }),
      // One assessment per item, a few per partnership: small enough to read whole, next to the partnerships.
      props.riskProfiles?.list() ?? [],
    ]);
    return { userName: me.displayName, partnerships: [...mine].sort((a, b) => dutchCollator.compare(a.name, b.name)), riskProfiles };
  }, [props.partnerships, props.riskProfiles, props.directory]);

  let body: JSX.Element;
  if (state.status === 'loading') {
    body = <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  } else if (state.status === 'failed') {
    body = <DataErrorMessage message={classifyDataError(state.error) === 'accessDenied' ? strings.ErrorAccessDenied : strings.ErrorGeneric} retryLabel={strings.RetryButton} onRetry={reload} />;
  } else if (state.value.partnerships.length === 0) {
    body = <p className={classNames.muted}>{strings.MyPartnershipsEmpty}</p>;
  } else {
    body = (
      <>
        <p className={classNames.subtitle}>{fill(strings.MyPartnershipsIntro, state.value.userName)}</p>
        <ul className={classNames.list} aria-label={strings.MyPartnershipsTitle}>
          {state.value.partnerships.map((partnership) => {
            const due = refreshDue(partnership, props.today, currentRiskProfile(state.value.riskProfiles, partnership.id));
            return (
              <li key={partnership.id} className={classNames.listItem} data-partnership={partnership.name}>
                <Link onClick={() => props.onOpen(partnership.id)}>{partnership.name}</Link>
                <div className={classNames.muted}>
                  {choiceLabel(LEGAL_FORM_CHOICES, partnership.legalForm)}
                  {partnership.lastRefreshed && ` · ${strings.FactLastRefreshed}: ${formatDutchDate(partnership.lastRefreshed)}`}
                  {due.overdue && ` · ${strings.RefreshOverdue}`}
                </div>
              </li>
            );
          })}
        </ul>
      </>
    );
  }
  return (
    <ThemeProvider theme={theme} className={classNames.root}>
      <section aria-labelledby="my-partnerships-title">
        <div className={classNames.header}>
          <h2 id="my-partnerships-title" className={classNames.title}>
            {strings.MyPartnershipsTitle}
          </h2>
          {props.isDemoData && <DemoDataBadge label={strings.DemoDataMarker} explanation={strings.DemoDataExplanation} theme={theme} />}
        </div>
        {body}
      </section>
    </ThemeProvider>
  );
}
