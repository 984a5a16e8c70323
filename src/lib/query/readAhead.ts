import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query'

/**
 * Starts a read before the page that shows it renders (see the app's warm-up). Returns how to take
 * it back if the session it was started for does not begin; a read that was already cached (a
 * page shown before a failed sign-in over it) is left in place.
 */
export function readAhead<T, K extends readonly unknown[]>(
  client: QueryClient,
  options: FetchQueryOptions<T, Error, T, K>,
): () => void {
  const wasCached = client.getQueryState(options.queryKey) !== undefined
  void client.prefetchQuery(options)
  return () => {
    if (!wasCached) client.removeQueries({ queryKey: options.queryKey, exact: true })
  }
}
