import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { Meeting, MeetingBody } from '../../domain/models';
import type { Stored } from '../../domain/models/entity';
import { toInstant } from '../../domain/time';

/*
 * The meetings of one body as an iCalendar file (RFC 5545), for members outside the tenant who do not
 * receive the Outlook invites. Written with the `ics` library. Times are written in UTC (RFC 5545
 * §3.3.5, form 2: "20270304T130000Z"): every instant is exact across the daylight-saving switches and
 * every client shows it in the reader's zone, which for the members is Europe/Amsterdam. A cancelled
 * meeting stays in the file with STATUS:CANCELLED, so a calendar that imported it earlier cancels it.
 */

export interface MeetingsCalendarOptions {
  /** Domain for the events' UIDs, e.g. the tenant's host name; the UID stays stable per meeting. */
  readonly uidDomain: string;
}

/** The `.ics` text for a body's meetings; throws when the library rejects an event. */
export function meetingsToIcs(body: Pick<MeetingBody, 'name' | 'shortName' | 'purpose'>, meetings: readonly Stored<Meeting>[], options: MeetingsCalendarOptions): string {
  const events: EventAttributes[] = [...meetings]
    .sort((left, right) => toInstant(left.start).getTime() - toInstant(right.start).getTime())
    .map((meeting) => ({
      uid: `meeting-${meeting.id}@${options.uidDomain}`,
      title: meeting.title || `${body.shortName} ${body.name}`,
      start: utcArray(meeting.start),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: utcArray(meeting.end),
      endInputType: 'utc',
      endOutputType: 'utc',
      location: meeting.location,
      description: [body.name, body.purpose, meeting.agendaUrl ? `Agenda: ${meeting.agendaUrl}` : ''].filter((line) => line !== '').join('\n'),
      ...(meeting.agendaUrl ? { url: meeting.agendaUrl } : {}),
      status: meeting.status === 'geannuleerd' ? 'CANCELLED' : 'CONFIRMED',
      // The item's version: a re-exported, moved meeting replaces the earlier copy in the reader's calendar.
      sequence: sequenceOf(meeting.etag),
      productId: 'samenwerkingsmonitor/ics',
      calName: body.name,
    }));
  const result = createEvents(events, { productId: 'samenwerkingsmonitor/ics', method: 'PUBLISH', calName: body.name });
  if (result.error || result.value === null) {
    throw result.error ?? new Error('Het agendabestand kon niet worden gemaakt.');
  }
  return foldByOctets(result.value);
}

/**
 * RFC 5545 §3.1: content lines are folded at 75 octets. The `ics` library folds at 75 characters, which
 * is longer for text with accents or dashes (UTF-8), so its lines are unfolded and folded again by
 * octets, never inside a character.
 */
export function foldByOctets(ics: string): string {
  const encoder = new TextEncoder();
  const unfolded = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return unfolded
    .map((line) => {
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const character of line) {
        const size = encoder.encode(character).length;
        // Continuation lines start with a space, which counts towards their 75 octets.
        const limit = parts.length === 0 ? 75 : 74;
        if (octets + size > limit) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += character;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** A safe file name for the download: "AB - Algemeen Bestuur.ics". */
export function meetingsCalendarFileName(body: Pick<MeetingBody, 'name'>): string {
  const safe = body.name.replace(/[\\/:*?"<>|]+/g, '-').replace(/\s+/g, ' ').trim();
  return `${safe || 'vergaderingen'}.ics`;
}

function utcArray(value: Meeting['start']): DateArray {
  const instant = toInstant(value);
  return [instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate(), instant.getUTCHours(), instant.getUTCMinutes()];
}

function sequenceOf(etag: string): number {
  // SharePoint ETags are "<n>" or "<guid>,<n>": the number is the item's version.
  const match = /(\d+)"?$/.exec(etag);
  return match ? Number(match[1]) : 0;
}
