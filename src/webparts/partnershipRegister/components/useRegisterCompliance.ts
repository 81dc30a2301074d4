import { useMemo } from 'react';
import type { CalendarDate, Meeting, MeetingBody, Partnership, Stored } from '../../../domain/models';
// Not the meetings index: that also holds the planner and its holiday data, which the register never needs.
import { evaluateAllCompliance } from '../../../domain/meetings/compliance';
import { registerComplianceByPartnership, type RegisterCompliance } from '../../../domain/register';
import { zonedDateTime } from '../../../domain/time';
import type { Repositories } from '../../../data/ports';
import { useAsyncResource } from '../../../components/dataLoading';

/** What the register's "Naleving vergaderfrequentie" column and filter know at this moment. */
export type RegisterComplianceState =
  /** The register was given no meeting repositories: no column, no filter. */
  | { readonly status: 'unavailable' }
  | { readonly status: 'loading' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'loaded'; readonly byPartnership: ReadonlyMap<number, RegisterCompliance> };

interface MeetingData {
  readonly bodies: readonly Stored<MeetingBody>[];
  readonly meetings: readonly Stored<Meeting>[];
}

/**
 * Two requests (each following SharePoint's pages): every meeting body, and the meetings from 1 January
 * of the year before `today` on, an indexed filter on MeetingStart. Compliance judges the year of
 * `today`; the year before is there for the preparing meeting of an early-January meeting.
 */
export async function loadRegisterMeetingData(repositories: Pick<Repositories, 'meetingBodies' | 'meetings'>, today: CalendarDate): Promise<MeetingData> {
  const [bodies, meetings] = await Promise.all([
    repositories.meetingBodies.list(),
    repositories.meetings.list({ where: { property: 'start', op: 'ge', value: zonedDateTime(`${Number(today.slice(0, 4)) - 1}-01-01`, '00:00') } }),
  ]);
  return { bodies, meetings };
}

/**
 * Compliance of every partnership's meeting bodies as of `today`. Loading starts only once the
 * partnerships are there (`partnerships` defined), so the list paints first; it is recomputed
 * (cheaply, in memory) when a partnership is edited.
 */
export function useRegisterCompliance(
  repositories: Partial<Pick<Repositories, 'meetingBodies' | 'meetings'>>,
  partnerships: readonly Stored<Partnership>[] | undefined,
  today: CalendarDate,
): { readonly state: RegisterComplianceState; readonly reload: () => void } {
  const { meetingBodies, meetings } = repositories;
  const available = meetingBodies !== undefined && meetings !== undefined;
  const ready = partnerships !== undefined;
  const resource = useAsyncResource<MeetingData | undefined>(
    async () => (available && ready ? loadRegisterMeetingData({ meetingBodies, meetings }, today) : undefined),
    [meetingBodies, meetings, ready, today],
  );
  const loaded = resource.state.status === 'loaded' ? resource.state.value : undefined;
  const byPartnership = useMemo(
    () => (loaded && partnerships ? registerComplianceByPartnership(evaluateAllCompliance({ partnerships, bodies: loaded.bodies, meetings: loaded.meetings }, today)) : undefined),
    [loaded, partnerships, today],
  );
  let state: RegisterComplianceState;
  if (!available) state = { status: 'unavailable' };
  else if (resource.state.status === 'failed') state = { status: 'failed', error: resource.state.error };
  else if (byPartnership) state = { status: 'loaded', byPartnership };
  else state = { status: 'loading' };
  return { state, reload: resource.reload };
}
