import type { Condition, Repositories } from '../ports';
import { ConcurrencyConflictError } from '../ports/errors';
import type { CalendarDate, Stored } from '../../domain/models';
import {
  validateInfluenceCase,
  validateParticipantZienswijze,
  validateStepInput,
  type InfluenceCase,
  type ParticipantZienswijze,
  type RecordableStep,
} from '../../domain/councilInfluence';
import type { ValidationErrors } from '../../domain/validation';

/*
 * Reading and writing zienswijze cases through the repositories: the cases of one partnership or all, with the
 * other councils' zienswijzen; saving a step with the item's ETag; creating a case; adding or editing a
 * participant zienswijze. A save answers `saved`, `invalid` (Dutch messages per field, nothing written) or
 * `conflict` (someone else saved first: the current item, so the caller can show both and keep the user's input).
 */

export type SaveOutcome<T> =
  | { readonly kind: 'saved'; readonly item: Stored<T> }
  | { readonly kind: 'invalid'; readonly errors: ValidationErrors }
  | { readonly kind: 'conflict'; readonly current?: Stored<T> };

export interface InfluenceCasesData {
  readonly cases: readonly Stored<InfluenceCase>[];
  /** Other councils' zienswijzen per case id. */
  readonly zienswijzenByCase: ReadonlyMap<number, readonly Stored<ParticipantZienswijze>[]>;
}

/** SharePoint's URL length limits an `or` filter; twenty lookups per query stay well within it. */
const CASE_IDS_PER_QUERY = 20;

/** The cases of one partnership (or all, newest receipt first) with the participant zienswijzen on them. */
export async function loadInfluenceCases(repositories: Repositories, options: { readonly partnershipId?: number } = {}): Promise<InfluenceCasesData> {
  const where: Condition | undefined = options.partnershipId === undefined ? undefined : { property: 'partnershipId', op: 'eq', value: options.partnershipId };
  const cases = await repositories.influenceCases.list({ ...(where ? { where } : {}), orderBy: [{ property: 'receivedDate', descending: true }] });
  let zienswijzen: readonly Stored<ParticipantZienswijze>[];
  if (options.partnershipId === undefined) {
    zienswijzen = await repositories.participantZienswijzen.list();
  } else {
    const chunks: Promise<readonly Stored<ParticipantZienswijze>[]>[] = [];
    for (let start = 0; start < cases.length; start += CASE_IDS_PER_QUERY) {
      const ids = cases.slice(start, start + CASE_IDS_PER_QUERY).map((item) => item.id);
      chunks.push(repositories.participantZienswijzen.list({ where: { op: 'or', conditions: ids.map((id) => ({ property: 'caseId', op: 'eq' as const, value: id })) } }));
    }
    zienswijzen = (await Promise.all(chunks)).flat();
  }
  const caseIds = new Set(cases.map((item) => item.id));
  const zienswijzenByCase = new Map<number, Stored<ParticipantZienswijze>[]>();
  for (const zienswijze of zienswijzen) {
    if (!caseIds.has(zienswijze.caseId)) continue;
    const list = zienswijzenByCase.get(zienswijze.caseId) ?? [];
    list.push(zienswijze);
    zienswijzenByCase.set(zienswijze.caseId, list);
  }
  return { cases, zienswijzenByCase };
}

async function guarded<T>(write: () => Promise<Stored<T>>): Promise<SaveOutcome<T>> {
  try {
    return { kind: 'saved', item: await write() };
  } catch (error) {
    if (error instanceof ConcurrencyConflictError) {
      return { kind: 'conflict', ...(error.current === undefined ? {} : { current: error.current as Stored<T> }) };
    }
    throw error;
  }
}

/**
 * Records (or clears) one step of a case, with the ETag the caller read (`etag`, defaulting to the case's).
 * Only the step's fields are written.
 */
export async function saveInfluenceStep(
  repositories: Repositories,
  influenceCase: Stored<InfluenceCase>,
  step: RecordableStep,
  input: Readonly<Partial<Record<keyof InfluenceCase, unknown>>>,
  today: CalendarDate,
  etag: string = influenceCase.etag,
): Promise<SaveOutcome<InfluenceCase>> {
  const result = validateStepInput(step, input, influenceCase, today);
  if (!result.ok) return { kind: 'invalid', errors: result.errors };
  return guarded(() => repositories.influenceCases.update(influenceCase.id, result.value, etag));
}

/** Creates a case after validating it. */
export async function createInfluenceCase(repositories: Repositories, input: unknown, today: CalendarDate): Promise<SaveOutcome<InfluenceCase>> {
  const result = validateInfluenceCase(input, today);
  if (!result.ok) return { kind: 'invalid', errors: result.errors };
  return guarded(() => repositories.influenceCases.create(result.value));
}

/** Saves a case's details (subject, kind, dates, college points) with the ETag the caller read. */
export async function updateInfluenceCase(
  repositories: Repositories,
  influenceCase: Stored<InfluenceCase>,
  input: unknown,
  today: CalendarDate,
  etag: string = influenceCase.etag,
): Promise<SaveOutcome<InfluenceCase>> {
  const result = validateInfluenceCase(input, today);
  if (!result.ok) return { kind: 'invalid', errors: result.errors };
  const { id: _id, etag: _etag, modified: _modified, ...value } = result.value as Stored<InfluenceCase>;
  return guarded(() => repositories.influenceCases.update(influenceCase.id, value, etag));
}

export interface ParticipantZienswijzeContext {
  readonly influenceCase: Stored<InfluenceCase>;
  /** The GR's participants. */
  readonly participantIds: readonly number[];
  readonly ownMunicipalityId?: number;
  /** The zienswijzen already on the case. */
  readonly existing: readonly Stored<ParticipantZienswijze>[];
  readonly today: CalendarDate;
}

/** Adds another council's zienswijze, or edits one (`editing`, with the ETag the caller read). */
export async function saveParticipantZienswijze(
  repositories: Repositories,
  input: unknown,
  context: ParticipantZienswijzeContext,
  editing?: { readonly item: Stored<ParticipantZienswijze>; readonly etag?: string },
): Promise<SaveOutcome<ParticipantZienswijze>> {
  const result = validateParticipantZienswijze(input, {
    influenceCase: context.influenceCase,
    participantIds: context.participantIds,
    ...(context.ownMunicipalityId === undefined ? {} : { ownMunicipalityId: context.ownMunicipalityId }),
    existing: context.existing,
    ...(editing === undefined ? {} : { editingId: editing.item.id }),
    today: context.today,
  });
  if (!result.ok) return { kind: 'invalid', errors: result.errors };
  const { id: _id, etag: _etag, modified: _modified, ...value } = result.value as Stored<ParticipantZienswijze>;
  const complete: ParticipantZienswijze = { ...value, adoptedDate: value.adoptedDate, documentUrl: value.documentUrl || undefined };
  return editing === undefined
    ? guarded(() => repositories.participantZienswijzen.create(complete))
    : guarded(() => repositories.participantZienswijzen.update(editing.item.id, complete, editing.etag ?? editing.item.etag));
}
