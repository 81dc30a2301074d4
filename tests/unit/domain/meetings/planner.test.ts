import {
  evaluateBodyCompliance,
  isoWeekday,
  parseFrequencyText,
  planBodiesYear,
  planYear,
  legalFloorRules,
  type MeetingOccurrence,
  type PlannerBody,
  type PlannerPreferences,
} from '../../../../src/domain/meetings';
import { dutchDayCalendar } from '../../../../src/domain/holidays';
import type { CalendarDate } from '../../../../src/domain/models';
import { parseCalendarDate, toInstant, zonedDateTime } from '../../../../src/domain/time';

const day = (text: string): CalendarDate => parseCalendarDate(text);
const thursdayAfternoon: PlannerPreferences = { weekday: 4, startTime: '14:00', durationMinutes: 120, schoolRegion: 'noord' };
const ab: PlannerBody = { id: 1, shortName: 'AB', rules: [...parseFrequencyText('minimaal drie keer per jaar'), ...legalFloorRules({ name: 'AB', shortName: 'AB' }, 'gr-openbaar-lichaam')] };
const db: PlannerBody = { id: 2, shortName: 'DB', rules: parseFrequencyText('minimaal vier keer per jaar') };
const accounthouders: PlannerBody = { id: 3, shortName: 'Accounthoudersoverleg', rules: parseFrequencyText('twee weken voorafgaand aan AB (minimaal drie keer per jaar)') };
const siblings = [ab, db, accounthouders];
const dayOfStart = (start: string): CalendarDate => start.slice(0, 10) as CalendarDate;

describe('planYear', () => {
  const plan = () => planYear({ year: 2027, body: ab, preferences: thursdayAfternoon, siblings, meetings: [], today: day('2026-11-26') });

  it('proposes the minimum on the preferred weekday and time, spread over the year, avoiding holidays', () => {
    const result = plan();
    expect(result.warnings).toEqual([]);
    expect(result.proposals.map((proposal) => [proposal.start, proposal.end])).toEqual([
      ['2027-03-04T14:00:00+01:00', '2027-03-04T16:00:00+01:00'],
      ['2027-07-01T14:00:00+02:00', '2027-07-01T16:00:00+02:00'],
      ['2027-10-28T14:00:00+02:00', '2027-10-28T16:00:00+02:00'],
    ]);
    const calendar = dutchDayCalendar({ schoolRegion: 'noord' });
    for (const proposal of result.proposals) {
      expect(isoWeekday(dayOfStart(proposal.start))).toBe(4);
      expect(calendar(dayOfStart(proposal.start))).toBeUndefined();
    }
  });

  it('gives its reasons in Dutch: the rules served, including Wgr art. 22, and room for the preparing body', () => {
    expect(plan().proposals[0].reasons).toEqual([
      'Minimaal 3 keer per jaar (in 2027).',
      'Wgr art. 22: het AB vergadert minimaal 2 keer per jaar (in 2027).',
      'Laat ruimte voor Accounthoudersoverleg in de 2 weken ervoor.',
    ]);
  });

  it('is deterministic and does not change its input', () => {
    const frozen = Object.freeze({ ...ab, rules: Object.freeze([...ab.rules]) });
    const input = Object.freeze({ year: 2027, body: frozen, preferences: thursdayAfternoon, siblings: Object.freeze([frozen]), meetings: Object.freeze([]), today: day('2026-11-26') });
    expect(planYear(input)).toEqual(planYear(input));
  });

  it('moves a meeting out of the school holidays of the chosen region and says which days it passed over', () => {
    const summer: PlannerBody = { id: 8, shortName: 'Zomeroverleg', rules: parseFrequencyText('één keer per jaar (zomer)') };
    const midden = planYear({ year: 2027, body: summer, preferences: { ...thursdayAfternoon, schoolRegion: 'midden' }, siblings: [summer], meetings: [], today: day('2026-11-26') });
    expect(midden.proposals.map((proposal) => dayOfStart(proposal.start))).toEqual(['2027-07-08']);
    expect(midden.proposals[0].reasons).toContain('Niet op 15 juli 2027: zomervakantie (regio midden).');
    // Without a region, only public holidays are avoided: the middle of the summer is fine.
    const anyRegion = planYear({ year: 2027, body: summer, preferences: { weekday: 4, startTime: '14:00', durationMinutes: 60 }, siblings: [summer], meetings: [], today: day('2026-11-26') });
    expect(anyRegion.proposals.map((proposal) => dayOfStart(proposal.start))).toEqual(['2027-07-15']);
  });

  it('skips a public holiday on the preferred weekday: Hemelvaartsdag', () => {
    const may: PlannerBody = { id: 9, shortName: 'M', rules: parseFrequencyText('een keer per maand') };
    const calendar = (date: CalendarDate) => (date === '2027-05-13' ? 'testdag' : dutchDayCalendar()(date));
    const result = planYear({ year: 2027, body: may, preferences: { weekday: 4, startTime: '10:00', durationMinutes: 60 }, siblings: [may], meetings: [], today: day('2026-11-26'), calendar });
    const inMay = result.proposals.map((proposal) => dayOfStart(proposal.start)).filter((date) => date.startsWith('2027-05'));
    // The middle of May is the 16th: Thursday the 13th is blocked here, so the 20th; never the 6th (Hemelvaartsdag).
    expect(inMay).toEqual(['2027-05-20']);
    expect(result.proposals.find((proposal) => dayOfStart(proposal.start) === '2027-05-20')?.reasons).toContain('Niet op 13 mei 2027: testdag.');
  });

  it('counts meetings already planned and proposes only what is missing', () => {
    const existing: MeetingOccurrence[] = [
      { bodyId: 1, start: zonedDateTime('2027-02-11', '14:00'), status: 'gepland' },
      { bodyId: 1, start: zonedDateTime('2027-06-10', '14:00'), status: 'gepland' },
      { bodyId: 1, start: zonedDateTime('2027-09-09', '14:00'), status: 'geannuleerd' },
    ];
    const result = planYear({ year: 2027, body: ab, preferences: thursdayAfternoon, siblings, meetings: existing, today: day('2026-11-26') });
    expect(result.proposals).toHaveLength(1);
    expect(dayOfStart(result.proposals[0].start) > '2027-09-01').toBe(true);
  });

  it('keeps the AB off days whose two weeks before offer the accounthoudersoverleg no free day', () => {
    // Block 17 February to 3 March: an AB on 4 March would leave no day for its preparation.
    const blocked = (date: CalendarDate) => (date >= '2027-02-17' && date <= '2027-03-03' ? 'geblokkeerd' : undefined);
    const result = planYear({ year: 2027, body: ab, preferences: thursdayAfternoon, siblings, meetings: [], today: day('2026-11-26'), calendar: blocked });
    const first = result.proposals[0];
    expect(dayOfStart(first.start)).toBe('2027-03-11');
    expect(first.reasons).toContain('Niet op 4 maart 2027: geen vrije dag voor Accounthoudersoverleg in de 2 weken ervoor.');
  });

  it('never proposes a day on or before today', () => {
    const result = planYear({ year: 2026, body: db, preferences: thursdayAfternoon, siblings, meetings: [], today: day('2026-11-26') });
    expect(result.proposals.every((proposal) => dayOfStart(proposal.start) > '2026-11-26')).toBe(true);
    expect(result.proposals).toHaveLength(4);
  });

  it('warns instead of guessing: a bad time, an unknown referenced body, no AB meetings yet, an unknown school year', () => {
    expect(planYear({ year: 2027, body: ab, preferences: { ...thursdayAfternoon, startTime: '25:00' }, siblings, meetings: [], today: day('2026-11-26') }).warnings).toEqual([
      'De begintijd moet als uu:mm zijn gegeven en de duur groter dan 0 minuten.',
    ]);
    const orphan: PlannerBody = { id: 7, shortName: 'O', rules: parseFrequencyText('twee weken voorafgaand aan Stuurgroep') };
    expect(planYear({ year: 2027, body: orphan, preferences: thursdayAfternoon, siblings: [orphan], meetings: [], today: day('2026-11-26') }).warnings).toEqual([
      'Het orgaan "Stuurgroep" bestaat niet bij deze samenwerking; de regel "Elke vergadering van Stuurgroep: in de 2 weken ervoor een vergadering" is niet ingepland.',
    ]);
    expect(planYear({ year: 2027, body: accounthouders, preferences: thursdayAfternoon, siblings, meetings: [], today: day('2026-11-26') }).warnings[0]).toBe(
      'Er zijn nog geen vergaderingen van AB in 2027: plan die eerst, dan volgt Accounthoudersoverleg in de 2 weken ervoor.',
    );
    expect(planYear({ year: 2031, body: db, preferences: thursdayAfternoon, siblings, meetings: [], today: day('2026-11-26') }).warnings).toEqual([
      'De schoolvakanties van 2031 zijn niet (volledig) bekend; alleen de feestdagen zijn vermeden.',
    ]);
  });
});

