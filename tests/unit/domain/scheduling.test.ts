import type { Meeting, MeetingBody, ZonedDateTime } from '../../../src/domain/models';
import {
  bilateralBodiesToCreate,
  inviteDraftForMeeting,
  resolveAttendees,
  sendActionFor,
  syncChanges,
  syncWindow,
  transactionIdForMeeting,
} from '../../../src/domain/scheduling';
import { meetingBody } from '../data/sampleValues';

const at = (value: string): ZonedDateTime => value as ZonedDateTime;

const meeting: Meeting = {
  bodyId: 1,
  partnershipId: 1,
  title: 'AB GBTwente 11 maart 2027',
  start: at('2027-03-11T14:00:00+01:00'),
  end: at('2027-03-11T16:00:00+01:00'),
  location: '',
  status: 'gepland',
  isPublic: true,
};

describe('resolveAttendees', () => {
  it('invites site members and external addresses, each address once regardless of case', () => {
    const result = resolveAttendees({
      members: [{ displayName: 'Wim Smit', email: 'w.smit@hofvantwente.example' }, { displayName: 'Anne', email: 'a.devries@hofvantwente.example' }],
      externalMemberEmails: ['W.Smit@HofVanTwente.example', 'voorzitter@enschede.example'],
    });
    expect(result.attendees).toEqual([
      { name: 'Wim Smit', email: 'w.smit@hofvantwente.example', type: 'required' },
      { name: 'Anne', email: 'a.devries@hofvantwente.example', type: 'required' },
      { name: 'voorzitter@enschede.example', email: 'voorzitter@enschede.example', type: 'required' },
    ]);
    expect(result.unreachable).toEqual([]);
  });

  it('names members it cannot invite instead of dropping them silently', () => {
    const result = resolveAttendees({ members: [{ displayName: 'Zonder adres' }], externalMemberEmails: ['geen-adres'] });
    expect(result.attendees).toEqual([]);
    expect(result.unreachable).toEqual(['Zonder adres', 'geen-adres']);
  });
});

describe('inviteDraftForMeeting', () => {
  const body: MeetingBody = { ...meetingBody, name: 'Algemeen <b>Bestuur</b>', location: 'kantoor GBTwente' };

  it('puts body name, partnership and agenda link in the body, the body location when the meeting has none', () => {
    const draft = inviteDraftForMeeting({ ...meeting, agendaUrl: 'https://intranet.example/agenda?id=1&x=2' }, body, { partnershipName: 'GBTwente' });
    expect(draft.subject).toBe('AB GBTwente 11 maart 2027');
    expect(draft.location).toBe('kantoor GBTwente');
    expect(draft.bodyHtml).toContain('<strong>Algemeen &lt;b&gt;Bestuur&lt;/b&gt;</strong> – GBTwente');
    expect(draft.bodyHtml).toContain('<a href="https://intranet.example/agenda?id=1&amp;x=2">');
    expect(draft.attendees.map((attendee) => attendee.email)).toEqual([
      'w.smit@hofvantwente.example',
      'a.devries@hofvantwente.example',
      'voorzitter@enschede.example',
      'secretaris@regiotwente.example',
    ]);
  });

  it('never turns a non-web agenda address into a link', () => {
    const draft = inviteDraftForMeeting({ ...meeting, agendaUrl: 'javascript:alert(1)' }, body, { partnershipName: '' });
    expect(draft.bodyHtml).not.toContain('javascript:');
    expect(draft.bodyHtml).not.toContain('<a ');
  });

  it('does not change the meeting or body it reads', () => {
    const frozen = Object.freeze({ ...meeting });
    expect(() => inviteDraftForMeeting(frozen, Object.freeze({ ...body }), { partnershipName: 'X' })).not.toThrow();
  });
});

describe('transactionIdForMeeting', () => {
  it('is the same for every retry of one intent and differs per meeting and per intent', () => {
    expect(transactionIdForMeeting(42, 1)).toBe(transactionIdForMeeting(42, 1));
    expect(transactionIdForMeeting(42, 1)).not.toBe(transactionIdForMeeting(43, 1));
    expect(transactionIdForMeeting(42, 1)).not.toBe(transactionIdForMeeting(42, 2));
  });
});

