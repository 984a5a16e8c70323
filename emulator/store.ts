/** All state of one emulator: the contract, users, groups, keys, tokens and async requests. */

export type Role = 'owner' | 'admin' | 'user'

export interface User {
  id: string
  email: string
  password: string
  firstname: string
  lastname: string
  role: Role
  forceSecAuth: boolean
  secAuthActive: boolean
  /** False for a locked account: it cannot sign in. */
  active: boolean
  /** Null until the user's first key, as in the real API. */
  s3CanonicalUserId: string | null
  createdDate: string
  lastModifiedDate: string
  lastLogin: string | null
  /** The emulator's own state: no IONOS endpoint the console calls exposes it. */
  bucketCount: number
}

/** The Cloud API group privileges, all booleans (see `GroupProperties` in cloud-api-v6.yaml). */
export const groupPrivilegeNames = [
  'createDataCenter',
  'createSnapshot',
  'reserveIp',
  'accessActivityLog',
  'createPcc',
  's3Privilege',
  'createBackupUnit',
  'createInternetAccess',
  'createK8sCluster',
  'createFlowLog',
  'accessAndManageMonitoring',
  'accessAndManageCertificates',
  'manageDBaaS',
  'accessAndManageDns',
  'manageRegistry',
  'manageDataplatform',
  'accessAndManageLogging',
  'accessAndManageCdn',
  'accessAndManageVpn',
  'accessAndManageApiGateway',
  'accessAndManageKaas',
  'accessAndManageNetworkFileStorage',
  'accessAndManageAiModelHub',
  'accessAndManageIamResources',
  'createNetworkSecurityGroups',
] as const

export type GroupPrivilege = (typeof groupPrivilegeNames)[number]

export interface Group {
  id: string
  name: string
  privileges: Record<GroupPrivilege, boolean>
  memberIds: Set<string>
}

/** One Object Storage key, seen by both key APIs. */
export interface AccessKey {
  /** The management API's UUID. */
  id: string
  /** The access key string; the Cloud API uses it as the key's id. */
  accessKey: string
  secretKey: string
  userId: string
  description: string
  active: boolean
  administrative: boolean
  createdDate: string
  createdByUserId: string
  lastModifiedDate: string
  lastModifiedByUserId: string
  /** Epoch ms from which the key is AVAILABLE (or FAILED); before that it is PROVISIONING. */
  availableAt: number
  /** Set when provisioning ends FAILED (a test control): the key's `statusMessage`. */
  failure?: string
  /** Set once deleted: epoch ms until which the key is DESTROYING; then it is gone. */
  destroyingUntil?: number
}

/** A group change whose effect on the Object Storage privilege has not reached key creation yet. */
export interface PendingPrivilege {
  until: number
  /** Whether the user might create keys before the change. */
  before: boolean
}

export interface TokenRecord {
  id: string
  userId: string
  createdDate: string
  /** What the Auth API shows: the JWT's `exp`, whole seconds. */
  expirationDate: string
  /** Epoch ms from which the APIs refuse the token: exactly its ttl after it was made. */
  expiresAt: number
}

export type RequestState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED'

export interface RequestRecord {
  id: string
  userId: string
  doneAt: number
  /** Set when the request ends FAILED rather than DONE: its message. */
  failure?: string
  targets: { id: string; type: string; href: string }[]
}

export interface Contract {
  contractNumber: number
  ownerEmail: string
}

export class EmulatorStore {
  contract: Contract = { contractNumber: 0, ownerEmail: '' }
  readonly users = new Map<string, User>()
  /** Users in creation order, the order the Cloud API lists them in. */
  userList: User[] = []
  readonly usersByEmail = new Map<string, User>()
  readonly groups = new Map<string, Group>()
  readonly groupIdsByUser = new Map<string, Set<string>>()
  readonly keys = new Map<string, AccessKey>()
  readonly keysByAccessKey = new Map<string, AccessKey>()
  readonly keysByUser = new Map<string, AccessKey[]>()
  readonly tokens = new Map<string, TokenRecord>()
  readonly requests = new Map<string, RequestRecord>()
  /** Deleted keys still DESTROYING; `sweep` removes them when their time is up. */
  readonly destroying = new Set<AccessKey>()
  readonly pendingPrivileges = new Map<string, PendingPrivilege>()
  /** A test control: the next key created ends FAILED with this message. */
  nextKeyFailure: string | null = null

  /** Empties the data; tokens are kept so that signed-in sessions survive a reset. */
  clearData(): void {
    this.users.clear()
    this.userList = []
    this.usersByEmail.clear()
    this.groups.clear()
    this.groupIdsByUser.clear()
    this.keys.clear()
    this.keysByAccessKey.clear()
    this.keysByUser.clear()
    this.requests.clear()
    this.destroying.clear()
    this.pendingPrivileges.clear()
    this.nextKeyFailure = null
  }

  /** Removes the deleted keys whose DESTROYING time is over. */
  sweep(now = Date.now()): void {
    for (const key of this.destroying) {
      if ((key.destroyingUntil ?? 0) > now) continue
      this.destroying.delete(key)
      this.removeKey(key)
    }
  }

  /** Marks a key deleted: DESTROYING for `forMs`, or gone at once. */
  destroyKey(key: AccessKey, forMs: number): void {
    if (forMs <= 0) return this.removeKey(key)
    key.destroyingUntil = Date.now() + forMs
    this.destroying.add(key)
  }

  addUser(user: User): void {
    this.users.set(user.id, user)
    this.userList.push(user)
    this.usersByEmail.set(user.email.toLowerCase(), user)
  }

  userByEmail(email: string): User | undefined {
    return this.usersByEmail.get(email.toLowerCase())
  }

  addGroup(group: Group): void {
    this.groups.set(group.id, group)
    for (const userId of group.memberIds) this.linkMember(group.id, userId)
  }

  addMember(group: Group, userId: string): void {
    group.memberIds.add(userId)
    this.linkMember(group.id, userId)
  }

  removeMember(group: Group, userId: string): void {
    group.memberIds.delete(userId)
    this.groupIdsByUser.get(userId)?.delete(group.id)
  }

  groupsOf(userId: string): Group[] {
    const ids = this.groupIdsByUser.get(userId) ?? new Set<string>()
    return [...ids].flatMap((id) => this.groups.get(id) ?? [])
  }

  membersOf(group: Group): User[] {
    return [...group.memberIds].flatMap((id) => this.users.get(id) ?? [])
  }

  addKey(key: AccessKey): void {
    this.keys.set(key.id, key)
    this.keysByAccessKey.set(key.accessKey, key)
    const keys = this.keysByUser.get(key.userId)
    if (keys) keys.push(key)
    else this.keysByUser.set(key.userId, [key])
  }

  removeKey(key: AccessKey): void {
    this.keys.delete(key.id)
    this.keysByAccessKey.delete(key.accessKey)
    this.keysByUser.set(
      key.userId,
      this.keysOf(key.userId).filter((other) => other !== key),
    )
  }

  /** The user's keys, those still DESTROYING included. */
  keysOf(userId: string): AccessKey[] {
    return this.keysByUser.get(userId) ?? []
  }

  /** The user's keys that are not being deleted: the ones the key rules count. */
  liveKeysOf(userId: string): AccessKey[] {
    return this.keysOf(userId).filter((key) => key.destroyingUntil === undefined)
  }

  private linkMember(groupId: string, userId: string): void {
    const ids = this.groupIdsByUser.get(userId) ?? new Set<string>()
    ids.add(groupId)
    this.groupIdsByUser.set(userId, ids)
  }
}