describe('planBodiesYear', () => {
  it('plans the AB first, then a preparing meeting in the two weeks before each AB, and the result is compliant', () => {
    const plans = planBodiesYear({ year: 2027, bodies: [accounthouders, ab, db], siblings, meetings: [], today: day('2026-11-26'), preferences: () => thursdayAfternoon });
    expect(plans.map((plan) => plan.bodyId)).toEqual([3, 1, 2]);
    const [prep, abPlan, dbPlan] = plans;
    expect(prep.proposals).toHaveLength(abPlan.proposals.length);
    for (const proposal of prep.proposals) {
      expect(proposal.prepares).toBeDefined();
      const gap = (toInstant(proposal.prepares as never).getTime() - toInstant(proposal.start).getTime()) / 86_400_000;
      expect(gap).toBeGreaterThan(0);
      expect(gap).toBeLessThanOrEqual(14.05);
    }
    expect(prep.proposals[0].reasons[0]).toBe('Bereidt de AB-vergadering van 4 maart 2027 voor (7 dagen ervoor).');
    expect(prep.proposals[0].reasons[1]).toBe('Niet op 18 februari 2027: voorjaarsvakantie (regio noord).');

    // Held as proposed, every body meets its rules at the end of 2027.
    const held: MeetingOccurrence[] = plans.flatMap((plan) => plan.proposals.map((proposal) => ({ bodyId: plan.bodyId, start: proposal.start, status: 'gehouden' as const })));
    for (const body of siblings) {
      const compliance = evaluateBodyCompliance({ ...body, partnershipId: 1, name: body.shortName }, (id) => held.filter((item) => item.bodyId === id), siblings.map((item) => ({ ...item, partnershipId: 1, name: item.shortName })), day('2027-12-31'));
      expect([body.shortName, compliance.state]).toEqual([body.shortName, 'met']);
    }
    expect(dbPlan.proposals).toHaveLength(4);
  });
});
