import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { faultPathMatcher } from '../emulator/faults.ts'
import { demoPassword } from '../emulator/seed.ts'
import { expect } from './fixtures.ts'

/** The parts of `GET /__emulator/snapshot` these tests compare the page with. */
export interface ServerKey {
  id: string
  accessKey: string
  secretKey: string
  userId: string
  description: string
  active: boolean
}

export interface Snapshot {
  users: { id: string; email: string; firstname: string; lastname: string }[]
  groups: { id: string; name: string; privileges: { s3Privilege: boolean }; memberIds: string[] }[]
  keys: ServerKey[]
}

/**
 * For calls from the test to the server: a fresh connection each time, since a kept-alive one may
 * be closed by the server (idle for 5 s while the page worked) just as it is reused (ECONNRESET).
 */
export const FRESH_CONNECTION = { Connection: 'close' }

export async function serverState(request: APIRequestContext): Promise<Snapshot> {
  const response = await request.get('/__emulator/snapshot', { headers: FRESH_CONNECTION })
  expect(response.ok()).toBe(true)
  return (await response.json()) as Snapshot
}

export async function clearFaults(request: APIRequestContext): Promise<void> {
  // The emulator takes a state-changing control only as JSON (emulator/control-guard.ts).
  const response = await request.delete('/__emulator/faults', {
    headers: FRESH_CONNECTION,
    data: {},
  })
  expect(response.ok()).toBe(true)
}

/** "00000Du4…Pouw", as the console names a key (src/features/keys/rules.ts). */
export function shortName(accessKey: string): string {
  return accessKey.length <= 16 ? accessKey : `${accessKey.slice(0, 8)}…${accessKey.slice(-4)}`
}

export function serverKey(state: Snapshot, id: string): ServerKey {
  const key = state.keys.find((candidate) => candidate.id === id)
  if (!key) throw new Error(`no key ${id} on the server`)
  return key
}

/** `Active: 00000Du4…Pouw on` for each key, sorted, plus its description when asked. */
function describeKeys(keys: { name: string; active: boolean; description?: string }[]): string[] {
  return keys
    .map(({ name, active, description }) =>
      [`Active: ${name}`, active ? 'on' : 'off', description].filter(Boolean).join(' '),
    )
    .sort()
}

/**
 * Waits until a keys table shows exactly the keys the server holds for `userId`, each switched
 * as on the server (and with the server's description when `descriptions`).
 */
export async function expectKeysAsOnServer(
  table: Locator,
  request: APIRequestContext,
  userId: string,
  { descriptions = false } = {},
): Promise<void> {
  await expect(async () => {
    const state = await serverState(request)
    const expected = describeKeys(
      state.keys
        .filter((key) => key.userId === userId)
        .map((key) => ({
          name: shortName(key.accessKey),
          active: key.active,
          description: descriptions ? key.description || 'No description' : undefined,
        })),
    )
    const shown = await table.getByRole('switch').evaluateAll(
      (switches, withDescriptions) =>
        switches.map((element) => {
          const cells = [...(element.closest('tr')?.querySelectorAll('td') ?? [])]
          return {
            name: (element.getAttribute('aria-label') ?? '').replace(/^Active: /, ''),
            active: (element as HTMLInputElement).checked,
            // The access key is the row's header; the description is the first cell after it.
            description: withDescriptions ? cells[0]?.textContent?.trim() : undefined,
          }
        }),
      descriptions,
    )
    expect(describeKeys(shown)).toEqual(expected)
  }).toPass({ timeout: 15_000 })
}

/** Every request the page sends, as `METHOD /path`, in order. */
export function recordRequests(page: Page): string[] {
  const log: string[] = []
  page.on('request', (request) =>
    log.push(`${request.method()} ${new URL(request.url()).pathname}`),
  )
  return log
}

/** The emulator's own test of a fault's path glob (`*` one segment, `**` any rest). */
export const globMatcher = faultPathMatcher

/**
 * Opens `path` signed in as `email` without the sign-in form (which session.spec.ts tests): the
 * tab starts with a token in its sessionStorage, as after a reload. Saves a second per test.
 */
export async function openSignedIn(
  page: Page,
  request: APIRequestContext,
  email: string,
  path: string,
): Promise<void> {
  const basic = Buffer.from(`${email}:${demoPassword}`).toString('base64')
  const response = await request.get('/auth/v1/tokens/generate', {
    headers: { Authorization: `Basic ${basic}`, ...FRESH_CONNECTION },
  })
  expect(response.ok()).toBe(true)
  const { token } = (await response.json()) as { token: string }
  await page.addInitScript((value) => {
    if (sessionStorage.getItem('oskc.session') === null)
      sessionStorage.setItem('oskc.session', value)
  }, token)
  await page.goto(path)
  await expect(page.getByRole('button', { name: /^(Account|Konto):/ })).toBeVisible()
}
