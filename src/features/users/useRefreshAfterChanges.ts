import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { userQueries } from './queries'

/**
 * A change on a user's page can change the user: the canonical user ID appears with the first
 * key. The keys panel belongs to another feature, so instead of knowing its mutations this reads
 * the user again (one small GET) after any mutation on the page succeeds.
 */
export function useRefreshAfterChanges(userId: string): void {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type !== 'updated' || event.action.type !== 'success') return
        const { queryKey } = userQueries.detail(userId)
        void queryClient.invalidateQueries({ queryKey, exact: true })
      }),
    [queryClient, userId],
  )
}
