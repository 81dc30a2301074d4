import * as strings from 'MeetingBodiesWebPartStrings';
import type { ComplianceState } from '../../../domain/meetings/types';

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
