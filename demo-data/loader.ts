import type { Directory, Repositories, Repository } from '../src/data/ports';
import type { PersonRef, Stored } from '../src/domain/models';
import { toInstant } from '../src/domain/time';
import { DEMO_DATA } from './demoData';
import { loadCouncilDemoData } from './councilDemo';
import { loadDashboardDemoDocuments } from './dashboardDocuments';
import {
  bodyKey,
  referencedPeople,
  resolveAction,
  resolveContact,
  resolveFinancialFigures,
  resolveMeeting,
  resolveMeetingBody,
  resolvePartnership,
  resolveProcessMoment,
  type NameLookups,
} from './resolve';
import type { DemoData } from './types';
import { loadWgrDemoData } from './wgrLoader';
import { loadSteeringDemoData } from './steeringLoader';
import { loadCouncilInfluenceDemoData } from './councilInfluenceDemo';
import { loadPartnershipControlDemoData } from './partnershipControlDemo';
import { loadInternalMeetingsDemoData } from './internalMeetingsDemo';
import { loadServiceDeliveryDemoData } from './serviceDeliveryDemo';

/** The lists the demo fills, in the order they are loaded (a list after the lists it refers to). */
export const DEMO_LIST_ORDER = [
  'municipalities',
  'partnerships',
  'financialFigures',
  'meetingBodies',
  'meetings',
  'processMoments',
  'actions',
  'contacts',
] as const;
export type DemoListKey = (typeof DEMO_LIST_ORDER)[number];

export interface DemoLoadReport {
  /** Items written per list. */
  readonly created: Readonly<Record<DemoListKey, number>>;
  /** Items already on the site (recognised by name), left as they are. */
  readonly skipped: Readonly<Record<DemoListKey, number>>;
  /** One line per item that could not be written, or whose reference could not be resolved. */
  readonly failures: readonly string[];
  /** Site users ensured for the people the demo refers to. */
  readonly peopleEnsured: number;
}

export type DemoLog = (message: string) => void;

/** SharePoint's $batch takes any number, but PnPjs splits at 20; smaller calls keep a failure local. */
const CREATE_CHUNK_SIZE = 50;

/** Names compare as SharePoint's default (case-insensitive) collation compares them, ignoring outer spaces. */
function normalised(text: string): string {
  return text.trim().toLocaleLowerCase('nl');
}

interface Counts {
  created: number;
  skipped: number;
}

/**
 * Creates what is missing of one list: reads what is there, resolves each demo value, and writes the
 * new ones with `createMany`. Returns every item of the demo by its identity key, old and new.
 */
interface ListLoad<Demo, Value> {
  readonly listKey: DemoListKey;
  readonly repository: Repository<Value>;
  readonly demos: readonly Demo[];
  readonly resolve: (demo: Demo) => Value;
  /** The natural key that recognises an item already on the site. */
  readonly identity: (value: Value) => string;
  /** How an item is named in the report. */
  readonly label: (value: Value) => string;
}

async function loadList<Demo, Value>(
  { listKey, repository, demos, resolve, identity, label }: ListLoad<Demo, Value>,
  counts: Counts,
  failures: string[],
): Promise<Map<string, Stored<Value>>> {
  const byKey = new Map<string, Stored<Value>>();
  for (const item of await repository.list()) {
    const key = identity(item);
    if (!byKey.has(key)) {
      byKey.set(key, item);
    }
  }
  const toCreate: Value[] = [];
  const planned = new Set<string>();
  for (const demo of demos) {
    let value: Value;
    try {
      value = resolve(demo);
    } catch (error) {
      failures.push(`${listKey}: ${(error as Error).message}`);
      continue;
    }
    const key = identity(value);
    if (byKey.has(key) || planned.has(key)) {
      counts.skipped += 1;
      continue;
    }
    planned.add(key);
    toCreate.push(value);
  }
  for (let start = 0; start < toCreate.length; start += CREATE_CHUNK_SIZE) {
    const chunk = toCreate.slice(start, start + CREATE_CHUNK_SIZE);
    const results = await repository.createMany(chunk);
    results.forEach((result, index) => {
      if (result.ok) {
        counts.created += 1;
        byKey.set(identity(result.item), result.item);
      } else {
        failures.push(`${listKey}: '${label(chunk[index])}' was not created: ${result.error.message}`);
      }
    });
  }
  return byKey;
}

