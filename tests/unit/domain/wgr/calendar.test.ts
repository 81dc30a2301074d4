import type { CalendarDate } from '../../../../src/domain/models';
import {
  computeWgrCalendar,
  describeDays,
  type CouncilCalendarEntry,
  type WgrCalendar,
  type WgrCalendarInput,
  type WgrDeadline,
  type WgrDeadlineRule,
} from '../../../../src/domain/wgr';
import { dutchWorkingDays } from '../../../../src/domain/wgr/dutchHolidays';

const d = (text: string): CalendarDate => text as CalendarDate;
const workingDays = dutchWorkingDays();
const HOF_VAN_TWENTE = 8;
const ALMELO = 1;

function input(overrides: Partial<WgrCalendarInput> & Pick<WgrCalendarInput, 'budgetYear'>): WgrCalendarInput {
  return {
    partnershipId: 42,
    partnershipName: 'GBTwente',
    participantIds: [HOF_VAN_TWENTE],
    abMeetings: [],
    regulationChanges: [],
    councilCalendar: [],
    municipalityNames: new Map([
      [HOF_VAN_TWENTE, 'Hof van Twente'],
      [ALMELO, 'Almelo'],
    ]),
    ...overrides,
  };
}

const ab = (date: string, title = `AB ${date}`) => ({ date: d(date), title });

function deadline(calendar: WgrCalendar, rule: WgrDeadlineRule): WgrDeadline {
  const found = calendar.deadlines.filter((candidate) => candidate.rule === rule);
  expect(found).toHaveLength(1);
  return found[0];
}

function days(found: WgrDeadline): Pick<WgrDeadline, 'legalDate' | 'relation' | 'lastAllowedDay' | 'latestWorkingDay' | 'lastAllowedDayIsNonWorkingDay'> {
  const { legalDate, relation, lastAllowedDay, latestWorkingDay, lastAllowedDayIsNonWorkingDay } = found;
  return { legalDate, relation, lastAllowedDay, latestWorkingDay, lastAllowedDayIsNonWorkingDay };
}

const codes = (calendar: WgrCalendar): string[] => calendar.checks.map((check) => check.code).sort();

