import { latestRateLimit } from '../../../api/rate-limit'
import { listUserKeys } from '../../../api/s3keys'
import { listUsers } from '../../../api/users'
import { displayName } from '../rules'
import type { ScanSource } from './scan'

/**
 * The scan's view of the Cloud API. Keys come straight from `src/api` (not through the keys
 * feature): the list schema drops `secretKey`, so no secret ever reaches the inventory.
 */
export const cloudInventorySource: ScanSource = {
  async listUsers({ offset, limit }, signal) {
    const page = await listUsers({ offset, limit }, signal)
    const users = page.items.map((user) => ({
      id: user.id,
      name: displayName(user),
      email: user.email,
      account: { active: user.active, administrator: user.administrator, groupIds: user.groupIds },
    }))
    return { users, hasNext: page.hasNext }
  },
  async listKeys(userId, signal) {
    const keys = await listUserKeys(userId, signal)
    return keys.map(({ id, active, createdDate }) => ({ accessKey: id, active, createdDate }))
  },
  // Every Cloud API answer of the tab counts: the limit is the contract's, not the scan's.
  rateLimit: latestRateLimit,
}
