import type { Audience, CalendarDate } from '../models';
import { addDaysToCalendarDate, calendarDate, calendarDateParts, compareCalendarDates } from '../time';
import { formatWeekdayDate } from './format';
import { parseDayMonth } from './settings';
import type {
  CouncilCalendarEntry,
  DateWindow,
  DeadlineRelation,
  RegulationChange,
  WgrAbMeeting,
  WgrCalendar,
  WgrCalendarInput,
  WgrCheck,
  WgrCheckCode,
  WgrCheckSeverity,
  WgrDeadline,
  WgrDeadlineRule,
} from './types';
import { isWorkingDay, latestWorkingDayOnOrBefore, type WorkingDayCalendar } from './workingDays';

/** Wgr art. 35(1): the raden get twelve weeks for their zienswijze on the ontwerpbegroting. */
export const ZIENSWIJZE_WEEKS = 12;
/** Wgr art. 1(2)-(3): eight weeks for a zienswijze on a draft amendment, joining or leaving. */
export const REGULATION_ZIENSWIJZE_WEEKS = 8;
/** Wgr art. 34(2) and 34(4): documents go to Gedeputeerde Staten within two weeks of adoption. */
export const SEND_TO_GS_DAYS = 14;

const COUNCIL: readonly Audience[] = ['raad'];
const COUNCIL_AND_EXECUTIVE: readonly Audience[] = ['raad', 'college'];
const EXECUTIVE: readonly Audience[] = ['college'];

const REGULATION_CHANGE_LABELS: Readonly<Record<RegulationChange['kind'], string>> = {
  wijziging: 'ontwerp-wijziging van de regeling',
  toetreding: 'toetreding',
  uittreding: 'uittreding',
  'nieuwe-regeling': 'ontwerp van een nieuwe regeling',
};

interface DeadlineDraft {
  readonly rule: WgrDeadlineRule;
  readonly article: string;
  readonly subject: string;
  readonly legalDate: CalendarDate;
  readonly relation: DeadlineRelation;
  readonly kind: WgrDeadline['kind'];
  readonly audiences: readonly Audience[];
  readonly explanation: string;
  readonly abDate?: CalendarDate;
  readonly window?: DateWindow;
}

/**
 * Derives every Wgr deadline of one GR for budget year Y, and checks them against the AB planning, the GR's own
 * send dates and the councils' meeting schedules and summer recesses.
 *
 * The cycle of budget year Y runs in calendar year Y-1 (kaders, ontwerpbegroting, adoption, GS); begrotingswijzigingen
 * of Y follow the ABs held in Y; a regulation change belongs to Y when it is sent in Y-1.
 *
 * Which AB adopts what: an AB in Y-1 whose title names the begroting (or the jaarstukken / jaarrekening) adopts it;
 * otherwise the last AB in Y-1 that is still in time (before 15 September, resp. 15 July), which leaves the raden the
 * most time; otherwise the first AB in Y-1 (too late, which a check reports).
 *
 * Weekends and holidays: the law names fixed dates ("vóór 15 september"), not periods, so the Algemene termijnenwet
 * does not move them; the deadline stays the legal date and `latestWorkingDay` names the last working day before it.
 *
 * @example
 * computeWgrCalendar({ budgetYear: 2028, abMeetings: [{ date: '2027-07-01', title: 'AB' }], … }, calendar).deadlines
 * //=> kaders vóór 30 april 2027, ontwerpbegroting uiterlijk 8 april 2027, begroting naar GS uiterlijk 14 juli 2027, …
 */
