import type { Context } from 'hono'
import { isLegacyKey, keyStatus } from './keys.ts'
import { allRegionIds, userOwnedRegionIds } from './regions.ts'
import type { AccessKey, EmulatorStore } from './store.ts'

/** Object Storage Management API representations (`AccessKeyRead`, lists with paging links). */

const identityUrn = (userId: string) => `ionos:identity:::users/${userId}`

export function accessKeyView(store: EmulatorStore, key: AccessKey, withSecret: boolean) {
  const owner = store.users.get(key.userId)
  const contract = store.contract.contractNumber
  const status = keyStatus(key)
  // The live API sends null IDs at some point (the Terraform provider 6.7.2 fixed a crash on
  // it); when is not public, so the emulator does it while a key provisions, the likeliest time.
  const provisioning = status === 'PROVISIONING'
  return {
    id: key.id,
    type: 'accesskey',
    href: `/accesskeys/${key.id}`,
    metadata: {
      createdDate: key.createdDate,
      createdBy: identityUrn(key.createdByUserId),
      createdByUserId: key.createdByUserId,
      lastModifiedDate: key.lastModifiedDate,
      lastModifiedBy: identityUrn(key.lastModifiedByUserId),
      lastModifiedByUserId: key.lastModifiedByUserId,
      resourceURN: `ionos:s3:::${contract}:accesskeys/${key.id}`,
      status,
      statusMessage: status === 'FAILED' ? (key.failure ?? null) : null,
      administrative: key.administrative,
      // A legacy key (created before 2024-04-25) lists only the user-owned regions.
      supportedRegions: isLegacyKey(key) ? userOwnedRegionIds : allRegionIds,
    },
    properties: {
      description: key.description,
      accessKey: key.accessKey,
      // The secret is shown once, by create and renew. The spec requires the field, so reads
      // send it empty (the real API is known to send it empty or leave it out).
      secretKey: withSecret ? key.secretKey : '',
      canonicalUserId: provisioning ? null : (owner?.s3CanonicalUserId ?? null),
      contractUserId: provisioning ? null : `${contract}:${key.userId}`,
    },
  }
}

/** `offset`, `limit` and absolute `_links` for a page of `total` items. */
export function pageOf(c: Context, offset: number, limit: number, total: number) {
  const at = (start: number) => {
    const url = new URL(c.req.url)
    url.searchParams.set('offset', String(start))
    url.searchParams.set('limit', String(limit))
    return url.href
  }
  return {
    offset,
    limit,
    _links: {
      ...(offset > 0 ? { prev: at(Math.max(0, offset - limit)) } : {}),
      self: at(offset),
      ...(offset + limit < total ? { next: at(offset + limit) } : {}),
    },
  }
}
