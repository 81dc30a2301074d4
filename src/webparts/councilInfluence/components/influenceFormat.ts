import * as strings from 'CouncilInfluenceWebPartStrings';
import { dataErrorMessage, normaliseDateInput } from '../../../components/forms/formFormat';
import type { CaseProgress, StepState } from '../../../domain/councilInfluence';

export { formatText, normaliseDateInput } from '../../../components/forms/formFormat';

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
  return dataErrorMessage(error, strings);
}