export function computeWgrCalendar(input: WgrCalendarInput, workingDays: WorkingDayCalendar): WgrCalendar {
  const { budgetYear: year, partnershipId } = input;
  const cycleYear = year - 1;
  const drafts: DeadlineDraft[] = [];
  const checks: WgrCheck[] = [];
  const check = (code: WgrCheckCode, severity: WgrCheckSeverity, message: string, extra: { rule?: WgrDeadlineRule; municipalityId?: number } = {}): void => {
    checks.push({ code, severity, partnershipId, budgetYear: year, message, ...extra });
  };

  const meetings = [...input.abMeetings].sort((left, right) => compareCalendarDates(left.date, right.date));
  const inCycleYear = meetings.filter((meeting) => calendarDateParts(meeting.date).year === cycleYear);
  const gsBudgetDate = calendarDate(cycleYear, 9, 15);
  const gsAccountsDate = calendarDate(cycleYear, 7, 15);
  const budgetAb = adoptingMeeting(inCycleYear, /begroting(?!swijziging)/i, gsBudgetDate);
  const accountsAb = adoptingMeeting(inCycleYear, /jaarstukken|jaarrekening/i, gsAccountsDate);

  const settingsDay = (text: string | undefined, label: string): CalendarDate | undefined => {
    if (text === undefined || text.trim() === '') {
      return undefined;
    }
    const parsed = parseDayMonth(text, cycleYear);
    if (!parsed.ok) {
      check('instelling-ongeldig', 'waarschuwing', `De Wgr-instelling "${label}" (${text}) is geen geldige dag en maand (dd-mm, bijvoorbeeld 15-04); de wettelijke datum wordt gebruikt.`);
      return undefined;
    }
    return parsed.value;
  };
  const ownKadersDay = settingsDay(input.settings?.kadersSendDay, 'eigen verzenddatum kaders');
  const ownDraftBudgetDay = settingsDay(input.settings?.draftBudgetSendDay, 'eigen verzenddatum ontwerpbegroting');

  // Wgr art. 34b: kaders and voorlopige jaarrekening to the raden before 30 April of Y-1.
  const kadersLegal = calendarDate(cycleYear, 4, 30);
  const kadersSubject = `Kaders ${year} en voorlopige jaarrekening ${year - 2} naar de raden`;
  if (ownKadersDay && compareCalendarDates(ownKadersDay, kadersLegal) < 0) {
    drafts.push({
      rule: 'kaders-naar-raden',
      article: 'Wgr art. 34b',
      subject: kadersSubject,
      legalDate: ownKadersDay,
      relation: 'on-or-before',
      kind: 'informatie',
      audiences: COUNCIL_AND_EXECUTIVE,
      explanation: `De GR stuurt de algemene financiële en beleidsmatige kaders voor ${year} en de voorlopige jaarrekening ${year - 2} uiterlijk ${formatWeekdayDate(ownKadersDay)} naar de raden (eigen datum van de GR; wettelijk vóór ${formatWeekdayDate(kadersLegal)}, Wgr art. 34b).`,
    });
  } else {
    if (ownKadersDay) {
      check('eigen-datum-te-laat', 'fout', `De GR heeft ${formatWeekdayDate(ownKadersDay)} als eigen datum voor de kaders ${year}, maar de wet vraagt verzending vóór ${formatWeekdayDate(kadersLegal)} (Wgr art. 34b).`, { rule: 'kaders-naar-raden' });
    }
    drafts.push({
      rule: 'kaders-naar-raden',
      article: 'Wgr art. 34b',
      subject: kadersSubject,
      legalDate: kadersLegal,
      relation: 'before',
      kind: 'informatie',
      audiences: COUNCIL_AND_EXECUTIVE,
      explanation: `Het dagelijks bestuur stuurt de algemene financiële en beleidsmatige kaders voor ${year} en de voorlopige jaarrekening ${year - 2} vóór ${formatWeekdayDate(kadersLegal)} naar de raden (Wgr art. 34b).`,
    });
  }

  if (budgetAb) {
    const abDay = budgetAb.date;
    // Wgr art. 35(1): the ontwerpbegroting goes to the raden twelve weeks before the AB that adopts it.
    const latestSend = addDaysToCalendarDate(abDay, -7 * ZIENSWIJZE_WEEKS);
    let sendDay = latestSend;
    let sendExplanation = `Het dagelijks bestuur stuurt de ontwerpbegroting ${year} ten minste twaalf weken vóór het algemeen bestuur van ${formatWeekdayDate(abDay)} naar de raden, dus uiterlijk ${formatWeekdayDate(latestSend)} (Wgr art. 35(1)).`;
    if (ownDraftBudgetDay && compareCalendarDates(ownDraftBudgetDay, latestSend) <= 0) {
      sendDay = ownDraftBudgetDay;
      sendExplanation = `De GR stuurt de ontwerpbegroting ${year} op ${formatWeekdayDate(ownDraftBudgetDay)} naar de raden (eigen datum van de GR); wettelijk uiterlijk ${formatWeekdayDate(latestSend)}, twaalf weken vóór het algemeen bestuur van ${formatWeekdayDate(abDay)} (Wgr art. 35(1)).`;
    } else if (ownDraftBudgetDay) {
      const days = daysBetween(ownDraftBudgetDay, abDay);
      check(
        'minder-dan-twaalf-weken',
        'fout',
        `De GR stuurt de ontwerpbegroting ${year} op ${formatWeekdayDate(ownDraftBudgetDay)}, maar het algemeen bestuur vergadert al op ${formatWeekdayDate(abDay)}: de raden krijgen dan ${describeDays(days)} in plaats van ten minste twaalf weken voor hun zienswijze (Wgr art. 35(1)). Verstuur uiterlijk ${formatWeekdayDate(latestSend)} of verschuif het AB naar ${formatWeekdayDate(addDaysToCalendarDate(ownDraftBudgetDay, 7 * ZIENSWIJZE_WEEKS))} of later.`,
        { rule: 'ontwerpbegroting-naar-raden' },
      );
    }
    drafts.push({
      rule: 'ontwerpbegroting-naar-raden',
      article: 'Wgr art. 35(1)',
      subject: `Ontwerpbegroting ${year} naar de raden`,
      legalDate: sendDay,
      relation: 'on-or-before',
      kind: 'informatie',
      audiences: COUNCIL_AND_EXECUTIVE,
      explanation: sendExplanation,
      abDate: abDay,
    });
    const window: DateWindow = { start: ownDraftBudgetDay ?? latestSend, end: addDaysToCalendarDate(abDay, -1) };
    drafts.push({
      rule: 'zienswijze-ontwerpbegroting',
      article: 'Wgr art. 35(1)',
      subject: `Zienswijze raden op ontwerpbegroting ${year}`,
      legalDate: abDay,
      relation: 'before',
      kind: 'invloed',
      audiences: COUNCIL,
      explanation: `De raden kunnen hun zienswijze op de ontwerpbegroting ${year} geven vóór het algemeen bestuur van ${formatWeekdayDate(abDay)} (Wgr art. 35(1)); de raad moet er dus in deze termijn over vergaderen.`,
      abDate: abDay,
      window,
    });
    checks.push(...windowChecks(input, 'zienswijze-ontwerpbegroting', `ontwerpbegroting ${year}`, window));

    // Wgr art. 34(1): adopted in the year before the budget year (guaranteed: the AB is chosen in Y-1).
    drafts.push({
      rule: 'begroting-vaststelling',
      article: 'Wgr art. 34(1)',
      subject: `Algemeen bestuur stelt begroting ${year} vast`,
      legalDate: abDay,
      relation: 'on-or-before',
      kind: 'informatie',
      audiences: COUNCIL_AND_EXECUTIVE,
      explanation: `Het algemeen bestuur stelt de begroting ${year} vast in zijn vergadering van ${formatWeekdayDate(abDay)}; de wet vraagt vaststelling in ${cycleYear} (Wgr art. 34(1)).`,
      abDate: abDay,
    });

    // Wgr art. 34(2): to GS within two weeks of adoption and before 15 September of Y-1.
    drafts.push(gsDeadline('begroting-naar-gs', 'Wgr art. 34(2)', `Begroting ${year} naar Gedeputeerde Staten`, `de begroting ${year}`, abDay, gsBudgetDate));
    if (compareCalendarDates(abDay, gsBudgetDate) >= 0) {
      check(
        'begroting-niet-tijdig-bij-gs',
        'fout',
        `Het algemeen bestuur stelt de begroting ${year} pas op ${formatWeekdayDate(abDay)} vast: dan kan zij niet vóór ${formatWeekdayDate(gsBudgetDate)} bij Gedeputeerde Staten zijn (Wgr art. 34(2)). Plan de vaststelling uiterlijk ${formatWeekdayDate(addDaysToCalendarDate(gsBudgetDate, -1))}, en liefst vóór ${formatWeekdayDate(addDaysToCalendarDate(gsBudgetDate, -SEND_TO_GS_DAYS))}.`,
        { rule: 'begroting-naar-gs' },
      );
    } else if (compareCalendarDates(addDaysToCalendarDate(abDay, SEND_TO_GS_DAYS), gsBudgetDate) >= 0) {
      check(
        'begroting-krap-voor-gs',
        'waarschuwing',
        `Het algemeen bestuur stelt de begroting ${year} op ${formatWeekdayDate(abDay)} vast; twee weken daarna is ${formatWeekdayDate(addDaysToCalendarDate(abDay, SEND_TO_GS_DAYS))}, later dan de wettelijke datum. De begroting moet dus al uiterlijk ${formatWeekdayDate(addDaysToCalendarDate(gsBudgetDate, -1))} naar Gedeputeerde Staten (Wgr art. 34(2)).`,
        { rule: 'begroting-naar-gs' },
      );
    }
  } else {
    const lastAb = addDaysToCalendarDate(gsBudgetDate, -1);
    check(
      'geen-ab-gepland',
      'fout',
      `Er is in ${cycleYear} geen vergadering van het algemeen bestuur gepland die de begroting ${year} kan vaststellen (Wgr art. 34(1)). Om de begroting vóór ${formatWeekdayDate(gsBudgetDate)} bij Gedeputeerde Staten te krijgen moet het AB uiterlijk ${formatWeekdayDate(lastAb)} vergaderen, en gaat de ontwerpbegroting dan uiterlijk ${formatWeekdayDate(addDaysToCalendarDate(lastAb, -7 * ZIENSWIJZE_WEEKS))} naar de raden (Wgr art. 35(1)).`,
      { rule: 'begroting-vaststelling' },
    );
    drafts.push({
      rule: 'begroting-vaststelling',
      article: 'Wgr art. 34(1)',
      subject: `Algemeen bestuur stelt begroting ${year} vast`,
      legalDate: calendarDate(year, 1, 1),
      relation: 'before',
      kind: 'informatie',
      audiences: COUNCIL_AND_EXECUTIVE,
      explanation: `Het algemeen bestuur stelt de begroting ${year} vast vóór 1 januari ${year} (Wgr art. 34(1)); er is nog geen vergadering gepland.`,
    });
    drafts.push({
      rule: 'begroting-naar-gs',
      article: 'Wgr art. 34(2)',
      subject: `Begroting ${year} naar Gedeputeerde Staten`,
      legalDate: gsBudgetDate,
      relation: 'before',
      kind: 'informatie',
      audiences: EXECUTIVE,
      explanation: `Het algemeen bestuur stuurt de begroting ${year} binnen twee weken na vaststelling en vóór ${formatWeekdayDate(gsBudgetDate)} naar Gedeputeerde Staten (Wgr art. 34(2)).`,
    });
  }

  // Wgr art. 34(4): jaarrekening of Y-2 to GS within two weeks of adoption and before 15 July of Y-1.
  if (accountsAb) {
    drafts.push(gsDeadline('jaarrekening-naar-gs', 'Wgr art. 34(4)', `Jaarrekening ${year - 2} naar Gedeputeerde Staten`, `de jaarrekening ${year - 2}`, accountsAb.date, gsAccountsDate));
    if (compareCalendarDates(accountsAb.date, gsAccountsDate) >= 0) {
      check(
        'jaarrekening-niet-tijdig-bij-gs',
        'fout',
        `Het algemeen bestuur stelt de jaarrekening ${year - 2} pas op ${formatWeekdayDate(accountsAb.date)} vast: dan kan zij niet vóór ${formatWeekdayDate(gsAccountsDate)} bij Gedeputeerde Staten zijn (Wgr art. 34(4)).`,
        { rule: 'jaarrekening-naar-gs' },
      );
    } else if (compareCalendarDates(addDaysToCalendarDate(accountsAb.date, SEND_TO_GS_DAYS), gsAccountsDate) >= 0) {
      check(
        'jaarrekening-krap-voor-gs',
        'waarschuwing',
        `Het algemeen bestuur stelt de jaarrekening ${year - 2} op ${formatWeekdayDate(accountsAb.date)} vast; zij moet dan al uiterlijk ${formatWeekdayDate(addDaysToCalendarDate(gsAccountsDate, -1))} naar Gedeputeerde Staten, eerder dan twee weken na vaststelling (Wgr art. 34(4)).`,
        { rule: 'jaarrekening-naar-gs' },
      );
    }
  } else {
    drafts.push({
      rule: 'jaarrekening-naar-gs',
      article: 'Wgr art. 34(4)',
      subject: `Jaarrekening ${year - 2} naar Gedeputeerde Staten`,
      legalDate: gsAccountsDate,
      relation: 'before',
      kind: 'informatie',
      audiences: EXECUTIVE,
      explanation: `Het algemeen bestuur stuurt de jaarrekening ${year - 2} binnen twee weken na vaststelling en vóór ${formatWeekdayDate(gsAccountsDate)} naar Gedeputeerde Staten (Wgr art. 34(4)).`,
    });
  }

  // Wgr art. 35(6): begrotingswijzigingen of Y follow the zienswijze rule of 35(1), unless the GR exempts them.
  if (!input.settings?.budgetAmendmentsExempt) {
    for (const meeting of meetings.filter((candidate) => calendarDateParts(candidate.date).year === year)) {
      const send = addDaysToCalendarDate(meeting.date, -7 * ZIENSWIJZE_WEEKS);
      const abText = formatWeekdayDate(meeting.date);
      drafts.push({
        rule: 'begrotingswijziging-naar-raden',
        article: 'Wgr art. 35(6)',
        subject: `Ontwerp-begrotingswijziging ${year} voor het AB van ${abText} naar de raden`,
        legalDate: send,
        relation: 'on-or-before',
        kind: 'informatie',
        audiences: COUNCIL_AND_EXECUTIVE,
        explanation: `Een begrotingswijziging ${year} die het algemeen bestuur op ${abText} wil vaststellen, gaat net als de begroting twaalf weken vooraf naar de raden, dus uiterlijk ${formatWeekdayDate(send)} (Wgr art. 35(6) met 35(1)).`,
        abDate: meeting.date,
      });
      const window: DateWindow = { start: send, end: addDaysToCalendarDate(meeting.date, -1) };
      drafts.push({
        rule: 'zienswijze-begrotingswijziging',
        article: 'Wgr art. 35(6)',
        subject: `Zienswijze raden op begrotingswijziging ${year} voor het AB van ${abText}`,
        legalDate: meeting.date,
        relation: 'before',
        kind: 'invloed',
        audiences: COUNCIL,
        explanation: `De raden kunnen hun zienswijze op een begrotingswijziging ${year} geven vóór het algemeen bestuur van ${abText} (Wgr art. 35(6) met 35(1)).`,
        abDate: meeting.date,
        window,
      });
      checks.push(...windowChecks(input, 'zienswijze-begrotingswijziging', `begrotingswijziging ${year} (AB ${abText})`, window));
    }
  }

  // Wgr art. 1(2)-(3): eight weeks for the raad's zienswijze on a draft amendment, joining or leaving.
  for (const change of input.regulationChanges.filter((candidate) => calendarDateParts(candidate.sentDate).year === cycleYear)) {
    const end = addDaysToCalendarDate(change.sentDate, 7 * REGULATION_ZIENSWIJZE_WEEKS);
    const label = REGULATION_CHANGE_LABELS[change.kind];
    drafts.push({
      rule: 'zienswijze-regeling',
      article: 'Wgr art. 1(2)-(3)',
      subject: `Zienswijze raden op ${label}: ${change.subject}`,
      legalDate: end,
      relation: 'on-or-before',
      kind: 'invloed',
      audiences: COUNCIL,
      explanation: `Het voorstel (${label}: ${change.subject}) is op ${formatWeekdayDate(change.sentDate)} naar de raden gestuurd; de raad kan binnen acht weken, dus uiterlijk ${formatWeekdayDate(end)}, zijn zienswijze geven (Wgr art. 1(2)-(3)).`,
      window: { start: change.sentDate, end },
    });
    checks.push(...windowChecks(input, 'zienswijze-regeling', `${label} (${change.subject})`, { start: change.sentDate, end }));
  }

  const deadlines = drafts.map((draft) => finish(draft, input, workingDays)).sort(compareDeadlines);
  for (const deadline of deadlines) {
    if (deadline.lastAllowedDayIsNonWorkingDay) {
      const reason = workingDays.holidayName(deadline.lastAllowedDay) ?? 'weekend';
      check(
        'deadline-in-weekend',
        'info',
        `${deadline.subject}: de laatste dag, ${formatWeekdayDate(deadline.lastAllowedDay)}, is geen werkdag (${reason}). De wettelijke datum schuift niet op; verstuur uiterlijk ${formatWeekdayDate(deadline.latestWorkingDay)}.`,
        { rule: deadline.rule },
      );
    }
  }

  return {
    partnershipId,
    partnershipName: input.partnershipName,
    budgetYear: year,
    budgetAbDate: budgetAb?.date,
    accountsAbDate: accountsAb?.date,
    deadlines,
    checks,
  };
}

