import { useMutation, useQueryClient } from '@tanstack/react-query'
import { setUserKeyActive } from '../../../api/s3keys'
import { noteKeyChange } from '../../../lib/browser/key-changes'
import { keyQueries, updateCachedKey } from '../queries'

/**
 * Switches a key off and waits for the answer (the rotation moves on only when the server agrees,
 * unlike the list's optimistic switch). The list shows the new state at once and is refreshed.
 */
export function useDeactivateKey(userId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationKey: [...keyQueries.ofUser(userId), 'rotation-deactivate'],
    mutationFn: (accessKey: string) => setUserKeyActive(userId, accessKey, false),
    onSuccess: (saved, accessKey) => {
      updateCachedKey(client, userId, accessKey, (key) => ({ ...key, active: saved.active }))
    },
    onSettled: () => {
      noteKeyChange(userId)
      return client.invalidateQueries({ queryKey: keyQueries.lists(userId) })
    },
  })
}
