import type { CalendarDate } from '../../../../src/domain/models';
import { computeWgrCalendar, internalProcessMomentsOf, withCouncilRoutes, type CouncilCalendarEntry, type WgrCalendar } from '../../../../src/domain/wgr';
import { dutchWorkingDays } from '../../../../src/domain/wgr/dutchHolidays';

const d = (text: string): CalendarDate => text as CalendarDate;
const workingDays = dutchWorkingDays();
const HOF_VAN_TWENTE = 8;
const ALMELO = 1;
const own = { id: HOF_VAN_TWENTE, name: 'Hof van Twente' };

const entry = (kind: CouncilCalendarEntry['kind'], date: string, municipalityId = HOF_VAN_TWENTE): CouncilCalendarEntry => ({ municipalityId, kind, title: kind, date: d(date), isDemo: true });

function gbtwente2028(councilCalendar: readonly CouncilCalendarEntry[]): WgrCalendar {
  return computeWgrCalendar(
    {
      partnershipId: 42,
      partnershipName: 'GBTwente',
      budgetYear: 2028,
      participantIds: [HOF_VAN_TWENTE, ALMELO],
      abMeetings: [{ date: d('2027-07-01'), title: 'AB begroting 2028' }],
      regulationChanges: [],
      councilCalendar,
      municipalityNames: new Map([[HOF_VAN_TWENTE, 'Hof van Twente'], [ALMELO, 'Almelo']]),
    },
    workingDays,
  );
}

describe('withCouncilRoutes', () => {
  const schedule = [entry('raadsvergadering', '2027-05-25'), entry('raadsvergadering', '2027-06-29'), entry('raadsvergadering', '2027-06-22', ALMELO)];

  it('plans the zienswijze on the ontwerpbegroting through the own council only', () => {
    const calendar = withCouncilRoutes(gbtwente2028(schedule), [HOF_VAN_TWENTE, ALMELO], own, schedule, workingDays);
    expect(calendar.councilRoutes).toEqual([
      expect.objectContaining({
        rule: 'zienswijze-ontwerpbegroting',
        deadline: '2027-06-30',
        municipalityName: 'Hof van Twente',
        route: expect.objectContaining({ councilMeeting: '2027-06-29', committeeMeeting: undefined, collegeDeadline: '2027-06-08' }),
      }),
    ]);
  });

  it('moves the internal moments when a committee meeting is added to the schedule', () => {
    const before = internalProcessMomentsOf(withCouncilRoutes(gbtwente2028(schedule), [HOF_VAN_TWENTE], own, schedule, workingDays));
    expect(before.map((moment) => [moment.subject, moment.date])).toEqual([
      ['Collegebesluit zienswijze ontwerpbegroting 2028', '2027-06-08'],
      ['Raadsbesluit zienswijze ontwerpbegroting 2028', '2027-06-29'],
    ]);
    const withCommittee = [...schedule, entry('commissievergadering', '2027-06-15')];
    const after = internalProcessMomentsOf(withCouncilRoutes(gbtwente2028(withCommittee), [HOF_VAN_TWENTE], own, withCommittee, workingDays));
    expect(after.map((moment) => [moment.subject, moment.date, moment.isDeadline])).toEqual([
      ['Collegebesluit zienswijze ontwerpbegroting 2028', '2027-05-25', true],
      ['Commissie zienswijze ontwerpbegroting 2028', '2027-06-15', false],
      ['Raadsbesluit zienswijze ontwerpbegroting 2028', '2027-06-29', false],
    ]);
    expect(after[0].notes).toContain('Het college besluit uiterlijk 25 mei 2027');
  });

  it('plans nothing for a GR the own municipality does not take part in, and says why a route is missing', () => {
    expect(withCouncilRoutes(gbtwente2028(schedule), [ALMELO], own, schedule, workingDays).councilRoutes).toEqual([]);
    const none = withCouncilRoutes(gbtwente2028([]), [HOF_VAN_TWENTE], own, [], workingDays);
    expect(none.councilRoutes?.[0]).toMatchObject({ missingReason: expect.stringContaining('geen vergaderschema') });
    expect(none.councilRoutes?.[0].route).toBeUndefined();
    expect(internalProcessMomentsOf(none)).toEqual([]);
  });

  it('warns when the only council meeting in time lies before the zienswijze period starts', () => {
    // A draft amendment sent on 1 July 2027 (eight weeks to 26 August); the raad meets on 29 June and then only after the recess.
    const entries = [entry('raadsvergadering', '2027-06-29'), { ...entry('zomerreces', '2027-07-10'), endDate: d('2027-08-22') }, entry('raadsvergadering', '2027-09-21')];
    const calendar = computeWgrCalendar(
      {
        partnershipId: 42,
        partnershipName: 'GBTwente',
        budgetYear: 2028,
        participantIds: [HOF_VAN_TWENTE],
        abMeetings: [],
        regulationChanges: [{ partnershipId: 42, kind: 'wijziging', subject: 'Wijziging GR GBTwente', sentDate: d('2027-07-01') }],
        councilCalendar: entries,
        municipalityNames: new Map([[HOF_VAN_TWENTE, 'Hof van Twente']]),
      },
      workingDays,
    );
    const [route] = withCouncilRoutes(calendar, [HOF_VAN_TWENTE], own, entries, workingDays).councilRoutes ?? [];
    expect(route).toMatchObject({ rule: 'zienswijze-regeling', deadline: '2027-08-26', route: { councilMeeting: '2027-06-29' } });
    expect(route.warning).toContain('vóór 1 juli 2027, het begin van de zienswijzetermijn');
  });

  it('plans for the date the GR asked for when it is earlier than the law, and says so; a later request changes nothing', () => {
    const asked = withCouncilRoutes(gbtwente2028(schedule), [HOF_VAN_TWENTE], own, schedule, workingDays, () => d('2027-06-24'));
    const [route] = asked.councilRoutes ?? [];
    expect(route).toMatchObject({ deadline: '2027-06-30', requestedByGr: '2027-06-24', route: { councilMeeting: '2027-05-25', collegeDeadline: '2027-05-04' } });
    expect(route.route?.explanation).toMatch(/^De GR vraagt de zienswijze uiterlijk 24 juni 2027, vóór de wettelijke termijn van 30 juni 2027\. /);

    const later = withCouncilRoutes(gbtwente2028(schedule), [HOF_VAN_TWENTE], own, schedule, workingDays, () => d('2027-07-15'));
    expect(later.councilRoutes?.[0]).not.toHaveProperty('requestedByGr');
    expect(later.councilRoutes?.[0].route?.councilMeeting).toBe('2027-06-29');
  });
});
