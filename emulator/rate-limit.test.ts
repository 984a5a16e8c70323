import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoUsers } from './seed.ts'
import { rateLimitBurst } from './rate-limit.ts'
import { basic, startClient, type EmulatorClient } from './test/client.ts'

let client: EmulatorClient
let close: () => Promise<void>

beforeAll(async () => ({ client, close } = await startClient({ rateLimit: true })))
afterAll(() => close())

const owner = basic(demoUsers.owner.email)

const usersPage = (url: string) =>
  fetch(`${url}/cloudapi/v6/um/users?depth=1&limit=1`, { headers: { Authorization: owner } })

describe('X-RateLimit-Remaining', () => {
  it('counts down what the bucket holds, one request at a time, and the next after 0 is refused', async () => {
    const fresh = await startClient({ rateLimit: true })
    try {
      const remaining: number[] = []
      for (;;) {
        const answer = await usersPage(fresh.client.url)
        await answer.text()
        if (answer.status === 429) break
        remaining.push(Number(answer.headers.get('X-RateLimit-Remaining')))
        expect(remaining.length).toBeLessThan(rateLimitBurst * 3)
      }
      // A client that trusts the header knows before the refusal that the limit is reached.
      expect(remaining[0]).toBe(rateLimitBurst - 1)
      expect(remaining.at(-1)).toBe(0)
      expect(remaining.length).toBeGreaterThanOrEqual(rateLimitBurst)
    } finally {
      await fresh.close()
    }
  })

  it('is the whole burst on every answer while the limit is off (nothing is ever refused)', async () => {
    const fresh = await startClient()
    try {
      for (let i = 0; i < rateLimitBurst + 5; i++) {
        const answer = await usersPage(fresh.client.url)
        await answer.text()
        expect(answer.status).toBe(200)
        expect(answer.headers.get('X-RateLimit-Remaining')).toBe(String(rateLimitBurst))
      }
    } finally {
      await fresh.close()
    }
  })
})

describe('with the rate limit on', () => {
  it('answers a burst, then refuses with 429 and a Retry-After until the bucket refills', async () => {
    const statuses: number[] = []
    let refused: Response | undefined
    // More at once than the burst allows: IONOS answers the burst and refuses the rest.
    const answers = await Promise.all(
      Array.from({ length: rateLimitBurst + 20 }, () =>
        fetch(`${client.url}/cloudapi/v6/um/users?depth=1&limit=1`, {
          headers: { Authorization: owner },
        }),
      ),
    )
    for (const answer of answers) {
      statuses.push(answer.status)
      if (answer.status === 429) refused ??= answer
      await answer.text()
    }
    expect(statuses.filter((status) => status === 200).length).toBeGreaterThanOrEqual(
      rateLimitBurst,
    )
    expect(statuses.filter((status) => status === 429).length).toBeGreaterThan(0)
    expect(Number(refused?.headers.get('Retry-After'))).toBeGreaterThanOrEqual(1)
    expect(refused?.headers.get('X-RateLimit-Remaining')).toBe('0')
  })

  it('never counts or refuses the test controls', async () => {
    for (let i = 0; i < rateLimitBurst + 5; i++) {
      const answer = await fetch(`${client.url}/__emulator/faults`)
      await answer.text()
      expect(answer.status).not.toBe(429)
    }
  })
})
