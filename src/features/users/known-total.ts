import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type { UserListQuery } from './list-query'
import { userQueries } from './queries'
import { listRequest, type UserListData, type UserListRequest } from './user-search'

/**
 * How many users a paged list holds, once any of its pages told it. The API sends no total; only
 * its last page does (it has no next). Once that page was read, every other page of the same
 * search, order and size can say "1–25 of 37" instead of "of more than 25".
 */
export function knownTotal(
  cached: readonly (readonly [readonly unknown[], UserListData | undefined])[],
  request: UserListRequest,
): number | null {
  if (request.kind !== 'page') return null
  for (const [key, data] of cached) {
    const other = key.at(-1) as UserListRequest | undefined
    if (other?.kind !== 'page' || data?.kind !== 'page' || data.hasNext) continue
    const same =
      other.sort === request.sort &&
      other.limit === request.limit &&
      JSON.stringify(other.filter) === JSON.stringify(request.filter)
    if (same) return data.offset + data.users.length
  }
  return null
}

/**
 * The list's total from the cache, kept up to date: the next page, read ahead, may be the last,
 * and the page on screen then says the total without waiting for a click.
 */
export function useKnownTotal(query: UserListQuery): number | null {
  const client = useQueryClient()
  const request = useMemo(() => listRequest(query), [query])
  const subscribe = useCallback(
    (onChange: () => void) => client.getQueryCache().subscribe(onChange),
    [client],
  )
  const read = () =>
    knownTotal(client.getQueriesData<UserListData>({ queryKey: userQueries.lists() }), request)
  // The server's HTML never knows a total.
  return useSyncExternalStore(subscribe, read, () => null)
}
