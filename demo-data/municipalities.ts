import type { Municipality } from '../src/domain/models';

/**
 * The 14 Twentse gemeenten, and the other public partners of the Shared Services Netwerk Twente that
 * seed 001 names (Regio Twente, Veiligheidsregio Twente, Waterschap Vechtstromen). Every region is
 * "Twente": sub-regions such as Midden-Twente differ per task (seed 001), so none is asserted here.
 * Waterschap Vechtstromen also covers south-east Drenthe; "Twente" is the region it takes part in here.
 */
export const TWENTSE_GEMEENTEN = [
  'Almelo',
  'Borne',
  'Dinkelland',
  'Enschede',
  'Haaksbergen',
  'Hellendoorn',
  'Hengelo',
  'Hof van Twente',
  'Losser',
  'Oldenzaal',
  'Rijssen-Holten',
  'Tubbergen',
  'Twenterand',
  'Wierden',
] as const;

export const OTHER_PUBLIC_BODIES = ['Regio Twente', 'Veiligheidsregio Twente', 'Waterschap Vechtstromen'] as const;

export const DEMO_MUNICIPALITIES: readonly Municipality[] = [...TWENTSE_GEMEENTEN, ...OTHER_PUBLIC_BODIES].map((name) => ({
  name,
  region: 'Twente',
}));
