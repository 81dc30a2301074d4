import * as React from 'react';
import { hiddenContentStyle, ITheme, mergeStyles, Spinner, SpinnerSize, TooltipHost } from '@fluentui/react';
import * as strings from 'PartnershipRegisterWebPartStrings';
import { ComplianceStateBadge } from '../../../components/meetings/ComplianceStateBadge';
import type { ComplianceState } from '../../../domain/meetings/types';
import type { RegisterComplianceState } from './useRegisterCompliance';

const hidden = mergeStyles(hiddenContentStyle);

export function complianceStateLabel(state: ComplianceState): string {
  switch (state) {
    case 'met':
      return strings.ComplianceMet;
    case 'at-risk':
      return strings.ComplianceAtRisk;
    case 'violated':
      return strings.ComplianceViolated;
    case 'unchecked':
      return strings.ComplianceUnchecked;
  }
}

export interface IRegisterComplianceCellProps {
  readonly partnershipId: number;
  readonly compliance: RegisterComplianceState;
  readonly theme: ITheme;
}

/**
 * The worst meeting-frequency state of a partnership's bodies as a badge; the Dutch reason of the worst
 * body shows as a tooltip (hover or keyboard focus) and is in the cell's text for screen readers.
 */
export function RegisterComplianceCell(props: IRegisterComplianceCellProps): JSX.Element {
  const { compliance } = props;
  switch (compliance.status) {
    case 'unavailable':
      return <></>;
    case 'loading':
      return <Spinner size={SpinnerSize.xSmall} label={strings.ComplianceLoading} labelPosition="right" />;
    case 'failed':
      return <span>{strings.ComplianceFailed}</span>;
    case 'loaded': {
      const entry = compliance.byPartnership.get(props.partnershipId);
      if (!entry) return <span>{strings.ComplianceNoBodies}</span>;
      return (
        <TooltipHost content={entry.reason}>
          {/* Focusable so keyboard users see the tooltip too. */}
          <span tabIndex={0} data-compliance-reason={entry.reason}>
            <ComplianceStateBadge state={entry.state} label={complianceStateLabel(entry.state)} theme={props.theme} />
            <span className={hidden}>{` ${entry.reason}`}</span>
          </span>
        </TooltipHost>
      );
    }
  }
}

