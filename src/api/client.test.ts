import { describe, expect, it, vi } from 'vitest'
import { request } from './client'
import { getContract } from './contracts'
import {
  ApiError,
  NetworkError,
  SchemaError,
  TimeoutError,
  isNotFoundError,
  userMessage,
} from './errors'
import { setUserKeyActive, createUserKey, listUserKeys } from './s3keys'
import { setAuthToken } from './session-token'
import {
  demoUsers,
  injectFault,
  rawGet,
  remainingFaults,
  signInAs,
  setUpEmulator,
} from './test-utils'
import { setUnauthorizedHandler } from './unauthorized'
import { getUser, listUsers } from './users'
import { z } from './zod'

setUpEmulator()

const { alice, bob, owner } = demoUsers
const contractPath = '/cloudapi/v6/contracts'
const keysPath = `/cloudapi/v6/um/users/${alice.id}/s3keys`

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to fail')
}

describe('error mapping', () => {
  it("keeps the status, the IONOS error codes and the server's message", async () => {
    await signInAs('bob@example.com')
    const error = await failure(listUsers({ offset: 0, limit: 10 }))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 403, messages: [{ errorCode: '317' }] })
    expect(userMessage(error)).toMatch(/only the contract owner and administrators/)
  })

  it('reports a 401 with the code 315 for a request without a token', async () => {
    const error = await failure(getContract())
    expect(error).toMatchObject({
      status: 401,
      messages: [{ errorCode: '315', message: 'Unauthorized' }],
    })
  })

  it('reports a missing user as 404', async () => {
    await signInAs(owner.email)
    const error = await failure(getUser('00000000-0000-4000-8000-000000000000'))
    expect(error).toMatchObject({ status: 404 })
    expect(isNotFoundError(error)).toBe(true)
  })

  it("recognises the Cloud API's 422 for a missing key as not found", async () => {
    await signInAs(owner.email)
    const error = await failure(setUserKeyActive(alice.id, 'no-such-key', false))
    expect(error).toMatchObject({ status: 422, messages: [{ errorCode: '204' }] })
    expect(isNotFoundError(error)).toBe(true)
  })

  it('reports a validation error with its message', async () => {
    await signInAs(owner.email)
    const error = await failure(getUser('not-a-uuid'))
    expect(error).toMatchObject({ status: 422, message: expect.stringMatching(/not a valid UUID/) })
  })

  it('passes an injected error code and message through', async () => {
    await signInAs(owner.email)
    await injectFault({ path: contractPath, status: 500, errorCode: '999', message: 'Boom.' })
    const error = await failure(getContract())
    expect(error).toMatchObject({ status: 500, message: 'Boom.', messages: [{ errorCode: '999' }] })
  })
})

describe('time limits and lost connections', () => {
  it('gives up with a TimeoutError when the server is too slow', async () => {
    await signInAs(owner.email)
    await injectFault({ path: contractPath, delayMs: 1_000 })
    const error = await failure(request({ api: 'cloud', path: '/contracts', timeoutMs: 100 }))
    expect(error).toBeInstanceOf(TimeoutError)
    expect(userMessage(error)).toMatch(/did not answer within 0.1 seconds/)
  })

  it("passes the caller's abort through instead of calling it a failure", async () => {
    await signInAs(owner.email)
    await injectFault({ path: contractPath, delayMs: 1_000 })
    const controller = new AbortController()
    const pending = failure(getContract(controller.signal))
    setTimeout(() => controller.abort(), 50)
    const error = await pending
    // jsdom's DOMException is not Node's, so compare by name.
    expect(error).toMatchObject({ name: 'AbortError' })
    expect(userMessage(error)).toBe('The request was cancelled.')
  })

  it('reports a dropped connection of a POST as a NetworkError, without trying again', async () => {
    await signInAs(owner.email)
    await injectFault({ method: 'POST', path: keysPath, drop: true, times: 2 })
    expect(await failure(createUserKey(alice.id))).toBeInstanceOf(NetworkError)
    expect(await remainingFaults()).toMatchObject([{ remaining: 1 }])
  })

  it('tries a GET again after a dropped connection', async () => {
    await signInAs(owner.email)
    await injectFault({ path: contractPath, drop: true })
    await expect(getContract()).resolves.toMatchObject({ contractNumber: 31415926 })
  })
})

