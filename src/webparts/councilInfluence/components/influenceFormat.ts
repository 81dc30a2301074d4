import * as strings from 'CouncilInfluenceWebPartStrings';
import { classifyDataError } from '../../../components/dataLoading';
import type { CaseProgress, StepState } from '../../../domain/councilInfluence';

/** Fills `{0}`, `{1}`, … in a localised string. */
export function formatText(template: string, ...values: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (match, index: string) => {
    const value = values[Number(index)];
    return value === undefined ? match : String(value);
  });
}

/**
 * A date as people type it: `2026-11-01` stays, the Dutch `1-11-2026`, `01/11/2026` or `1.11.2026` become
 * `2026-11-01`; anything else is returned trimmed, for validation to explain. Empty stays empty.
 */
export function normaliseDateInput(text: string): string {
  const trimmed = text.trim();
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
  return dutch ? `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}` : trimmed;
}

/** A typed date as the domain wants it: absent when empty. */
export function optionalDateInput(text: string): string | undefined {
  const normalised = normaliseDateInput(text);
  return normalised === '' ? undefined : normalised;
}

export function stepStateLabel(state: StepState): string {
  switch (state) {
    case 'gedaan':
      return strings.StepStateDone;
    case 'te-laat':
      return strings.StepStateOverdue;
    case 'aan-de-beurt':
      return strings.StepStateDue;
    default:
      return strings.StepStateNotYet;
  }
}

export function caseProgressLabel(progress: CaseProgress): string {
  switch (progress) {
    case 'afgerond':
      return strings.CaseProgressDone;
    case 'te-laat':
      return strings.CaseProgressOverdue;
    default:
      return strings.CaseProgressOpen;
  }
}

/** The plain-words message for a failed load, by the kind of failure. */
export function loadErrorMessage(error: unknown): string {
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
