import { test as base, expect, type BrowserContext } from '@playwright/test'
import { startServer } from './server.ts'

interface Emulator {
  reset: () => Promise<void>
  setBuckets: (userId: string, count: number) => Promise<void>
  injectFault: (fault: Record<string, unknown>) => Promise<void>
}

/**
 * Browser messages that are expected: Chromium logs every refused request as a console error, and
 * a connection closed without an answer (the emulator's `drop` fault) as an empty response or,
 * when the close overtakes the request on the wire, as a reset connection.
 */
const EXPECTED_CONSOLE_ERRORS = [
  /Failed to load resource: the server responded with a status of/,
  /^Failed to load resource: net::ERR_(EMPTY_RESPONSE|CONNECTION_RESET)$/,
]

export const test = base.extend<{ emulator: Emulator; guard: void }, { server: { url: string } }>({
  server: [
    async ({}, use) => {
      const server = await startServer()
      await use({ url: server.url })
      await server.stop()
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => use(server.url),
  emulator: async ({ request, server }, use) => {
    const call = async (method: 'POST' | 'PUT', path: string, data: unknown = {}) => {
      // A fresh connection each time: a kept-alive one may be closed by the server (idle for 5 s
      // while the page worked) just as it is reused, which fails the call with ECONNRESET.
      const headers = { Connection: 'close' }
      // `data` makes Playwright send JSON, which the emulator requires of a state-changing control.
      const response = await request.fetch(server.url + path, { method, data, headers })
      expect(response.ok(), `${method} ${path}`).toBe(true)
    }
    const emulator: Emulator = {
      reset: () => call('POST', '/__emulator/reset'),
      setBuckets: (userId, count) => call('PUT', `/__emulator/users/${userId}/buckets`, { count }),
      injectFault: (fault) => call('POST', '/__emulator/faults', fault),
    }
    await emulator.reset()
    await use(emulator)
  },
  // Every test fails on a CSP violation, an uncaught error or an unexpected console error, in any
  // page of its browser context (a second tab too). A test that needs no page opens none.
  guard: [
    async ({ context }, use) => {
      const problems = await watchForProblems(context)
      await use()
      expect(problems, 'CSP violations, page errors and console errors').toEqual([])
    },
    { auto: true },
  ],
})

async function watchForProblems(context: BrowserContext): Promise<string[]> {
  const problems: string[] = []
  context.on('weberror', (error) => problems.push(`page error: ${error.error().message}`))
  context.on('console', (message) => {
    if (message.type() !== 'error') return
    const text = message.text()
    if (EXPECTED_CONSOLE_ERRORS.some((pattern) => pattern.test(text))) return
    problems.push(`console error: ${text}`)
  })
  // Awaited, so that it is in place before the test's first navigation.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)
    })
  })
  return problems
}

export { expect }
