import * as strings from 'PartnershipControlWebPartStrings';
import { dataErrorMessage as dataErrorMessageIn, formatText } from '../../../components/forms/formFormat';
import type { RiskLevel } from '../../../domain/riskProfile';
import type { ControlRequirements } from '../../../domain/riskProfile';

export { formatText, isConflict, normaliseDateInput } from '../../../components/forms/formFormat';

/** The plain-words message for a failed load or save, by the kind of failure. */
export function dataErrorMessage(error: unknown): string {
  return dataErrorMessageIn(error, strings);
}

export function levelLabel(level: RiskLevel): string {
  return level === 'hoog' ? strings.LevelHigh : level === 'midden' ? strings.LevelMedium : strings.LevelLow;
}

/** "elke 3 maanden", "elk jaar": the refresh interval in words. */
export function refreshIntervalText(months: number): string {
  return months === 12 ? strings.RefreshYearly : formatText(strings.RefreshEveryMonths, months);
}

/** The requirements as three short lines, for the live result and the "geldende sturing". */
export function requirementLines(requirements: ControlRequirements): readonly { readonly label: string; readonly value: string }[] {
  return [
    { label: strings.IntensityRefresh, value: refreshIntervalText(requirements.refreshIntervalMonths) },
    {
      label: strings.IntensityPreparatory,
      value: requirements.preparatoryMeetingsPerYear === 0 ? strings.PreparatoryNoMinimum : formatText(strings.PreparatoryPerYear, requirements.preparatoryMeetingsPerYear),
    },
    { label: strings.IntensityCouncil, value: requirements.councilInformation },
  ];
}
