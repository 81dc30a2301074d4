import * as React from 'react';
import { mergeStyleSets, Text, type ITheme } from '@fluentui/react';
import * as strings from 'PartnershipControlWebPartStrings';
import { choiceLabel } from '../../../components/choices';
import type { WgrProvisionCheck } from '../../../domain/councilInfluence/models';
import type { Partnership, Stored } from '../../../domain/models';
import { isWgrRegeling, summarizeChecklist, WGR_PROVISION_DEFINITIONS, wgrChecklist } from '../../../domain/wgr2022';
import { PROVISION_CHECK_RESULT_CHOICES } from '../../../schema';
import { formatText } from './controlFormat';

export interface IWgrOverviewTabProps {
  /** The partnerships that are not ended; only the GRs among them are shown. */
  readonly partnerships: readonly Stored<Partnership>[];
  readonly checks: readonly Stored<WgrProvisionCheck>[];
  readonly theme: ITheme;
}

/** The Wgr 2022 check across all GRs: a table of GR × provision, with each GR's summary. */
export function WgrOverviewTab(props: IWgrOverviewTabProps): JSX.Element {
  const classNames = getClassNames(props.theme);
  const regelingen = props.partnerships.filter((partnership) => isWgrRegeling(partnership.legalForm));
  if (regelingen.length === 0) {
    return <Text as="p">{strings.OverviewEmpty}</Text>;
  }
  const rows = regelingen.map((partnership) => {
    const lines = wgrChecklist(props.checks, partnership.id);
    return { partnership, lines, summary: summarizeChecklist(lines) };
  });
  const complete = rows.filter((row) => row.summary.complete).length;
  return (
    <section aria-labelledby="wgr-overview-heading">
      <Text as="h3" variant="large" id="wgr-overview-heading" className={classNames.heading}>
        {strings.OverviewHeading}
      </Text>
      <Text as="p" className={classNames.paragraph}>
        {formatText(strings.OverviewIntro, complete, rows.length)}
      </Text>
      <div className={classNames.scroller} role="region" aria-labelledby="wgr-overview-caption" tabIndex={0}>
        <table className={classNames.table}>
          <caption id="wgr-overview-caption" className={classNames.caption}>
            {strings.OverviewCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">{strings.ColRegeling}</th>
              {WGR_PROVISION_DEFINITIONS.map((definition) => (
                <th scope="col" key={definition.provision}>
                  {definition.title}
                  <span className={classNames.article}>{definition.article}</span>
                </th>
              ))}
              <th scope="col">{strings.ColSummary}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.partnership.id}>
                <th scope="row">{row.partnership.name}</th>
                {row.lines.map((line) => (
                  <td key={line.definition.provision} className={line.result === 'ontbreekt' || line.result === 'deels-geregeld' ? classNames.gap : undefined}>
                    {choiceLabel(PROVISION_CHECK_RESULT_CHOICES, line.result)}
                    {line.check?.regulationArticle ? <span className={classNames.article}>{line.check.regulationArticle}</span> : null}
                  </td>
                ))}
                <td>{row.summary.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function getClassNames(theme: ITheme): Record<'heading' | 'paragraph' | 'scroller' | 'table' | 'caption' | 'article' | 'gap', string> {
  const border = `1px solid ${theme.semanticColors.bodyDivider}`;
  return mergeStyleSets({
    heading: { margin: '0 0 8px 0', color: theme.semanticColors.bodyText },
    paragraph: { margin: '0 0 8px 0', display: 'block' },
    scroller: { overflowX: 'auto', selectors: { ':focus-visible': { outline: `2px solid ${theme.palette.themePrimary}` } } },
    table: {
      borderCollapse: 'collapse',
      minWidth: '100%',
      selectors: {
        'th, td': { border, padding: '4px 8px', textAlign: 'left', verticalAlign: 'top' },
        'thead th': { backgroundColor: theme.palette.neutralLighter, color: theme.semanticColors.bodyText },
      },
    },
    caption: { textAlign: 'left', fontWeight: 600, padding: '4px 0' },
    article: { display: 'block', fontWeight: 400, color: theme.semanticColors.bodySubtext },
    // Gaps are marked by weight as well as colour, so the difference does not rest on colour alone.
    gap: { fontWeight: 600, color: theme.semanticColors.errorText },
  });
}
