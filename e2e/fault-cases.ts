import type { Page, Request } from '@playwright/test'
import { globMatcher } from './server-state.ts'

/** The client's policy (src/api/retry.ts, src/api/client.ts), which the faults must outlast. */
const CLIENT_TRIES = 3
const CLIENT_TIMEOUT_MS = 15_000
const RETRIED_METHODS = new Set(['GET', 'PUT', 'DELETE'])

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface FaultCase {
  /** How the fault reads in a test's name. */
  name: string
  /** The emulator's fault, without method, path and `times`. */
  spec: Record<string, unknown>
  /** How many tries of `method` the client makes when each fails like this. */
  tries: (method: Method) => number
  /**
   * What the user can know afterwards: `refused` (turned away, nothing changed) or `unknown`
   * (no answer, or an error a gateway also sends after IONOS acted: the change may be made).
   */
  outcome: 'refused' | 'unknown'
  /** The server carries the request out; only the answer is lost. */
  applied: boolean
  /** An HTTP answer came back (false: a timeout or a dropped connection). */
  answered: boolean
  /** The page's clock must pass the client's time limit. */
  timeout: boolean
  /** Part of the reason the console gives. */
  reason: RegExp
}

/** Retried failures strike every try the client makes; the others are not retried. */
const retried = (method: Method) => (RETRIED_METHODS.has(method) ? CLIENT_TRIES : 1)
const once = () => 1

const base = { applied: false, answered: true, timeout: false }

/** The five failures every list and every action must survive; each strikes every try. */
export const faultCases: FaultCase[] = [
  {
    ...base,
    name: 'HTTP 500',
    spec: { status: 500 },
    tries: once,
    outcome: 'unknown',
    reason: /Internal server error\./,
  },
  {
    ...base,
    name: 'HTTP 503 on every try',
    spec: { status: 503 },
    tries: retried,
    outcome: 'refused',
    reason: /The service is under maintenance\. Retry later\./,
  },
  {
    ...base,
    name: 'HTTP 429 with Retry-After on every try',
    spec: { status: 429, retryAfter: 1 },
    tries: retried,
    outcome: 'refused',
    reason: /Too many requests/,
  },
  {
    ...base,
    name: 'no answer within the time limit',
    // The answer would come long after the client gave up, and changes nothing.
    spec: { delayMs: CLIENT_TIMEOUT_MS + 10_000, status: 504 },
    tries: once,
    outcome: 'unknown',
    answered: false,
    timeout: true,
    reason: /did not answer within 15 seconds/,
  },
  {
    ...base,
    name: 'a dropped connection on every try',
    spec: { drop: true },
    tries: retried,
    outcome: 'unknown',
    answered: false,
    reason: /could not be reached/,
  },
]

/** Changes that IONOS made although the console never heard so. */
export const lostAnswer: Record<'dropped' | 'error', FaultCase> = {
  dropped: {
    name: 'the change made but the connection dropped',
    spec: { drop: true, after: true },
    tries: retried,
    outcome: 'unknown',
    applied: true,
    answered: false,
    timeout: false,
    reason: /could not be reached/,
  },
  error: {
    name: 'the change made but answered with HTTP 500',
    spec: { status: 500, after: true },
    tries: once,
    outcome: 'unknown',
    applied: true,
    answered: true,
    timeout: false,
    reason: /Internal server error\./,
  },
}

/**
 * The emulator's fault for `method glob`, striking every try the client makes. When a kept-alive
 * connection closes without an answer, Chromium sends the request again by itself on its other
 * idle connections (up to seven times in all), so a drop is armed for more than that per try.
 * Tests clear what is left once the failure shows.
 */
export function faultOn(method: Method, glob: string, fault: FaultCase) {
  const perTry = fault.spec['drop'] === true ? 8 : 1
  return { method, path: glob, ...fault.spec, times: fault.tries(method) * perTry }
}

/**
 * Watches for the request on `method glob`; the function it returns waits until the request is on
 * its way and, for a timeout, moves the page's clock past the client's limit, so that no test
 * waits 15 real seconds. `page.clock.install()` must have run before the page loaded.
 */
export function expectRequest(page: Page, method: Method, glob: string, fault: FaultCase) {
  const matches = globMatcher(glob)
  const sent = page.waitForRequest(
    (request: Request) => request.method() === method && matches(new URL(request.url()).pathname),
  )
  return async () => {
    await sent
    if (fault.timeout) await page.clock.fastForward(CLIENT_TIMEOUT_MS + 1_000)
  }
}