describe('computeWgrCalendar, budget year 2027 (cycle in 2026; one summer AB that adopts begroting and jaarrekening)', () => {
  // GBTwente demo ABs of 2026: 12 March, 2 July, 5 November, 10 December. None names what it adopts, so the
  // last AB before 15 September (2 July) adopts the begroting, and the last before 15 July (2 July) the jaarrekening.
  const calendar = computeWgrCalendar(
    input({ budgetYear: 2027, abMeetings: [ab('2026-11-05'), ab('2026-03-12'), ab('2026-07-02'), ab('2026-12-10')] }),
    workingDays,
  );

  it('chooses the 2 July AB for both adoptions', () => {
    expect(calendar.budgetAbDate).toBe('2026-07-02');
    expect(calendar.accountsAbDate).toBe('2026-07-02');
  });

  it('kaders vóór 30 april 2026 (Thursday): last day Wednesday 29 April, a working day (art. 34b)', () => {
    expect(days(deadline(calendar, 'kaders-naar-raden'))).toEqual({
      legalDate: '2026-04-30',
      relation: 'before',
      lastAllowedDay: '2026-04-29',
      latestWorkingDay: '2026-04-29',
      lastAllowedDayIsNonWorkingDay: false,
    });
    expect(deadline(calendar, 'kaders-naar-raden').subject).toBe('Kaders 2027 en voorlopige jaarrekening 2025 naar de raden');
  });

  it('ontwerpbegroting twelve weeks before 2 July: 2 July − 84 days = 9 April 2026 (art. 35(1))', () => {
    // 2 July → 2 June is 30 days, → 2 May 61, → 9 April 84.
    expect(days(deadline(calendar, 'ontwerpbegroting-naar-raden'))).toMatchObject({ legalDate: '2026-04-09', relation: 'on-or-before', lastAllowedDay: '2026-04-09' });
    expect(deadline(calendar, 'ontwerpbegroting-naar-raden').abDate).toBe('2026-07-02');
  });

  it('zienswijze window from 9 April to 1 July, the day before the AB', () => {
    const zienswijze = deadline(calendar, 'zienswijze-ontwerpbegroting');
    expect(zienswijze.window).toEqual({ start: '2026-04-09', end: '2026-07-01' });
    expect(zienswijze).toMatchObject({ kind: 'invloed', audiences: ['raad'], lastAllowedDay: '2026-07-01' });
  });

  it('begroting to GS within two weeks: 2 July + 14 = 16 July 2026, earlier than 15 September (art. 34(2))', () => {
    expect(days(deadline(calendar, 'begroting-naar-gs'))).toMatchObject({ legalDate: '2026-07-16', relation: 'on-or-before', lastAllowedDay: '2026-07-16' });
  });

  it('jaarrekening 2025 to GS: two weeks would be 16 July, so vóór 15 July wins: last day Tuesday 14 July (art. 34(4))', () => {
    const found = deadline(calendar, 'jaarrekening-naar-gs');
    expect(found.subject).toBe('Jaarrekening 2025 naar Gedeputeerde Staten');
    expect(days(found)).toMatchObject({ legalDate: '2026-07-15', relation: 'before', lastAllowedDay: '2026-07-14', latestWorkingDay: '2026-07-14' });
  });

  it('warns that the jaarrekening must go sooner than two weeks after adoption, and nothing else', () => {
    // No council schedule is known for Hof van Twente in this input, hence the info about the window.
    expect(codes(calendar)).toEqual(['jaarrekening-krap-voor-gs', 'vergaderschema-onbekend']);
    const tight = calendar.checks.find((check) => check.code === 'jaarrekening-krap-voor-gs');
    expect(tight?.message).toContain('dinsdag 14 juli 2026');
    expect(tight?.message).toContain('Wgr art. 34(4)');
  });

  it('derives no begrotingswijziging moments: there are no ABs in 2027 in the input', () => {
    expect(calendar.deadlines.filter((found) => found.rule.startsWith('begrotingswijziging') || found.rule === 'zienswijze-begrotingswijziging')).toEqual([]);
  });

  it('sorts deadlines by last allowed day', () => {
    const order = calendar.deadlines.map((found) => found.lastAllowedDay);
    expect(order).toEqual([...order].sort());
  });
});

