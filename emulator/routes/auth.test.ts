import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { demoContractNumber, demoUsers } from '../seed.ts'
import { basic, bearer, startClient, type EmulatorClient } from '../test/client.ts'

let client: EmulatorClient
let close: () => Promise<void>

beforeAll(async () => ({ client, close } = await startClient()))
afterAll(() => close())
beforeEach(() => client.reset())

function decode(token: string) {
  const [header, payload] = token
    .split('.')
    .slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()))
  return { header, payload }
}

describe('token generation', () => {
  it.each([
    ['owner', 'owner', true],
    ['admin', 'admin', true],
    ['alice', 'user', true],
    ['bob', 'user', true],
    ['carol', 'user', false],
    ['dave', 'user', true],
  ] as const)(
    'gives %s a signed JWT with role %s and the right privileges',
    async (name, role, mayUseObjectStorage) => {
      const answer = await client.get('/auth/v1/tokens/generate', {
        auth: basic(demoUsers[name].email),
      })
      expect(answer.status).toBe(200)
      const { header, payload } = decode(answer.body.token)
      expect(header).toEqual({ typ: 'JWT', kid: expect.any(String), alg: 'RS256' })
      expect(payload).toMatchObject({
        iss: 'ionoscloud',
        iat: expect.any(Number),
        exp: expect.any(Number),
      })
      expect(payload.exp - payload.iat).toBe(31_536_000)
      expect(payload.identity).toMatchObject({
        uuid: demoUsers[name].id,
        contractNumber: demoContractNumber,
        role,
      })
      expect(payload.identity.privileges.includes('ACCESS_S3_OBJECT_STORAGE')).toBe(
        mayUseObjectStorage,
      )
    },
  )

  it('accepts the e-mail in any letter case', async () => {
    const answer = await client.get('/auth/v1/tokens/generate', {
      auth: basic('Alice@Example.com'),
    })
    expect(answer.status).toBe(200)
  })

  it('refuses a wrong password with 401 Unauthorized', async () => {
    const answer = await client.refused(401, () =>
      client.get('/auth/v1/tokens/generate', { auth: basic(demoUsers.alice.email, 'wrong') }),
    )
    expect(answer.body.messages[0]).toEqual({ errorCode: '315', message: 'Unauthorized' })
  })

  it('refuses an unknown user, a missing header and a malformed header with 401', async () => {
    await client.refused(401, () =>
      client.get('/auth/v1/tokens/generate', { auth: basic('nobody@example.com') }),
    )
    await client.refused(401, () => client.get('/auth/v1/tokens/generate'))
    await client.refused(401, () => client.get('/auth/v1/tokens/generate', { auth: 'Basic !!!' }))
    await client.refused(401, () =>
      client.get('/auth/v1/tokens/generate', { auth: 'Bearer not.a.jwt' }),
    )
  })

  it('tells a locked account that it is locked', async () => {
    const answer = await client.refused(401, () =>
      client.get('/auth/v1/tokens/generate', { auth: basic(demoUsers.locked.email) }),
    )
    expect(answer.body.messages[0]).toEqual({
      errorCode: '316',
      message: expect.stringMatching(/locked/),
    })
  })

  it('makes a new token from a valid Bearer token', async () => {
    const auth = await client.signIn(demoUsers.bob.email)
    const answer = await client.get('/auth/v1/tokens/generate', { auth })
    expect(answer.status).toBe(200)
    expect(decode(answer.body.token).payload.identity.uuid).toBe(demoUsers.bob.id)
  })

  it('refuses a ttl that is not a whole number of seconds up to a year', async () => {
    const bob = basic(demoUsers.bob.email)
    await client.delete('/auth/v1/tokens?criteria=ALL', { auth: bob })
    for (const ttl of ['0', '-5', 'soon', '1.5', '31536001', '', '1e3', '0x10', '%2B5']) {
      const answer = await client.refused(422, () =>
        client.get(`/auth/v1/tokens/generate?ttl=${ttl}`, { auth: bob }),
      )
      expect(answer.body.messages[0]).toEqual({
        errorCode: '200',
        message: `ttl must be a whole number from 1 to 31536000, got "${decodeURIComponent(ttl)}".`,
      })
    }
    expect((await client.get('/auth/v1/tokens', { auth: bob })).body.tokens).toEqual([])
  })

  it('refuses a token from another contract number', async () => {
    await client.refused(403, () =>
      client.get('/auth/v1/tokens/generate', {
        auth: basic(demoUsers.bob.email),
        headers: { 'X-Contract-Number': '1' },
      }),
    )
  })
})

