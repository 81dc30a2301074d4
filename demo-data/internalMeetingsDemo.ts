import type { Directory, Repositories } from '../src/data/ports';
import type { Meeting, MeetingBody, PersonRef, Stored } from '../src/domain/models';
import { formatDutchDate, toInstant, wallTimeParts, zonedDateTime } from '../src/domain/time';
import { DEMO_PEOPLE } from './people';
import { GBTWENTE, REGIO_TWENTE, VEILIGHEIDSREGIO_TWENTE } from './partnerships';

/*
 * Seed 002 (Verbeterplan verbonden partijen): recommendation 8, "Voer structureel intern afstemmingsoverleg en
 * betrek hierbij advies (beleid, financieel, juridisch enz.), uitvoering en waar mogelijk kwaliteitsmedewerkers",
 * and the "Aanvullende lessen": "Voer een periodiek overleg tussen de gemeentelijke regievoerders om ervaringen te
 * delen". Both are meeting bodies of category `intern`; the regievoerders' meeting belongs to no partnership.
 *
 * The 2026 meetings are chosen so that, as of DEMO_NOW (26 November 2026) and with the demo risk profiles
 * (partnershipControlDemo.ts: GBTwente midden, Veiligheidsregio Twente hoog, Regio Twente midden):
 * - GBTwente's intern afstemmingsoverleg is met (one a quarter, four held; midden asks four a year);
 * - the Veiligheidsregio's is met (ten held; hoog asks ten a year), so the register keeps it "voldaan";
 * - Regio Twente's meets its own "minimaal twee keer per jaar" but not yet its profile's four: at risk;
 * - the organisation-wide Overleg regievoerders has had its first three quarters and one planned in December: at risk.
 * Bodies and meetings are not public (internal); the members are the demo's fictional accounthouders.
 */

/** The organisation-wide body: no partnership. */
export const REGIEVOERDERS_BODY_NAME = 'Overleg regievoerders';
export const INTERNAL_BODY_NAME = 'Intern afstemmingsoverleg';

const TOWN_HALL = 'gemeentehuis Hof van Twente, Goor';
const INTERNAL_PARTICIPANTS = 'regievoerder; advies beleid, financiën en juridisch; uitvoering; waar mogelijk kwaliteitsmedewerker';
const INTERNAL_MEMBERS = 'accounthouder (regievoerder) en vakadviseurs van de gemeente (demo)';

interface DemoInternalBody {
  /** Absent: organisation-wide. */
  readonly partnershipName?: string;
  readonly body: Omit<MeetingBody, 'partnershipId' | 'members'>;
  readonly memberEmails: readonly string[];
  /** Dates in 2026 with their status as of DEMO_NOW. */
  readonly meetings: readonly (readonly [date: string, status: Meeting['status']])[];
}

function internalBody(shortPartnershipName: string, frequencyText: string): Omit<MeetingBody, 'partnershipId' | 'members'> {
  return {
    name: `${INTERNAL_BODY_NAME} ${shortPartnershipName}`,
    shortName: 'Intern overleg',
    category: 'intern',
    isPublic: false,
    purpose: `Structureel intern afstemmingsoverleg over ${shortPartnershipName}: standpunten voor het bestuur voorbereiden, levering van diensten en voortgang van het budget bespreken (verbeterplan verbonden partijen, aanbevelingen 8 en 10).`,
    membersDescription: INTERNAL_MEMBERS,
    participantsDescription: INTERNAL_PARTICIPANTS,
    occasionalGuests: 'portefeuillehouder op uitnodiging',
    externalMemberEmails: [],
    frequencyText,
    frequencyRuleJson: '',
    agendaOwner: 'accounthouder (regievoerder)',
    organiser: 'accounthouder (regievoerder)',
    minutesBy: 'accounthouder (regievoerder)',
    location: TOWN_HALL,
  };
}

export const DEMO_INTERNAL_BODIES: readonly DemoInternalBody[] = [
  {
    partnershipName: GBTWENTE,
    body: internalBody('GBTwente', 'ieder kwartaal'),
    memberEmails: [DEMO_PEOPLE.anneDeVries.email],
    meetings: [
      ['2026-02-26', 'gehouden'],
      ['2026-06-18', 'gehouden'],
      ['2026-09-03', 'gehouden'],
      ['2026-10-22', 'gehouden'],
    ],
  },
  {
    partnershipName: VEILIGHEIDSREGIO_TWENTE,
    body: internalBody('Veiligheidsregio Twente', 'minimaal tien keer per jaar'),
    memberEmails: [DEMO_PEOPLE.bramJansen.email],
    // Monthly apart from the summer recess, as controlIntensity('hoog') assumes.
    meetings: [
      ['2026-01-15', 'gehouden'],
      ['2026-02-12', 'gehouden'],
      ['2026-03-12', 'gehouden'],
      ['2026-04-16', 'gehouden'],
      ['2026-05-21', 'gehouden'],
      ['2026-06-18', 'gehouden'],
      ['2026-08-27', 'gehouden'],
      ['2026-09-17', 'gehouden'],
      ['2026-10-15', 'gehouden'],
      ['2026-11-12', 'gehouden'],
      ['2026-12-10', 'gepland'],
    ],
  },
  {
    partnershipName: REGIO_TWENTE,
    body: internalBody('Regio Twente', 'minimaal twee keer per jaar'),
    memberEmails: [DEMO_PEOPLE.anneDeVries.email],
    meetings: [
      ['2026-04-09', 'gehouden'],
      ['2026-10-08', 'gehouden'],
    ],
  },
  {
    body: {
      name: REGIEVOERDERS_BODY_NAME,
      shortName: 'Regievoerders',
      category: 'intern',
      isPublic: false,
      purpose:
        "Periodiek overleg van de gemeentelijke regievoerders: ervaringen delen en samen werken aan thema's als de prestatie-indicatoren voor de monitoring van de diensten (via rapporten of een dashboard) en het meten van de tevredenheid (verbeterplan verbonden partijen, aanvullende lessen).",
      membersDescription: 'alle regievoerders (accounthouders) van de gemeente (demo)',
      participantsDescription: 'regievoerders; coördinator verbonden partijen',
      occasionalGuests: 'controller of juridisch adviseur op uitnodiging',
      externalMemberEmails: [],
      frequencyText: 'ieder kwartaal',
      frequencyRuleJson: '',
      agendaOwner: 'coördinator verbonden partijen',
      organiser: 'coördinator verbonden partijen',
      minutesBy: 'roulerend onder de regievoerders',
      location: TOWN_HALL,
    },
    memberEmails: [DEMO_PEOPLE.anneDeVries.email, DEMO_PEOPLE.bramJansen.email],
    meetings: [
      ['2026-03-19', 'gehouden'],
      ['2026-06-11', 'gehouden'],
      ['2026-09-24', 'gehouden'],
      ['2026-12-17', 'gepland'],
    ],
  },
];

