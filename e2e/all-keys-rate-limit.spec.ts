import { demoUsers } from '../emulator/seed.ts'
import { expect as baseExpect, test as base } from './fixtures.ts'
import { DEMO_PASSWORD, signIn } from './helpers.ts'
import { startServer } from './server.ts'

/** 300 more users: a read of about 310 requests, several times the burst IONOS allows. */
const EXTRA_USERS = 300

/** This file's worker gets a server whose emulator refuses beyond IONOS's limit, as IONOS does. */
const test = base.extend<object, { server: { url: string } }>({
  server: [
    async ({}, use) => {
      const server = await startServer({
        EMULATOR_USERS: String(EXTRA_USERS),
        EMULATOR_RATE_LIMIT: 'on',
      })
      await use({ url: server.url })
      await server.stop()
    },
    { scope: 'worker', timeout: 120_000 },
  ],
})
test.describe.configure({ timeout: 120_000 })
const expect = baseExpect.configure({ timeout: 90_000 })

interface Answer {
  sentMs: number
  answeredMs: number
  status: number
  retryAfterS: number | null
  /** X-RateLimit-Remaining: what the server said was left (NaN without it). */
  remaining: number
}

const owner = `Basic ${Buffer.from(`${demoUsers.owner.email}:${DEMO_PASSWORD}`).toString('base64')}`

test('with the rate limit on, the read slows down to the limit, every user is read and refusals stay few', async ({
  page,
  request,
}) => {
  const answers: Answer[] = []
  page.on('requestfinished', (request) => {
    const url = new URL(request.url())
    if (!/^\/cloudapi\//.test(url.pathname)) return
    void request.response().then(async (response) => {
      const timing = request.timing()
      answers.push({
        sentMs: timing.startTime,
        answeredMs: timing.startTime + timing.responseEnd,
        status: response?.status() ?? 0,
        retryAfterS: Number((await response?.headerValue('Retry-After')) ?? NaN) || null,
        remaining: Number((await response?.headerValue('X-RateLimit-Remaining')) ?? NaN),
      })
    })
  })
  await signIn(page, demoUsers.owner.email, '/users')
  await expect(page.getByRole('table', { name: 'Users of the contract' })).toBeVisible()
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'All keys' })
    .click()
  // Another client of the contract uses up the limit for two seconds, as the read begins: on a
  // busy machine the tab alone may read slower than IONOS refills.
  for (let round = 0; round < 10; round++) {
    await Promise.all(
      Array.from({ length: 30 }, () =>
        request.get('/cloudapi/v6/um/users?depth=0&limit=1', { headers: { Authorization: owner } }),
      ),
    )
  }
  await expect(page.getByText('Read just now.')).toBeVisible()
  await expect(page.getByText(/could not be read/)).toHaveCount(0)
  await expect(page.getByText(/ rows · .* keys of 30\d users$/)).toBeVisible()

  const refused = answers.filter((answer) => answer.status === 429)
  const accepted = answers.filter((answer) => answer.status === 200)
  // The limit was reached (the server said nothing or next to nothing was left, or refused), and
  // the read still lost no user. The tab paces itself from X-RateLimit-Remaining, so a refusal
  // comes only when the other client takes what the tab last saw left.
  expect(answers.some((answer) => answer.status === 429 || answer.remaining <= 1)).toBe(true)
  const first = Math.min(...answers.map((answer) => answer.sentMs))
  // Never a storm: at most one refusal per request in flight (four users at a time) for each
  // second the read lasted.
  const seconds = (Math.max(...answers.map((answer) => answer.answeredMs)) - first) / 1000
  expect(refused.length).toBeLessThanOrEqual(4 * Math.ceil(seconds))
  test.info().annotations.push({
    type: 'rate limit',
    description: `${accepted.length} answered, ${refused.length} refused with 429, in ${seconds.toFixed(1)} s`,
  })
})
