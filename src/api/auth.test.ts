import { describe, expect, it, vi } from 'vitest'
import { decodeToken, generateToken, isTokenExpired, revokeToken } from './auth'
import { request } from './client'
import { getContract } from './contracts'
import { ApiError } from './errors'
import { setAuthToken } from './session-token'
import { demoPassword, demoUsers, failure, setUpEmulator, signInAs } from '../testing/emulator'
import { setUnauthorizedHandler } from './unauthorized'
import { getUser } from './users'

setUpEmulator()

const { alice, carol, locked, owner } = demoUsers

describe('signing in with e-mail and password', () => {
  it('returns a token that names the user, the contract and the privileges', async () => {
    const token = await generateToken({ username: alice.email, password: demoPassword })
    const info = decodeToken(token)
    expect(info).toMatchObject({ userId: alice.id, contractNumber: 31415926, role: 'user' })
    expect(info.privileges).toContain('ACCESS_S3_OBJECT_STORAGE')
    expect(isTokenExpired(info)).toBe(false)
  })

  it('gives owners their role and users without the privilege none', async () => {
    const ownerToken = await generateToken({ username: owner.email, password: demoPassword })
    expect(decodeToken(ownerToken).role).toBe('owner')
    const carolToken = await generateToken({ username: carol.email, password: demoPassword })
    expect(decodeToken(carolToken).privileges).not.toContain('ACCESS_S3_OBJECT_STORAGE')
  })

  it('refuses a wrong password with 401, without asking the unauthorized handler', async () => {
    const handler = vi.fn(async () => true)
    setUnauthorizedHandler(handler)
    const error = await failure(generateToken({ username: alice.email, password: 'wrong' }))
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({ status: 401, messages: [{ errorCode: '315' }] })
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses an unknown e-mail the same way as a wrong password', async () => {
    const error = await failure(generateToken({ username: 'nobody@example.com', password: 'x' }))
    expect(error).toMatchObject({ status: 401, messages: [{ errorCode: '315' }] })
  })

  it("tells a locked account so in the server's words", async () => {
    const error = await failure(generateToken({ username: locked.email, password: demoPassword }))
    expect(error).toMatchObject({ status: 401, messages: [{ errorCode: '316' }] })
    expect((error as ApiError).serverText).toMatch(/locked/)
  })

  it('sends non-ASCII passwords as UTF-8', async () => {
    const error = await failure(generateToken({ username: alice.email, password: 'pässwörd' }))
    expect(error).toMatchObject({ status: 401 })
  })
})

describe('signing in with a token', () => {
  it('uses a pasted token for Cloud API calls', async () => {
    const token = await generateToken({ username: alice.email, password: demoPassword })
    setAuthToken(token)
    const user = await getUser(decodeToken(token).userId)
    expect(user).toMatchObject({ id: alice.id, email: alice.email })
  })

  it('refuses a token that was not issued by the API', async () => {
    const token = await generateToken({ username: alice.email, password: demoPassword })
    const [header, payload] = token.split('.')
    setAuthToken(`${header}.${payload}.Zm9yZ2Vk`)
    expect(await failure(getContract())).toMatchObject({ status: 401 })
  })

  it('refuses an expired token', async () => {
    const token = await signInAs(alice.email, 1)
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    expect(isTokenExpired(token)).toBe(true)
    expect(await failure(getContract())).toMatchObject({ status: 401 })
  })

  it('refuses a revoked token', async () => {
    const token = await signInAs(alice.email)
    await revokeToken(decodeToken(token).tokenId)
    expect(await failure(getContract())).toMatchObject({ status: 401 })
  })
})

describe('signing out', () => {
  it('revokes only the token it names', async () => {
    const first = await signInAs(alice.email)
    const second = await generateToken({ username: alice.email, password: demoPassword })
    await revokeToken(decodeToken(first).tokenId)
    setAuthToken(second)
    await expect(getContract()).resolves.toMatchObject({ contractNumber: 31415926 })
  })

  it('succeeds when the token is already unusable, without opening the sign-in prompt', async () => {
    const token = await signInAs(alice.email)
    const { tokenId } = decodeToken(token)
    await revokeToken(tokenId)
    const handler = vi.fn(async () => true)
    setUnauthorizedHandler(handler)
    await expect(revokeToken(tokenId)).resolves.toBeUndefined()
    expect(handler).not.toHaveBeenCalled()
  })

  it("cannot revoke someone else's token", async () => {
    const aliceToken = await generateToken({ username: alice.email, password: demoPassword })
    await signInAs(owner.email)
    // The Auth API answers 404 for a token that is not the caller's, so this resolves...
    await revokeToken(decodeToken(aliceToken).tokenId)
    // ...but Alice's token still works.
    setAuthToken(aliceToken)
    await expect(request({ api: 'cloud', path: '/contracts' })).resolves.toBeUndefined()
  })
})
