import type { CalendarDate, ProcessMoment } from '../../../../src/domain/models';
import { zonedDateTime } from '../../../../src/domain/time';
import { buildYearView, computeWgrCalendar, WEEKENDS_ONLY, type WgrCalendar } from '../../../../src/domain/wgr';
import { isGeneralBoard, loadWgrCalendars, processMomentOf, syncWgrProcessMoments } from '../../../../src/data/wgr';
import { createInMemoryRepositories } from '../../../support/inMemoryRepository';

const d = (text: string): CalendarDate => text as CalendarDate;

function calendarFor(abDates: readonly string[], budgetYear = 2028): WgrCalendar {
  return computeWgrCalendar(
    {
      partnershipId: 1,
      partnershipName: 'GBTwente',
      budgetYear,
      participantIds: [],
      abMeetings: abDates.map((date) => ({ date: d(date), title: 'AB' })),
      regulationChanges: [],
      councilCalendar: [],
      municipalityNames: new Map(),
      settings: { partnershipId: 1, budgetAmendmentsExempt: true, notes: '' },
    },
    WEEKENDS_ONLY,
  );
}

const handEntered: ProcessMoment = {
  partnershipId: 1,
  kind: 'politieke-keuze',
  subject: 'Lokaal maatwerk',
  date: d('2027-03-11'),
  isDeadline: false,
  audiences: ['raad'],
  status: 'verwacht',
  source: 'handmatig',
  isPublic: true,
  notes: '',
};

describe('syncWgrProcessMoments', () => {
  it('creates every deadline once, then changes nothing on a second run', async () => {
    const repositories = createInMemoryRepositories();
    const calendar = calendarFor(['2027-07-01']);
    const first = await syncWgrProcessMoments(repositories.processMoments, [calendar]);
    expect(first).toMatchObject({ created: calendar.deadlines.length, updated: 0, removed: 0, failures: [] });
    const second = await syncWgrProcessMoments(repositories.processMoments, [calendar]);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: calendar.deadlines.length, removed: 0 });
    const stored = await repositories.processMoments.list();
    expect(stored.every((moment) => moment.source === 'wgr' && moment.budgetYear === 2028 && moment.isPublic)).toBe(true);
  });

  it('moves the dates when the AB moves, keeps the status people set, and never touches hand-entered moments', async () => {
    const repositories = createInMemoryRepositories();
    const manual = await repositories.processMoments.create(handEntered);
    await syncWgrProcessMoments(repositories.processMoments, [calendarFor(['2027-07-01'])]);
    const draft = (await repositories.processMoments.list()).find((moment) => moment.subject === 'Ontwerpbegroting 2028 naar de raden');
    expect(draft?.date).toBe('2027-04-08');
    await repositories.processMoments.update(draft!.id, { status: 'afgerond' }, draft!.etag);

    const report = await syncWgrProcessMoments(repositories.processMoments, [calendarFor(['2027-07-08'])]);
    expect(report.updated).toBeGreaterThan(0);
    const moved = await repositories.processMoments.get(draft!.id);
    // 8 July − 84 days = 15 April 2027.
    expect(moved).toMatchObject({ date: '2027-04-15', status: 'afgerond' });
    expect(await repositories.processMoments.get(manual.id)).toEqual(manual);
  });

  it('recycles derived moments that no longer follow, e.g. when the AB is cancelled', async () => {
    const repositories = createInMemoryRepositories();
    await syncWgrProcessMoments(repositories.processMoments, [calendarFor(['2027-07-01'])]);
    const report = await syncWgrProcessMoments(repositories.processMoments, [calendarFor([])]);
    // Without an AB, the ontwerpbegroting and the zienswijze no longer follow.
    expect(report.removed).toBe(2);
    const subjects = (await repositories.processMoments.list()).map((moment) => moment.subject);
    expect(subjects).not.toContain('Ontwerpbegroting 2028 naar de raden');
    expect(subjects).toContain('Begroting 2028 naar Gedeputeerde Staten');
  });

  it('reports a moment changed by someone else meanwhile in Dutch, and does not overwrite it', async () => {
    const repositories = createInMemoryRepositories();
    await syncWgrProcessMoments(repositories.processMoments, [calendarFor(['2027-07-01'])]);
    const processMoments = repositories.processMoments;
    // Someone edits every moment between our read and our write: the stale ETag must fail.
    const racing = {
      ...processMoments,
      list: processMoments.list.bind(processMoments),
      get: processMoments.get.bind(processMoments),
      create: processMoments.create.bind(processMoments),
      createMany: processMoments.createMany.bind(processMoments),
      page: processMoments.page.bind(processMoments),
      recycle: processMoments.recycle.bind(processMoments),
      update: async (id: number, changes: Partial<ProcessMoment>, etag: string) => {
        const current = await processMoments.get(id);
        await processMoments.update(id, { notes: `${current.notes} (bewerkt)` }, current.etag);
        return processMoments.update(id, changes, etag);
      },
    };
    const report = await syncWgrProcessMoments(racing, [calendarFor(['2027-07-08'])]);
    expect(report.failures.length).toBeGreaterThan(0);
    expect(report.failures[0]).toContain('is intussen door iemand anders gewijzigd en is niet overschreven');
  });
});

