import * as strings from 'PartnershipControlWebPartStrings';
import { classifyDataError } from '../../../components/dataLoading';
import type { ConcurrencyConflictError } from '../../../data/ports';
import type { RiskLevel } from '../../../domain/riskProfile';
import type { ControlRequirements } from '../../../domain/riskProfile';

/** Fills `{0}`, `{1}`, … in a localised string. */
export function formatText(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/** The plain-words message for a failed load or save, by the kind of failure. */
export function dataErrorMessage(error: unknown): string {
  switch (classifyDataError(error)) {
    case 'accessDenied':
      return strings.ErrorAccessDenied;
    case 'notFound':
      return strings.ErrorNotProvisioned;
    case 'throttled':
      return strings.ErrorThrottled;
    case 'listViewThreshold':
      return strings.ErrorListViewThreshold;
    default:
      return strings.ErrorGeneric;
  }
}

export function isConflict(error: unknown): error is ConcurrencyConflictError<unknown> {
  return typeof error === 'object' && error !== null && (error as { status?: unknown }).status === 412;
}

/**
 * A date as people type it: `2026-11-01` stays, the Dutch `1-11-2026`, `01/11/2026` or `1.11.2026` become
 * `2026-11-01`; anything else is returned trimmed, for validation to explain.
 */
export function normaliseDateInput(text: string): string {
  const trimmed = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  return dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : trimmed;
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
