import { describe, expect, it } from 'vitest'
import { InvalidTokenError, decodeToken, isTokenExpired } from './auth'

const base64url = (value: unknown) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(value))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')

const header = { typ: 'JWT', kid: '41c501e4-74f7-40b7-bc12-eeb310358ed9', alg: 'RS256' }
const payload = {
  iss: 'ionoscloud',
  iat: 1_700_000_000,
  exp: 1_700_003_600,
  identity: {
    uuid: '5eed0000-0000-4000-8000-000000000003',
    contractNumber: 31415926,
    role: 'user',
    privileges: ['ACCESS_S3_OBJECT_STORAGE'],
    regDomain: 'ionos.de',
    isParent: false,
  },
}
const jwt = (h: unknown = header, p: unknown = payload) =>
  `${base64url(h)}.${base64url(p)}.c2lnbmF0dXJl`

describe('decodeToken', () => {
  it('reads token id, user, contract, role, privileges and expiry', () => {
    expect(decodeToken(jwt())).toEqual({
      tokenId: '41c501e4-74f7-40b7-bc12-eeb310358ed9',
      userId: '5eed0000-0000-4000-8000-000000000003',
      contractNumber: 31415926,
      role: 'user',
      privileges: ['ACCESS_S3_OBJECT_STORAGE'],
      expiresAt: new Date(1_700_003_600_000),
    })
  })

  it('accepts surrounding white space and non-ASCII claims', () => {
    const withName = { ...payload, name: 'Jürgen Ødegård' }
    expect(decodeToken(`  ${jwt(header, withName)}\n`).role).toBe('user')
  })

  it('reads a missing privileges list as none', () => {
    const identity = { ...payload.identity, privileges: null }
    expect(decodeToken(jwt(header, { ...payload, identity })).privileges).toEqual([])
  })

  it.each([
    ['an empty string', ''],
    ['two segments', 'abc.def'],
    ['garbage', 'not.a.token'],
    ['a header without kid', jwt({ alg: 'RS256' })],
    ['a payload without identity', jwt(header, { exp: 1 })],
    ['an unknown role', jwt(header, { ...payload, identity: { ...payload.identity, role: 'x' } })],
    ['a payload without expiry', jwt(header, { identity: payload.identity })],
  ])('refuses %s with a clear error', (_, token) => {
    expect(() => decodeToken(token)).toThrow(InvalidTokenError)
  })

  it('never puts the token into the error', () => {
    const token = jwt(header, { secret: 'do-not-leak' })
    try {
      decodeToken(token)
      expect.unreachable()
    } catch (error) {
      expect(String(error)).not.toContain(token.slice(0, 20))
    }
  })
})

describe('isTokenExpired', () => {
  const expiry = 1_700_003_600_000

  it('compares the expiry with now', () => {
    expect(isTokenExpired(jwt(), expiry - 1)).toBe(false)
    expect(isTokenExpired(jwt(), expiry)).toBe(true)
    expect(isTokenExpired(decodeToken(jwt()), expiry + 1)).toBe(true)
  })

  it('counts a token that expires within the margin as expired', () => {
    expect(isTokenExpired(jwt(), expiry - 10_000, 30_000)).toBe(true)
  })
})