function idsByName(names: readonly string[], stored: ReadonlyMap<string, { readonly id: number }>): Map<string, number> {
  const ids = new Map<string, number>();
  for (const name of names) {
    const item = stored.get(normalised(name));
    if (item !== undefined) {
      ids.set(name, item.id);
    }
  }
  return ids;
}

/**
 * Loads the demo data through the ports, in dependency order: municipalities, partnerships (participants
 * resolved to ids, people through `directory.ensureUser`), financial figures, meeting bodies, meetings,
 * process moments, actions, contacts.
 *
 * Idempotent: an item already on the site (recognised by its name, or by its natural key where a name
 * repeats: body within partnership, meeting by body and start, moment by partnership, subject and date,
 * action by plan and number, figures by partnership, year and kind) is skipped and left unchanged, so a
 * second run creates nothing. Failures do not stop the load: they are listed in the report, and items
 * that refer to a failed item are reported too.
 */
export async function loadDemoData(
  repositories: Repositories,
  directory: Directory,
  log: DemoLog = () => undefined,
  data: DemoData = DEMO_DATA,
): Promise<DemoLoadReport> {
  const failures: string[] = [];
  const counts = Object.fromEntries(DEMO_LIST_ORDER.map((key) => [key, { created: 0, skipped: 0 }])) as Record<DemoListKey, Counts>;
  const report = (key: DemoListKey): void => log(`${key}: ${counts[key].created} created, ${counts[key].skipped} already there`);

  const municipalities = await loadList(
    {
      listKey: 'municipalities',
      repository: repositories.municipalities,
      demos: data.municipalities,
      resolve: (demo) => demo,
      identity: (value) => normalised(value.name),
      label: (value) => value.name,
    },
    counts.municipalities,
    failures,
  );
  report('municipalities');

  const people = new Map<string, PersonRef>();
  for (const email of referencedPeople(data)) {
    try {
      people.set(email.toLowerCase(), await directory.ensureUser(email));
    } catch (error) {
      failures.push(`people: '${email}' could not be added to the site: ${(error as Error).message}`);
    }
  }
  log(`people: ${people.size} site users ensured`);

  const lookups: { -readonly [K in keyof NameLookups]: NameLookups[K] } = {
    municipalityIds: idsByName(
      data.municipalities.map((municipality) => municipality.name),
      municipalities,
    ),
    partnershipIds: new Map(),
    bodies: new Map(),
    people,
  };

  const partnerships = await loadList(
    {
      listKey: 'partnerships',
      repository: repositories.partnerships,
      demos: data.partnerships,
      resolve: (demo) => resolvePartnership(demo, lookups),
      identity: (value) => normalised(value.name),
      label: (value) => value.name,
    },
    counts.partnerships,
    failures,
  );
  lookups.partnershipIds = idsByName(
    data.partnerships.map((partnership) => partnership.name),
    partnerships,
  );
  report('partnerships');

  await loadList(
    {
      listKey: 'financialFigures',
      repository: repositories.financialFigures,
      demos: data.financialFigures,
      resolve: (demo) => resolveFinancialFigures(demo, lookups),
      identity: (value) => `${value.partnershipId}|${value.year}|${value.kind}`,
      label: (value) => `${value.kind} ${value.year} (samenwerkingsverband ${value.partnershipId})`,
    },
    counts.financialFigures,
    failures,
  );
  report('financialFigures');

  const bodies = await loadList(
    {
      listKey: 'meetingBodies',
      repository: repositories.meetingBodies,
      demos: data.meetingBodies,
      resolve: (demo) => resolveMeetingBody(demo, lookups),
      // Organisation-wide bodies (no partnership) come from internalMeetingsDemo.ts; 0 keeps them apart here.
      identity: (value) => bodyKey(value.partnershipId ?? 0, normalised(value.name)),
      label: (value) => value.name,
    },
    counts.meetingBodies,
    failures,
  );
  lookups.bodies = new Map(
    data.meetingBodies.flatMap((demo) => {
      const partnershipId = lookups.partnershipIds.get(demo.partnershipName);
      const stored = partnershipId === undefined ? undefined : bodies.get(bodyKey(partnershipId, normalised(demo.name)));
      return partnershipId === undefined || stored === undefined
        ? []
        : [[bodyKey(partnershipId, demo.name), { id: stored.id, isPublic: stored.isPublic }] as const];
    }),
  );
  report('meetingBodies');

  await loadList(
    {
      listKey: 'meetings',
      repository: repositories.meetings,
      demos: data.meetings,
      resolve: (demo) => resolveMeeting(demo, lookups),
      identity: (value) => `${value.bodyId}|${toInstant(value.start).getTime()}`,
      label: (value) => value.title,
    },
    counts.meetings,
    failures,
  );
  report('meetings');

  await loadList(
    {
      listKey: 'processMoments',
      repository: repositories.processMoments,
      demos: data.processMoments,
      resolve: (demo) => resolveProcessMoment(demo, lookups),
      identity: (value) => `${value.partnershipId}|${normalised(value.subject)}|${value.date}`,
      label: (value) => `${value.subject} (${value.date})`,
    },
    counts.processMoments,
    failures,
  );
  report('processMoments');

  await loadList(
    {
      listKey: 'actions',
      repository: repositories.actions,
      demos: data.actions,
      resolve: (demo) => resolveAction(demo, lookups),
      identity: (value) => `${normalised(value.plan)}|${normalised(value.number)}`,
      label: (value) => `${value.plan} ${value.number}`,
    },
    counts.actions,
    failures,
  );
  report('actions');

  await loadList(
    {
      listKey: 'contacts',
      repository: repositories.contacts,
      demos: data.contacts,
      resolve: (demo) => resolveContact(demo, lookups),
      identity: (value) => normalised(value.name),
      label: (value) => value.name,
    },
    counts.contacts,
    failures,
  );
  report('contacts');

  // Issue 8: the zienswijze cases of GBTwente and other councils' zienswijzen, after the partnerships and municipalities,
  // and before the Wgr calendar's moments: a case's requested date plans the route through the own council.
  failures.push(...(await loadCouncilInfluenceDemoData(repositories, log)).failures);

  // Issue 6A: the Wgr calendar's demo data and its derived process moments (before 6B projects the moments).
  failures.push(...(await loadWgrDemoData(repositories, log)).failures);

  // Issue 6B: public and confidential documents and moments for the council page and its permission proof.
  const council = await loadCouncilDemoData(repositories);
  failures.push(...council.failures);
  log(`council demo: ${council.created} created`);

  // Issue 4: GBTwente's GR text and other stukken for its dashboard.
  const dashboardDocuments = await loadDashboardDemoDocuments(repositories);
  failures.push(...dashboardDocuments.failures);
  log(`dashboard demo documents: ${dashboardDocuments.created} created`);

  // Issue 7: the steering lists, after the lists they refer to.
  failures.push(...(await loadSteeringDemoData(repositories, directory, log)).failures);

  // Issue 8: risk profiles, the Wgr 2022 checks and GBTwente's exit notice moment, after the Wgr settings.
  failures.push(...(await loadPartnershipControlDemoData(repositories, log)).failures);

  // Issue 9 (seed 002): the internal coordination meetings and the organisation-wide meeting of all regievoerders.
  failures.push(...(await loadInternalMeetingsDemoData(repositories, directory, log)).failures);

  // Issue 9: service agreements, indicators with their reported values, satisfaction measurements, after the partnerships.
  failures.push(...(await loadServiceDeliveryDemoData(repositories, log)).failures);

  for (const failure of failures) {
    log(`failed: ${failure}`);
  }
  return {
    created: Object.fromEntries(DEMO_LIST_ORDER.map((key) => [key, counts[key].created])) as Record<DemoListKey, number>,
    skipped: Object.fromEntries(DEMO_LIST_ORDER.map((key) => [key, counts[key].skipped])) as Record<DemoListKey, number>,
    failures,
    peopleEnsured: people.size,
  };
}