describe('computeWgrCalendar, budget year 2028 (cycle in 2027; several ABs, one named for the jaarstukken)', () => {
  const abs = [ab('2027-03-11', 'AB GBTwente: jaarstukken 2026'), ab('2027-07-01'), ab('2027-11-04'), ab('2028-03-09'), ab('2028-07-06')];
  const calendar = computeWgrCalendar(input({ budgetYear: 2028, abMeetings: abs }), workingDays);

  it('the named AB adopts the jaarstukken, the last AB before 15 September the begroting', () => {
    expect(calendar.accountsAbDate).toBe('2027-03-11');
    expect(calendar.budgetAbDate).toBe('2027-07-01');
  });

  it('kaders vóór 30 april 2027 (Friday): last day Thursday 29 April', () => {
    expect(days(deadline(calendar, 'kaders-naar-raden'))).toMatchObject({ lastAllowedDay: '2027-04-29', latestWorkingDay: '2027-04-29', lastAllowedDayIsNonWorkingDay: false });
  });

  it('ontwerpbegroting: 1 July 2027 − 84 days = 8 April 2027', () => {
    // 1 July → 1 June 30 days, → 1 May 61, → 8 April 84.
    expect(deadline(calendar, 'ontwerpbegroting-naar-raden').lastAllowedDay).toBe('2027-04-08');
  });

  it('begroting to GS by 15 July 2027 (1 July + 14); jaarrekening 2026 to GS by 25 March 2027 (11 March + 14)', () => {
    expect(days(deadline(calendar, 'begroting-naar-gs'))).toMatchObject({ legalDate: '2027-07-15', relation: 'on-or-before' });
    expect(days(deadline(calendar, 'jaarrekening-naar-gs'))).toMatchObject({ legalDate: '2027-03-25', relation: 'on-or-before', lastAllowedDay: '2027-03-25' });
  });

  it('a begrotingswijziging 2028 for each AB of 2028, twelve weeks ahead (art. 35(6))', () => {
    const sends = calendar.deadlines.filter((found) => found.rule === 'begrotingswijziging-naar-raden');
    // 9 March 2028 − 84: → 9 Feb 29 days (leap year), → 9 Jan 60, → 16 December 2027 84.
    // 6 July 2028 − 84: → 6 June 30, → 6 May 61, → 13 April 2028 84.
    expect(sends.map((found) => [found.abDate, found.lastAllowedDay])).toEqual([
      ['2028-03-09', '2027-12-16'],
      ['2028-07-06', '2028-04-13'],
    ]);
    const windows = calendar.deadlines.filter((found) => found.rule === 'zienswijze-begrotingswijziging').map((found) => found.window);
    expect(windows).toEqual([
      { start: '2027-12-16', end: '2028-03-08' },
      { start: '2028-04-13', end: '2028-07-05' },
    ]);
    expect(sends[0].subject).toBe('Ontwerp-begrotingswijziging 2028 voor het AB van donderdag 9 maart 2028 naar de raden');
  });

  it('derives no begrotingswijzigingen when the GR exempts them (art. 35(6))', () => {
    const exempt = computeWgrCalendar(
      input({ budgetYear: 2028, abMeetings: abs, settings: { partnershipId: 42, budgetAmendmentsExempt: true, notes: '' } }),
      workingDays,
    );
    expect(exempt.deadlines.map((found) => found.rule)).not.toContain('begrotingswijziging-naar-raden');
    expect(exempt.deadlines.map((found) => found.rule)).not.toContain('zienswijze-begrotingswijziging');
    expect(exempt.deadlines).toHaveLength(calendar.deadlines.length - 4);
  });

  it('reports no law breach', () => {
    expect(calendar.checks.filter((check) => check.severity !== 'info')).toEqual([]);
  });
});

