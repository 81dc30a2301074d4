import type { Meeting } from '../models';

/**
 * What Outlook needs for a meeting to match its item:
 * - `create`: a planned meeting without an event gets one (an invite to every member);
 * - `update`: a planned meeting whose last change did not reach Outlook sends it again;
 * - `cancel`: a cancelled meeting with an event whose cancellation did not go out;
 * - `none`: Outlook already agrees, or there is nothing to send (a held meeting, a cancelled one never sent).
 */
export type SendAction = 'create' | 'update' | 'cancel' | 'none';

export function sendActionFor(meeting: Pick<Meeting, 'status' | 'outlookEventId' | 'sendState'>): SendAction {
  const hasEvent = meeting.outlookEventId !== undefined && meeting.outlookEventId !== '';
  switch (meeting.status) {
    case 'gepland':
      if (!hasEvent) return 'create';
      return meeting.sendState === 'verzonden' ? 'none' : 'update';
    case 'geannuleerd':
      return hasEvent && meeting.sendState !== 'verzonden' ? 'cancel' : 'none';
    case 'gehouden':
      return 'none';
  }
}

/** The send intent a meeting's next create uses: 1 for a meeting never sent. */
export function currentSendIntent(meeting: Pick<Meeting, 'sendIntent'>): number {
  return meeting.sendIntent !== undefined && meeting.sendIntent > 0 ? meeting.sendIntent : 1;
}

/** The fields a meeting gets after Outlook accepted the action. */
export function afterSuccessfulSend(eventId: string | undefined): Pick<Meeting, 'sendState' | 'sendFailureReason'> & { readonly outlookEventId?: string } {
  return { sendState: 'verzonden', sendFailureReason: '', ...(eventId === undefined ? {} : { outlookEventId: eventId }) };
}

/** The fields a meeting gets when the send failed: marked, with the reason, and nothing else changed. */
export function afterFailedSend(reason: string): Pick<Meeting, 'sendState' | 'sendFailureReason'> {
  return { sendState: 'mislukt', sendFailureReason: reason };
}
