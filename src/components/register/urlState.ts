/**
 * The page's query string as a port: the register keeps its filters there so a link can be shared.
 * In SharePoint and on the local page both are the browser's address; tests pass an in-memory one.
 */
export interface UrlState {
  /** The current query parameters. */
  read(): URLSearchParams;
  /**
   * Sets the given parameters and removes the `owned` ones not given, leaving every other parameter
   * (`user`, `lang`, `webpart`, SharePoint's own) as it was. Replaces the history entry: filtering is not navigation.
   */
  write(values: Readonly<Record<string, string>>, owned: readonly string[]): void;
  /** The address to share: the page with the current query. */
  shareableUrl(): string;
}

/** The changed query, without touching parameters the register does not own. */
export function mergeQuery(current: URLSearchParams, values: Readonly<Record<string, string>>, owned: readonly string[]): URLSearchParams {
  const next = new URLSearchParams(current.toString());
  for (const name of owned) {
    if (!(name in values)) next.delete(name);
  }
  for (const [name, value] of Object.entries(values)) next.set(name, value);
  return next;
}

/** The browser's address bar, through `history.replaceState` (no reload, no new history entry). */
export function browserUrlState(target: Window = window): UrlState {
  return {
    read: () => new URLSearchParams(target.location.search),
    write: (values, owned) => {
      const next = mergeQuery(new URLSearchParams(target.location.search), values, owned);
      const search = next.toString();
      const url = `${target.location.pathname}${search ? `?${search}` : ''}${target.location.hash}`;
      if (url !== `${target.location.pathname}${target.location.search}${target.location.hash}`) {
        target.history.replaceState(target.history.state, '', url);
      }
    },
    shareableUrl: () => target.location.href,
  };
}

/** A query kept in memory, for tests and hosts without an address bar. */
export function memoryUrlState(initial = '', base = 'https://example.org/register'): UrlState & { readonly current: () => string } {
  let query = new URLSearchParams(initial);
  return {
    read: () => new URLSearchParams(query.toString()),
    write: (values, owned) => {
      query = mergeQuery(query, values, owned);
    },
    shareableUrl: () => `${base}${query.toString() ? `?${query.toString()}` : ''}`,
    current: () => query.toString(),
  };
}
