import type { Repositories, Repository } from '../src/data/ports';
import type { Meeting, MeetingBody, Stored } from '../src/domain/models';
import type { CouncilCalendarEntry, RegulationChange, WgrSettings } from '../src/domain/wgr';
import { isGeneralBoard, loadWgrCalendars, syncWgrProcessMoments } from '../src/data/wgr';
import { toInstant } from '../src/domain/time';
import { dutchWorkingDays } from '../src/domain/wgr/dutchHolidays';
import { GBTWENTE, VEILIGHEIDSREGIO_TWENTE } from './partnerships';
import { DEMO_MUNICIPALITY } from './people';
import { DEMO_AB_MEETINGS, DEMO_COUNCIL_CALENDAR, DEMO_REGULATION_CHANGES, DEMO_VRT_GENERAL_BOARD, DEMO_WGR_SETTINGS, demoAbMeeting } from './wgrDemo';

export interface WgrDemoLoadReport {
  readonly created: number;
  readonly failures: readonly string[];
}

/** Budget years whose derived moments the demo writes to the timelines (the demo's "today" is 26 November 2026). */
export const DEMO_WGR_BUDGET_YEARS = [2027, 2028] as const;

const SHORT_NAMES: Readonly<Record<string, string>> = { [GBTWENTE]: 'GBTwente', [VEILIGHEIDSREGIO_TWENTE]: 'Veiligheidsregio Twente' };

const key = (text: string): string => text.trim().toLocaleLowerCase('nl');

/**
 * Loads the Wgr calendar's demo data (council schedule, GR settings, a proposal, AB meetings for 2026–2027) and
 * writes the derived deadlines as process moments. Idempotent: entries already there (by their natural key) are left
 * alone, and the sync recognises its own moments; a second run creates nothing. The demo's own municipality is Hof van
 * Twente (DEMO_MUNICIPALITY), so the timelines also get its college, committee and council moments per zienswijze.
 */
export async function loadWgrDemoData(repositories: Repositories, log: (message: string) => void = () => undefined): Promise<WgrDemoLoadReport> {
  const failures: string[] = [];
  let created = 0;
  const [partnerships, municipalities] = await Promise.all([repositories.partnerships.list(), repositories.municipalities.list()]);
  const partnershipIds = new Map(partnerships.map((item) => [key(item.name), item.id] as const));
  const municipalityIds = new Map(municipalities.map((item) => [key(item.name), item.id] as const));
  const partnershipId = (name: string): number | undefined => {
    const id = partnershipIds.get(key(name));
    if (id === undefined) {
      failures.push(`wgr: samenwerkingsverband '${name}' ontbreekt`);
    }
    return id;
  };

  /** Writes in one round trip per list (SharePoint $batch), and reports what failed. */
  async function createAll<T>(label: string, repository: Repository<T>, values: readonly T[]): Promise<void> {
    if (values.length === 0) return;
    (await repository.createMany(values)).forEach((result, index) => {
      if (result.ok) {
        created += 1;
      } else {
        failures.push(`wgr: ${label} ${index + 1} niet aangemaakt: ${result.error.message}`);
      }
    });
  }

  const calendar = await repositories.councilCalendar.list();
  const calendarKeys = new Set(calendar.map((entry) => `${entry.municipalityId}|${entry.kind}|${entry.date}`));
  const newEntries: CouncilCalendarEntry[] = [];
  for (const { municipalityName, ...entry } of DEMO_COUNCIL_CALENDAR) {
    const municipalityId = municipalityIds.get(key(municipalityName));
    if (municipalityId === undefined) {
      failures.push(`wgr: gemeente '${municipalityName}' ontbreekt`);
      continue;
    }
    if (!calendarKeys.has(`${municipalityId}|${entry.kind}|${entry.date}`)) {
      newEntries.push({ ...entry, municipalityId });
      calendarKeys.add(`${municipalityId}|${entry.kind}|${entry.date}`);
    }
  }
  await createAll('raadsvergadering', repositories.councilCalendar, newEntries);

  const settings = await repositories.wgrSettings.list();
  const newSettings: WgrSettings[] = [];
  for (const { partnershipName, ...value } of DEMO_WGR_SETTINGS) {
    const id = partnershipId(partnershipName);
    if (id !== undefined && !settings.some((existing) => existing.partnershipId === id)) {
      newSettings.push({ ...value, partnershipId: id });
    }
  }
  await createAll('Wgr-instelling', repositories.wgrSettings, newSettings);

  const changes = await repositories.regulationChanges.list();
  const newChanges: RegulationChange[] = [];
  for (const { partnershipName, ...value } of DEMO_REGULATION_CHANGES) {
    const id = partnershipId(partnershipName);
    if (id !== undefined && !changes.some((existing) => existing.partnershipId === id && key(existing.subject) === key(value.subject))) {
      newChanges.push({ ...value, partnershipId: id });
    }
  }
  await createAll('Wgr-voorstel', repositories.regulationChanges, newChanges);

  const bodies = await repositories.meetingBodies.list();
  const meetings = await repositories.meetings.list();
  const meetingKeys = new Set(meetings.map((meeting) => `${meeting.bodyId}|${toInstant(meeting.start).getTime()}`));
  for (const partnershipName of [...new Set(DEMO_AB_MEETINGS.map((meeting) => meeting.partnershipName))]) {
    const id = partnershipId(partnershipName);
    if (id === undefined) {
      continue;
    }
    let board: Stored<MeetingBody> | undefined = bodies.find((body) => body.partnershipId === id && isGeneralBoard(body));
    if (!board && partnershipName === VEILIGHEIDSREGIO_TWENTE) {
      const [result] = await repositories.meetingBodies.createMany([{ ...DEMO_VRT_GENERAL_BOARD, partnershipId: id }]);
      if (result.ok) {
        board = result.item;
        created += 1;
      } else {
        failures.push(`wgr: algemeen bestuur niet aangemaakt: ${result.error.message}`);
      }
    }
    if (!board) {
      failures.push(`wgr: geen algemeen bestuur voor '${partnershipName}'`);
      continue;
    }
    const newMeetings: Meeting[] = [];
    for (const demo of DEMO_AB_MEETINGS.filter((meeting) => meeting.partnershipName === partnershipName)) {
      const meeting = demoAbMeeting(demo, { ...board, partnershipId: id }, SHORT_NAMES[partnershipName] ?? partnershipName);
      const meetingKey = `${board.id}|${toInstant(meeting.start).getTime()}`;
      if (!meetingKeys.has(meetingKey)) {
        newMeetings.push(meeting);
        meetingKeys.add(meetingKey);
      }
    }
    await createAll('AB-vergadering', repositories.meetings, newMeetings);
  }

  const sync = await syncWgrProcessMoments(repositories.processMoments, await loadWgrCalendars(repositories, DEMO_WGR_BUDGET_YEARS, dutchWorkingDays(), { ownMunicipalityName: DEMO_MUNICIPALITY }));
  failures.push(...sync.failures.map((failure) => `wgr: ${failure}`));
  log(`wgr demo: ${created} created; process moments ${sync.created} created, ${sync.updated} updated, ${sync.unchanged} unchanged, ${sync.removed} removed`);
  return { created: created + sync.created, failures };
}