function adoptingMeeting(meetings: readonly WgrAbMeeting[], namePattern: RegExp, legalDate: CalendarDate): WgrAbMeeting | undefined {
  const named = meetings.find((meeting) => namePattern.test(meeting.title));
  if (named) {
    return named;
  }
  const inTime = meetings.filter((meeting) => compareCalendarDates(meeting.date, legalDate) < 0);
  return inTime.length > 0 ? inTime[inTime.length - 1] : meetings[0];
}

/** Within two weeks of adoption (on or before adoption + 14) and before the legal date: whichever comes first. */
function gsDeadline(rule: WgrDeadlineRule, article: string, subject: string, documentText: string, abDay: CalendarDate, legalDate: CalendarDate): DeadlineDraft {
  const twoWeeks = addDaysToCalendarDate(abDay, SEND_TO_GS_DAYS);
  const byTwoWeeks = compareCalendarDates(twoWeeks, legalDate) < 0;
  return {
    rule,
    article,
    subject,
    legalDate: byTwoWeeks ? twoWeeks : legalDate,
    relation: byTwoWeeks ? 'on-or-before' : 'before',
    kind: 'informatie',
    audiences: EXECUTIVE,
    explanation: `Het algemeen bestuur stuurt ${documentText} binnen twee weken na vaststelling op ${formatWeekdayDate(abDay)} en vóór ${formatWeekdayDate(legalDate)} naar Gedeputeerde Staten, dus uiterlijk ${formatWeekdayDate(byTwoWeeks ? twoWeeks : addDaysToCalendarDate(legalDate, -1))} (${article}).`,
    abDate: abDay,
  };
}