describe('computeWgrCalendar, budget year 2029 (cycle in 2028; 30 April on a Sunday, late AB)', () => {
  const hofVanTwente: CouncilCalendarEntry[] = [
    { municipalityId: HOF_VAN_TWENTE, kind: 'raadsvergadering', title: 'Raad', date: d('2028-06-06'), isDemo: true },
    { municipalityId: HOF_VAN_TWENTE, kind: 'raadsvergadering', title: 'Raad', date: d('2028-07-04'), isDemo: true },
    { municipalityId: HOF_VAN_TWENTE, kind: 'zomerreces', title: 'Zomerreces', date: d('2028-07-08'), endDate: d('2028-08-27'), isDemo: true },
  ];
  const calendar = computeWgrCalendar(
    input({ budgetYear: 2029, abMeetings: [ab('2028-09-07')], councilCalendar: hofVanTwente, participantIds: [HOF_VAN_TWENTE, ALMELO] }),
    workingDays,
  );

  it('kaders vóór Sunday 30 April 2028: the last day is Saturday 29 April, so act on Friday 28 April', () => {
    expect(days(deadline(calendar, 'kaders-naar-raden'))).toEqual({
      legalDate: '2028-04-30',
      relation: 'before',
      lastAllowedDay: '2028-04-29',
      latestWorkingDay: '2028-04-28',
      lastAllowedDayIsNonWorkingDay: true,
    });
    const weekend = calendar.checks.find((check) => check.code === 'deadline-in-weekend' && check.rule === 'kaders-naar-raden');
    expect(weekend?.message).toBe(
      'Kaders 2029 en voorlopige jaarrekening 2027 naar de raden: de laatste dag, zaterdag 29 april 2028, is geen werkdag (weekend). De wettelijke datum schuift niet op; verstuur uiterlijk vrijdag 28 april 2028.',
    );
  });

  it('ontwerpbegroting: 7 September 2028 − 84 days = 15 June 2028', () => {
    // 7 Sep → 7 Aug 31 days, → 7 July 62, → 15 June 84.
    expect(deadline(calendar, 'ontwerpbegroting-naar-raden').lastAllowedDay).toBe('2028-06-15');
  });

  it('begroting to GS: 7 Sep + 14 = 21 Sep is after 15 September (Friday), so the last day is Thursday 14 September, with a warning', () => {
    expect(days(deadline(calendar, 'begroting-naar-gs'))).toMatchObject({ legalDate: '2028-09-15', relation: 'before', lastAllowedDay: '2028-09-14', latestWorkingDay: '2028-09-14' });
    expect(codes(calendar)).toContain('begroting-krap-voor-gs');
    expect(codes(calendar)).not.toContain('begroting-niet-tijdig-bij-gs');
  });

  it('the only AB is after 15 July: the jaarrekening 2027 cannot reach GS in time (error)', () => {
    expect(calendar.accountsAbDate).toBe('2028-09-07');
    const error = calendar.checks.find((check) => check.code === 'jaarrekening-niet-tijdig-bij-gs');
    expect(error?.severity).toBe('fout');
    expect(error?.message).toContain('vóór zaterdag 15 juli 2028');
    // 15 July 2028 is a Saturday; the last day, Friday 14 July, is a working day.
    expect(days(deadline(calendar, 'jaarrekening-naar-gs'))).toMatchObject({ lastAllowedDay: '2028-07-14', lastAllowedDayIsNonWorkingDay: false });
  });

  it('the zienswijze window 15 June – 6 September overlaps the recess 8 July – 27 August by 51 days', () => {
    const recess = calendar.checks.filter((check) => check.code === 'termijn-in-zomerreces');
    expect(recess).toHaveLength(1);
    expect(recess[0]).toMatchObject({ municipalityId: HOF_VAN_TWENTE, severity: 'waarschuwing' });
    // 8 July to 27 August inclusive: 24 days in July + 27 in August = 51 days = 7 weeks and 2 days.
    expect(recess[0].message).toContain('7 weken en 2 dagen in het zomerreces van de raad van Hof van Twente');
  });

  it('the council of Hof van Twente meets in the window (4 July), so no missing-meeting warning; Almelo has no schedule', () => {
    expect(codes(calendar)).not.toContain('geen-raadsvergadering-in-termijn');
    const unknown = calendar.checks.find((check) => check.code === 'vergaderschema-onbekend');
    expect(unknown?.message).toContain('Van Almelo is geen vergaderschema');
  });

  it('warns when no council meeting falls in the window', () => {
    const withoutJuly = hofVanTwente.filter((entry) => entry.date !== '2028-07-04');
    const result = computeWgrCalendar(input({ budgetYear: 2029, abMeetings: [ab('2028-09-07')], councilCalendar: withoutJuly }), workingDays);
    const missing = result.checks.filter((check) => check.code === 'geen-raadsvergadering-in-termijn');
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toBe(
      'De raad van Hof van Twente vergadert niet in de zienswijzetermijn voor de ontwerpbegroting 2029 (donderdag 15 juni 2028 tot en met woensdag 6 september 2028); zonder extra vergadering kan de raad geen zienswijze vaststellen.',
    );
  });
});

