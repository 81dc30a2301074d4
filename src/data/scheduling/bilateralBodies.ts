import type { MeetingBody, Stored } from '../../domain/models';
import { bilateralBodiesToCreate } from '../../domain/scheduling';
import type { Repositories } from '../ports/repositories';

/**
 * "Bilaterale overleggen genereren": one bilateral body per participating municipality of the partnership,
 * skipping municipalities that already have one (so a second run creates nothing). Returns the new bodies.
 */
export async function generateBilateralBodies(
  repositories: Pick<Repositories, 'partnerships' | 'municipalities' | 'meetingBodies'>,
  partnershipId: number,
): Promise<readonly Stored<MeetingBody>[]> {
  const partnership = await repositories.partnerships.get(partnershipId);
  const [municipalities, existing] = await Promise.all([
    repositories.municipalities.list(),
    repositories.meetingBodies.list({ where: { property: 'partnershipId', op: 'eq', value: partnershipId } }),
  ]);
  const participants = partnership.participantIds
    .map((id) => municipalities.find((municipality) => municipality.id === id))
    .filter((municipality): municipality is NonNullable<typeof municipality> => municipality !== undefined)
    .map((municipality) => ({ id: municipality.id, name: municipality.name }));
  const created: Stored<MeetingBody>[] = [];
  for (const body of bilateralBodiesToCreate(partnershipId, partnership.name, participants, existing)) {
    created.push(await repositories.meetingBodies.create(body));
  }
  return created;
}