function finish(draft: DeadlineDraft, input: WgrCalendarInput, workingDays: WorkingDayCalendar): WgrDeadline {
  const lastAllowedDay = draft.relation === 'before' ? addDaysToCalendarDate(draft.legalDate, -1) : draft.legalDate;
  return {
    ...draft,
    partnershipId: input.partnershipId,
    budgetYear: input.budgetYear,
    lastAllowedDay,
    latestWorkingDay: latestWorkingDayOnOrBefore(lastAllowedDay, workingDays),
    lastAllowedDayIsNonWorkingDay: !isWorkingDay(lastAllowedDay, workingDays),
  };
}

function compareDeadlines(left: WgrDeadline, right: WgrDeadline): number {
  return compareCalendarDates(left.lastAllowedDay, right.lastAllowedDay) || left.subject.localeCompare(right.subject, 'nl');
}

/** The councils' side of a zienswijze window: a meeting in it, and no summer recess over it. */
function windowChecks(input: WgrCalendarInput, rule: WgrDeadlineRule, what: string, window: DateWindow): WgrCheck[] {
  const checks: WgrCheck[] = [];
  const windowYears = new Set([calendarDateParts(window.start).year, calendarDateParts(window.end).year]);
  const unknown: string[] = [];
  const period = `${formatWeekdayDate(window.start)} tot en met ${formatWeekdayDate(window.end)}`;
  for (const municipalityId of input.participantIds) {
    const name = input.municipalityNames.get(municipalityId) ?? `gemeente ${municipalityId}`;
    const entries = input.councilCalendar.filter((entry) => entry.municipalityId === municipalityId);
    const meetings = entries.filter((entry) => entry.kind === 'raadsvergadering');
    if (!meetings.some((entry) => windowYears.has(calendarDateParts(entry.date).year))) {
      unknown.push(name);
      continue;
    }
    const base = { partnershipId: input.partnershipId, budgetYear: input.budgetYear, rule, municipalityId };
    if (!meetings.some((entry) => inWindow(entry.date, window))) {
      checks.push({
        ...base,
        code: 'geen-raadsvergadering-in-termijn',
        severity: 'waarschuwing',
        message: `De raad van ${name} vergadert niet in de zienswijzetermijn voor de ${what} (${period}); zonder extra vergadering kan de raad geen zienswijze vaststellen.`,
      });
    }
    for (const recess of entries.filter((entry): entry is CouncilCalendarEntry & { endDate: CalendarDate } => entry.kind === 'zomerreces' && entry.endDate !== undefined)) {
      const overlapStart = compareCalendarDates(recess.date, window.start) > 0 ? recess.date : window.start;
      const overlapEnd = compareCalendarDates(recess.endDate, window.end) < 0 ? recess.endDate : window.end;
      if (compareCalendarDates(overlapStart, overlapEnd) <= 0) {
        checks.push({
          ...base,
          code: 'termijn-in-zomerreces',
          severity: 'waarschuwing',
          message: `De zienswijzetermijn voor de ${what} (${period}) valt ${describeDays(daysBetween(overlapStart, overlapEnd) + 1)} in het zomerreces van de raad van ${name} (${formatWeekdayDate(recess.date)} tot en met ${formatWeekdayDate(recess.endDate)}).`,
        });
      }
    }
  }
  if (unknown.length > 0) {
    checks.push({
      partnershipId: input.partnershipId,
      budgetYear: input.budgetYear,
      rule,
      code: 'vergaderschema-onbekend',
      severity: 'info',
      message: `Van ${unknown.join(', ')} is geen vergaderschema van de raad bekend voor de zienswijzetermijn voor de ${what}; controleer zelf of de raad in die termijn vergadert.`,
    });
  }
  return checks;
}

function inWindow(date: CalendarDate, window: DateWindow): boolean {
  return compareCalendarDates(date, window.start) >= 0 && compareCalendarDates(date, window.end) <= 0;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const start = calendarDateParts(from);
  const end = calendarDateParts(to);
  return Math.round((Date.UTC(end.year, end.month - 1, end.day) - Date.UTC(start.year, start.month - 1, start.day)) / 86_400_000);
}

/** "11 weken en 2 dagen", "1 week", "3 dagen". */
export function describeDays(days: number): string {
  const weeks = Math.floor(days / 7);
  const rest = days % 7;
  const weekText = weeks === 1 ? '1 week' : `${weeks} weken`;
  const dayText = rest === 1 ? '1 dag' : `${rest} dagen`;
  if (weeks === 0) {
    return dayText;
  }
  return rest === 0 ? weekText : `${weekText} en ${dayText}`;
}
