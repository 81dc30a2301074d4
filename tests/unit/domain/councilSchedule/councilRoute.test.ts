import type { CalendarDate } from '../../../../src/domain/models';
import { missingCouncilRouteReason, planCouncilRoute, planCouncilRouteWith } from '../../../../src/domain/councilSchedule';
import { WEEKENDS_ONLY, type CouncilCalendarEntry } from '../../../../src/domain/wgr';

const d = (text: string): CalendarDate => text as CalendarDate;
const HOF_VAN_TWENTE = 8;

function entry(kind: CouncilCalendarEntry['kind'], date: string, endDate?: string): CouncilCalendarEntry {
  return { municipalityId: HOF_VAN_TWENTE, kind, title: `${kind} ${date}`, date: d(date), endDate: endDate ? d(endDate) : undefined, isDemo: true };
}

const schedule: readonly CouncilCalendarEntry[] = [
  entry('commissievergadering', '2027-05-11'),
  entry('raadsvergadering', '2027-05-25'),
  entry('commissievergadering', '2027-06-15'),
  entry('raadsvergadering', '2027-06-29'),
  entry('zomerreces', '2027-07-10', '2027-08-22'),
  // A meeting planned inside the recess cannot adopt anything: the planner must skip it.
  entry('raadsvergadering', '2027-07-13'),
  entry('raadsvergadering', '2027-09-28'),
];

describe('planCouncilRoute', () => {
  it('picks the last council meeting on or before the deadline, its committee, and the college three weeks before', () => {
    const route = planCouncilRoute({ deadline: d('2027-06-29'), entries: schedule });
    expect(route).toMatchObject({ councilMeeting: '2027-06-29', committeeMeeting: '2027-06-15', collegeDeadline: '2027-05-25' });
    expect(route?.explanation).toContain('29 juni 2027');
    expect(route?.explanation).toContain('3 weken vóór de commissie');
  });

  it('skips a council meeting inside the summer recess', () => {
    const route = planCouncilRoute({ deadline: d('2027-07-20'), entries: schedule });
    expect(route?.councilMeeting).toBe('2027-06-29');
  });

  it('counts from the council meeting when its cycle has no committee meeting', () => {
    // 2027-09-28's cycle starts after 2027-06-29 (the recess meeting does not count); no committee in between.
    const route = planCouncilRoute({ deadline: d('2027-10-01'), entries: schedule, collegeLeadWeeks: 2 });
    expect(route).toMatchObject({ councilMeeting: '2027-09-28', committeeMeeting: undefined, collegeDeadline: '2027-09-14' });
    expect(route?.explanation).toContain('2 weken vóór de raad');
  });

  it('does not take a committee meeting from an earlier cycle', () => {
    const route = planCouncilRoute({ deadline: d('2027-06-29'), entries: schedule.filter((item) => item.date !== '2027-06-15') });
    expect(route?.committeeMeeting).toBeUndefined();
  });

  it('moves the college deadline to the previous working day past Ascension Day and 5 May', () => {
    const entries = [entry('commissievergadering', '2027-05-27'), entry('raadsvergadering', '2027-06-08')];
    // 2027-05-27 minus three weeks is Thursday 6 May 2027, Hemelvaartsdag; 5 May is Bevrijdingsdag (Algemene termijnenwet art. 3).
    expect(planCouncilRoute({ deadline: d('2027-06-10'), entries })?.collegeDeadline).toBe('2027-05-04');
    expect(planCouncilRouteWith({ deadline: d('2027-06-10'), entries }, WEEKENDS_ONLY)?.collegeDeadline).toBe('2027-05-06');
    expect(planCouncilRoute({ deadline: d('2027-06-10'), entries })?.explanation).toContain('6 mei 2027 is geen werkdag');
  });

  it('uses the municipality lead weeks and falls back to three for an invalid value', () => {
    expect(planCouncilRoute({ deadline: d('2027-06-29'), entries: schedule, collegeLeadWeeks: 4 })?.collegeDeadline).toBe('2027-05-18');
    expect(planCouncilRoute({ deadline: d('2027-06-29'), entries: schedule, collegeLeadWeeks: -1 })?.collegeDeadline).toBe('2027-05-25');
  });

  it('returns undefined with a reason when no council meeting is on or before the deadline', () => {
    const input = { deadline: d('2027-05-20'), entries: schedule };
    expect(planCouncilRoute(input)).toBeUndefined();
    expect(missingCouncilRouteReason(input)).toContain('geen raadsvergadering (buiten het zomerreces) op of vóór 20 mei 2027');
    expect(missingCouncilRouteReason({ deadline: d('2027-05-20'), entries: [] })).toContain('geen vergaderschema');
  });

  it('does not mutate the entries', () => {
    const entries = [...schedule].reverse();
    const copy = JSON.stringify(entries);
    planCouncilRoute({ deadline: d('2027-07-20'), entries });
    expect(JSON.stringify(entries)).toBe(copy);
  });
});
