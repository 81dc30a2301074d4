import * as React from 'react';

/** What a component shows while data comes in through a repository. */
export type AsyncResourceState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly value: T }
  | { readonly status: 'failed'; readonly error: unknown };

export interface AsyncResource<T> {
  readonly state: AsyncResourceState<T>;
  /** Loads again, for instance from an error message's "Opnieuw proberen" button. */
  readonly reload: () => void;
}

/**
 * Runs `load` on mount, whenever `dependencies` change and on `reload()`.
 * A cancellation guard drops the answer of a load that was superseded or whose component unmounted,
 * so a slow first answer never overwrites a newer one and React never sets state after unmount.
 */
export function useAsyncResource<T>(load: () => Promise<T>, dependencies: React.DependencyList): AsyncResource<T> {
  const [state, setState] = React.useState<AsyncResourceState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);

  React.useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    load().then(
      (value) => {
        if (!cancelled) setState({ status: 'loaded', value });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'failed', error });
      },
    );
    return () => {
      cancelled = true;
    };
    // `load` is recreated on every render; the caller's dependencies say when it really changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...dependencies, attempt]);

  const reload = React.useCallback(() => setAttempt((previous) => previous + 1), []);
  return { state, reload };
}
