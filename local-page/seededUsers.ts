/**
 * The fictional demo users the emulator knows (see the shared facts of the Foundation issue), with the role
 * each plays, so the local page can show the register as each of them sees it. Marked demo: these are no real people.
 */
export interface SeededUser {
  readonly email: string;
  readonly displayName: string;
  readonly role: { readonly nl: string; readonly en: string };
}

export const SEEDED_USERS: readonly SeededUser[] = [
  { email: 'beheerder@hofvantwente.example', displayName: 'Beheerder Samenwerkingsmonitor', role: { nl: 'sitebeheerder', en: 'site owner' } },
  { email: 'a.devries@hofvantwente.example', displayName: 'Anne de Vries', role: { nl: 'accounthouder', en: 'account holder' } },
  { email: 'b.jansen@hofvantwente.example', displayName: 'Bram Jansen', role: { nl: 'accounthouder', en: 'account holder' } },
  { email: 'w.smit@hofvantwente.example', displayName: 'Wim Smit', role: { nl: 'wethouder', en: 'alderman' } },
  { email: 'raadslid@hofvantwente.example', displayName: 'Raadslid (demo)', role: { nl: 'raadslid, alleen lezen', en: 'council member, read only' } },
];

/** An accounthouder: the user the register is mostly for. */
export const DEFAULT_USER_EMAIL = 'a.devries@hofvantwente.example';

/** The seeded user for an address from the query string, or the default user for anything else. */
export function seededUserOrDefault(email: string | null | undefined): SeededUser {
  const wanted = (email ?? '').trim().toLowerCase();
  return SEEDED_USERS.find((user) => user.email === wanted) ?? (SEEDED_USERS.find((user) => user.email === DEFAULT_USER_EMAIL) as SeededUser);
}
