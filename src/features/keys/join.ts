import type { AccessKey } from '../../api/access-keys'
import type { UserKey } from '../../api/s3keys'

export type KeyStatus = AccessKey['status']

/** One key as the console shows it: the Cloud API's view joined with the management API's. */
export interface KeyRow {
  accessKey: string
  /** The management API's UUID; null when the management API did not list the key. */
  managementId: string | null
  /** Null when unknown (management API not used or not listing the key). */
  description: string | null
  /** Null when the Cloud API did not list the key (yet). */
  active: boolean | null
  status: KeyStatus | null
  statusMessage: string | null
  administrative: boolean
  createdDate: string | null
  canonicalUserId: string | null
  contractUserId: string | null
  /** Where the key works, as the management API lists it; null when it lists none. */
  supportedRegions: readonly string[] | null
}

function fromCloud(key: UserKey): KeyRow {
  return {
    accessKey: key.id,
    managementId: null,
    description: null,
    active: key.active,
    status: null,
    statusMessage: null,
    administrative: false,
    createdDate: key.createdDate,
    canonicalUserId: null,
    contractUserId: null,
    supportedRegions: null,
  }
}

function withManagement(row: KeyRow | undefined, key: AccessKey): KeyRow {
  return {
    accessKey: key.accessKey,
    managementId: key.id,
    description: key.description,
    active: row?.active ?? null,
    status: key.status,
    statusMessage: key.statusMessage,
    administrative: key.administrative,
    createdDate: row?.createdDate ?? key.createdDate,
    canonicalUserId: key.canonicalUserId,
    contractUserId: key.contractUserId,
    supportedRegions: key.supportedRegions.length > 0 ? key.supportedRegions : null,
  }
}

/**
 * Joins both APIs' lists on the access key (the Cloud API's key id). A key only one API lists
 * still shows: a new key can reach one API before the other.
 */
export function joinKeys(cloud: readonly UserKey[], management: readonly AccessKey[] | null) {
  const rows = new Map(cloud.map((key) => [key.id, fromCloud(key)]))
  for (const key of management ?? []) {
    rows.set(key.accessKey, withManagement(rows.get(key.accessKey), key))
  }
  return [...rows.values()]
}
