import { generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'

/** RS256 JSON Web Tokens, signed with a key pair made once per process. */

let keyPair: { privateKey: KeyObject; publicKey: KeyObject } | undefined

function signingKeys() {
  keyPair ??= generateKeyPairSync('rsa', { modulusLength: 2048 })
  return keyPair
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')

export function signJwt(header: object, payload: object): string {
  const signed = `${encode(header)}.${encode(payload)}`
  const signature = sign('sha256', Buffer.from(signed), signingKeys().privateKey)
  return `${signed}.${signature.toString('base64url')}`
}

export interface DecodedJwt {
  header: Record<string, unknown>
  payload: Record<string, unknown>
}

/** The token's header and payload if its signature is ours, else undefined. */
export function verifyJwt(token: string): DecodedJwt | undefined {
  const [header, payload, signature, ...rest] = token.split('.')
  if (!header || !payload || !signature || rest.length > 0) return undefined
  const valid = verify(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    signingKeys().publicKey,
    Buffer.from(signature, 'base64url'),
  )
  if (!valid) return undefined
  try {
    const decoded = {
      header: JSON.parse(Buffer.from(header, 'base64url').toString()) as unknown,
      payload: JSON.parse(Buffer.from(payload, 'base64url').toString()) as unknown,
    }
    return isRecord(decoded.header) && isRecord(decoded.payload)
      ? { header: decoded.header, payload: decoded.payload }
      : undefined
  } catch {
    return undefined
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