describe('sendActionFor', () => {
  it.each([
    ['gepland', undefined, undefined, 'create'],
    ['gepland', undefined, 'mislukt', 'create'],
    ['gepland', '', 'mislukt', 'create'],
    ['gepland', 'ev1', 'verzonden', 'none'],
    ['gepland', 'ev1', 'mislukt', 'update'],
    ['gepland', 'ev1', 'niet-verzonden', 'update'],
    ['geannuleerd', 'ev1', 'niet-verzonden', 'cancel'],
    ['geannuleerd', 'ev1', 'mislukt', 'cancel'],
    ['geannuleerd', 'ev1', 'verzonden', 'none'],
    ['geannuleerd', undefined, 'niet-verzonden', 'none'],
    ['gehouden', 'ev1', 'verzonden', 'none'],
  ] as const)('%s with event %s and state %s → %s', (status, outlookEventId, sendState, expected) => {
    expect(sendActionFor({ status, outlookEventId, sendState })).toBe(expected);
  });
});

describe('syncChanges', () => {
  const now = new Date('2027-03-20T12:00:00Z');
  const planned = (id: number, start: string, end: string, eventId = `ev${id}`) => ({
    id,
    meeting: { start: at(start), end: at(end), status: 'gepland' as const, outlookEventId: eventId },
  });

  it('finds moved, cancelled (flagged or gone) and held meetings, and leaves the rest', () => {
    const meetings = [
      planned(1, '2027-04-01T14:00:00+02:00', '2027-04-01T16:00:00+02:00'),
      planned(2, '2027-05-01T14:00:00+02:00', '2027-05-01T16:00:00+02:00'),
      planned(3, '2027-06-01T14:00:00+02:00', '2027-06-01T16:00:00+02:00'),
      planned(4, '2027-03-11T14:00:00+01:00', '2027-03-11T16:00:00+01:00'),
      planned(5, '2027-07-01T14:00:00+02:00', '2027-07-01T16:00:00+02:00'),
    ];
    const events = [
      { id: 'ev1', start: at('2027-04-08T14:00:00+02:00'), end: at('2027-04-08T16:00:00+02:00'), isCancelled: false },
      { id: 'ev2', start: at('2027-05-01T14:00:00+02:00'), end: at('2027-05-01T16:00:00+02:00'), isCancelled: true },
      { id: 'ev4', start: at('2027-03-11T14:00:00+01:00'), end: at('2027-03-11T16:00:00+01:00'), isCancelled: false },
      { id: 'ev5', start: at('2027-07-01T14:00:00+02:00'), end: at('2027-07-01T16:00:00+02:00'), isCancelled: false },
    ];
    expect(syncChanges(meetings, events, now)).toEqual([
      { kind: 'moved', meetingId: 1, start: '2027-04-08T14:00:00+02:00', end: '2027-04-08T16:00:00+02:00' },
      { kind: 'cancelled', meetingId: 2 },
      { kind: 'cancelled', meetingId: 3 },
      { kind: 'held', meetingId: 4 },
    ]);
  });

  it('leaves meetings without an event, and cancelled or held ones, alone', () => {
    const meetings = [
      { id: 1, meeting: { start: at('2027-01-01T10:00:00+01:00'), end: at('2027-01-01T11:00:00+01:00'), status: 'gepland' as const } },
      { id: 2, meeting: { start: at('2027-01-01T10:00:00+01:00'), end: at('2027-01-01T11:00:00+01:00'), status: 'geannuleerd' as const, outlookEventId: 'x' } },
    ];
    expect(syncChanges(meetings, [], now)).toEqual([]);
  });

  it('reads a window around all meetings, across the daylight-saving switch', () => {
    const window = syncWindow([planned(1, '2027-03-27T14:00:00+01:00', '2027-03-27T16:00:00+01:00'), planned(2, '2027-03-29T14:00:00+02:00', '2027-03-29T16:00:00+02:00')], 1);
    expect(window).toEqual({ from: new Date('2027-03-26T13:00:00Z'), to: new Date('2027-03-30T14:00:00Z') });
    expect(syncWindow([], 1)).toBeUndefined();
  });
});

describe('bilateralBodiesToCreate', () => {
  const participants = [
    { id: 1, name: 'Hof van Twente' },
    { id: 2, name: 'Almelo' },
  ];

  it('makes one non-public bilateral body per participant', () => {
    const bodies = bilateralBodiesToCreate(7, 'GBTwente', participants, []);
    expect(bodies.map((body) => [body.name, body.bilateralMunicipalityId, body.partnershipId, body.isPublic])).toEqual([
      ['Periodiek bilateraal overleg Hof van Twente', 1, 7, false],
      ['Periodiek bilateraal overleg Almelo', 2, 7, false],
    ]);
  });

  it('skips municipalities that already have a bilateral body in this partnership only', () => {
    const bodies = bilateralBodiesToCreate(7, 'GBTwente', participants, [
      { partnershipId: 7, bilateralMunicipalityId: 1 },
      { partnershipId: 8, bilateralMunicipalityId: 2 },
    ]);
    expect(bodies.map((body) => body.bilateralMunicipalityId)).toEqual([2]);
  });
});
