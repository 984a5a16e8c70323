import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { isManagementApiEnabled, listAccessKeys, listRegions } from '../../api/access-keys'
import { listUserKeys } from '../../api/s3keys'
import { getUser } from '../../api/users'
import { readAhead } from '../../lib/query/readAhead'
import { joinKeys, type KeyRow } from './join'
import { isSettling } from './rules'

/**
 * Where descriptions, status and renewal come from: `used` (the management API answered),
 * `off` (turned off in this console), `unreachable` (it failed; the Cloud API alone is shown),
 * `not-asked` (another user's keys, which the management API cannot see, or no privilege).
 */
export type ManagementState = 'used' | 'off' | 'unreachable' | 'not-asked'

export interface KeyList {
  keys: KeyRow[]
  management: ManagementState
}

export interface KeySource {
  userId: string
  /** `ask` for the user's own keys with the management API turned on; else why it is not asked. */
  management: 'ask' | 'off' | 'not-asked'
}

/** The management API acts on the caller's own keys only, and only with the privilege. */
export function keySource(
  userId: string,
  isSelf: boolean,
  canUseObjectStorage: boolean,
): KeySource {
  if (!isSelf || !canUseObjectStorage) return { userId, management: 'not-asked' }
  return { userId, management: isManagementApiEnabled() ? 'ask' : 'off' }
}

async function managementKeys(signal: AbortSignal) {
  try {
    return await listAccessKeys(signal)
  } catch (error) {
    if (signal.aborted) throw error
    return null
  }
}

/** Both APIs in parallel; the Cloud API is required, the management API only adds to it. */
async function loadKeys({ userId, management }: KeySource, signal: AbortSignal): Promise<KeyList> {
  const ask = management === 'ask'
  const [cloud, managed] = await Promise.all([
    listUserKeys(userId, signal),
    ask ? managementKeys(signal) : Promise.resolve(null),
  ])
  const state: ManagementState = !ask ? management : managed ? 'used' : 'unreachable'
  return { keys: joinKeys(cloud, managed), management: state }
}

const SETTLING_POLL_MS = 1000
// A key whose active state the Cloud API has not given yet: asked again, but gently.
const UNKNOWN_POLL_MS = 5000

function pollInterval(keys: readonly KeyRow[] | undefined): number | false {
  if (keys?.some(isSettling)) return SETTLING_POLL_MS
  return keys?.some((key) => key.active === null) ? UNKNOWN_POLL_MS : false
}

export const keyQueries = {
  all: () => ['keys'] as const,
  ofUser: (userId: string) => [...keyQueries.all(), userId] as const,
  lists: (userId: string) => [...keyQueries.ofUser(userId), 'list'] as const,
  list: ({ userId, management }: KeySource) =>
    queryOptions({
      queryKey: [...keyQueries.lists(userId), { management }] as const,
      queryFn: ({ signal }) => loadKeys({ userId, management }, signal),
      // Refreshes itself only while a key is provisioning or being removed, or its state unknown.
      refetchInterval: (query) => pollInterval(query.state.data?.keys),
    }),
  /** The canonical user id when the management API does not give it (the Cloud API's user). */
  canonicalUserId: (userId: string) =>
    queryOptions({
      queryKey: [...keyQueries.ofUser(userId), 'canonical-user-id'] as const,
      queryFn: async ({ signal }) => (await getUser(userId, signal)).s3CanonicalUserId,
    }),
  regions: () =>
    queryOptions({
      queryKey: [...keyQueries.all(), 'regions'] as const,
      queryFn: ({ signal }) => listRegions(signal),
      staleTime: 60 * 60 * 1000,
    }),
}

/** Changes one key in every cached list of the user; returns what it was before. */
export function updateCachedKey(
  client: QueryClient,
  userId: string,
  accessKey: string,
  change: (key: KeyRow) => KeyRow,
): KeyRow | undefined {
  let before: KeyRow | undefined
  client.setQueriesData<KeyList>({ queryKey: keyQueries.lists(userId) }, (list) => {
    if (!list) return list
    const keys = list.keys.map((key) => {
      if (key.accessKey !== accessKey) return key
      before ??= key
      return change(key)
    })
    return { ...list, keys }
  })
  return before
}

export function removeCachedKey(client: QueryClient, userId: string, accessKey: string): void {
  client.setQueriesData<KeyList>({ queryKey: keyQueries.lists(userId) }, (list) =>
    list ? { ...list, keys: list.keys.filter((key) => key.accessKey !== accessKey) } : list,
  )
}

/**
 * The signed-in user's list, started before My keys renders (see the app's warm-up). Returns how
 * to take it back if the session does not begin; a list that was already cached is left alone.
 */
export function prefetchOwnKeys(
  client: QueryClient,
  userId: string,
  canUseObjectStorage: boolean,
): () => void {
  return readAhead(client, keyQueries.list(keySource(userId, true, canUseObjectStorage)))
}
