import { describe, expect, it, vi } from 'vitest'
import { request } from './client'
import { getContract } from './contracts'
import { listUserKeys } from './s3keys'
import { setAuthToken } from './session-token'
import { demoUsers, failure, setUpEmulator, signInAs } from '../testing/emulator'
import { setUnauthorizedHandler } from './unauthorized'
import { getUser } from './users'

setUpEmulator()

const { alice, bob, owner } = demoUsers

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
