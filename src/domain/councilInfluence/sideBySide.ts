import type { CalendarDate } from '../models/time';
import type { InfluenceCase, ParticipantZienswijze, ZienswijzePosition } from './models';

/** One council's zienswijze in the side-by-side view; `known: false` means nothing is recorded ("onbekend"). */
export interface CouncilZienswijzeRow<P extends ParticipantZienswijze = ParticipantZienswijze> {
  /** Absent for the own council when the own municipality is not configured. */
  readonly municipalityId?: number;
  readonly municipalityName: string;
  readonly isOwnCouncil: boolean;
  /** False when the municipality is no (longer a) participant of the GR, but a zienswijze of it was recorded. */
  readonly isParticipant: boolean;
  readonly known: boolean;
  readonly position?: ZienswijzePosition;
  readonly adoptedDate?: CalendarDate;
  readonly summary?: string;
  readonly documentUrl?: string;
  /** The stored participant zienswijze, to edit it; absent for the own council and for unknown rows. */
  readonly participantZienswijze?: P;
}

export interface SideBySideInput<P extends ParticipantZienswijze> {
  readonly influenceCase: InfluenceCase;
  /** The GR's participants (the partnership's `participantIds`). */
  readonly participantIds: readonly number[];
  readonly municipalityNames: ReadonlyMap<number, string>;
  /** The own municipality, whose zienswijze is the case's step 3. */
  readonly ownMunicipalityId?: number;
  /** Zienswijzen of other councils on this case. */
  readonly participantZienswijzen: readonly P[];
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/**
 * The councils' zienswijzen side by side: the own council first (from the case), then every other participant of
 * the GR in alphabetical order, with what is recorded or `known: false`. A zienswijze of a municipality that is
 * not (or no longer) a participant is still shown, marked, rather than hidden.
 *
 * @example
 * councilZienswijzenSideBySide({ influenceCase, participantIds: [1, 2], municipalityNames, ownMunicipalityId: 1, participantZienswijzen: [] })
 * //=> [{ municipalityName: 'Hof van Twente', isOwnCouncil: true, … }, { municipalityName: 'Almelo', known: false, … }]
 */
export function councilZienswijzenSideBySide<P extends ParticipantZienswijze>(input: SideBySideInput<P>): CouncilZienswijzeRow<P>[] {
  const { influenceCase } = input;
  const nameOf = (id: number): string => input.municipalityNames.get(id) ?? `Gemeente ${id}`;
  const ownKnown = influenceCase.councilPosition !== undefined;
  const own: CouncilZienswijzeRow<P> = {
    ...(input.ownMunicipalityId === undefined ? {} : { municipalityId: input.ownMunicipalityId }),
    municipalityName: input.ownMunicipalityId === undefined ? 'Eigen raad' : nameOf(input.ownMunicipalityId),
    isOwnCouncil: true,
    isParticipant: true,
    known: ownKnown,
    ...(influenceCase.councilPosition === undefined ? {} : { position: influenceCase.councilPosition }),
    ...(influenceCase.councilAdoptedDate === undefined ? {} : { adoptedDate: influenceCase.councilAdoptedDate }),
    ...(ownKnown ? { summary: influenceCase.councilZienswijzeSummary } : {}),
    ...(influenceCase.councilZienswijzeUrl ? { documentUrl: influenceCase.councilZienswijzeUrl } : {}),
  };
  const byMunicipality = new Map<number, P>();
  for (const zienswijze of input.participantZienswijzen) {
    if (!byMunicipality.has(zienswijze.municipalityId)) byMunicipality.set(zienswijze.municipalityId, zienswijze);
  }
  const otherIds = new Set([...input.participantIds, ...byMunicipality.keys()]);
  if (input.ownMunicipalityId !== undefined) otherIds.delete(input.ownMunicipalityId);
  const others = [...otherIds].map((municipalityId): CouncilZienswijzeRow<P> => {
    const recorded = byMunicipality.get(municipalityId);
    const isParticipant = input.participantIds.includes(municipalityId);
    if (recorded === undefined) return { municipalityId, municipalityName: nameOf(municipalityId), isOwnCouncil: false, isParticipant, known: false };
    return {
      municipalityId,
      municipalityName: nameOf(municipalityId),
      isOwnCouncil: false,
      isParticipant,
      known: true,
      position: recorded.position,
      ...(recorded.adoptedDate === undefined ? {} : { adoptedDate: recorded.adoptedDate }),
      summary: recorded.summary,
      ...(recorded.documentUrl ? { documentUrl: recorded.documentUrl } : {}),
      participantZienswijze: recorded,
    };
  });
  others.sort((left, right) => collator.compare(left.municipalityName, right.municipalityName));
  return [own, ...others];
}
