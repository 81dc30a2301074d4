import type { Partnership, Stored } from '../../../domain/models';
import type { Repository } from '../../../data/ports';
import { AsyncResource, useAsyncResource } from '../../../components/dataLoading';

/**
 * All partnerships, sorted by name for display. Sorting happens here rather than with `$orderby`:
 * SharePoint refuses to order a list past the view threshold on a column without an index, and a
 * register of a few hundred items sorts in no time in the browser.
 */
export function usePartnerships(repository: Repository<Partnership>): AsyncResource<readonly Stored<Partnership>[]> {
  return useAsyncResource(async () => sortByName(await repository.list()), [repository]);
}

const dutchCollator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** A new array in Dutch alphabetical order (so "Ééngemeente" sorts with the E's); the input is left as it was. */
export function sortByName<T extends { readonly name: string }>(items: readonly T[]): readonly T[] {
  return [...items].sort((left, right) => dutchCollator.compare(left.name, right.name));
}
