import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { UserListQuery } from './list-query'
import { userQueries } from './queries'

/**
 * Once a page is on screen, the next one is fetched in the background (one request for 25-100
 * users, never their keys), so "next page" shows at once. A name search needs nothing: all its
 * pages come from the same request.
 */
export function usePrefetchNextPage(query: UserListQuery, hasNext: boolean): void {
  const queryClient = useQueryClient()
  const { page, pageSize, search, sort } = query
  useEffect(() => {
    if (!hasNext) return
    const next = { page: page + 1, pageSize, search, sort }
    void queryClient.prefetchQuery(userQueries.list(next))
  }, [queryClient, hasNext, page, pageSize, search, sort])
}
