import { describe, expect, it } from 'vitest'
import { request } from './client'
import { getContract } from './contracts'
import { createUserKey, listUserKeys, setUserKeyActive } from './s3keys'
import {
  demoUsers,
  failure,
  injectFault,
  remainingFaults,
  setUpEmulator,
  signInAs,
} from '../testing/emulator'

setUpEmulator()

const { alice, owner } = demoUsers
const contractPath = '/cloudapi/v6/contracts'
const keysPath = `/cloudapi/v6/um/users/${alice.id}/s3keys`

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
