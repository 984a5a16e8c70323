import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { userQueries } from './queries'

/**
 * The first key gives a user the canonical user ID. The keys panel belongs to another feature,
 * so instead of knowing its mutations this reads the user again (one small GET) whenever a
 * mutation on the page succeeds, while the ID is still missing.
 */
export function useRefreshAfterChanges(userId: string, waiting: boolean): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!waiting) return
    return queryClient.getMutationCache().subscribe((event) => {
      if (event.type !== 'updated' || event.action.type !== 'success') return
      const { queryKey } = userQueries.detail(userId)
      void queryClient.invalidateQueries({ queryKey, exact: true })
    })
  }, [queryClient, userId, waiting])
}
