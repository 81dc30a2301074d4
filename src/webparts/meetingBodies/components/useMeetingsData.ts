import type { Meeting, MeetingBody, Municipality, Partnership, PersonRef, Stored } from '../../../domain/models';
import type { RiskProfile } from '../../../domain/riskProfile/models';
// Not the meetings index: that also holds the planner and its holiday data, which load only when asked for.
import { evaluateComplianceGroups } from '../../../domain/meetings/compliance';
import type { BodyCompliance, ComplianceGroup, PartnershipCompliance } from '../../../domain/meetings/types';
import { calendarDateOfInstant } from '../../../domain/time';
import type { Directory, Repositories } from '../../../data/ports';
import { useAsyncResource, type AsyncResource } from '../../../components/dataLoading';

/** Everything the web part shows, read in one go: a few hundred items at most per list. */
export interface MeetingsData {
  readonly partnerships: readonly Stored<Partnership>[];
  readonly bodies: readonly Stored<MeetingBody>[];
  readonly meetings: readonly Stored<Meeting>[];
  readonly municipalities: readonly Stored<Municipality>[];
  /** Issue 8: a partnership's current risk profile adds a minimum to its internal bodies. */
  readonly riskProfiles: readonly Stored<RiskProfile>[];
  readonly currentUser?: PersonRef;
}

/**
 * The bodies shown together: one partnership's (by id), or the organisation-wide ones that belong to no
 * partnership (seed 002: the meeting of all regievoerders).
 */
export const ORGANISATION_WIDE = 'organisatiebreed';
export type BodyScope = number | typeof ORGANISATION_WIDE;

export function bodiesInScope(bodies: readonly Stored<MeetingBody>[], scope: BodyScope | undefined): readonly Stored<MeetingBody>[] {
  if (scope === undefined) return [];
  return bodies.filter((body) => (scope === ORGANISATION_WIDE ? body.partnershipId === undefined : body.partnershipId === scope));
}

export async function loadMeetingsData(repositories: Repositories, directory: Directory): Promise<MeetingsData> {
  const [partnerships, bodies, meetings, municipalities, riskProfiles, currentUser] = await Promise.all([
    repositories.partnerships.list({ orderBy: [{ property: 'name' }] }),
    repositories.meetingBodies.list(),
    repositories.meetings.list({ orderBy: [{ property: 'start' }] }),
    repositories.municipalities.list(),
    repositories.riskProfiles.list(),
    directory.currentUser().catch(() => undefined),
  ]);
  return { partnerships, bodies, meetings, municipalities, riskProfiles, ...(currentUser ? { currentUser } : {}) };
}

export function useMeetingsData(repositories: Repositories, directory: Directory): AsyncResource<MeetingsData> {
  return useAsyncResource(() => loadMeetingsData(repositories, directory), [repositories, directory]);
}

/** Compliance as of today: per body, and per partnership (with its risk level and findings). */
export interface MeetingsCompliance {
  readonly byBody: ReadonlyMap<number, BodyCompliance>;
  readonly byPartnership: ReadonlyMap<number, PartnershipCompliance>;
  readonly groups: readonly ComplianceGroup[];
}

/** Compliance of every body as of today, the partnerships' and the organisation-wide ones (`evaluateComplianceGroups`). */
export function meetingsCompliance(data: MeetingsData, now: Date): MeetingsCompliance {
  const groups = evaluateComplianceGroups(
    // The lists do not read the item's creation date, so a body set up mid-year is checked for the whole year.
    { partnerships: data.partnerships, bodies: data.bodies, meetings: data.meetings, riskProfiles: data.riskProfiles },
    calendarDateOfInstant(now),
  );
  const byBody = new Map<number, BodyCompliance>();
  const byPartnership = new Map<number, PartnershipCompliance>();
  for (const group of groups) {
    group.bodies.forEach((body) => byBody.set(body.bodyId, body));
    if (group.kind === 'partnership') byPartnership.set(group.partnershipId, group);
  }
  return { byBody, byPartnership, groups };
}

/** Compliance of every body as of today, by body id. */
export function complianceByBody(data: MeetingsData, now: Date): ReadonlyMap<number, BodyCompliance> {
  return meetingsCompliance(data, now).byBody;
}

/**
 * "Binnenkort nodig": bodies of the partnerships the signed-in user is accounthouder of whose rules are
 * not yet met (at risk) or no longer can be (violated), worst first. Organisation-wide bodies have no
 * accounthouder and are not in this personal list.
 */
export function dueSoon(data: MeetingsData, compliance: ReadonlyMap<number, BodyCompliance>): readonly BodyCompliance[] {
  const email = data.currentUser?.email?.toLowerCase();
  if (email === undefined) return [];
  const mine = new Set(
    data.partnerships.filter((partnership) => partnership.accountHolder?.email?.toLowerCase() === email).map((partnership) => partnership.id),
  );
  const order = { violated: 0, 'at-risk': 1, unchecked: 2, met: 3 } as const;
  return data.bodies
    .filter((body) => body.partnershipId !== undefined && mine.has(body.partnershipId))
    .map((body) => compliance.get(body.id))
    .filter((entry): entry is BodyCompliance => entry !== undefined && (entry.state === 'at-risk' || entry.state === 'violated'))
    .sort((left, right) => order[left.state] - order[right.state] || left.bodyName.localeCompare(right.bodyName, 'nl'));
}
