/**
 * @jest-environment jsdom
 */
import { deserialize, serialize } from 'node:v8';
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { setIconOptions } from '@fluentui/react';
import { MeetingList } from '../../../../src/webparts/meetingBodies/components/MeetingList';
import type { Meeting, MeetingBody, Partnership, Stored, ZonedDateTime } from '../../../../src/domain/models';
import type { CalendarEvent, CalendarEventDraft, CalendarGateway, CalendarOwner } from '../../../../src/data/ports';
import { ThrottledError } from '../../../../src/data/ports';
import { MeetingScheduler } from '../../../../src/data/scheduling';
import { createInMemoryRepositories } from '../../../support/inMemoryRepository';
import { meetingBody, partnership } from '../../data/sampleValues';

setIconOptions({ disableWarnings: true });
if (typeof globalThis.structuredClone !== 'function') {
  globalThis.structuredClone = <T,>(value: T): T => deserialize(serialize(value)) as T;
}

/** A calendar that keeps events in memory and fails the next N calls, as Graph does when its retries are spent. */
class RecordingCalendar implements CalendarGateway {
  public readonly created: CalendarEventDraft[] = [];
  public failures = 0;
  private readonly byTransaction = new Map<string, CalendarEvent>();

  public async createEvent(_owner: CalendarOwner, draft: CalendarEventDraft, transactionId: string): Promise<CalendarEvent> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new ThrottledError('Creating the event: 503', 503, 0);
    }
    const existing = this.byTransaction.get(transactionId);
    if (existing) return existing;
    this.created.push(draft);
    const event: CalendarEvent = { ...draft, id: `event-${this.created.length}`, iCalUId: 'x', changeKey: 'y', isCancelled: false };
    this.byTransaction.set(transactionId, event);
    return event;
  }
  public async updateEvent(): Promise<CalendarEvent> {
    throw new Error('not used here');
  }
  public async cancelEvent(): Promise<void> {
    throw new Error('not used here');
  }
  public async listEvents(): Promise<readonly CalendarEvent[]> {
    return [];
  }
}

const at = (value: string): ZonedDateTime => value as ZonedDateTime;

async function setup() {
  const repositories = createInMemoryRepositories();
  const stored: Stored<Partnership> = await repositories.partnerships.create(partnership);
  const body: Stored<MeetingBody> = await repositories.meetingBodies.create({ ...meetingBody, partnershipId: stored.id });
  const meeting: Stored<Meeting> = await repositories.meetings.create({
    bodyId: body.id,
    partnershipId: stored.id,
    title: 'AB 11 maart 2027',
    start: at('2027-03-11T14:00:00+01:00'),
    end: at('2027-03-11T16:00:00+01:00'),
    location: 'Regiohuis',
    status: 'gepland',
    isPublic: true,
  });
  const calendar = new RecordingCalendar();
  const scheduler = new MeetingScheduler({ repositories, calendar, owner: { kind: 'me' }, calendarKey: 'user:a.devries@hofvantwente.example', now: () => new Date('2027-01-04T08:00:00Z') });
  const view = (): void => {
    void repositories.meetings.list().then((meetings) => rerender(meetings));
  };
  const { rerender: rerenderRaw } = render(<MeetingList body={body} calendarFileDomain="hofvantwente.example" meetings={[meeting]} scheduler={scheduler} bodyId={body.id} onChanged={view} />);
  function rerender(meetings: readonly Stored<Meeting>[]): void {
    rerenderRaw(<MeetingList body={body} calendarFileDomain="hofvantwente.example" meetings={meetings} scheduler={scheduler} bodyId={body.id} onChanged={view} />);
  }
  return { repositories, calendar, meeting };
}

describe('the meeting list', () => {
  it('marks a failed send with its reason, and "Opnieuw versturen" sends the invite once', async () => {
    const { repositories, calendar, meeting } = await setup();
    expect(screen.getByText('Nog niet verzonden')).toBeTruthy();
    calendar.failures = 1;

    fireEvent.click(screen.getByRole('button', { name: 'Naar Outlook versturen: AB 11 maart 2027' }));

    expect(await screen.findAllByText(/overbelast \(503\)/)).not.toHaveLength(0);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Opnieuw versturen: AB 11 maart 2027' })).toBeTruthy());
    expect((await repositories.meetings.get(meeting.id)).sendState).toBe('mislukt');
    expect(calendar.created).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw versturen: AB 11 maart 2027' }));

    await screen.findByText('Uitnodiging voor AB 11 maart 2027 verzonden.');
    await waitFor(() => expect(screen.getByText('Uitnodiging verzonden')).toBeTruthy());
    expect(screen.queryByRole('button', { name: /Opnieuw versturen/ })).toBeNull();
    expect(calendar.created).toHaveLength(1);
    expect(calendar.created[0].attendees.map((attendee) => attendee.email)).toContain('voorzitter@enschede.example');
  });

  it('refuses to move a meeting to an end before its start, in Dutch, and sends nothing', async () => {
    const { calendar } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Verplaatsen: AB 11 maart 2027' }));
    fireEvent.change(screen.getByLabelText('Eindtijd'), { target: { value: '13:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Verplaatsen en bijwerken' }));

    expect(await screen.findByText('De eindtijd ligt vóór de begintijd.')).toBeTruthy();
    expect(calendar.created).toHaveLength(0);
  });
});
