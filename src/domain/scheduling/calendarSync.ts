import type { Meeting, ZonedDateTime } from '../models';
import { compareZonedDateTimes, toInstant } from '../time/zonedDateTime';

/** An Outlook event as the sync reads it back. */
export interface SyncedEvent {
  readonly id: string;
  readonly start: ZonedDateTime;
  readonly end: ZonedDateTime;
  readonly isCancelled: boolean;
}

export interface SyncableMeeting {
  readonly id: number;
  readonly meeting: Pick<Meeting, 'start' | 'end' | 'status' | 'outlookEventId'>;
}

/** One change a sync makes to a meeting item, with the reason in Dutch for the summary. */
export type SyncChange =
  | { readonly kind: 'moved'; readonly meetingId: number; readonly start: ZonedDateTime; readonly end: ZonedDateTime }
  | { readonly kind: 'cancelled'; readonly meetingId: number }
  | { readonly kind: 'held'; readonly meetingId: number };

/**
 * What Outlook's calendar says happened to the body's meetings:
 * - an event gone from the calendar (Outlook moves a cancelled meeting to Deleted Items) or marked cancelled → `cancelled`;
 * - an event at another time → `moved` (and, when its new end has passed, also `held`);
 * - a planned meeting whose end has passed and that was not cancelled → `held`.
 * Only meetings with an event id take part; cancelled and held items are left as they are.
 *
 * @param events the calendar view over a window that contains every meeting passed in
 */
export function syncChanges(meetings: readonly SyncableMeeting[], events: readonly SyncedEvent[], now: Date): readonly SyncChange[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  const changes: SyncChange[] = [];
  for (const { id, meeting } of meetings) {
    if (meeting.status !== 'gepland' || meeting.outlookEventId === undefined || meeting.outlookEventId === '') continue;
    const event = byId.get(meeting.outlookEventId);
    if (event === undefined || event.isCancelled) {
      changes.push({ kind: 'cancelled', meetingId: id });
      continue;
    }
    const moved = compareZonedDateTimes(event.start, meeting.start) !== 0 || compareZonedDateTimes(event.end, meeting.end) !== 0;
    if (moved) {
      changes.push({ kind: 'moved', meetingId: id, start: event.start, end: event.end });
    }
    if (toInstant(event.end).getTime() < now.getTime()) {
      changes.push({ kind: 'held', meetingId: id });
    }
  }
  return changes;
}

/** The window the sync reads: from the first start to the last end of the meetings, widened by `marginDays` each side. */
export function syncWindow(meetings: readonly SyncableMeeting[], marginDays: number): { readonly from: Date; readonly to: Date } | undefined {
  if (meetings.length === 0) return undefined;
  const starts = meetings.map(({ meeting }) => toInstant(meeting.start).getTime());
  const ends = meetings.map(({ meeting }) => toInstant(meeting.end).getTime());
  const margin = marginDays * 24 * 60 * 60 * 1000;
  return { from: new Date(Math.min(...starts) - margin), to: new Date(Math.max(...ends) + margin) };
}
