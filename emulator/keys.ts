import { errorCodes, unprocessable } from './errors.ts'
import { newAccessKey, newCanonicalUserId, newSecretKey, newUuid } from './ids.ts'
import { privilegeInEffect } from './rules.ts'
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

export type KeyStatus = 'PROVISIONING' | 'AVAILABLE' | 'FAILED' | 'DESTROYING'

export function keyStatus(key: AccessKey, now = Date.now()): KeyStatus {
  if (key.destroyingUntil !== undefined) return 'DESTROYING'
  if (now < key.availableAt) return 'PROVISIONING'
  return key.failure === undefined ? 'AVAILABLE' : 'FAILED'
}

/** A deleted key still shows (DESTROYING) but can no longer be changed. */
export function isDestroying(key: AccessKey): boolean {
  return key.destroyingUntil !== undefined
}

export interface NewKeyRequest {
  owner: User
  actor: User
  description: string
  provisioningDelayMs: number
  /** The management API's ensure-PUT names the new key's UUID; otherwise it is made here. */
  id?: string
}

export function assertMayCreateKey(store: EmulatorStore, owner: User): void {
  if (!privilegeInEffect(store, owner)) {
    throw unprocessable(
      'The user needs to be part of a group that has ACCESS_S3_OBJECT_STORAGE privilege',
      errorCodes.objectStoragePrivilegeMissing,
    )
  }
  if (store.liveKeysOf(owner.id).length >= maxKeysPerUser) {
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
  const failure = store.nextKeyFailure
  store.nextKeyFailure = null
  const key: AccessKey = {
    id: request.id ?? newUuid(),
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
    ...(failure === null ? {} : { failure }),
  }
  store.addKey(key)
  return key
}

/** Deletes a key: it shows DESTROYING for `destroyingMs`, then it is gone. */
export function deleteKey(store: EmulatorStore, key: AccessKey, destroyingMs: number): void {
  const owner = store.users.get(key.userId)
  if (owner && owner.bucketCount > 0 && store.liveKeysOf(owner.id).length === 1) {
    throw unprocessable(
      'This is the only key of a user who has buckets, so it cannot be deleted. Deactivate it ' +
        'instead, or generate another key first; or delete the buckets, then delete the key.',
      errorCodes.onlyKeyWithBuckets,
    )
  }
  store.destroyKey(key, destroyingMs)
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
