import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/errors'
import { readKeys, rescanFailed, scanInventory, type InventoryUser, type ScanSource } from './scan'
import { describeError } from '../../../lib/i18n/errors'

const reason = (error: unknown) => describeError(error, 'en')

const users: InventoryUser[] = Array.from({ length: 250 }, (_, index) => ({
  id: `u${index}`,
  name: `User ${index}`,
  email: `user${index}@example.com`,
}))

interface Fake extends ScanSource {
  inFlight: number
  maxInFlight: number
  keyCalls: string[]
}

/** 250 users in pages of 100; `fail(userId, attempt)` may throw for a key request. */
function fakeSource(fail: (userId: string, attempt: number) => Error | null = () => null): Fake {
  const attempts = new Map<string, number>()
  const fake: Fake = {
    inFlight: 0,
    maxInFlight: 0,
    keyCalls: [],
    async listUsers({ offset, limit }) {
      const page = users.slice(offset, offset + limit)
      return { users: page, hasNext: offset + limit < users.length }
    },
    async listKeys(userId) {
      fake.keyCalls.push(userId)
      const attempt = (attempts.get(userId) ?? 0) + 1
      attempts.set(userId, attempt)
      fake.maxInFlight = Math.max(fake.maxInFlight, ++fake.inFlight)
      try {
        await new Promise((resolve) => setTimeout(resolve, 1))
        const error = fail(userId, attempt)
        if (error) throw error
        return [{ accessKey: `AK-${userId}`, active: true, createdDate: '2025-01-01T00:00:00Z' }]
      } finally {
        fake.inFlight--
      }
    },
  }
  return fake
}

const throttled = (retryAfterMs: number | null) =>
  new ApiError(429, [{ errorCode: '429', message: 'Too many requests' }], retryAfterMs)
const noWait = async () => {}

describe('scanInventory', () => {
  it('reads every user and their keys, at most four at a time, in the users’ order', async () => {
    const source = fakeSource()
    const progress: string[] = []
    const results = await scanInventory(source, {
      signal: new AbortController().signal,
      describe: reason,
      onProgress: ({ phase, users: found, done }) => progress.push(`${phase} ${done}/${found}`),
    })
    expect(results.map((result) => result.user.id)).toEqual(users.map((user) => user.id))
    expect(results.every((result) => 'keys' in result)).toBe(true)
    expect(source.maxInFlight).toBe(4)
    expect(progress.slice(0, 3)).toEqual(['users 0/100', 'users 0/200', 'users 0/250'])
    expect(progress.at(-1)).toBe('keys 250/250')
  })

  it('waits out a 429 that outlived the client’s retries (Retry-After) and reads the user again', async () => {
    const source = fakeSource((userId, attempt) =>
      userId === 'u7' && attempt < 3 ? throttled(2000) : null,
    )
    const waits: number[] = []
    const results = await scanInventory(source, {
      signal: new AbortController().signal,
      describe: reason,
      wait: async (ms) => void waits.push(ms),
    })
    expect(results[7]).toMatchObject({ user: { id: 'u7' }, keys: [{ accessKey: 'AK-u7' }] })
    expect(source.keyCalls.filter((id) => id === 'u7')).toHaveLength(3)
    expect(waits.length).toBeGreaterThanOrEqual(2)
    for (const ms of waits) expect(ms).toBeLessThanOrEqual(2000)
  })

  it('reports a user it could not read, with the reason, instead of leaving them out', async () => {
    const source = fakeSource((userId) =>
      userId === 'u3' ? new ApiError(500, [{ errorCode: '500', message: 'Disk on fire' }]) : null,
    )
    const results = await scanInventory(source, {
      signal: new AbortController().signal,
      describe: reason,
    })
    expect(results).toHaveLength(250)
    expect(results[3]).toEqual({ user: users[3], error: 'The server answered: “Disk on fire”' })
  })

  it('gives up on a user that stays throttled, and says so', async () => {
    const source = fakeSource((userId) => (userId === 'u1' ? throttled(null) : null))
    const results = await readKeys(users.slice(0, 3), source, {
      signal: new AbortController().signal,
      describe: reason,
      maxThrottles: 2,
      wait: noWait,
    })
    expect(results[1]).toEqual({
      user: users[1],
      error: 'The server answered: “Too many requests”',
    })
    expect(source.keyCalls.filter((id) => id === 'u1')).toHaveLength(3)
  })

  it('stops when cancelled, and asks for nothing more', async () => {
    const source = fakeSource()
    const controller = new AbortController()
    const scan = scanInventory(source, {
      signal: controller.signal,
      describe: reason,
      onProgress: ({ phase, done }) => {
        if (phase === 'keys' && done === 10) controller.abort()
      },
    })
    await expect(scan).rejects.toThrow()
    const asked = source.keyCalls.length
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(source.keyCalls.length).toBe(asked)
    expect(asked).toBeLessThan(20)
  })
})

describe('rescanFailed', () => {
  it('reads again only the users that failed', async () => {
    const failing = fakeSource((userId) => (userId === 'u2' ? new ApiError(503, []) : null))
    const first = await readKeys(users.slice(0, 5), failing, {
      signal: new AbortController().signal,
      describe: reason,
    })
    expect(first.filter((result) => 'error' in result)).toHaveLength(1)
    const healthy = fakeSource()
    const second = await rescanFailed(first, healthy, {
      signal: new AbortController().signal,
      describe: reason,
    })
    expect(healthy.keyCalls).toEqual(['u2'])
    expect(second.every((result) => 'keys' in result)).toBe(true)
    expect(second.map((result) => result.user.id)).toEqual(['u0', 'u1', 'u2', 'u3', 'u4'])
  })
})
