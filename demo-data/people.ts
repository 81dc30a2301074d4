import type { DemoPerson } from './types';

/** The demo municipality: every "we" in the demo data is gemeente Hof van Twente (seed 001). */
export const DEMO_MUNICIPALITY = 'Hof van Twente';

/** The fictional people the emulator seeds as site users (see the project's shared facts). */
export const DEMO_PEOPLE = {
  siteOwner: { email: 'beheerder@hofvantwente.example', displayName: 'Beheerder Samenwerkingsmonitor', role: 'Beheerder (demo)' },
  anneDeVries: { email: 'a.devries@hofvantwente.example', displayName: 'Anne de Vries', role: 'Accounthouder (demo)' },
  bramJansen: { email: 'b.jansen@hofvantwente.example', displayName: 'Bram Jansen', role: 'Accounthouder (demo)' },
  wimSmit: { email: 'w.smit@hofvantwente.example', displayName: 'Wim Smit', role: 'Wethouder, portefeuillehouder verbonden partijen (demo)' },
  councilMember: { email: 'raadslid@hofvantwente.example', displayName: 'Raadslid (demo)', role: 'Raadslid (demo)' },
} as const satisfies Readonly<Record<string, DemoPerson>>;

export const DEMO_PEOPLE_LIST: readonly DemoPerson[] = Object.values(DEMO_PEOPLE);
