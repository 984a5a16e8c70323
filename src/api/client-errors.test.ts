import { describe, expect, it } from 'vitest'
import { request } from './client'
import { getContract } from './contracts'
import { ApiError, NetworkError, SchemaError, TimeoutError, isNotFoundError } from './errors'
import { createUserKey, setUserKeyActive } from './s3keys'
import {
  demoUsers,
  failure,
  injectFault,
  rawGet,
  remainingFaults,
  setUpEmulator,
  signInAs,
} from '../testing/emulator'
import { getUser, listUsers } from './users'
import { z } from './zod'

setUpEmulator()

const { alice, owner } = demoUsers
const contractPath = '/cloudapi/v6/contracts'
const keysPath = `/cloudapi/v6/um/users/${alice.id}/s3keys`

describe('error mapping', () => {
  it("keeps the status, the IONOS error codes and the server's message", async () => {
    await signInAs('bob@example.com')
    const error = await failure(listUsers({ offset: 0, limit: 10 }))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 403, messages: [{ errorCode: '317' }] })
    expect(error).toMatchObject({
      serverText: expect.stringMatching(/only the contract owner and administrators/),
    })
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
    expect(error).toMatchObject({ kind: { type: 'timeout', seconds: 0.1 } })
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
