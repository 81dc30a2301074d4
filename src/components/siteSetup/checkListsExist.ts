import { NotFoundError } from '../../data/ports/errors';
import type { ListsCheck } from './ISiteSetup';

/**
 * Runs a first read of the register and tells whether the lists exist. SharePoint answers a missing list
 * with 404 ("List '…' does not exist at site with URL '…'"), which the adapter turns into a NotFoundError.
 * Any other failure (no access, throttling) counts as 'present': the register then shows that error
 * itself, instead of offering to create lists that are already there.
 */
export async function checkListsExist(firstRead: () => Promise<unknown>): Promise<ListsCheck> {
  try {
    await firstRead();
    return 'present';
  } catch (error) {
    if (error instanceof NotFoundError) return 'missing';
    return 'present';
  }
}
