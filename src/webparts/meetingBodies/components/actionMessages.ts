import * as strings from 'MeetingBodiesWebPartStrings';
import { classifyDataError } from '../../../components/dataLoading';
import { ConcurrencyConflictError } from '../../../data/ports';
import { MeetingInputError, type SendOutcome } from '../../../data/scheduling';

export interface ActionMessage {
  readonly kind: 'success' | 'warning' | 'error';
  readonly text: string;
}

/** What the user reads after a send: sent, nothing to send, or not sent with the reason. */
export function outcomeMessage(outcome: SendOutcome): ActionMessage {
  if (outcome.sent) {
    const text = outcome.action === 'cancel' ? strings.CancellationSent : outcome.action === 'update' ? strings.UpdateSent : strings.InviteSent;
    return { kind: 'success', text: text.replace('{0}', outcome.meeting.title) };
  }
  if (outcome.failureReason !== undefined) {
    return { kind: 'error', text: strings.NotSent.replace('{0}', outcome.meeting.title).replace('{1}', outcome.failureReason) };
  }
  return { kind: 'success', text: strings.NothingToSend.replace('{0}', outcome.meeting.title) };
}

/** A refused action in plain Dutch: bad input, a concurrent change, or a data error. */
export function errorMessage(error: unknown): ActionMessage {
  if (error instanceof MeetingInputError) {
    return { kind: 'error', text: Object.values(error.errors).join(' ') };
  }
  if (error instanceof ConcurrencyConflictError) {
    return { kind: 'warning', text: strings.MeetingConflict };
  }
  switch (classifyDataError(error)) {
    case 'accessDenied':
      return { kind: 'error', text: strings.ErrorAccessDenied };
    case 'throttled':
      return { kind: 'error', text: strings.ErrorThrottled };
    case 'notFound':
      return { kind: 'error', text: strings.ErrorNotFound };
    default:
      return { kind: 'error', text: `${strings.ErrorGeneric} ${error instanceof Error ? error.message : ''}`.trim() };
  }
}
