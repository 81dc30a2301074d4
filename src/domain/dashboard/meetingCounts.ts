import type { Meeting, MeetingBody, Stored } from '../models';
import { wallTimeParts } from '../time';

/** How many meetings a body had and has planned in one calendar year, next to its frequency as written. */
export interface BodyMeetingCount {
  readonly bodyId: number;
  readonly bodyName: string;
  readonly frequencyText: string;
  readonly held: number;
  readonly planned: number;
  readonly cancelled: number;
}

/**
 * Per body, its meetings in `year` (Amsterdam calendar) by status. This is the raw material of the
 * frequency check (issue 5 compares it with the parsed frequency rule); the dashboard shows it as is.
 */
export function meetingCountsForYear(
  bodies: readonly Stored<Pick<MeetingBody, 'name' | 'frequencyText'>>[],
  meetings: readonly Pick<Meeting, 'bodyId' | 'start' | 'status'>[],
  year: number,
): readonly BodyMeetingCount[] {
  return bodies.map((body) => {
    const ofBody = meetings.filter((meeting) => meeting.bodyId === body.id && wallTimeParts(meeting.start).date.startsWith(`${year}-`));
    const count = (status: Meeting['status']): number => ofBody.filter((meeting) => meeting.status === status).length;
    return {
      bodyId: body.id,
      bodyName: body.name,
      frequencyText: body.frequencyText,
      held: count('gehouden'),
      planned: count('gepland'),
      cancelled: count('geannuleerd'),
    };
  });
}
