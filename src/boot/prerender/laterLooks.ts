/*
 * How the pre-rendered signed-in pages look once the session is confirmed and their data is in,
 * for the build (src/boot/prerender/index.tsx) to render for its styles only. The build puts those styles in
 * the page's head with the rest, so that the browser does not compute and insert them when the
 * keys or the users arrive: emotion inserting the styles of the table, its switches and chips was
 * the longest task of a cold load of My keys.
 *
 * The people and keys are made up. What matters is that each kind of row and state a visitor
 * commonly sees is there; a style missing here is inserted in the browser as before.
 */
import { QueryClient } from '@tanstack/react-query'
import type { ListedUser } from '../../api/users'
import type { KeyRow } from '../../features/keys/join'
import { keyQueries, keySource } from '../../features/keys/queries'
import { DEFAULT_LIST_QUERY } from '../../features/users/list-query'
import { userQueries } from '../../features/users/queries'
import type { UserListData } from '../../features/users/user-search'
import { pageAt, type PageId } from '../../app/pages'
import type { Identity } from '../../lib/session'

export interface LaterLook {
  identity: Identity
  queryClient: QueryClient
}

const CONTRACT_NUMBER = 31_000_000
const member: Identity = {
  userId: '00000000-0000-4000-8000-000000000001',
  tokenId: '00000000-0000-4000-8000-0000000000a1',
  contractNumber: CONTRACT_NUMBER,
  role: 'user',
  privileges: [],
  email: 'member@example.com',
  name: 'Member Example',
  isAdministrator: false,
  canUseObjectStorage: true,
}
const owner: Identity = {
  ...member,
  userId: '00000000-0000-4000-8000-000000000002',
  role: 'owner',
  email: 'owner@example.com',
  name: 'Owner Example',
  isAdministrator: true,
}

const administrator: Identity = {
  ...owner,
  userId: '00000000-0000-4000-8000-000000000003',
  role: 'admin',
  email: 'admin@example.com',
  name: 'Administrator Example',
}

const LEGACY_REGIONS = ['de', 'eu-central-2', 'eu-south-2']
const ALL_REGIONS = [...LEGACY_REGIONS, 'eu-central-3', 'eu-central-4', 'us-central-1'].sort()

/** A key of `userId`: a recent active one, or an old inactive one without a description. */
function key(userId: string, n: number, active: boolean): KeyRow {
  return {
    accessKey: `EXAMPLEKEY${String(n).padStart(10, '0')}`,
    managementId: `00000000-0000-4000-8000-0000000000b${n}`,
    description: active ? 'Backups' : null,
    active,
    status: 'AVAILABLE',
    statusMessage: null,
    administrative: false,
    // The old one is past any rotation period, so that its hint is drawn too.
    createdDate: active ? new Date().toISOString() : '2020-01-01T00:00:00Z',
    canonicalUserId: 'example-canonical-user-id',
    contractUserId: userId,
    // As IONOS lists them: the old key is a legacy one, so only the user-owned regions.
    supportedRegions: active ? ALL_REGIONS : LEGACY_REGIONS,
  }
}

function listedUser(identity: Identity, groupIds: string[]): ListedUser {
  const [firstname = '', lastname = ''] = identity.name.split(' ')
  return {
    id: identity.userId,
    firstname,
    lastname,
    email: identity.email,
    administrator: identity.isAdministrator,
    forceSecAuth: false,
    secAuthActive: false,
    s3CanonicalUserId: null,
    active: true,
    groupIds,
  }
}

/** The session confirmed, the data still loading. */
const loading = (identity: Identity): LaterLook => ({ identity, queryClient: new QueryClient() })

/**
 * Data as it is when it has just arrived: fresh. (Stale, the page would render as if fetching it
 * again, in that look's styles.)
 */
const arrived = () => new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } })

function myKeys(): LaterLook {
  const queryClient = arrived()
  const source = keySource(member.userId, true, member.canUseObjectStorage)
  queryClient.setQueryData(keyQueries.list(source).queryKey, {
    keys: [key(member.userId, 1, true), key(member.userId, 2, false)],
    management: source.management === 'ask' ? 'used' : source.management,
  })
  return { identity: member, queryClient }
}

function usersAndGroups(): LaterLook {
  const queryClient = arrived()
  const page: UserListData = {
    kind: 'page',
    users: [listedUser(administrator, []), listedUser(member, ['g1']), listedUser(owner, [])],
    offset: 0,
    hasNext: false,
  }
  queryClient.setQueryData(userQueries.list(DEFAULT_LIST_QUERY).queryKey, page)
  queryClient.setQueryData(userQueries.allGroups().queryKey, [
    { id: 'g1', name: 'Object Storage users', s3Privilege: true },
  ])
  queryClient.setQueryData(userQueries.contract().queryKey, {
    contractNumber: CONTRACT_NUMBER,
    owner: owner.email,
    status: 'BUSINESS',
  })
  return { identity: owner, queryClient }
}

const LATER_LOOKS: Partial<Record<PageId, () => LaterLook[]>> = {
  myKeys: () => [loading(member), myKeys()],
  users: () => [loading(owner), usersAndGroups()],
}

/** The signed-in states and data of the later looks of the page at `path`, in the order they come. */
export function laterLooks(path: string): LaterLook[] {
  const page = pageAt(path)
  return (page && LATER_LOOKS[page.id]?.()) ?? []
}
