import * as React from 'react';
import * as strings from 'DashboardStrings';
import type { FinancialFigures, Stored } from '../../domain/models';
import { FINANCIAL_FIGURE_KIND_CHOICES } from '../../schema';
import { choiceLabel } from '../choices';
import type { IDashboardClassNames } from './dashboard.styles';
import { DashboardSection } from './DashboardSection';
import { formatEuros } from './format';

export interface IFinancesSectionProps {
  readonly figures: readonly Stored<FinancialFigures>[];
  readonly classNames: IDashboardClassNames;
}

/** BBV art. 15: contribution, equity and debt at the start and end of the year, and the result, per year. */
export function FinancesSection({ figures, classNames }: IFinancesSectionProps): JSX.Element {
  const rows = [...figures].sort((left, right) => right.year - left.year || left.kind.localeCompare(right.kind));
  const amounts: readonly [string, keyof FinancialFigures][] = [
    [strings.ColumnContribution, 'contribution'],
    [strings.ColumnEquityStart, 'equityStart'],
    [strings.ColumnEquityEnd, 'equityEnd'],
    [strings.ColumnDebtStart, 'debtStart'],
    [strings.ColumnDebtEnd, 'debtEnd'],
    [strings.ColumnResult, 'result'],
  ];
  return (
    <DashboardSection name="finances" title={strings.SectionFinances} classNames={classNames} wide={true}>
      {rows.length === 0 ? (
        <p className={classNames.muted}>{strings.FinancesEmpty}</p>
      ) : (
        <table className={classNames.table}>
          <thead>
            <tr>
              <th scope="col">{strings.ColumnYear}</th>
              <th scope="col">{strings.ColumnKind}</th>
              {amounts.map(([label]) => (
                <th scope="col" key={label} className={classNames.number}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.year}</th>
                <td>{choiceLabel(FINANCIAL_FIGURE_KIND_CHOICES, row.kind)}</td>
                {amounts.map(([label, property]) => (
                  <td key={label} className={classNames.number}>
                    {formatEuros(row[property] as number | undefined)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </DashboardSection>
  );
}
