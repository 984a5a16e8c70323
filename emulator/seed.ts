import {
  labelSource,
  newAccessKey,
  newCanonicalUserId,
  newLegacyAccessKey,
  newSecretKey,
} from './ids.ts'
import { seedExtraUsers } from './seed-extra.ts'
import {
  groupPrivilegeNames,
  type EmulatorStore,
  type Group,
  type GroupPrivilege,
  type Role,
  type User,
} from './store.ts'

/** The demo data documented in emulator/README.md. Ids are fixed so tests can name them. */
export const demoContractNumber = 31415926
export const demoPassword = 'demo'

const userId = (n: number) => `5eed0000-0000-4000-8000-${String(n).padStart(12, '0')}`
const groupId = (n: number) => `5eed0000-0000-4000-9000-${String(n).padStart(12, '0')}`
const keyId = (n: number) => `5eed0000-0000-4000-a000-${String(n).padStart(12, '0')}`

export const demoUsers = {
  owner: { id: userId(1), email: 'owner@example.com' },
  admin: { id: userId(2), email: 'admin@example.com' },
  alice: { id: userId(3), email: 'alice@example.com' },
  bob: { id: userId(4), email: 'bob@example.com' },
  carol: { id: userId(5), email: 'carol@example.com' },
  dave: { id: userId(6), email: 'dave@example.com' },
  locked: { id: userId(7), email: 'locked@example.com' },
} as const

export const demoGroups = {
  objectStorageUsers: { id: groupId(1), name: 'Object Storage users' },
  developers: { id: groupId(2), name: 'Developers' },
  backupOperators: { id: groupId(3), name: 'Backup operators' },
} as const

/** Management API ids (UUIDs) of the seeded keys. */
export const demoKeys = {
  ownerAdministrative: keyId(1),
  aliceDescribed: keyId(2),
  aliceRecent: keyId(3),
  bobOnly: keyId(4),
  daveLegacy: keyId(5),
  daveInactive: keyId(6),
  dave3: keyId(7),
  dave4: keyId(8),
  dave5: keyId(9),
} as const

type DemoName = keyof typeof demoUsers

const daysAgo = (days: number, now: number) => new Date(now - days * 86_400_000).toISOString()

interface DemoUserRow {
  name: DemoName
  firstname: string
  lastname: string
  role: Role
  created: string
  buckets: number
  active?: boolean
  lastLoginDaysAgo?: number
}

// prettier-ignore
const userRows: DemoUserRow[] = [
  { name: 'owner', firstname: 'Olivia', lastname: 'Owner', role: 'owner', created: '2023-01-09T09:00:00Z', buckets: 2, lastLoginDaysAgo: 1 },
  { name: 'admin', firstname: 'Adam', lastname: 'Admin', role: 'admin', created: '2023-02-14T10:30:00Z', buckets: 0, lastLoginDaysAgo: 2 },
  { name: 'alice', firstname: 'Alice', lastname: 'Anderson', role: 'user', created: '2023-05-31T13:41:25Z', buckets: 3, lastLoginDaysAgo: 3 },
  { name: 'bob', firstname: 'Bob', lastname: 'Brown', role: 'user', created: '2023-08-21T08:00:00Z', buckets: 1, lastLoginDaysAgo: 20 },
  { name: 'carol', firstname: 'Carol', lastname: 'Clark', role: 'user', created: '2024-02-02T12:00:00Z', buckets: 0 },
  { name: 'dave', firstname: 'Dave', lastname: 'Davis', role: 'user', created: '2022-11-30T16:20:00Z', buckets: 4, lastLoginDaysAgo: 5 },
  { name: 'locked', firstname: 'Lee', lastname: 'Locked', role: 'user', created: '2023-03-03T07:45:00Z', buckets: 0, active: false },
]

interface DemoKeyRow {
  id: string
  owner: DemoName
  created: string | number
  description?: string
  active?: boolean
  administrative?: boolean
  /** Made before 2024-04-25: a 20-character access key, user-owned buckets only. */
  legacy?: boolean
}

