import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEmulator } from './app.ts'
import { defaultEmulatorOptions } from './options.ts'
import { demoUsers } from './seed.ts'
import { extraKeyCount } from './seed-extra.ts'
import { basic, startClient, type EmulatorClient } from './test/client.ts'

/**
 * `EMULATOR_USERS=10000`: the contract the scale stories and the bench use. How fast the emulator
 * seeds and answers is the bench's business (npm run bench), not a timed unit test's.
 */

let client: EmulatorClient
let close: () => Promise<void>

beforeAll(async () => ({ client, close } = await startClient({ extraUsers: 10_000 })))
afterAll(() => close())

const owner = basic(demoUsers.owner.email)

describe('with 10,000 extra users', () => {
  it('seeds 10,007 users with 0-5 keys each, about 25,000 keys', () => {
    const { store } = createEmulator({ ...defaultEmulatorOptions, extraUsers: 10_000 })
    expect(store.users.size).toBe(10_007)
    // 0-5 keys a user, about 25,000 in all: the size the all-keys page is built for.
    expect(store.keys.size).toBeGreaterThan(24_000)
    expect(store.keys.size).toBeLessThan(26_000)
    const counts = new Set([...store.keysByUser.values()].map((keys) => keys.length))
    expect(Math.max(...counts)).toBe(5)
  })

  it('pages, searches and orders the 10,007 users', async () => {
    const page = await client.get('/cloudapi/v6/um/users?depth=1&offset=9000&limit=100', {
      auth: owner,
    })
    expect(page.body.items).toHaveLength(100)
    const found = await client.get(
      '/cloudapi/v6/um/users?depth=1&offset=0&limit=100&filter.email=user09999',
      { auth: owner },
    )
    expect(found.body.items).toHaveLength(1)
    expect(found.body.items[0].properties.email).toBe('user09999@example.com')
    const ordered = await client.get(
      '/cloudapi/v6/um/users?depth=1&limit=100&orderBy=lastname&filter.lastname=weber',
      { auth: owner },
    )
    const lastNames = ordered.body.items.map(
      (user: { properties: { lastname: string } }) => user.properties.lastname,
    )
    expect(lastNames.length).toBeGreaterThan(0)
    expect(lastNames.every((name: string) => /weber/i.test(name))).toBe(true)
  })

  it('gives generated users the keys the seed promises, which they can see', async () => {
    const answer = await client.get('/cloudapi/v6/um/users?depth=1&filter.email=user00002', {
      auth: owner,
    })
    const keys = await client.get(
      `/cloudapi/v6/um/users/${answer.body.items[0].id}/s3keys?depth=1`,
      { auth: owner },
    )
    expect(keys.body.items).toHaveLength(extraKeyCount(2))
    expect(extraKeyCount(2)).toBeGreaterThan(0)
  })
})
