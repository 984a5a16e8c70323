import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rateLimitBurst } from '../../../../emulator/rate-limit'
import { startTestEmulator, type TestEmulator } from '../../../../emulator/testing'
import { demoUsers, signInAs } from '../../../testing/emulator'
import { paceDelayMs, RESERVE } from './pace'
import { USERS_PAGE_SIZE } from './scan'
import { cloudInventorySource } from './source'
import { streamInventory } from './stream'
import { describeError } from '../../../lib/i18n/errors'

const reason = (error: unknown) => describeError(error, 'en')

// Vitest's jsdom environment exposes the JSDOM instance as a global.
declare const jsdom: { reconfigure(options: { url: string }): void }

describe('the pace from the X-RateLimit headers', () => {
  const limit = { remaining: 0, perMinute: 1200, burst: 50, at: 1_000 }

  it('sends at once while the server has room beyond the reserve and the requests in flight', () => {
    expect(paceDelayMs(null, 4, 1_000)).toBe(0)
    expect(paceDelayMs({ ...limit, remaining: 10 }, 4, 1_000)).toBe(0)
    expect(paceDelayMs({ ...limit, remaining: 1 + RESERVE + 4 }, 4, 1_000)).toBe(0)
  })

  it('waits for the requests the server has not refilled yet, at its average rate', () => {
    // 1,200 a minute: one request every 50 ms; nothing left, one in flight, one kept in reserve.
    expect(paceDelayMs(limit, 1, 1_000)).toBe(150)
    // 100 ms later two have come back.
    expect(paceDelayMs(limit, 1, 1_100)).toBe(50)
    // Never more than a burst, however long ago the server answered.
    expect(paceDelayMs({ ...limit, burst: 2 }, 1, 60_000)).toBe(50)
  })
})

describe('a read under IONOS’s rate limit (emulator over HTTP)', () => {
  let emulator: TestEmulator
  beforeAll(async () => {
    // More users than one burst: the read must slow down to the limit's rate.
    emulator = await startTestEmulator({ rateLimit: true, extraUsers: 60 })
    jsdom.reconfigure({ url: `${emulator.url}/` })
  })
  afterAll(() => emulator.close())

  it('reads every user and is hardly ever refused, pacing itself from the headers', async () => {
    await signInAs(demoUsers.owner.email)
    const before = emulator.requestCount()
    const results = await streamInventory(
      cloudInventorySource,
      { signal: new AbortController().signal, describe: reason },
      () => undefined,
    )
    const sent = emulator.requestCount() - before
    const needed = Math.ceil(results.length / USERS_PAGE_SIZE) + results.length
    expect(results.filter((result) => 'error' in result)).toEqual([])
    expect(needed).toBeGreaterThan(rateLimitBurst)
    // Every request beyond the needed ones is a refused one the client sent again.
    expect(sent - needed).toBeLessThanOrEqual(1)
  })
})
