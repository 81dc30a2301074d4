import { buildCouncilOverview, planProjectionChanges, projectPublicInformation, type RegisterSnapshot } from '../../../../src/domain/council';
import type { CalendarDate, Stored } from '../../../../src/domain/models';
import { document, meeting, meetingBody, partnership, processMoment } from '../../../unit/data/sampleValues';

const id = <T extends object>(value: T, itemId: number, changes: Partial<T> = {}): Stored<T> => ({ ...value, ...changes, id: itemId, etag: `"${itemId}"` });

const snapshot: RegisterSnapshot = {
  municipalities: [id({ name: 'Almelo', region: 'Twente' }, 1), id({ name: 'Borne', region: 'Twente' }, 2)],
  partnerships: [id(partnership, 10, { participantIds: [1, 2], importance: { ...partnership.importance, audiences: ['raad'] } }), id(partnership, 11, { name: 'Zonder raad', importance: { ...partnership.importance, audiences: ['college'] } })],
  meetingBodies: [id(meetingBody, 20, { partnershipId: 10, name: 'Algemeen bestuur', isPublic: true }), id(meetingBody, 21, { partnershipId: 10, name: 'Geheim DB', isPublic: false })],
  meetings: [
    id(meeting, 30, { bodyId: 20, partnershipId: 10, isPublic: true }),
    // Marked public by mistake, but its body is confidential: it would name the body, so it stays out.
    id(meeting, 31, { bodyId: 21, partnershipId: 10, isPublic: true }),
    id(meeting, 32, { bodyId: 20, partnershipId: 10, isPublic: false }),
  ],
  documents: [id(document, 40, { partnershipId: 10, isPublic: true, fileName: 'Begroting.pdf' }), id(document, 41, { partnershipId: 10, isPublic: false, fileName: 'Geheim.pdf' })],
  processMoments: [
    id(processMoment, 50, { partnershipId: 10, kind: 'invloed', subject: 'Zienswijze ontwerpbegroting', date: '2027-02-25' as CalendarDate, audiences: ['raad'], isPublic: true, status: 'verwacht' }),
    id(processMoment, 51, { partnershipId: 10, kind: 'informatie', subject: 'Kadernota naar de raden', date: '2026-12-15' as CalendarDate, audiences: ['raad', 'college'], isPublic: true, status: 'verwacht', source: 'wgr' }),
    id(processMoment, 52, { partnershipId: 10, kind: 'invloed', subject: 'Vertrouwelijke verkenning', date: '2027-01-10' as CalendarDate, audiences: ['raad'], isPublic: false, status: 'verwacht' }),
    id(processMoment, 53, { partnershipId: 10, kind: 'invloed', subject: 'Voorbij', date: '2026-01-10' as CalendarDate, audiences: ['raad'], isPublic: true, status: 'afgerond' }),
    id(processMoment, 54, { partnershipId: 10, kind: 'invloed', subject: 'Alleen college', date: '2027-01-10' as CalendarDate, audiences: ['college'], isPublic: true, status: 'verwacht' }),
  ],
};

describe('the public projection', () => {
  const projection = projectPublicInformation(snapshot);

  it('copies public bodies, meetings of public bodies, public documents and public moments only', () => {
    expect(projection.meetingBodies.map((body) => body.sourceId)).toEqual([20]);
    expect(projection.meetings.map((item) => item.sourceId)).toEqual([30]);
    expect(projection.documents.map((item) => item.sourceId)).toEqual([40]);
    expect(projection.processMoments.map((item) => item.sourceId)).toEqual([50, 51, 53, 54]);
    expect(JSON.stringify(projection)).not.toMatch(/Geheim|Vertrouwelijke/);
  });

  it('names the participants and marks verbonden partijen', () => {
    expect(projection.partnerships[0]).toMatchObject({ sourceId: 10, participantNames: ['Almelo', 'Borne'], isVerbondenPartij: true });
    expect(projection.meetings[0].bodyName).toBe('Algemeen bestuur');
    expect(projection.documents[0].sourceVersion).toBe('"40"');
  });

  it('plans creates, updates and removals by source id, and nothing for an equal copy', () => {
    const existing = [
      { ...projection.meetingBodies[0], id: 1, etag: '"1"' },
      { ...projection.meetingBodies[0], sourceId: 99, id: 2, etag: '"1"' },
    ];
    expect(planProjectionChanges(projection.meetingBodies, existing)).toEqual({ create: [], update: [], remove: [{ id: 2, etag: '"1"' }], unchanged: 1 });
    const changed = planProjectionChanges([{ ...projection.meetingBodies[0], purpose: 'Nieuw doel' }], existing.slice(0, 1));
    expect(changed.update).toEqual([{ id: 1, etag: '"1"', value: { ...projection.meetingBodies[0], purpose: 'Nieuw doel' } }]);
    expect(planProjectionChanges(projection.meetingBodies, []).create).toHaveLength(1);
  });
});

describe('the council overview', () => {
  const projection = projectPublicInformation(snapshot);
  const overview = buildCouncilOverview({ ...projection, documents: projection.documents.map((item) => ({ ...item })) }, { today: '2026-11-26' as CalendarDate });

  it('puts what the raad can do first: open influence moments for the raad, soonest first, with the days left', () => {
    expect(overview.actions.map((action) => [action.moment.subject, action.daysLeft, action.isUrgent])).toEqual([['Zienswijze ontwerpbegroting', 91, false]]);
  });

  it('lists upcoming information moments for the raad, including derived Wgr deadlines', () => {
    expect(overview.information.map((action) => [action.moment.subject, action.moment.source, action.daysLeft, action.isUrgent])).toEqual([['Kadernota naar de raden', 'wgr', 19, true]]);
  });

  it('orders partnerships important for the raad first', () => {
    expect(overview.partnerships.map((section) => [section.partnership.name, section.importantForCouncil])).toEqual([
      [partnership.name, true],
      ['Zonder raad', false],
    ]);
    expect(overview.partnerships[0].bodies.map((body) => body.body.name)).toEqual(['Algemeen bestuur']);
  });
});