// Dates as numbers are days before the seed runs, so some keys are always recent.
// prettier-ignore
const keyRows: DemoKeyRow[] = [
  { id: demoKeys.ownerAdministrative, owner: 'owner', created: '2024-09-02T11:00:00Z', description: 'Contract backups', administrative: true },
  { id: demoKeys.aliceDescribed, owner: 'alice', created: '2024-06-03T08:15:00Z', description: 'Website assets' },
  { id: demoKeys.aliceRecent, owner: 'alice', created: 12 },
  { id: demoKeys.bobOnly, owner: 'bob', created: '2025-01-20T14:05:00Z' },
  { id: demoKeys.daveLegacy, owner: 'dave', created: '2023-03-14T10:00:00Z', legacy: true },
  { id: demoKeys.daveInactive, owner: 'dave', created: '2024-05-06T09:30:00Z', active: false },
  { id: demoKeys.dave3, owner: 'dave', created: '2024-11-11T11:11:00Z' },
  { id: demoKeys.dave4, owner: 'dave', created: 40 },
  { id: demoKeys.dave5, owner: 'dave', created: 3 },
]

export function noPrivileges(): Record<GroupPrivilege, boolean> {
  return Object.fromEntries(groupPrivilegeNames.map((name) => [name, false])) as Record<
    GroupPrivilege,
    boolean
  >
}

function group(id: string, name: string, granted: GroupPrivilege[], members: string[]): Group {
  const privileges = noPrivileges()
  for (const privilege of granted) privileges[privilege] = true
  return { id, name, privileges, memberIds: new Set(members) }
}

function demoUser(row: DemoUserRow, now: number): User {
  const { id, email } = demoUsers[row.name]
  const hasKeys = keyRows.some((key) => key.owner === row.name)
  return {
    id,
    email,
    password: demoPassword,
    firstname: row.firstname,
    lastname: row.lastname,
    role: row.role,
    forceSecAuth: false,
    secAuthActive: false,
    active: row.active ?? true,
    s3CanonicalUserId: hasKeys ? newCanonicalUserId(labelSource(`canonical:${id}`)) : null,
    createdDate: row.created,
    lastModifiedDate: row.created,
    lastLogin: row.lastLoginDaysAgo === undefined ? null : daysAgo(row.lastLoginDaysAgo, now),
    bucketCount: row.buckets,
  }
}

/** Fills an empty store with the demo data, plus `extraUsers` generated users. */
export function seedStore(store: EmulatorStore, extraUsers: number, clock = Date.now()): void {
  // Relative dates count from midnight UTC, so that every reset on one day gives the same data.
  const now = clock - (clock % 86_400_000)
  store.contract = { contractNumber: demoContractNumber, ownerEmail: demoUsers.owner.email }
  for (const row of userRows) store.addUser(demoUser(row, now))
  const { alice, bob, carol, dave } = demoUsers
  const groups = demoGroups
  store.addGroup(
    group(
      groups.objectStorageUsers.id,
      groups.objectStorageUsers.name,
      ['s3Privilege'],
      [alice.id, bob.id, dave.id],
    ),
  )
  store.addGroup(
    group(
      groups.developers.id,
      groups.developers.name,
      ['createDataCenter', 'createSnapshot'],
      [carol.id],
    ),
  )
  store.addGroup(
    group(
      groups.backupOperators.id,
      groups.backupOperators.name,
      ['s3Privilege', 'createBackupUnit'],
      [],
    ),
  )
  for (const row of keyRows) {
    const owner = demoUsers[row.owner].id
    const created = typeof row.created === 'number' ? daysAgo(row.created, now) : row.created
    const bytes = labelSource(`key:${row.id}`)
    store.addKey({
      id: row.id,
      accessKey: row.legacy ? newLegacyAccessKey(bytes) : newAccessKey(bytes),
      secretKey: newSecretKey(labelSource(`secret:${row.id}`)),
      userId: owner,
      description: row.description ?? '',
      active: row.active ?? true,
      administrative: row.administrative ?? false,
      createdDate: created,
      createdByUserId: owner,
      lastModifiedDate: created,
      lastModifiedByUserId: owner,
      availableAt: 0,
    })
  }
  seedExtraUsers(store, extraUsers, groups.objectStorageUsers.id, now)
}