describe('retries', () => {
  it.each([429, 502, 503, 504])('retries a GET after %i and then succeeds', async (status) => {
    await signInAs(owner.email)
    await injectFault({ path: contractPath, status, retryAfter: 0, times: 2 })
    await expect(getContract()).resolves.toMatchObject({ contractNumber: 31415926 })
    expect(await remainingFaults()).toEqual([])
  })

  it('waits as long as Retry-After says', async () => {
    await signInAs(owner.email)
    await injectFault({ path: contractPath, status: 429, retryAfter: 1 })
    const started = performance.now()
    await getContract()
    expect(performance.now() - started).toBeGreaterThanOrEqual(990)
  })

  it('stops after three tries and reports the last error', async () => {
    await signInAs(owner.email)
    await injectFault({ path: contractPath, status: 503, retryAfter: 0, times: 5 })
    expect(await failure(getContract())).toMatchObject({ status: 503 })
    expect(await remainingFaults()).toMatchObject([{ remaining: 2 }])
  })

  it('retries a PUT', async () => {
    await signInAs(owner.email)
    const [key] = await listUserKeys(alice.id)
    await injectFault({ method: 'PUT', path: `${keysPath}/*`, status: 502 })
    await expect(setUserKeyActive(alice.id, key?.id ?? '', false)).resolves.toMatchObject({
      active: false,
    })
  })

  it('never retries a POST', async () => {
    await signInAs(owner.email)
    await injectFault({ method: 'POST', path: keysPath, status: 503, retryAfter: 0, times: 2 })
    expect(await failure(createUserKey(alice.id))).toMatchObject({ status: 503 })
    expect(await remainingFaults()).toMatchObject([{ remaining: 1 }])
    expect(await listUserKeys(alice.id)).toHaveLength(2)
  })

  it.each([400, 404, 409, 422])('does not retry %i', async (status) => {
    await signInAs(owner.email)
    await injectFault({ path: contractPath, status, times: 2 })
    expect(await failure(getContract())).toMatchObject({ status })
    expect(await remainingFaults()).toMatchObject([{ remaining: 1 }])
  })
})

describe('request status following', () => {
  it('waits for the request status after a 202 before it resolves', async () => {
    await signInAs(owner.email)
    await injectFault({ path: '/cloudapi/v6/requests/*/status', status: 503, retryAfter: 0 })
    const created = await createUserKey(alice.id)
    expect(await remainingFaults()).toEqual([])
    expect((await listUserKeys(alice.id)).map((key) => key.id)).toContain(created.id)
  })

  it('can be turned off per call', async () => {
    await signInAs(owner.email)
    await injectFault({ path: '/cloudapi/v6/requests/*/status', status: 503 })
    const path = `/um/users/${alice.id}/s3keys`
    await request({ api: 'cloud', method: 'POST', path, followRequestStatus: false })
    expect(await remainingFaults()).toHaveLength(1)
  })

  it('reports a status that cannot be read', async () => {
    await signInAs(owner.email)
    await injectFault({ path: '/cloudapi/v6/requests/*/status', status: 404 })
    expect(await failure(createUserKey(alice.id))).toMatchObject({ status: 404 })
  })
})

describe('schema mismatches', () => {
  it('throws a SchemaError that names fields but not values', async () => {
    const token = await signInAs(owner.email)
    const raw = await rawGet(`${keysPath}?depth=1`, token)
    const secret = z.parse(
      z.object({ items: z.array(z.object({ properties: z.object({ secretKey: z.string() }) })) }),
      raw,
    ).items[0]?.properties.secretKey
    const schema = z.object({
      items: z.array(z.object({ properties: z.object({ secretKey: z.number() }) })),
    })
    const path = `/um/users/${alice.id}/s3keys`
    const error = await failure(request({ api: 'cloud', path, query: { depth: 1 }, schema }))
    expect(error).toBeInstanceOf(SchemaError)
    expect(String(error)).toContain('items.0.properties.secretKey')
    expect(secret).toBeTruthy()
    expect(String(error)).not.toContain(secret)
  })
})

describe('401 handling', () => {
  it('asks the handler to sign in again and repeats the request with the new token', async () => {
    await signInAs(owner.email)
    setAuthToken('expired-or-revoked')
    const handler = vi.fn(async () => {
      await signInAs(owner.email)
      return true
    })
    setUnauthorizedHandler(handler)
    await expect(getContract()).resolves.toMatchObject({ contractNumber: 31415926 })
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('shares one sign-in between requests that fail together', async () => {
    setAuthToken('stale')
    const handler = vi.fn(async () => {
      await signInAs(owner.email)
      return true
    })
    setUnauthorizedHandler(handler)
    const results = await Promise.all([getContract(), getUser(bob.id), listUserKeys(bob.id)])
    expect(results).toHaveLength(3)
    expect(handler).toHaveBeenCalledTimes(1)
  })

  it('lets the 401 through when the user does not sign in again', async () => {
    setAuthToken('stale')
    setUnauthorizedHandler(async () => false)
    expect(await failure(getContract())).toMatchObject({ status: 401 })
  })

  it('does not wait for the prompt when the token the prompt is checking is refused', async () => {
    setAuthToken('stale')
    setUnauthorizedHandler(async () => {
      setAuthToken('also-refused')
      const error = await failure(getContract())
      expect(error).toMatchObject({ status: 401 })
      return false
    })
    expect(await failure(getContract())).toMatchObject({ status: 401 })
  })

  it('is not asked for requests without a bearer token', async () => {
    const handler = vi.fn(async () => true)
    setUnauthorizedHandler(handler)
    const wrong = { basic: { username: alice.email, password: 'wrong' } }
    expect(await failure(request({ api: 'cloud', path: '/contracts', auth: wrong }))).toMatchObject(
      { status: 401 },
    )
    expect(
      await failure(request({ api: 'cloud', path: '/contracts', auth: 'none' })),
    ).toMatchObject({ status: 401 })
    expect(handler).not.toHaveBeenCalled()
  })
})
