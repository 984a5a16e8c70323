import { randomUUID } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { ApiError, errorCodes, forbidden, unauthorized } from './errors.ts'
import type { Caller, EmulatorEnv } from './env.ts'
import { signJwt, verifyJwt } from './jwt.ts'
import { isAdministrator, mayUseObjectStorage } from './rules.ts'
import { groupPrivilegeNames, type EmulatorStore, type User } from './store.ts'

/** Tokens, credentials and the middleware that turns an `Authorization` header into a caller. */

export const defaultTokenTtlSeconds = 31_536_000

/** The JWT privilege name of each group privilege: `createDataCenter` → `CREATE_DATA_CENTER`. */
function jwtPrivilegeName(name: string): string {
  if (name === 's3Privilege') return 'ACCESS_S3_OBJECT_STORAGE'
  return name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()
}

export function jwtPrivileges(store: EmulatorStore, user: User): string[] {
  const granted = isAdministrator(user)
    ? [...groupPrivilegeNames]
    : groupPrivilegeNames.filter((name) =>
        store.groupsOf(user.id).some((group) => group.privileges[name]),
      )
  const names = granted.map(jwtPrivilegeName)
  if (mayUseObjectStorage(store, user) && !names.includes('ACCESS_S3_OBJECT_STORAGE')) {
    names.push('ACCESS_S3_OBJECT_STORAGE')
  }
  return names
}

/**
 * A token that the APIs take for exactly `ttlSeconds` from now. Its `iat` and `exp` (whole seconds)
 * are rounded down, so `exp - iat` is the ttl and a client that trusts `exp` never uses it late.
 */
export function issueToken(store: EmulatorStore, user: User, ttlSeconds: number): string {
  const now = Date.now()
  const id = randomUUID()
  const iat = Math.floor(now / 1000)
  const exp = iat + ttlSeconds
  store.tokens.set(id, {
    id,
    userId: user.id,
    createdDate: new Date(iat * 1000).toISOString(),
    expirationDate: new Date(exp * 1000).toISOString(),
    expiresAt: now + ttlSeconds * 1000,
  })
  const identity = {
    uuid: user.id,
    contractNumber: store.contract.contractNumber,
    role: user.role,
    privileges: jwtPrivileges(store, user),
    regDomain: 'ionos.de',
    isParent: false,
  }
  return signJwt({ typ: 'JWT', kid: id, alg: 'RS256' }, { iss: 'ionoscloud', iat, exp, identity })
}

const accountLocked = () =>
  new ApiError(
    401,
    errorCodes.accountLocked,
    'This account is locked. Ask the contract owner or an administrator to unlock it.',
  )

function basicCaller(store: EmulatorStore, encoded: string): Caller {
  const decoded = Buffer.from(encoded, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) throw unauthorized()
  const user = store.userByEmail(decoded.slice(0, colon))
  if (!user || user.password !== decoded.slice(colon + 1)) throw unauthorized()
  if (!user.active) throw accountLocked()
  return { user, tokenId: null }
}

function bearerCaller(store: EmulatorStore, token: string): Caller {
  const decoded = verifyJwt(token)
  const kid = decoded?.header.kid
  const record = typeof kid === 'string' ? store.tokens.get(kid) : undefined
  // A revoked token has no record; an expired one is refused even before it is cleaned up.
  if (!record || record.expiresAt <= Date.now()) throw unauthorized()
  const user = store.users.get(record.userId)
  if (!user) throw unauthorized()
  if (!user.active) throw accountLocked()
  return { user, tokenId: record.id }
}

export function callerFrom(store: EmulatorStore, header: string, allowBasic: boolean): Caller {
  const match = /^(\w+) +(\S+)\s*$/.exec(header)
  const scheme = match?.[1]?.toLowerCase()
  const credentials = match?.[2] ?? ''
  if (scheme === 'bearer') return bearerCaller(store, credentials)
  if (scheme === 'basic' && allowBasic) return basicCaller(store, credentials)
  throw unauthorized()
}

/** Sets `caller`; refuses with 401. `allowBasic` is false for the management API (Bearer only). */
export function authenticate(
  store: EmulatorStore,
  { allowBasic }: { allowBasic: boolean },
): MiddlewareHandler<EmulatorEnv> {
  return async (c, next) => {
    const caller = callerFrom(store, c.req.header('Authorization') ?? '', allowBasic)
    const contract = c.req.header('X-Contract-Number')
    if (contract !== undefined && contract.trim() !== String(store.contract.contractNumber)) {
      throw forbidden(`The user is not a member of contract ${contract}.`)
    }
    c.set('caller', caller)
    await next()
  }
}
