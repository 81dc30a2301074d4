import type { CalendarDate } from '../models/time';
import { addDaysToCalendarDate, compareCalendarDates } from '../time/calendarDate';
import type { PublicDocument, PublicMeeting, PublicMeetingBody, PublicPartnership, PublicProcessMoment } from './publicModels';
import { calendarDateOfInstant } from '../time/calendarDate';
import { toInstant } from '../time/zonedDateTime';

/*
 * The council page's content, ordered for a reader who is no specialist: first what the raad can do and by
 * when (influence moments still open), then what it will receive (information moments), then per
 * partnership the bodies, meetings and documents. Pure: `today` is passed in.
 */

export interface CouncilAction {
  readonly moment: PublicProcessMoment;
  readonly partnershipName: string;
  /** Whole days from today to the moment's date (0 = today). */
  readonly daysLeft: number;
  /** Within the warning window: the griffie should plan it on an agenda now. */
  readonly isUrgent: boolean;
}

export interface CouncilPartnershipSection {
  readonly partnership: PublicPartnership;
  /** Important for the raad (seed 004): the raad is among the audiences. */
  readonly importantForCouncil: boolean;
  readonly bodies: readonly { readonly body: PublicMeetingBody; readonly upcomingMeetings: readonly PublicMeeting[]; readonly pastMeetings: readonly PublicMeeting[] }[];
  readonly documents: readonly PublicDocument[];
}

export interface CouncilOverview {
  /** Open influence moments (zienswijzen, political choices) for the raad, soonest first. */
  readonly actions: readonly CouncilAction[];
  /** Upcoming information moments for the raad (documents it will receive), soonest first. */
  readonly information: readonly CouncilAction[];
  /** Partnerships, those important for the raad first, then by name. */
  readonly partnerships: readonly CouncilPartnershipSection[];
}

export interface CouncilOverviewOptions {
  readonly today: CalendarDate;
  /** How far ahead the page looks for moments; default one year. */
  readonly horizonDays?: number;
  /** Days before a deadline that count as urgent; default 42 (six weeks: one council cycle). */
  readonly urgentWithinDays?: number;
}

function daysBetween(from: CalendarDate, to: CalendarDate): number {
  const start = Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1, Number(from.slice(8, 10)));
  const end = Date.UTC(Number(to.slice(0, 4)), Number(to.slice(5, 7)) - 1, Number(to.slice(8, 10)));
  return Math.round((end - start) / 86_400_000);
}

const DOCUMENT_ORDER: readonly PublicDocument['documentType'][] = ['gr-statuten', 'begroting', 'ontwerpbegroting', 'begrotingswijziging', 'jaarstukken', 'kadernota'];

function documentRank(document: PublicDocument): number {
  const index = DOCUMENT_ORDER.indexOf(document.documentType);
  return index === -1 ? DOCUMENT_ORDER.length : index;
}

/**
 * Builds the council page from the public projection.
 *
 * Influence moments (`invloed`, `politieke-keuze`) are "what the raad can do"; information moments are
 * what it receives. Only moments meant for the raad count, from today up to the horizon, and not those
 * already done. Derived Wgr deadlines (`source: 'wgr'`) are shown like the rest: the Wgr calendar
 * computes them, this page only orders them.
 *
 * @example
 * buildCouncilOverview(projection, { today: '2026-11-26' }).actions[0].daysLeft //=> 91 for a deadline on 2027-02-25
 */
export function buildCouncilOverview(
  projection: {
    readonly partnerships: readonly PublicPartnership[];
    readonly meetingBodies: readonly PublicMeetingBody[];
    readonly meetings: readonly PublicMeeting[];
    readonly documents: readonly PublicDocument[];
    readonly processMoments: readonly PublicProcessMoment[];
  },
  options: CouncilOverviewOptions,
): CouncilOverview {
  const horizon = addDaysToCalendarDate(options.today, options.horizonDays ?? 365);
  const urgentWithin = options.urgentWithinDays ?? 42;
  const names = new Map(projection.partnerships.map((partnership) => [partnership.sourceId, partnership.name]));
  const upcoming = projection.processMoments
    .filter((moment) => moment.audiences.includes('raad') && moment.status !== 'afgerond' && names.has(moment.partnershipSourceId))
    .filter((moment) => compareCalendarDates(moment.date, options.today) >= 0 && compareCalendarDates(moment.date, horizon) <= 0)
    .sort((left, right) => compareCalendarDates(left.date, right.date) || left.subject.localeCompare(right.subject, 'nl'))
    .map((moment): CouncilAction => {
      const daysLeft = daysBetween(options.today, moment.date);
      return { moment, partnershipName: names.get(moment.partnershipSourceId) ?? '', daysLeft, isUrgent: daysLeft <= urgentWithin };
    });

  const meetingDay = (meeting: PublicMeeting): CalendarDate => calendarDateOfInstant(toInstant(meeting.start));
  const partnerships = projection.partnerships
    .filter((partnership) => partnership.status !== 'beeindigd')
    .map((partnership): CouncilPartnershipSection => {
      const bodies = projection.meetingBodies
        .filter((body) => body.partnershipSourceId === partnership.sourceId)
        .sort((left, right) => left.name.localeCompare(right.name, 'nl'))
        .map((body) => {
          const meetings = projection.meetings
            .filter((meeting) => meeting.bodySourceId === body.sourceId && meeting.status !== 'geannuleerd')
            .sort((left, right) => toInstant(left.start).getTime() - toInstant(right.start).getTime());
          return {
            body,
            upcomingMeetings: meetings.filter((meeting) => compareCalendarDates(meetingDay(meeting), options.today) >= 0),
            pastMeetings: meetings.filter((meeting) => compareCalendarDates(meetingDay(meeting), options.today) < 0).reverse(),
          };
        });
      const documents = projection.documents
        .filter((document) => document.partnershipSourceId === partnership.sourceId)
        .sort((left, right) => (right.year ?? 0) - (left.year ?? 0) || documentRank(left) - documentRank(right) || left.fileName.localeCompare(right.fileName, 'nl'));
      return { partnership, importantForCouncil: partnership.importance.audiences.includes('raad'), bodies, documents };
    })
    .sort((left, right) => Number(right.importantForCouncil) - Number(left.importantForCouncil) || left.partnership.name.localeCompare(right.partnership.name, 'nl'));

  return {
    actions: upcoming.filter((action) => action.moment.kind === 'invloed' || action.moment.kind === 'politieke-keuze'),
    information: upcoming.filter((action) => action.moment.kind === 'informatie'),
    partnerships,
  };
}
