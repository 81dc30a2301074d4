import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, mergeStyleSets, SelectionMode, Spinner, SpinnerSize, Stack, Text, type IColumn, type ITheme } from '@fluentui/react';
import * as strings from 'SteeringWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import { DataErrorMessage, useAsyncResource } from '../../../components/dataLoading';
import type { Milestone } from '../../../domain/steering';
import { compareCalendarDates, formatDutchShortDate } from '../../../domain/time';
import { MILESTONE_STATUS_CHOICES } from '../../../schema';
import { formatText, loadErrorMessage } from './steeringFormat';
import type { ISteeringViewProps } from './viewProps';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Seed 003: core domains, the dossiers in them, who joins each (coalition of the willing), the trekker and the milestones. */
export function CoalitionsView(props: ISteeringViewProps): JSX.Element {
  const { state, reload } = useAsyncResource(async () => {
    const [domains, dossiers, milestones, municipalities] = await Promise.all([
      props.repositories.coreDomains.list(),
      props.repositories.coalitionDossiers.list(),
      props.repositories.milestones.list({ orderBy: [{ property: 'date' }] }),
      props.repositories.municipalities.list(),
    ]);
    return { domains, dossiers, milestones, municipalities };
  }, [props.repositories]);
  if (state.status === 'loading') return <Spinner size={SpinnerSize.large} label={strings.LoadingLabel} />;
  if (state.status === 'failed') return <DataErrorMessage message={loadErrorMessage(state.error)} retryLabel={strings.RetryLabel} onRetry={reload} />;

  const classNames = getClassNames(props.theme);
  const { domains, dossiers, milestones, municipalities } = state.value;
  const municipalityName = (id: number): string => municipalities.find((municipality) => municipality.id === id)?.name ?? String(id);
  const columns: IColumn[] = [
    { key: 'title', name: strings.ColMilestone, minWidth: 200, isRowHeader: true, isMultiline: true, onRender: (item: Milestone) => item.title },
    { key: 'date', name: strings.ColDate, minWidth: 160, isMultiline: true, onRender: (item: Milestone) => item.dateText || formatDutchShortDate(item.date) },
    { key: 'status', name: strings.ColStatus, minWidth: 90, maxWidth: 110, onRender: (item: Milestone) => choiceLabel(MILESTONE_STATUS_CHOICES, item.status) },
  ];

  return (
    <Stack tokens={{ childrenGap: 16 }}>
      <Text>{strings.CoalitionsIntro}</Text>
      {[...domains]
        .sort((left, right) => collator.compare(left.name, right.name))
        .map((domain) => {
          const inDomain = dossiers.filter((dossier) => dossier.coreDomainId === domain.id).sort((left, right) => collator.compare(left.name, right.name));
          return (
            <section key={domain.id} className={classNames.domain} aria-label={domain.name}>
              <Text as="h3" variant="large" className={classNames.heading}>
                {domain.name}
              </Text>
              {inDomain.length === 0 && <Text as="p" className={classNames.paragraph}>{strings.NoDossiers}</Text>}
              {inDomain.map((dossier) => {
                const own = milestones.filter((milestone) => milestone.dossierId === dossier.id).sort((left, right) => compareCalendarDates(left.date, right.date));
                const participants = dossier.participantIds.map(municipalityName).sort(collator.compare);
                return (
                  <div key={dossier.id} className={classNames.dossier}>
                    <Text as="h4" variant="mediumPlus" className={classNames.heading}>
                      {dossier.name}
                    </Text>
                    {dossier.description && <Text as="p" className={classNames.paragraph}>{dossier.description}</Text>}
                    <Text as="p" className={classNames.paragraph}>
                      <strong>{strings.Trekker}:</strong> {dossier.trekker || strings.NotAssigned}
                      {dossier.trekkerMunicipalityId !== undefined ? ` (${municipalityName(dossier.trekkerMunicipalityId)})` : ''}
                    </Text>
                    <Text as="p" className={classNames.paragraph}>
                      <strong>{formatText(strings.Participants, participants.length)}:</strong> {participants.join(', ') || strings.None}
                    </Text>
                    {own.length === 0 ? (
                      <Text as="p" className={classNames.paragraph}>{strings.NoMilestones}</Text>
                    ) : (
                      <DetailsList
                        items={own}
                        columns={columns}
                        selectionMode={SelectionMode.none}
                        layoutMode={DetailsListLayoutMode.justified}
                        ariaLabelForGrid={formatText(strings.MilestonesOf, dossier.name)}
                        onShouldVirtualize={() => false}
                      />
                    )}
                  </div>
                );
              })}
            </section>
          );
        })}
    </Stack>
  );
}

function getClassNames(theme: ITheme): { domain: string; dossier: string; heading: string; paragraph: string } {
  return mergeStyleSets({
    domain: { borderTop: `1px solid ${theme.semanticColors.bodyDivider}`, paddingTop: 8 },
    dossier: { marginLeft: 12, marginTop: 12, paddingLeft: 12, borderLeft: `3px solid ${theme.palette.themePrimary}` },
    heading: { display: 'block', margin: '4px 0', color: theme.semanticColors.bodyText, fontWeight: 600 },
    paragraph: { display: 'block', margin: '4px 0' },
  });
}