describe('computeWgrCalendar, budget year 2030 (cycle in 2029; 29 April a Sunday after Koningsdag, AB too late)', () => {
  const calendar = computeWgrCalendar(input({ budgetYear: 2030, abMeetings: [ab('2029-09-20')] }), workingDays);

  it('kaders: last day Sunday 29 April 2029; Saturday 28 and Koningsdag Friday 27 are no working days: Thursday 26 April', () => {
    expect(days(deadline(calendar, 'kaders-naar-raden'))).toEqual({
      legalDate: '2029-04-30',
      relation: 'before',
      lastAllowedDay: '2029-04-29',
      latestWorkingDay: '2029-04-26',
      lastAllowedDayIsNonWorkingDay: true,
    });
  });

  it('an AB on 20 September cannot get the begroting to GS before Saturday 15 September 2029 (error)', () => {
    const error = calendar.checks.find((check) => check.code === 'begroting-niet-tijdig-bij-gs');
    expect(error?.severity).toBe('fout');
    expect(error?.message).toContain('donderdag 20 september 2029');
    // 15 September 2029 is a Saturday; the last day is Friday 14 September, a working day.
    expect(days(deadline(calendar, 'begroting-naar-gs'))).toMatchObject({ legalDate: '2029-09-15', relation: 'before', lastAllowedDay: '2029-09-14', lastAllowedDayIsNonWorkingDay: false });
  });
});

describe('computeWgrCalendar, budget year 2031 (cycle in 2030; 15 September on a Sunday)', () => {
  it('without an AB: an error with the latest possible dates, and the fixed-date deadlines only', () => {
    const calendar = computeWgrCalendar(input({ budgetYear: 2031 }), workingDays);
    expect(calendar.budgetAbDate).toBeUndefined();
    expect(calendar.deadlines.map((found) => found.rule).sort()).toEqual(['begroting-naar-gs', 'begroting-vaststelling', 'jaarrekening-naar-gs', 'kaders-naar-raden']);
    const missing = calendar.checks.find((check) => check.code === 'geen-ab-gepland');
    // Last AB 14 September 2030; − 84 days: → 14 Aug 31, → 14 July 62, → 22 June 84.
    expect(missing?.message).toContain('uiterlijk zaterdag 14 september 2030 vergaderen');
    expect(missing?.message).toContain('uiterlijk zaterdag 22 juni 2030 naar de raden');
    // 15 September 2030 is a Sunday: last day Saturday 14, act on Friday 13 September.
    expect(days(deadline(calendar, 'begroting-naar-gs'))).toEqual({
      legalDate: '2030-09-15',
      relation: 'before',
      lastAllowedDay: '2030-09-14',
      latestWorkingDay: '2030-09-13',
      lastAllowedDayIsNonWorkingDay: true,
    });
    // Vaststelling in 2030: vóór 1 January 2031, last day 31 December 2030 (a Tuesday).
    expect(days(deadline(calendar, 'begroting-vaststelling'))).toMatchObject({ legalDate: '2031-01-01', lastAllowedDay: '2030-12-31' });
  });

  it('an own send date that leaves less than twelve weeks is an error with the weeks counted', () => {
    const calendar = computeWgrCalendar(
      input({ budgetYear: 2031, abMeetings: [ab('2030-07-04')], settings: { partnershipId: 42, budgetAmendmentsExempt: false, draftBudgetSendDay: '15-04', notes: '' } }),
      workingDays,
    );
    // 4 July 2030 − 84: → 4 June 30, → 4 May 61, → 11 April 84. The GR sends on 15 April: 80 days = 11 weeks and 3 days.
    const error = calendar.checks.find((check) => check.code === 'minder-dan-twaalf-weken');
    expect(error?.severity).toBe('fout');
    expect(error?.message).toContain('11 weken en 3 dagen in plaats van ten minste twaalf weken');
    expect(error?.message).toContain('Verstuur uiterlijk donderdag 11 april 2030');
    expect(deadline(calendar, 'ontwerpbegroting-naar-raden').lastAllowedDay).toBe('2030-04-11');
    expect(deadline(calendar, 'zienswijze-ontwerpbegroting').window).toEqual({ start: '2030-04-15', end: '2030-07-03' });
  });

  it('an own send date in time replaces the legal one; an own kaders date before 30 April too', () => {
    const calendar = computeWgrCalendar(
      input({ budgetYear: 2031, abMeetings: [ab('2030-07-04')], settings: { partnershipId: 42, budgetAmendmentsExempt: false, kadersSendDay: '15-04', draftBudgetSendDay: '01-04', notes: '' } }),
      workingDays,
    );
    expect(days(deadline(calendar, 'kaders-naar-raden'))).toMatchObject({ legalDate: '2030-04-15', relation: 'on-or-before', lastAllowedDay: '2030-04-15' });
    expect(deadline(calendar, 'ontwerpbegroting-naar-raden').lastAllowedDay).toBe('2030-04-01');
    expect(calendar.checks.filter((check) => check.severity === 'fout')).toEqual([]);
  });

  it('a malformed or late own date is reported in Dutch and the legal date is used', () => {
    const calendar = computeWgrCalendar(
      input({ budgetYear: 2031, abMeetings: [ab('2030-07-04')], settings: { partnershipId: 42, budgetAmendmentsExempt: false, kadersSendDay: '1 mei', draftBudgetSendDay: '31-04', notes: '' } }),
      workingDays,
    );
    const invalid = calendar.checks.filter((check) => check.code === 'instelling-ongeldig');
    expect(invalid.map((check) => check.message)).toEqual([
      'De Wgr-instelling "eigen verzenddatum kaders" (1 mei) is geen geldige dag en maand (dd-mm, bijvoorbeeld 15-04); de wettelijke datum wordt gebruikt.',
      'De Wgr-instelling "eigen verzenddatum ontwerpbegroting" (31-04) is geen geldige dag en maand (dd-mm, bijvoorbeeld 15-04); de wettelijke datum wordt gebruikt.',
    ]);
    expect(deadline(calendar, 'kaders-naar-raden').legalDate).toBe('2030-04-30');

    const late = computeWgrCalendar(
      input({ budgetYear: 2031, abMeetings: [ab('2030-07-04')], settings: { partnershipId: 42, budgetAmendmentsExempt: false, kadersSendDay: '30-04', notes: '' } }),
      workingDays,
    );
    expect(late.checks.find((check) => check.code === 'eigen-datum-te-laat')?.severity).toBe('fout');
    expect(deadline(late, 'kaders-naar-raden')).toMatchObject({ legalDate: '2030-04-30', relation: 'before' });
  });
});

