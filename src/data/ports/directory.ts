import type { PersonRef } from '../../domain/models';

/** The people SharePoint knows: resolves an e-mail address to a site user and tells who is signed in. */
export interface Directory {
  /** The site user for this address, added to the site when not there yet (SharePoint `ensureuser`). */
  ensureUser(email: string): Promise<PersonRef>;
  currentUser(): Promise<PersonRef>;
}
