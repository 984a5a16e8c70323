import { QueryCache, QueryClient } from '@tanstack/react-query'
import { failedRecently, FRESH_MS } from '../lib/query/freshness'
import { notifyFailure } from '../lib/browser/notifications'

/**
 * The HTTP client already retries what may be retried (429/502/503/504 on GET, PUT, DELETE, with
 * Retry-After), so react-query does not retry on top of it: that would multiply requests.
 * Data refreshes when the window regains focus (two tabs converge) but is fresh for 30 s, so
 * switching pages does not cause refetch storms.
 * A failure is as current as data: a page that opens onto one does not read again (failedRecently).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // Only background refreshes land here; a first load shows its error where the data goes.
        if (query.state.data !== undefined) notifyFailure(error)
      },
    }),
    defaultOptions: {
      queries: {
        retry: false,
        staleTime: FRESH_MS,
        retryOnMount: (query) => !failedRecently(query),
        refetchOnWindowFocus: true,
        refetchOnReconnect: true,
      },
      mutations: { retry: false, gcTime: 0 },
    },
  })
}
