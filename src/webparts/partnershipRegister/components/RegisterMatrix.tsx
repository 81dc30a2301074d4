import * as React from 'react';
import { format, ITheme, Link, mergeStyleSets } from '@fluentui/react';
import * as strings from 'PartnershipRegisterWebPartStrings';
import type { PartnershipMatrix } from '../../../domain/register';
import { TASK_LAYER_CHOICES } from '../../../schema';
import { choiceLabel } from '../../../components/choices';

export interface IRegisterMatrixProps {
  readonly matrix: PartnershipMatrix;
  readonly theme: ITheme;
  readonly onOpen: (partnershipId: number) => void;
}

/**
 * Seed 001: which partnerships each municipality shares with Hof van Twente, per task layer. A real
 * table with row and column headers, so screen readers name the municipality and the layer of a cell.
 */
export function RegisterMatrix(props: IRegisterMatrixProps): JSX.Element {
  const classNames = getClassNames(props.theme);
  const { matrix } = props;
  return (
    <div className={classNames.scroller} tabIndex={0} role="region" aria-label={strings.MatrixCaption}>
      <table className={classNames.table} data-testid="register-matrix">
        <caption className={classNames.caption}>{strings.MatrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{strings.MatrixMunicipalityHeader}</th>
            {matrix.taskLayers.map((layer) => (
              <th scope="col" key={layer}>
                {choiceLabel(TASK_LAYER_CHOICES, layer)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.municipalityId}>
              <th scope="row">{row.municipalityName}</th>
              {matrix.taskLayers.map((layer) => (
                <td key={layer}>
                  {row.cells[layer].length === 0 ? (
                    <span aria-hidden="true">{strings.MatrixEmptyCell}</span>
                  ) : (
                    <ul className={classNames.list}>
                      {row.cells[layer].map((partnership) => (
                        <li key={partnership.id}>
                          <Link onClick={() => props.onOpen(partnership.id)} aria-label={format(strings.OpenPartnership, partnership.name)}>
                            {partnership.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {matrix.unplaced.length > 0 && (
        <p className={classNames.note}>{format(strings.MatrixNoParticipants, matrix.unplaced.map((partnership) => partnership.name).join(', '))}</p>
      )}
    </div>
  );
}

function getClassNames(theme: ITheme): { scroller: string; table: string; caption: string; list: string; note: string } {
  return mergeStyleSets({
    scroller: { overflowX: 'auto', selectors: { ':focus-visible': { outline: `2px solid ${theme.semanticColors.focusBorder}` } } },
    table: {
      borderCollapse: 'collapse',
      width: '100%',
      minWidth: 720,
      color: theme.semanticColors.bodyText,
      selectors: {
        'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', border: `1px solid ${theme.semanticColors.bodyDivider}` },
        'thead th': { backgroundColor: theme.semanticColors.bodyStandoutBackground, fontWeight: 600 },
        'tbody th': { fontWeight: 600, whiteSpace: 'nowrap' },
      },
    },
    caption: { ...theme.fonts.mediumPlus, textAlign: 'left', padding: '8px 0', fontWeight: 600 },
    list: { margin: 0, paddingLeft: 16 },
    note: { ...theme.fonts.small, color: theme.semanticColors.bodySubtext },
  });
}
