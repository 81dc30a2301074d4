import type { Importance } from '../models';

/** Seed 004's four angles of importance, in the seed's order. */
export const IMPORTANCE_ANGLES = ['societalTask', 'opportunities', 'risks', 'money'] as const;
export type ImportanceAngle = (typeof IMPORTANCE_ANGLES)[number];

/** The angles from which a partnership is important (seed 004: any one makes it important). */
export function importanceAngles(importance: Importance): readonly ImportanceAngle[] {
  return IMPORTANCE_ANGLES.filter((angle) => importance[angle]);
}
