import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/errors'
import type { InventoryUser, ScanSource } from './scan'
import { streamInventory } from './stream'
import { describeError } from '../../../lib/i18n/errors'

const reason = (error: unknown) => describeError(error, 'en')

const users: InventoryUser[] = Array.from({ length: 250 }, (_, index) => ({
  id: `u${index}`,
  name: `User ${index}`,
  email: `user${index}@example.com`,
}))

/** 250 users in pages of 100; the second page waits until `releaseSecondPage` is called. */
function source(options: { failUser?: string; failPage?: number } = {}) {
  let release: () => void = () => undefined
  const secondPage = new Promise<void>((resolve) => (release = resolve))
  let inFlight = 0
  const fake = {
    maxInFlight: 0,
    releaseSecondPage: () => release(),
    source: {
      async listUsers({ offset, limit }) {
        if (offset === options.failPage) throw new ApiError(500, [])
        if (offset === 100) await secondPage
        return { users: users.slice(offset, offset + limit), hasNext: offset + limit < 250 }
      },
      async listKeys(userId) {
        fake.maxInFlight = Math.max(fake.maxInFlight, ++inFlight)
        await new Promise((resolve) => setTimeout(resolve, 1))
        inFlight--
        if (userId === options.failUser) throw new ApiError(500, [])
        return [{ accessKey: `AK-${userId}`, active: true, createdDate: null }]
      },
    } satisfies ScanSource,
  }
  return fake
}

describe('the streamed inventory read', () => {
  it('delivers the first users’ keys while later pages of users are still being listed', async () => {
    const fake = source()
    const arrived: number[] = []
    const done = streamInventory(
      fake.source,
      { signal: new AbortController().signal, describe: reason },
      (index) => {
        arrived.push(index)
        if (arrived.length === 100) fake.releaseSecondPage()
      },
    )
    const results = await done
    expect(results).toHaveLength(250)
    expect(results.map((result) => result.user.id)).toEqual(users.map((user) => user.id))
    // All of the first page arrived before the second page of users was even answered.
    expect(arrived.slice(0, 100).every((index) => index < 100)).toBe(true)
    expect(fake.maxInFlight).toBeLessThanOrEqual(4)
  })

  it('reports a user whose keys could not be read, with the reason, and goes on', async () => {
    const fake = source({ failUser: 'u7' })
    fake.releaseSecondPage()
    const results = await streamInventory(
      fake.source,
      { signal: new AbortController().signal, describe: reason },
      () => undefined,
    )
    expect(results[7]).toMatchObject({ user: { id: 'u7' }, error: expect.any(String) })
    expect(results.filter((result) => 'error' in result)).toHaveLength(1)
  })

  it('ends when a page of users cannot be read', async () => {
    const fake = source({ failPage: 200 })
    fake.releaseSecondPage()
    await expect(
      streamInventory(
        fake.source,
        { signal: new AbortController().signal, describe: reason },
        () => undefined,
      ),
    ).rejects.toThrow()
  })

  it('stops when cancelled', async () => {
    const fake = source()
    const abort = new AbortController()
    const run = streamInventory(
      fake.source,
      { signal: abort.signal, describe: reason },
      () => undefined,
    )
    abort.abort()
    await expect(run).rejects.toThrow()
  })
})
