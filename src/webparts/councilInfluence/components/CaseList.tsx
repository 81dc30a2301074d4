import * as React from 'react';
import { Dropdown, FontIcon, Link, mergeStyleSets, PrimaryButton, Stack, Text, type IDropdownOption, type ITheme } from '@fluentui/react';
import * as strings from 'CouncilInfluenceWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { Repositories } from '../../../data/ports';
import { influenceCaseSteps, sortInfluenceCases, type CaseProgress, type InfluenceCase } from '../../../domain/councilInfluence';
import type { CalendarDate, Stored } from '../../../domain/models';
import { formatDutchShortDate } from '../../../domain/time';
import { INFLUENCE_CASE_KIND_CHOICES } from '../../../schema';
import { CasePanel } from './CasePanel';
import type { CouncilInfluenceData } from './CouncilInfluence';
import { caseProgressLabel, formatText } from './influenceFormat';
import { StepIndicator } from './StepIndicator';

type ProgressFilter = 'all' | CaseProgress;

export interface ICaseListProps {
  readonly data: CouncilInfluenceData;
  readonly repositories: Repositories;
  readonly today: CalendarDate;
  readonly theme: ITheme;
  readonly onOpen: (caseId: number) => void;
  readonly onCreated: (saved: Stored<InfluenceCase>) => void;
}

/** The cases, overdue first, each with its step indicator; filters for partnership and progress; "Nieuw zienswijzetraject". */
export function CaseList(props: ICaseListProps): JSX.Element {
  const [partnershipKey, setPartnershipKey] = React.useState('');
  const [progressFilter, setProgressFilter] = React.useState<ProgressFilter>('all');
  const [creating, setCreating] = React.useState(false);
  const classNames = getClassNames(props.theme);

  const partnershipName = (id: number): string => props.data.partnerships.find((partnership) => partnership.id === id)?.name ?? String(id);
  const withOverview = sortInfluenceCases(props.data.cases, props.today)
    .filter((item) => partnershipKey === '' || String(item.partnershipId) === partnershipKey)
    .map((item) => ({ item, overview: influenceCaseSteps(item, props.today) }));
  const shown = withOverview.filter(({ overview }) => progressFilter === 'all' || overview.progress === progressFilter);
  const overdue = shown.filter(({ overview }) => overview.progress === 'te-laat').length;

  const partnershipOptions: IDropdownOption[] = [
    { key: '', text: strings.AllPartnerships },
    ...props.data.partnerships.filter((partnership) => props.data.cases.some((item) => item.partnershipId === partnership.id)).map((partnership) => ({ key: String(partnership.id), text: partnership.name })),
  ];
  const progressOptions: IDropdownOption[] = [
    { key: 'all', text: strings.StatusAll },
    { key: 'open', text: strings.StatusOpen },
    { key: 'te-laat', text: strings.StatusOverdue },
    { key: 'afgerond', text: strings.StatusDone },
  ];

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <Stack horizontal wrap verticalAlign="end" tokens={{ childrenGap: 16 }}>
        <Dropdown
          label={strings.FilterPartnership}
          selectedKey={partnershipKey}
          options={partnershipOptions}
          onChange={(_event, option) => option && setPartnershipKey(String(option.key))}
          styles={{ root: { minWidth: 260 } }}
        />
        <Dropdown
          label={strings.FilterStatus}
          selectedKey={progressFilter}
          options={progressOptions}
          onChange={(_event, option) => option && setProgressFilter(option.key as ProgressFilter)}
          styles={{ root: { minWidth: 200 } }}
        />
        <PrimaryButton iconProps={{ iconName: 'Add' }} text={strings.NewCase} onClick={() => setCreating(true)} />
      </Stack>
      <Text role="status">{formatText(strings.CaseCount, shown.length, overdue)}</Text>
      {shown.length === 0 ? (
        <Text>{strings.NoCases}</Text>
      ) : (
        <ul className={classNames.list} aria-label={strings.CasesListLabel}>
          {shown.map(({ item, overview }) => (
            <li key={item.id} className={classNames.card} data-testid="influence-case">
              <Text as="h3" variant="large" className={classNames.heading}>
                <Link onClick={() => props.onOpen(item.id)} aria-label={formatText(strings.OpenCase, item.subject)}>
                  {item.subject}
                </Link>
              </Text>
              <Text as="p" block className={classNames.meta}>
                {partnershipName(item.partnershipId)} · {choiceLabel(INFLUENCE_CASE_KIND_CHOICES, item.kind)} · {formatText(strings.ReceivedOn, formatDutchShortDate(item.receivedDate))} ·{' '}
                <span className={overview.progress === 'te-laat' ? classNames.overdue : undefined}>
                  {overview.progress === 'te-laat' && <FontIcon iconName="Warning" aria-hidden={true} />} {caseProgressLabel(overview.progress)}
                </span>
              </Text>
              {overview.nextStep !== undefined && <Text as="p" block className={classNames.meta}>{overview.nextStep.sentence}</Text>}
              <StepIndicator steps={overview.steps} label={formatText(strings.ProgressLabel, item.subject)} theme={props.theme} />
            </li>
          ))}
        </ul>
      )}
      {creating && (
        <CasePanel
          partnerships={props.data.partnerships}
          repositories={props.repositories}
          today={props.today}
          onDismiss={() => setCreating(false)}
          onSaved={(saved) => {
            setCreating(false);
            props.onCreated(saved);
          }}
        />
      )}
    </Stack>
  );
}

function getClassNames(theme: ITheme): { list: string; card: string; heading: string; meta: string; overdue: string } {
  return mergeStyleSets({
    list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 12 },
    card: { border: `1px solid ${theme.semanticColors.bodyDivider}`, borderRadius: 4, padding: 12, display: 'flex', flexDirection: 'column', gap: 6 },
    heading: { margin: 0 },
    meta: { margin: 0, color: theme.semanticColors.bodyText },
    overdue: { color: theme.semanticColors.errorText, fontWeight: 600 },
  });
}
