import { useMutation, useQueryClient } from '@tanstack/react-query'
import { createAccessKey, renewAccessKey, updateAccessKeyDescription } from '../../api/access-keys'
import { isNotFoundError } from '../../api/errors'
import { createUserKey, deleteUserKey, setUserKeyActive } from '../../api/s3keys'
import { noteKeyChange } from '../../lib/browser/key-changes'
import { createAccountedFor, deleteUnseenKeys } from './create-outcome'
import type { KeyPair } from './download'
import { retryWhilePrivilegeApplies, type PrivilegeWaitHooks } from './privilege/retry'
import { keyQueries, removeCachedKey, updateCachedKey } from './queries'

// Secrets: generate and renew return a KeyPair that only the caller's `mutate(…, { onSuccess })`
// sees. `gcTime: 0` drops the finished mutation (and its data) as soon as nobody observes it.

/** Generates a key: with a description through the management API, else through the Cloud API. */
/**
 * With `waitForPrivilege`, a create refused because IONOS has not applied a new group privilege
 * yet is tried again for up to a minute (privilege/retry.ts); nothing else is retried.
 */
export function useGenerateKey(
  userId: string,
  viaManagement: boolean,
  waitForPrivilege?: () => PrivilegeWaitHooks,
) {
  const client = useQueryClient()
  return useMutation({
    mutationKey: [...keyQueries.ofUser(userId), 'generate'],
    gcTime: 0,
    // The user's keys are read before and, when the create fails, after it, so that the user
    // learns how many keys the one click really made.
    mutationFn: (description: string): Promise<KeyPair> => {
      const create = async (): Promise<KeyPair> => {
        if (viaManagement) {
          const { accessKey, secretKey, supportedRegions } = await createAccessKey(description)
          return { accessKey, secretKey, supportedRegions }
        }
        const { id, secretKey } = await createUserKey(userId)
        return { accessKey: id, secretKey }
      }
      return createAccountedFor(userId, () =>
        waitForPrivilege ? retryWhilePrivilegeApplies(create, waitForPrivilege()) : create(),
      )
    },
    // Also after a failure: a lost answer may still have created the key.
    onSettled: () => {
      noteKeyChange(userId)
      return client.invalidateQueries({ queryKey: keyQueries.ofUser(userId) })
    },
  })
}

/** Deletes the keys a lost create made, whose secrets nobody has. */
export function useDeleteUnseenKeys(userId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationKey: [...keyQueries.ofUser(userId), 'delete-unseen'],
    mutationFn: (accessKeys: readonly string[]) => deleteUnseenKeys(userId, accessKeys),
    onSettled: () => client.invalidateQueries({ queryKey: keyQueries.lists(userId) }),
  })
}

export function useRenewKey(userId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationKey: [...keyQueries.ofUser(userId), 'renew'],
    gcTime: 0,
    mutationFn: async (managementId: string): Promise<KeyPair> => {
      const { accessKey, secretKey, supportedRegions } = await renewAccessKey(managementId)
      return { accessKey, secretKey, supportedRegions }
    },
    onSettled: () => client.invalidateQueries({ queryKey: keyQueries.lists(userId) }),
  })
}

export interface SetActive {
  accessKey: string
  active: boolean
}

/**
 * Switches a key on or off: the switch, the rotation's deactivate step and offboarding's
 * deactivate-all. Optimistic: the list shows the new state in the click's own task and moves back
 * when the server refuses; it is read again afterwards. What the user is told is the caller's:
 * use `mutateAsync`, whose promise settles for every call (`mutate`'s callbacks only for the last).
 */
export function useSetKeyActive(userId: string) {
  const client = useQueryClient()
  const mutationKey = [...keyQueries.ofUser(userId), 'set-active']
  return useMutation({
    mutationKey,
    mutationFn: ({ accessKey, active }: SetActive) => setUserKeyActive(userId, accessKey, active),
    // Not awaited: a read under way is cancelled (and reverted) at once, and data set while it runs
    // is what it reverts to, so the list shows the new state in the click's own task.
    onMutate: ({ accessKey, active }) => {
      void client.cancelQueries({ queryKey: keyQueries.lists(userId) })
      const before = updateCachedKey(client, userId, accessKey, (key) => ({ ...key, active }))
      return { previous: before?.active ?? !active }
    },
    // Deleted elsewhere or not answered: the read on settle shows what the server really has.
    onError: (_error, { accessKey, active }, context) => {
      const previous = context?.previous ?? !active
      updateCachedKey(client, userId, accessKey, (key) => ({ ...key, active: previous }))
    },
    onSuccess: (saved, { accessKey }) => {
      updateCachedKey(client, userId, accessKey, (key) => ({ ...key, active: saved.active }))
    },
    // A refetch while another switch is still on its way would undo that switch's optimistic state.
    // Not awaited: the caller learns the server's answer without waiting for the list's next read
    // (offboarding's next key cancels that read, and its own settle reads the list again).
    onSettled: () => {
      noteKeyChange(userId)
      if (client.isMutating({ mutationKey }) > 1) return
      void client.invalidateQueries({ queryKey: keyQueries.lists(userId) })
    },
  })
}

/** Pessimistic: the key leaves the list only when the server has removed it. */
export function useDeleteKey(userId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationKey: [...keyQueries.ofUser(userId), 'delete'],
    mutationFn: async (accessKey: string) => {
      try {
        await deleteUserKey(userId, accessKey)
      } catch (error) {
        // Already gone (deleted in another tab): that is what the user wanted.
        if (!isNotFoundError(error)) throw error
      }
    },
    onSuccess: (_result, accessKey) => removeCachedKey(client, userId, accessKey),
    onSettled: () => {
      noteKeyChange(userId)
      return client.invalidateQueries({ queryKey: keyQueries.lists(userId) })
    },
  })
}

export interface DescriptionChange {
  managementId: string
  accessKey: string
  description: string
}

export function useUpdateDescription(userId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationKey: [...keyQueries.ofUser(userId), 'describe'],
    mutationFn: ({ managementId, description }: DescriptionChange) =>
      updateAccessKeyDescription(managementId, description),
    onSuccess: (saved, { accessKey }) => {
      updateCachedKey(client, userId, accessKey, (key) => ({
        ...key,
        description: saved.description,
      }))
    },
    onSettled: () => client.invalidateQueries({ queryKey: keyQueries.lists(userId) }),
  })
}
