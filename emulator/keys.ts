import { errorCodes, unprocessable } from './errors.ts'
import { newAccessKey, newCanonicalUserId, newSecretKey, newUuid } from './ids.ts'
import { mayUseObjectStorage } from './rules.ts'
import type { AccessKey, EmulatorStore, User } from './store.ts'

/** The key rules both key APIs enforce. Every check runs before the store changes. */

export const maxKeysPerUser = 5

/**
 * Keys made before this day work for user-owned buckets only. The Cloud API has no field for it:
 * a client tells a legacy key by `metadata.createdDate` before 2024-04-25 (the management API
 * also lists only user-owned regions in its `supportedRegions`).
 */
export const contractOwnedBucketsSince = '2024-04-25T00:00:00Z'

export function isLegacyKey(key: AccessKey): boolean {
  return Date.parse(key.createdDate) < Date.parse(contractOwnedBucketsSince)
}

export function keyStatus(key: AccessKey, now = Date.now()): 'PROVISIONING' | 'AVAILABLE' {
  return now < key.availableAt ? 'PROVISIONING' : 'AVAILABLE'
}

export interface NewKeyRequest {
  owner: User
  actor: User
  description: string
  provisioningDelayMs: number
}

export function assertMayCreateKey(store: EmulatorStore, owner: User): void {
  if (!mayUseObjectStorage(store, owner)) {
    throw unprocessable(
      'The user needs to be part of a group that has ACCESS_S3_OBJECT_STORAGE privilege',
      errorCodes.objectStoragePrivilegeMissing,
    )
  }
  if (store.keysOf(owner.id).length >= maxKeysPerUser) {
    throw unprocessable(
      'A maximum of five keys per user can be generated. Delete a key before generating a new one.',
      errorCodes.keyLimitReached,
    )
  }
}

export function createKey(store: EmulatorStore, request: NewKeyRequest): AccessKey {
  const { owner, actor } = request
  assertMayCreateKey(store, owner)
  const now = new Date().toISOString()
  owner.s3CanonicalUserId ??= newCanonicalUserId()
  const key: AccessKey = {
    id: newUuid(),
    accessKey: newAccessKey(),
    secretKey: newSecretKey(),
    userId: owner.id,
    description: request.description,
    active: true,
    administrative: false,
    createdDate: now,
    createdByUserId: actor.id,
    lastModifiedDate: now,
    lastModifiedByUserId: actor.id,
    availableAt: Date.now() + request.provisioningDelayMs,
  }
  store.addKey(key)
  return key
}

export function deleteKey(store: EmulatorStore, key: AccessKey): void {
  const owner = store.users.get(key.userId)
  if (owner && owner.bucketCount > 0 && store.keysOf(owner.id).length === 1) {
    throw unprocessable(
      'This is the only key of a user who has buckets, so it cannot be deleted. Deactivate it ' +
        'instead, or generate another key first; or delete the buckets, then delete the key.',
      errorCodes.onlyKeyWithBuckets,
    )
  }
  store.removeKey(key)
}

function touch(key: AccessKey, actor: User): void {
  key.lastModifiedDate = new Date().toISOString()
  key.lastModifiedByUserId = actor.id
}

export function setKeyActive(key: AccessKey, active: boolean, actor: User): void {
  key.active = active
  touch(key, actor)
}

export function describeKey(key: AccessKey, description: string, actor: User): void {
  key.description = description
  touch(key, actor)
}

export function renewKey(key: AccessKey, actor: User): void {
  key.secretKey = newSecretKey()
  touch(key, actor)
}