describe('token lifetime', () => {
  // The emulator runs in this process: only its clock (Date) is moved, timers and HTTP stay real.
  afterEach(() => vi.useRealTimers())
  const at = (time: number) => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(time)
  }
  const everyApi = ['/cloudapi/v6/contracts', '/s3-management/accesskeys', '/auth/v1/tokens']

  it('answers a token made with ?ttl=N for exactly N seconds, then 401 on every API', async () => {
    // Late in a second, where a lifetime counted from the whole second would end 0.9 s early.
    const madeAt = Date.parse('2030-01-01T10:00:00.900Z')
    at(madeAt)
    const auth = await client.signIn(demoUsers.bob.email, '?ttl=60')
    at(madeAt + 59_999)
    for (const path of everyApi) {
      expect((await client.get(path, { auth })).status, path).toBe(200)
    }
    at(madeAt + 60_000)
    for (const path of everyApi) {
      const answer = await client.refused(401, () => client.get(path, { auth }))
      expect(answer.body.messages[0], path).toEqual({ errorCode: '315', message: 'Unauthorized' })
    }
    const other = await client.get('/auth/v1/tokens/generate', { auth })
    expect(other.status).toBe(401)
  })

  it('lists a token with the expiry its ttl gave it, the JWT’s exp', async () => {
    at(Date.parse('2030-01-01T10:00:00.400Z'))
    const bob = basic(demoUsers.bob.email)
    await client.delete('/auth/v1/tokens?criteria=ALL', { auth: bob })
    const auth = await client.signIn(demoUsers.bob.email, '?ttl=28800')
    const { header, payload } = decode(auth.slice('Bearer '.length))
    expect(payload.exp - payload.iat).toBe(28_800)
    const list = await client.get('/auth/v1/tokens', { auth })
    expect(list.body.tokens).toEqual([
      {
        id: header.kid,
        href: `${client.url}/auth/v1/tokens/${header.kid}`,
        createdDate: '2030-01-01T10:00:00.000Z',
        expirationDate: '2030-01-01T18:00:00.000Z',
      },
    ])
    expect(Date.parse(list.body.tokens[0].expirationDate)).toBe(payload.exp * 1000)
  })

  it('lists an expired token until criteria=EXPIRED deletes it', async () => {
    const madeAt = Date.parse('2030-01-01T10:00:00.000Z')
    at(madeAt)
    const bob = basic(demoUsers.bob.email)
    await client.delete('/auth/v1/tokens?criteria=ALL', { auth: bob })
    const short = await client.signIn(demoUsers.bob.email, '?ttl=5')
    const long = await client.signIn(demoUsers.bob.email, '?ttl=3600')
    const idOf = (auth: string) => decode(auth.slice('Bearer '.length)).header.kid
    at(madeAt + 10_000)
    const listed = async () =>
      (await client.get('/auth/v1/tokens', { auth: bob })).body.tokens.map(
        (token: { id: string; expirationDate: string }) => [token.id, token.expirationDate],
      )
    expect(await listed()).toEqual([
      [idOf(short), '2030-01-01T10:00:05.000Z'],
      [idOf(long), '2030-01-01T11:00:00.000Z'],
    ])
    expect((await client.delete('/auth/v1/tokens?criteria=EXPIRED', { auth: bob })).status).toBe(
      200,
    )
    expect(await listed()).toEqual([[idOf(long), '2030-01-01T11:00:00.000Z']])
    expect((await client.get('/cloudapi/v6/contracts', { auth: long })).status).toBe(200)
  })

  it('refuses a revoked token at once, and only its owner may revoke it', async () => {
    const auth = await client.signIn(demoUsers.bob.email)
    const kid = decode(auth.slice('Bearer '.length)).header.kid as string
    const other = await client.signIn(demoUsers.alice.email)
    await client.refused(404, () => client.delete(`/auth/v1/tokens/${kid}`, { auth: other }))
    const revoked = await client.delete(`/auth/v1/tokens/${kid}`, {
      auth: basic(demoUsers.bob.email),
    })
    expect(revoked.status).toBe(200)
    expect(revoked.body).toEqual({ success: true })
    await client.refused(401, () => client.get('/cloudapi/v6/contracts', { auth }))
    await client.refused(401, () => client.get('/auth/v1/tokens', { auth }))
  })

  it('refuses a token with a forged signature', async () => {
    const auth = await client.signIn(demoUsers.bob.email)
    const [header, payload] = auth.slice('Bearer '.length).split('.')
    const forged = bearer(`${header}.${payload}.${Buffer.from('forged').toString('base64url')}`)
    await client.refused(401, () => client.get('/cloudapi/v6/contracts', { auth: forged }))
  })

  it('lists, reads and revokes the caller’s own tokens', async () => {
    await client.delete('/auth/v1/tokens?criteria=ALL', { auth: basic(demoUsers.dave.email) })
    const auth = await client.signIn(demoUsers.dave.email)
    await client.signIn(demoUsers.dave.email)
    const list = await client.get('/auth/v1/tokens', { auth })
    expect(list.status).toBe(200)
    expect(list.body.tokens).toHaveLength(2)
    const [first] = list.body.tokens
    expect((await client.get(`/auth/v1/tokens/${first.id}`, { auth })).body).toEqual(first)
    const all = await client.delete('/auth/v1/tokens?criteria=ALL', {
      auth: basic(demoUsers.dave.email),
    })
    expect(all.body).toEqual({ success: true })
    expect(
      (await client.get('/auth/v1/tokens', { auth: basic(demoUsers.dave.email) })).body.tokens,
    ).toEqual([])
  })

  it('revokes the current token with criteria=CURRENT and refuses an unknown criteria', async () => {
    const auth = await client.signIn(demoUsers.dave.email)
    await client.refused(400, () => client.delete('/auth/v1/tokens?criteria=SOME', { auth }))
    expect((await client.delete('/auth/v1/tokens?criteria=CURRENT', { auth })).status).toBe(200)
    await client.refused(401, () => client.get('/auth/v1/tokens', { auth }))
  })

  it('keeps sessions across a reset of the data', async () => {
    const auth = await client.signIn(demoUsers.alice.email)
    await client.reset()
    expect((await client.get('/cloudapi/v6/contracts', { auth })).status).toBe(200)
  })
})

describe('authentication schemes', () => {
  it('lets the Cloud API take Basic and Bearer', async () => {
    const auth = await client.signIn(demoUsers.alice.email)
    expect((await client.get('/cloudapi/v6/contracts', { auth })).status).toBe(200)
    expect(
      (await client.get('/cloudapi/v6/contracts', { auth: basic(demoUsers.alice.email) })).status,
    ).toBe(200)
  })

  it('lets the management API take Bearer only', async () => {
    await client.refused(401, () =>
      client.get('/s3-management/accesskeys', { auth: basic(demoUsers.alice.email) }),
    )
    const auth = await client.signIn(demoUsers.alice.email)
    expect((await client.get('/s3-management/accesskeys', { auth })).status).toBe(200)
  })

  it('answers the Cloud API info probe without credentials', async () => {
    const answer = await client.get('/cloudapi/v6/')
    expect(answer.body).toEqual({
      href: `${client.url}/cloudapi/v6/`,
      name: 'CLOUD API',
      version: '6.0',
    })
  })
})
