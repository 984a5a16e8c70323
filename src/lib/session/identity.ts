import { decodeToken, type TokenInfo } from '../../api/auth'
import { getUser } from '../../api/users'
import type { Identity } from './types'

const OBJECT_STORAGE_PRIVILEGE = 'ACCESS_S3_OBJECT_STORAGE'

/**
 * What the token alone says the user may do. The Cloud API can only add to it (a user flagged
 * administrator), so it is safe for starting the first screen's requests before it answers.
 */
export function capabilitiesOf(claims: TokenInfo, administratorFlag = false) {
  const isAdministrator = claims.role === 'owner' || claims.role === 'admin' || administratorFlag
  return {
    isAdministrator,
    canUseObjectStorage: isAdministrator || claims.privileges.includes(OBJECT_STORAGE_PRIVILEGE),
  }
}

/** Reads the identity from the token and confirms it with the Cloud API, which knows name and email. */
export async function resolveIdentity(token: string): Promise<Identity> {
  const claims = decodeToken(token)
  const user = await getUser(claims.userId)
  const { isAdministrator, canUseObjectStorage } = capabilitiesOf(claims, user.administrator)
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ')
  return {
    userId: claims.userId,
    tokenId: claims.tokenId,
    contractNumber: claims.contractNumber,
    role: claims.role,
    privileges: claims.privileges,
    email: user.email,
    name: name || user.email,
    isAdministrator,
    canUseObjectStorage,
  }
}
