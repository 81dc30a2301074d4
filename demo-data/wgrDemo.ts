import type { Meeting, MeetingBody } from '../src/domain/models';
import { formatDutchDate, parseCalendarDate, wallTimeParts, zonedDateTime } from '../src/domain/time';
import type { CouncilCalendarEntry, RegulationChange, WgrSettings } from '../src/domain/wgr';
import { GBTWENTE, VEILIGHEIDSREGIO_TWENTE } from './partnerships';

/*
 * Demo data of the Wgr calendar (issue 6A). Everything here is demo: the council schedule and summer recess of
 * Hof van Twente 2026–2027 are plausible Tuesdays, not the real schedule; the AB dates of GBTwente 2027 and of
 * Veiligheidsregio Twente are demo dates; the GRs' own settings and the proposal are demo settings. Entries carry
 * "(demo)" in their title or notes, and council entries have `isDemo: true`.
 */

export const HOF_VAN_TWENTE = 'Hof van Twente';

const COUNCIL_MEETING_DAYS = [
  '2026-01-27', '2026-03-10', '2026-04-14', '2026-05-19', '2026-06-30', '2026-07-07', '2026-09-22', '2026-11-03', '2026-12-15',
  '2027-01-26', '2027-03-09', '2027-04-13', '2027-05-25', '2027-06-29', '2027-07-06', '2027-09-21', '2027-11-02', '2027-12-14',
];

export type DemoCouncilEntry = Omit<CouncilCalendarEntry, 'municipalityId'> & { readonly municipalityName: string };

export const DEMO_COUNCIL_CALENDAR: readonly DemoCouncilEntry[] = [
  ...COUNCIL_MEETING_DAYS.map((day) => ({
    municipalityName: HOF_VAN_TWENTE,
    kind: 'raadsvergadering' as const,
    title: `Raadsvergadering Hof van Twente ${formatDutchDate(parseCalendarDate(day))} (demo)`,
    date: parseCalendarDate(day),
    isDemo: true,
  })),
  { municipalityName: HOF_VAN_TWENTE, kind: 'zomerreces', title: 'Zomerreces raad Hof van Twente 2026 (demo)', date: parseCalendarDate('2026-07-11'), endDate: parseCalendarDate('2026-08-23'), isDemo: true },
  { municipalityName: HOF_VAN_TWENTE, kind: 'zomerreces', title: 'Zomerreces raad Hof van Twente 2027 (demo)', date: parseCalendarDate('2027-07-10'), endDate: parseCalendarDate('2027-08-22'), isDemo: true },
];

export type DemoWgrSettings = Omit<WgrSettings, 'partnershipId'> & { readonly partnershipName: string };

export const DEMO_WGR_SETTINGS: readonly DemoWgrSettings[] = [
  {
    partnershipName: GBTWENTE,
    budgetAmendmentsExempt: true,
    kadersSendDay: '15-04',
    notes: 'Demo-instelling: de regeling zondert begrotingswijzigingen uit (Wgr art. 35(6)); kaders uiterlijk 15 april.',
  },
  {
    partnershipName: VEILIGHEIDSREGIO_TWENTE,
    budgetAmendmentsExempt: false,
    draftBudgetSendDay: '15-04',
    notes: 'Demo-instelling: de ontwerpbegroting gaat elk jaar op 15 april naar de raden.',
  },
];

export type DemoRegulationChange = Omit<RegulationChange, 'partnershipId'> & { readonly partnershipName: string };

export const DEMO_REGULATION_CHANGES: readonly DemoRegulationChange[] = [
  { partnershipName: VEILIGHEIDSREGIO_TWENTE, kind: 'wijziging', subject: 'Wijziging GR Veiligheidsregio Twente 2027 (demo)', sentDate: parseCalendarDate('2027-05-25') },
];

/** The Veiligheidsregio's general board; the Wet veiligheidsregio's (art. 11) sets who sits on it. Demo body. */
export const DEMO_VRT_GENERAL_BOARD: Omit<MeetingBody, 'partnershipId'> = {
  name: 'Algemeen Bestuur Veiligheidsregio Twente',
  shortName: 'AB',
  category: 'formeel',
  isPublic: true,
  purpose: 'Stelt begroting en jaarrekening vast en neemt besluiten over de regeling (demo).',
  membersDescription: 'de burgemeesters van de deelnemende gemeenten (Wet veiligheidsregio’s art. 11)',
  participantsDescription: 'secretaris en commandant van de veiligheidsregio',
  occasionalGuests: '',
  members: [],
  externalMemberEmails: [],
  frequencyText: 'minimaal twee keer per jaar (Wgr art. 22)',
  frequencyRuleJson: '',
  agendaOwner: 'dagelijks bestuur',
  organiser: 'bestuurssecretariaat Veiligheidsregio Twente',
  minutesBy: 'bestuurssecretariaat Veiligheidsregio Twente',
  location: 'Veiligheidsregio Twente, Enschede',
};

export interface DemoAbMeeting {
  readonly partnershipName: string;
  readonly date: string;
  readonly status: Meeting['status'];
}

/** AB meetings the calendar needs for 2027 (GBTwente) and 2026–2027 (Veiligheidsregio Twente). Demo dates. */
export const DEMO_AB_MEETINGS: readonly DemoAbMeeting[] = [
  { partnershipName: GBTWENTE, date: '2027-03-11', status: 'gepland' },
  { partnershipName: GBTWENTE, date: '2027-07-01', status: 'gepland' },
  { partnershipName: GBTWENTE, date: '2027-11-04', status: 'gepland' },
  { partnershipName: VEILIGHEIDSREGIO_TWENTE, date: '2026-03-26', status: 'gehouden' },
  { partnershipName: VEILIGHEIDSREGIO_TWENTE, date: '2026-06-25', status: 'gehouden' },
  { partnershipName: VEILIGHEIDSREGIO_TWENTE, date: '2026-11-12', status: 'gehouden' },
  { partnershipName: VEILIGHEIDSREGIO_TWENTE, date: '2027-03-18', status: 'gepland' },
  { partnershipName: VEILIGHEIDSREGIO_TWENTE, date: '2027-06-24', status: 'gepland' },
  { partnershipName: VEILIGHEIDSREGIO_TWENTE, date: '2027-11-11', status: 'gepland' },
];

export function demoAbMeeting(demo: DemoAbMeeting, body: { readonly id: number; readonly partnershipId: number; readonly isPublic: boolean; readonly location: string }, shortPartnershipName: string): Meeting {
  const start = zonedDateTime(demo.date, '14:00');
  return {
    bodyId: body.id,
    partnershipId: body.partnershipId,
    title: `AB ${shortPartnershipName} ${formatDutchDate(wallTimeParts(start).date)}`,
    start,
    end: zonedDateTime(demo.date, '16:00'),
    location: body.location,
    status: demo.status,
    isPublic: body.isPublic,
  };
}