describe('loadWgrCalendars', () => {
  it('reads only GRs, only their AB meetings, and skips cancelled ones', async () => {
    const repositories = createInMemoryRepositories();
    const base = { bbvGroup: 'gemeenschappelijke-regelingen', hasAdministrativeInterest: true, hasFinancialInterest: true, taskLayers: [], domain: '', participantIds: [], seat: '', publicInterest: '', risks: '', status: 'actief' } as const;
    const importance = { societalTask: false, opportunities: false, risks: false, money: false, audiences: [], explanation: '' };
    const gr = await repositories.partnerships.create({ ...base, name: 'GBTwente', legalForm: 'gr-openbaar-lichaam', importance });
    await repositories.partnerships.create({ ...base, name: 'Stichting X', legalForm: 'stichting', bbvGroup: 'stichtingen-en-verenigingen', importance });
    const bodyBase = { partnershipId: gr.id, category: 'formeel', isPublic: true, purpose: '', membersDescription: '', participantsDescription: '', occasionalGuests: '', members: [], externalMemberEmails: [], frequencyText: '', frequencyRuleJson: '', agendaOwner: '', organiser: '', minutesBy: '', location: '' } as const;
    const ab = await repositories.meetingBodies.create({ ...bodyBase, name: 'Algemeen Bestuur – AB', shortName: 'AB' });
    const db = await repositories.meetingBodies.create({ ...bodyBase, name: 'Dagelijks Bestuur', shortName: 'DB' });
    const meeting = (bodyId: number, date: string, status: 'gepland' | 'geannuleerd') => ({
      bodyId, partnershipId: gr.id, title: 'vergadering', start: zonedDateTime(date, '14:00'), end: zonedDateTime(date, '16:00'), location: '', status, isPublic: true,
    });
    await repositories.meetings.create(meeting(ab.id, '2027-07-01', 'gepland'));
    await repositories.meetings.create(meeting(ab.id, '2027-09-02', 'geannuleerd'));
    await repositories.meetings.create(meeting(db.id, '2027-08-26', 'gepland'));

    const calendars = await loadWgrCalendars(repositories, [2028], WEEKENDS_ONLY);
    expect(calendars.map((calendar) => calendar.partnershipName)).toEqual(['GBTwente']);
    expect(calendars[0].budgetAbDate).toBe('2027-07-01');
  });

  it('recognises the general board by short name or by name', () => {
    const body = (name: string, shortName: string) => ({ name, shortName }) as Parameters<typeof isGeneralBoard>[0];
    expect(isGeneralBoard(body('Algemeen Bestuur – AB', ''))).toBe(true);
    expect(isGeneralBoard(body('Bestuur', 'ab'))).toBe(true);
    expect(isGeneralBoard(body('Dagelijks Bestuur', 'DB'))).toBe(false);
  });
});

describe('processMomentOf and buildYearView', () => {
  it('turns a deadline into a public, dated moment whose notes name the article, and the adopting AB into a meeting day', () => {
    const calendar = calendarFor(['2027-07-01']);
    const draft = processMomentOf(calendar.deadlines.find((deadline) => deadline.rule === 'ontwerpbegroting-naar-raden')!);
    expect(draft).toMatchObject({ kind: 'informatie', isDeadline: true, source: 'wgr', isPublic: true, date: '2027-04-08', budgetYear: 2028 });
    expect(draft.notes).toContain('Wgr art. 35(1)');
    expect(processMomentOf(calendar.deadlines.find((deadline) => deadline.rule === 'begroting-vaststelling')!).isDeadline).toBe(false);
  });

  it('groups deadlines of several GRs by ISO week and marks only the weeks with the highest count as busiest', () => {
    const one = calendarFor(['2027-07-01']);
    const other = { ...calendarFor(['2027-07-01']), partnershipId: 2, partnershipName: 'Veiligheidsregio Twente' };
    const view = buildYearView([one, other], 2027);
    expect(view.partnerships.map((partnership) => partnership.name)).toEqual(['GBTwente', 'Veiligheidsregio Twente']);
    // Week 14 of 2027 runs Monday 5 – Sunday 11 April; both ontwerpbegrotingen (8 April) fall in it.
    const week14 = view.weeks.find((week) => week.week === 14);
    expect(week14).toMatchObject({ monday: '2027-04-05', sunday: '2027-04-11', total: 2 });
    expect(view.weeks.every((week) => week.total % 2 === 0)).toBe(true);
    expect(view.busiestTotal).toBe(Math.max(...view.weeks.map((week) => week.total)));
    expect(view.weeks.filter((week) => week.isBusiest).every((week) => week.total === view.busiestTotal)).toBe(true);
    expect(view.weeks.some((week) => !week.isBusiest)).toBe(true);
    // Only deadlines of 2027: budget year 2028's cycle; nothing from 2026 or 2028.
    expect(view.weeks.every((week) => week.monday >= '2026-12-28' && week.monday <= '2027-12-31')).toBe(true);
  });
});
