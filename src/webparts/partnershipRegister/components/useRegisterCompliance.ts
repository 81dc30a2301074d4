import { useMemo } from 'react';
import type { CalendarDate, Meeting, MeetingBody, Partnership, Stored } from '../../../domain/models';
// Not the meetings index: that also holds the planner and its holiday data, which the register never needs.
import { evaluateAllCompliance } from '../../../domain/meetings/compliance';
import { registerComplianceByPartnership, type RegisterCompliance } from '../../../domain/register';
import type { RiskProfile } from '../../../domain/riskProfile/models';
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
  /** Issue 8: the risk profiles set the internal bodies' floor and the refresh interval; empty without the list. */
  readonly riskProfiles: readonly Stored<RiskProfile>[];
}

/**
 * Three requests (each following SharePoint's pages): every meeting body, the meetings from 1 January
 * of the year before `today` on (an indexed filter on MeetingStart), and the risk profiles when the register
 * was given their repository. Compliance judges the year of `today`; the year before is there for the
 * preparing meeting of an early-January meeting.
 */
export async function loadRegisterMeetingData(
  repositories: Pick<Repositories, 'meetingBodies' | 'meetings'> & Partial<Pick<Repositories, 'riskProfiles'>>,
  today: CalendarDate,
): Promise<MeetingData> {
  const [bodies, meetings, riskProfiles] = await Promise.all([
    repositories.meetingBodies.list(),
    repositories.meetings.list({ where: { property: 'start', op: 'ge', value: zonedDateTime(`${Number(today.slice(0, 4)) - 1}-01-01`, '00:00') } }),
    repositories.riskProfiles ? repositories.riskProfiles.list() : Promise.resolve([]),
  ]);
  return { bodies, meetings, riskProfiles };
}

/**
 * Compliance of every partnership's meeting bodies as of `today`. Loading starts only once the
 * partnerships are there (`partnerships` defined), so the list paints first; it is recomputed
 * (cheaply, in memory) when a partnership is edited.
 */
export function useRegisterCompliance(
  repositories: Partial<Pick<Repositories, 'meetingBodies' | 'meetings' | 'riskProfiles'>>,
  partnerships: readonly Stored<Partnership>[] | undefined,
  today: CalendarDate,
): { readonly state: RegisterComplianceState; readonly reload: () => void; readonly riskProfiles?: readonly Stored<RiskProfile>[] } {
  const { meetingBodies, meetings, riskProfiles } = repositories;
  const available = meetingBodies !== undefined && meetings !== undefined;
  const ready = partnerships !== undefined;
  const resource = useAsyncResource<MeetingData | undefined>(
    async () => (available && ready ? loadRegisterMeetingData({ meetingBodies, meetings, riskProfiles }, today) : undefined),
    [meetingBodies, meetings, riskProfiles, ready, today],
  );
  const loaded = resource.state.status === 'loaded' ? resource.state.value : undefined;
  const byPartnership = useMemo(
    () =>
      loaded && partnerships
        ? registerComplianceByPartnership(evaluateAllCompliance({ partnerships, bodies: loaded.bodies, meetings: loaded.meetings, riskProfiles: loaded.riskProfiles }, today))
        : undefined,
    [loaded, partnerships, today],
  );
  let state: RegisterComplianceState;
  if (!available) state = { status: 'unavailable' };
  else if (resource.state.status === 'failed') state = { status: 'failed', error: resource.state.error };
  else if (byPartnership) state = { status: 'loaded', byPartnership };
  else state = { status: 'loading' };
  return { state, reload: resource.reload, ...(loaded ? { riskProfiles: loaded.riskProfiles } : {}) };
}