describe('computeWgrCalendar, regulation changes (Wgr art. 1(2)-(3))', () => {
  it('eight weeks from the send date: 20 May 2026 + 56 days = 15 July 2026, in the calendar of budget year 2027', () => {
    // 20 May → 31 May 11 days, → 30 June 41, → 15 July 56.
    const change = { partnershipId: 42, kind: 'toetreding' as const, subject: 'Toetreding gemeente Almelo', sentDate: d('2026-05-20') };
    const calendar = computeWgrCalendar(input({ budgetYear: 2027, regulationChanges: [change] }), workingDays);
    const found = deadline(calendar, 'zienswijze-regeling');
    expect(found).toMatchObject({ lastAllowedDay: '2026-07-15', relation: 'on-or-before', kind: 'invloed', window: { start: '2026-05-20', end: '2026-07-15' } });
    expect(found.subject).toBe('Zienswijze raden op toetreding: Toetreding gemeente Almelo');
    // Sent in 2026: not part of budget year 2028's calendar.
    expect(computeWgrCalendar(input({ budgetYear: 2028, regulationChanges: [change] }), workingDays).deadlines.map((other) => other.rule)).not.toContain('zienswijze-regeling');
  });
});

describe('computeWgrCalendar, purity', () => {
  it('does not mutate its input', () => {
    const meetings = [ab('2026-11-05'), ab('2026-07-02')];
    const given = input({ budgetYear: 2027, abMeetings: meetings });
    const copy = JSON.stringify(given.abMeetings);
    computeWgrCalendar(given, workingDays);
    expect(JSON.stringify(given.abMeetings)).toBe(copy);
  });
});

describe('describeDays', () => {
  it.each([
    [1, '1 dag'],
    [6, '6 dagen'],
    [7, '1 week'],
    [14, '2 weken'],
    [80, '11 weken en 3 dagen'],
    [8, '1 week en 1 dag'],
  ])('%i days read as "%s"', (count, text) => {
    expect(describeDays(count)).toBe(text);
  });
});
