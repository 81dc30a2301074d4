import type { Meeting, MeetingBody, Municipality, Partnership, PersonRef, Stored } from '../../../domain/models';
// Not the meetings index: that also holds the planner and its holiday data, which load only when asked for.
import { evaluateAllCompliance } from '../../../domain/meetings/compliance';
import type { BodyCompliance } from '../../../domain/meetings/types';
import { calendarDateOfInstant } from '../../../domain/time';
import type { Directory, Repositories } from '../../../data/ports';
import { useAsyncResource, type AsyncResource } from '../../../components/dataLoading';

/** Everything the web part shows, read in one go: a few hundred items at most per list. */
export interface MeetingsData {
  readonly partnerships: readonly Stored<Partnership>[];
  readonly bodies: readonly Stored<MeetingBody>[];
  readonly meetings: readonly Stored<Meeting>[];
  readonly municipalities: readonly Stored<Municipality>[];
  readonly currentUser?: PersonRef;
}

export async function loadMeetingsData(repositories: Repositories, directory: Directory): Promise<MeetingsData> {
  const [partnerships, bodies, meetings, municipalities, currentUser] = await Promise.all([
    repositories.partnerships.list({ orderBy: [{ property: 'name' }] }),
    repositories.meetingBodies.list(),
    repositories.meetings.list({ orderBy: [{ property: 'start' }] }),
    repositories.municipalities.list(),
    directory.currentUser().catch(() => undefined),
  ]);
  return { partnerships, bodies, meetings, municipalities, ...(currentUser ? { currentUser } : {}) };
}

export function useMeetingsData(repositories: Repositories, directory: Directory): AsyncResource<MeetingsData> {
  return useAsyncResource(() => loadMeetingsData(repositories, directory), [repositories, directory]);
}

/** Compliance of every body as of today, by body id (5A's `evaluateAllCompliance`). */
export function complianceByBody(data: MeetingsData, now: Date): ReadonlyMap<number, BodyCompliance> {
  const result = evaluateAllCompliance(
    // The lists do not read the item's creation date, so a body set up mid-year is checked for the whole year.
    { partnerships: data.partnerships, bodies: data.bodies, meetings: data.meetings },
    calendarDateOfInstant(now),
  );
  const byBody = new Map<number, BodyCompliance>();
  result.forEach((partnership) => partnership.bodies.forEach((body) => byBody.set(body.bodyId, body)));
  return byBody;
}

/**
 * "Binnenkort nodig": bodies of the partnerships the signed-in user is accounthouder of whose rules are
 * not yet met (at risk) or no longer can be (violated), worst first.
 */
export function dueSoon(data: MeetingsData, compliance: ReadonlyMap<number, BodyCompliance>): readonly BodyCompliance[] {
  const email = data.currentUser?.email?.toLowerCase();
  if (email === undefined) return [];
  const mine = new Set(
    data.partnerships.filter((partnership) => partnership.accountHolder?.email?.toLowerCase() === email).map((partnership) => partnership.id),
  );
  const order = { violated: 0, 'at-risk': 1, unchecked: 2, met: 3 } as const;
  return data.bodies
    .filter((body) => mine.has(body.partnershipId))
    .map((body) => compliance.get(body.id))
    .filter((entry): entry is BodyCompliance => entry !== undefined && (entry.state === 'at-risk' || entry.state === 'violated'))
    .sort((left, right) => order[left.state] - order[right.state] || left.bodyName.localeCompare(right.bodyName, 'nl'));
}
