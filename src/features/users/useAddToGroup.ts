import { useMutation, useQueryClient } from '@tanstack/react-query'
import { addUserToGroup } from '../../api/groups'
import { userQueries } from './queries'

/**
 * Adds a user to a group. It settles only after the user's groups and the list have been read
 * again, so whoever shows "may use Object Storage" already shows the new state when it returns.
 * After a failure they are read again too (a lost answer may hide a change that was made), but
 * without waiting, so that the caller can still say what happened.
 */
export function useAddToGroup(userId: string) {
  const queryClient = useQueryClient()
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: userQueries.groupsOf(userId).queryKey }),
      queryClient.invalidateQueries({ queryKey: userQueries.lists() }),
    ])
  return useMutation({
    mutationFn: ({ groupId }: { groupId: string }) => addUserToGroup(groupId, userId),
    onSuccess: refresh,
    onError: () => void refresh(),
  })
}
