import type { Partnership } from '../models/partnership';
import { changedProperties } from './importPlan';

export type ConflictChoice = 'mine' | 'theirs';

export interface ConflictingProperty {
  readonly property: keyof Partnership;
  /** The user changed this property in the panel. */
  readonly changedByMe: boolean;
  /** The other person changed it since the user opened the panel. */
  readonly changedByThem: boolean;
}

/**
 * The properties where the user's version and the stored version now differ, after a 412: the ones to
 * show side by side. Properties both left alone, or both set to the same value, need no choice.
 *
 * @example
 * conflictingProperties(original, { ...original, seat: 'Hengelo' }, { ...original, seat: 'Almelo', domain: 'Sociaal' })
 * //=> [{ property: 'domain', changedByMe: false, changedByThem: true }, { property: 'seat', changedByMe: true, changedByThem: true }]
 */
export function conflictingProperties(original: Partnership, mine: Partnership, theirs: Partnership): readonly ConflictingProperty[] {
  const mineChanged = new Set(changedProperties(original, mine));
  const theirsChanged = new Set(changedProperties(original, theirs));
  return changedProperties(mine, theirs).map((property) => ({
    property,
    changedByMe: mineChanged.has(property),
    changedByThem: theirsChanged.has(property),
  }));
}

/**
 * The choice offered before the user picks: a property only the other person changed keeps their
 * value; one the user changed has no default, so nobody's change is dropped without a decision.
 */
export function defaultConflictChoice(conflict: ConflictingProperty): ConflictChoice | undefined {
  return conflict.changedByMe ? undefined : 'theirs';
}

/**
 * The stored version with the properties the user chose to keep from their own version.
 *
 * @example
 * resolveConflict(mine, theirs, { seat: 'mine' }) //=> { ...theirs, seat: mine.seat }
 */
export function resolveConflict(
  mine: Partnership,
  theirs: Partnership,
  choices: Readonly<Partial<Record<keyof Partnership, ConflictChoice>>>,
): Partnership {
  const resolved: Record<string, unknown> = { ...theirs };
  for (const [property, choice] of Object.entries(choices)) {
    if (choice !== 'mine') continue;
    const value = (mine as unknown as Record<string, unknown>)[property];
    if (value === undefined) delete resolved[property];
    else resolved[property] = value;
  }
  return resolved as unknown as Partnership;
}

/** The changes to send so that `before` becomes `after`: changed properties only, cleared ones as `undefined`. */
export function changesBetween(before: Partnership, after: Partnership): Partial<Partnership> {
  const changes: Record<string, unknown> = {};
  for (const property of changedProperties(before, after)) changes[property] = after[property];
  return changes as Partial<Partnership>;
}
