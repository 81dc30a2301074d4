import type { MeetingBody } from '../models';

export interface ParticipantMunicipality {
  readonly id: number;
  readonly name: string;
}

/**
 * Seed 000's "periodiek bilateraal" overleg: one bilateral body per participating municipality. A
 * municipality that already has a bilateral body in this partnership is skipped, so generating twice adds
 * nothing the second time.
 *
 * @example
 * bilateralBodiesToCreate(7, 'GBTwente', [{ id: 1, name: 'Almelo' }], [])
 * //=> [{ name: 'Periodiek bilateraal overleg Almelo', shortName: 'Bilateraal Almelo', bilateralMunicipalityId: 1, … }]
 */
export function bilateralBodiesToCreate(
  partnershipId: number,
  partnershipName: string,
  participants: readonly ParticipantMunicipality[],
  existingBodies: readonly Pick<MeetingBody, 'partnershipId' | 'bilateralMunicipalityId'>[],
): readonly MeetingBody[] {
  const covered = new Set(
    existingBodies
      .filter((body) => body.partnershipId === partnershipId && body.bilateralMunicipalityId !== undefined)
      .map((body) => body.bilateralMunicipalityId),
  );
  return participants
    .filter((municipality) => !covered.has(municipality.id))
    .map((municipality) => ({
      partnershipId,
      name: `Periodiek bilateraal overleg ${municipality.name}`,
      shortName: `Bilateraal ${municipality.name}`.slice(0, 50),
      category: 'bestuurlijk',
      isPublic: false,
      purpose: `Bilaterale bespreking van ${partnershipName} met ${municipality.name}: evaluatief, voortgang, thematische punten.`,
      membersDescription: `${partnershipName} en gemeente ${municipality.name}`,
      participantsDescription: '',
      occasionalGuests: '',
      members: [],
      externalMemberEmails: [],
      frequencyText: 'minimaal twee keer per jaar',
      frequencyRuleJson: '',
      agendaOwner: '',
      organiser: partnershipName,
      minutesBy: 'geen',
      location: `locatie ${municipality.name} of ${partnershipName}`,
      bilateralMunicipalityId: municipality.id,
    }));
}
