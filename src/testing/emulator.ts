// Test glue for HTTP tests against the emulator. App code never imports this file, so it stays
// out of the bundle.
import { afterAll, beforeAll, beforeEach } from 'vitest'
import type { FaultSpec } from '../../emulator/faults'
import { demoPassword } from '../../emulator/seed'
import { startTestEmulator, type TestServerOptions } from '../../emulator/testing'
import { generateToken } from '../api/auth'
import { setAuthToken } from '../api/session-token'
import { setUnauthorizedHandler } from '../api/unauthorized'
import { z } from '../api/zod'

export { demoGroups, demoKeys, demoPassword, demoUsers } from '../../emulator/seed'

// Vitest's jsdom environment exposes the JSDOM instance as a global.
declare const jsdom: { reconfigure(options: { url: string }): void }

/**
 * Starts an emulator for the file, points the page's origin at it (so the relative base URLs
 * resolve to it), and gives every test a freshly seeded emulator and a signed-out client. Returns
 * how many requests have reached the emulator so far.
 */
export function setUpEmulator(serverOptions: TestServerOptions = {}): { requestCount(): number } {
  let close: (() => Promise<void>) | undefined
  let requestCount = () => 0
  beforeAll(async () => {
    const emulator = await startTestEmulator({}, serverOptions)
    close = emulator.close
    requestCount = emulator.requestCount
    jsdom.reconfigure({ url: `${emulator.url}/` })
  })
  afterAll(async () => {
    await close?.()
  })
  beforeEach(async () => {
    setAuthToken(null)
    setUnauthorizedHandler(null)
    await control('POST', '/reset')
  })
  return { requestCount: () => requestCount() }
}

/** Calls the emulator's test controls (`/__emulator/...`). */
export async function control(method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${window.location.origin}/__emulator${path}`, {
    method,
    // The emulator takes a state change only as JSON (emulator/control-guard.ts).
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} /__emulator${path}: ${response.status}`)
  return response
}

export async function injectFault(fault: FaultSpec): Promise<void> {
  await control('POST', '/faults', fault)
}

const faultListSchema = z.object({
  faults: z.array(z.object({ path: z.string(), remaining: z.number() })),
})

/** The injected faults not yet used up, with how often each will still strike. */
export async function remainingFaults(): Promise<{ path: string; remaining: number }[]> {
  const body: unknown = await (await control('GET', '/faults')).json()
  return z.parse(faultListSchema, body).faults
}

/** Signs in with the demo password, makes the token the client's, and returns it. */
export async function signInAs(email: string, ttlSeconds?: number): Promise<string> {
  const token = await generateToken({ username: email, password: demoPassword, ttlSeconds })
  setAuthToken(token)
  return token
}

/** The raw JSON of a GET, read with the current token but without the client's parsing. */
export async function rawGet(path: string, token: string): Promise<unknown> {
  const response = await fetch(`${window.location.origin}${path}`, {
    headers: { Authorization: `Bearer ${token}` },
  })
  return await response.json()
}

/** The error a call fails with; fails the test when the call succeeds. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to fail')
}
