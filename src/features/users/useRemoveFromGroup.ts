import { useMutation, useQueryClient } from '@tanstack/react-query'
import { removeUserFromGroup } from '../../api/groups'
import { userQueries } from './queries'

/**
 * Removes a user from a group, pessimistically (the dialog shows progress and closes on the
 * outcome). As with adding (useAddToGroup), it settles only after the user's groups and the list
 * have been read again; after a failure they are read again without waiting.
 */
export function useRemoveFromGroup(userId: string) {
  const queryClient = useQueryClient()
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: userQueries.groupsOf(userId).queryKey }),
      queryClient.invalidateQueries({ queryKey: userQueries.lists() }),
    ])
  return useMutation({
    mutationFn: ({ groupId }: { groupId: string }) => removeUserFromGroup(groupId, userId),
    onSuccess: refresh,
    onError: () => void refresh(),
  })
}
