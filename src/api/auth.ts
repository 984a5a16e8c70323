import { request } from './client'
import { ApiClientError, isApiError, type ErrorKind } from './errors'
import { z } from './zod'

const jwtResponseSchema = z.object({ token: z.string().check(z.minLength(1)) })

export interface Credentials {
  username: string
  password: string
  /** Token lifetime in seconds; the API's default is one year. */
  ttlSeconds?: number
}

/** Exchanges e-mail and password (Basic auth) for a bearer token. */
export async function generateToken({ username, password, ttlSeconds }: Credentials) {
  const { token } = await request({
    api: 'auth',
    path: '/tokens/generate',
    query: { ttl: ttlSeconds },
    auth: { basic: { username, password } },
    schema: jwtResponseSchema,
  })
  return token
}

/**
 * Revokes a token with the token itself. A 401 or 404 means it is already unusable (expired or
 * revoked), which is what signing out wants, so those resolve too; nor does a 401 here open the
 * sign-in prompt.
 */
export async function revokeToken(tokenId: string): Promise<void> {
  try {
    await request({
      api: 'auth',
      method: 'DELETE',
      path: `/tokens/${encodeURIComponent(tokenId)}`,
      reauthenticate: false,
    })
  } catch (error) {
    if (isApiError(error, 401) || isApiError(error, 404)) return
    throw error
  }
}

/** The token is not a readable IONOS JWT (the text itself is never put into the message). */
export class InvalidTokenError extends ApiClientError {
  override name = 'InvalidTokenError'
  readonly kind: ErrorKind = { type: 'token-invalid' }
  constructor() {
    super('Not a readable IONOS JWT')
  }
}

const headerSchema = z.object({ kid: z.string().check(z.minLength(1)) })
const payloadSchema = z.object({
  exp: z.number(),
  identity: z.object({
    uuid: z.string().check(z.minLength(1)),
    contractNumber: z.number(),
    role: z.enum(['owner', 'admin', 'user']),
    privileges: z.pipe(
      z.nullish(z.array(z.string())),
      z.transform((v) => v ?? []),
    ),
  }),
})

export interface TokenInfo {
  tokenId: string
  userId: string
  contractNumber: number
  role: 'owner' | 'admin' | 'user'
  privileges: string[]
  expiresAt: Date
}

/** Reads the claims of a JWT without checking its signature (the API does that on every call). */
export function decodeToken(jwt: string): TokenInfo {
  const parts = jwt.trim().split('.')
  if (parts.length !== 3) throw new InvalidTokenError()
  const header = z.safeParse(headerSchema, decodeSegment(parts[0] ?? ''))
  const payload = z.safeParse(payloadSchema, decodeSegment(parts[1] ?? ''))
  if (!header.success || !payload.success) throw new InvalidTokenError()
  const { identity, exp } = payload.data
  return {
    tokenId: header.data.kid,
    userId: identity.uuid,
    contractNumber: identity.contractNumber,
    role: identity.role,
    privileges: identity.privileges,
    expiresAt: new Date(exp * 1000),
  }
}

function decodeSegment(segment: string): unknown {
  try {
    const base64 = segment.replace(/-/g, '+').replace(/_/g, '/')
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
  } catch {
    return undefined
  }
}

/** True when the token has expired, or will within `marginMs` (so a request does not race it). */
export function isTokenExpired(token: TokenInfo | string, now = Date.now(), marginMs = 0): boolean {
  const info = typeof token === 'string' ? decodeToken(token) : token
  return info.expiresAt.getTime() - marginMs <= now
}