export interface InternalMeetingsDemoReport {
  readonly created: { readonly meetingBodies: number; readonly meetings: number };
  readonly failures: readonly string[];
}

const normalised = (text: string): string => text.trim().toLocaleLowerCase('nl');
const bodyKey = (partnershipId: number | undefined, name: string): string => `${partnershipId ?? 'organisatiebreed'}|${normalised(name)}`;

/**
 * Creates the internal bodies and their 2026 meetings that are not on the site yet (by partnership + name, and
 * body + start), so a second run creates nothing. A partnership that is missing is a failure of its body only.
 */
export async function loadInternalMeetingsDemoData(
  repositories: Pick<Repositories, 'partnerships' | 'meetingBodies' | 'meetings'>,
  directory: Pick<Directory, 'ensureUser'>,
  log: (message: string) => void = () => undefined,
): Promise<InternalMeetingsDemoReport> {
  const failures: string[] = [];
  const [partnerships, bodies, meetings] = await Promise.all([repositories.partnerships.list(), repositories.meetingBodies.list(), repositories.meetings.list()]);
  const partnershipIds = new Map(partnerships.map((partnership) => [normalised(partnership.name), partnership.id]));
  const storedBodies = new Map<string, Stored<MeetingBody>>(bodies.map((body) => [bodyKey(body.partnershipId, body.name), body]));
  const meetingKeys = new Set(meetings.map((meeting) => `${meeting.bodyId}|${toInstant(meeting.start).getTime()}`));
  const people = new Map<string, PersonRef>();
  const resolved = DEMO_INTERNAL_BODIES.flatMap((demo) => {
    const partnershipId = demo.partnershipName === undefined ? undefined : partnershipIds.get(normalised(demo.partnershipName));
    if (demo.partnershipName !== undefined && partnershipId === undefined) {
      failures.push(`intern overleg: samenwerkingsverband '${demo.partnershipName}' ontbreekt`);
      return [];
    }
    return [{ demo, partnershipId }];
  });

  // The missing bodies in one createMany, as the base demo loader writes every list.
  const missing = resolved.filter(({ demo, partnershipId }) => !storedBodies.has(bodyKey(partnershipId, demo.body.name)));
  const newBodies: MeetingBody[] = [];
  for (const { demo, partnershipId } of missing) {
    const members: PersonRef[] = [];
    for (const email of demo.memberEmails) {
      try {
        const known = people.get(email) ?? (await directory.ensureUser(email));
        people.set(email, known);
        members.push(known);
      } catch (error) {
        // The body is still useful without this member; the failure says who is missing.
        failures.push(`intern overleg '${demo.body.name}': lid ${email} niet gevonden (${(error as Error).message})`);
      }
    }
    newBodies.push({ ...demo.body, ...(partnershipId === undefined ? {} : { partnershipId }), members });
  }
  let createdBodies = 0;
  if (newBodies.length > 0) {
    (await repositories.meetingBodies.createMany(newBodies)).forEach((result, index) => {
      if (result.ok) {
        storedBodies.set(bodyKey(result.item.partnershipId, result.item.name), result.item);
        createdBodies += 1;
      } else {
        failures.push(`intern overleg '${newBodies[index].name}': ${result.error.message}`);
      }
    });
  }

  const newMeetings: Meeting[] = [];
  for (const { demo, partnershipId } of resolved) {
    const body = storedBodies.get(bodyKey(partnershipId, demo.body.name));
    if (!body) continue;
    for (const [date, status] of demo.meetings) {
      const start = zonedDateTime(date, '10:00');
      const key = `${body.id}|${toInstant(start).getTime()}`;
      if (meetingKeys.has(key)) continue;
      meetingKeys.add(key);
      newMeetings.push({
        bodyId: body.id,
        ...(partnershipId === undefined ? {} : { partnershipId }),
        title: `${body.name} ${formatDutchDate(wallTimeParts(start).date)}`,
        start,
        end: zonedDateTime(date, '11:30'),
        location: body.location,
        status,
        isPublic: false,
      });
    }
  }
  let createdMeetings = 0;
  if (newMeetings.length > 0) {
    (await repositories.meetings.createMany(newMeetings)).forEach((result, index) => {
      if (result.ok) createdMeetings += 1;
      else failures.push(`vergadering '${newMeetings[index].title}': ${result.error.message}`);
    });
  }
  log(`intern overleg demo: ${createdBodies} overlegorganen, ${createdMeetings} vergaderingen aangemaakt`);
  return { created: { meetingBodies: createdBodies, meetings: createdMeetings }, failures };
}
