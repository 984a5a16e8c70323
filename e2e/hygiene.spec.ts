import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { parse as parseCsv } from 'csv-parse/sync'
import { demoUsers } from '../emulator/seed.ts'
import { expectAccessibleInBothThemes } from './axe.ts'
import { expect as baseExpect, test as base } from './fixtures.ts'
import { signIn } from './helpers.ts'
import { startServer } from './server.ts'

/** This file's workers get a server whose emulator holds 2,000 more users (0-5 keys each). */
const test = base.extend<object, { server: { url: string } }>({
  server: [
    async ({}, use) => {
      const server = await startServer({ EMULATOR_USERS: '2000' })
      await use({ url: server.url })
      await server.stop()
    },
    { scope: 'worker', timeout: 120_000 },
  ],
})

test.describe.configure({ timeout: 90_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

const keysOf = (page: Page, owner: string) =>
  page.getByRole('table', { name: `Object Storage keys of ${owner}` })

test.describe('Key age', () => {
  test('flags keys older than 90 days, with a hint to rotate where rotating is possible', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'dave@example.com')
    const table = page.getByRole('table', { name: 'Your Object Storage keys' })
    await expect(table.getByRole('switch')).toHaveCount(5)
    // Legacy (2023), inactive (May 2024) and November 2024 are old; 40 and 3 days are not.
    // The inactive key cannot be rotated: its hint only states the age.
    await expect(table.getByText(/^Over 90 days old/)).toHaveCount(3)
    await expect(table.getByText('Over 90 days old: rotate it')).toHaveCount(2)
    const inactive = table
      .getByRole('row')
      .filter({ has: page.getByRole('switch', { checked: false }) })
    await expect(inactive.getByText('Over 90 days old', { exact: true })).toBeVisible()
    await expect(inactive.getByRole('button', { name: /^Rotate key / })).toBeDisabled()
    await expect(
      table
        .getByRole('row')
        .filter({ hasText: 'Legacy' })
        .getByText(/rotate it/),
    ).toBeVisible()
  })
})

test.describe('Offboarding on a user’s page, as the owner', () => {
  test('deactivates all keys after a confirmation, reports a failure with its reason, and retries it', async ({
    page,
    emulator,
  }) => {
    await signIn(page, 'owner@example.com', `/users/${demoUsers.alice.id}/keys`)
    const table = keysOf(page, 'Alice Anderson')
    await expect(table.getByRole('switch', { checked: true })).toHaveCount(2)
    await page.getByRole('button', { name: 'Deactivate all keys' }).click()

    const dialog = page.getByRole('dialog', {
      name: 'Deactivate all 2 active keys of Alice Anderson?',
    })
    await expect(dialog).toContainText('loses access to the buckets at once')
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await expectAccessibleInBothThemes(page, 'offboarding confirmation')

    // The first key's switch-off fails on the server; the second goes through.
    await emulator.injectFault({
      method: 'PUT',
      path: '/cloudapi/v6/um/users/*/s3keys/*',
      status: 500,
      message: 'The key store is being maintained',
    })
    await dialog.getByRole('button', { name: 'Deactivate all' }).click()
    const result = page.getByRole('dialog', { name: 'Keys of Alice Anderson' })
    await expect(result.getByRole('status')).toHaveText('1 of 2 keys deactivated, 1 failed.')
    const lines = result.getByRole('listitem')
    await expect(
      lines.filter({
        hasText: 'not deactivated. The server answered: “The key store is being maintained”',
      }),
    ).toHaveCount(1)
    await expect(lines.filter({ hasText: ': deactivated' })).toHaveCount(1)
    await expectAccessibleInBothThemes(page, 'offboarding result')
    // The page behind the dialog is hidden from assistive technology, hence includeHidden.
    await expect(page.getByRole('switch', { checked: true, includeHidden: true })).toHaveCount(1)

    // Retry runs the failed key only.
    const puts: string[] = []
    page.on('request', (request) => {
      if (request.method() === 'PUT') puts.push(new URL(request.url()).pathname)
    })
    await result.getByRole('button', { name: 'Retry the failed keys' }).click()
    await expect(result.getByRole('status')).toHaveText(
      'All 2 keys of Alice Anderson are deactivated.',
    )
    expect(puts).toHaveLength(1)
    await expect(result.getByRole('button', { name: 'Retry the failed keys' })).toHaveCount(0)
    await result.getByRole('button', { name: 'Close' }).click()

    await expect(table.getByRole('switch', { checked: false })).toHaveCount(2)
    await expect(page.getByRole('button', { name: 'Deactivate all keys' })).toHaveCount(0)
  })

  test('is not offered on the signed-in user’s own keys', async ({ page, emulator }) => {
    void emulator
    await signIn(page, 'alice@example.com')
    await expect(page.getByRole('table', { name: 'Your Object Storage keys' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Deactivate all keys' })).toHaveCount(0)
  })
})

interface Snapshot {
  users: { id: string; email: string }[]
  keys: { userId: string; accessKey: string; secretKey: string; active: boolean }[]
}

/** Tracks how many key-list requests are on their way at once. */
function watchKeyRequests(page: Page) {
  const seen = { inFlight: 0, max: 0, total: 0 }
  const isKeyList = (url: string) => /\/um\/users\/[^/]+\/s3keys$/.test(new URL(url).pathname)
  page.on('request', (request) => {
    if (!isKeyList(request.url())) return
    seen.total++
    seen.max = Math.max(seen.max, ++seen.inFlight)
  })
  const settled = (request: { url: () => string }) => {
    if (isKeyList(request.url())) seen.inFlight--
  }
  page.on('requestfinished', settled)
  page.on('requestfailed', settled)
  return seen
}

async function downloadCsv(page: Page) {
  const next = page.waitForEvent('download')
  await page.getByRole('dialog').getByRole('button', { name: 'Download CSV' }).click()
  const file = await next
  expect(file.suggestedFilename()).toMatch(/^ionos-key-inventory-\d{4}-\d{2}-\d{2}\.csv$/)
  const text = await readFile((await file.path()) ?? '', 'utf8')
  return { text, rows: parseCsv(text, { columns: true }) as Record<string, string>[] }
}

test.describe('Key inventory, as the owner, with 2,000 more users', () => {
  // Four users at a time against a local emulator; on a loaded 2-core machine a scan takes minutes.
  test.describe.configure({ timeout: 300_000 })
  test('scans every user with bounded concurrency, survives 429s, reports 500s, cancels and retries', async ({
    page,
    emulator,
    request,
    server,
  }) => {
    await signIn(page, 'owner@example.com', '/users')
    await page.getByRole('button', { name: 'Export key inventory' }).click()
    const dialog = page.getByRole('dialog', { name: 'Key inventory' })
    const progress = dialog.getByRole('progressbar', { name: 'Users read' })

    // Cancel part-way: the scan stops and says how far it got.
    await dialog.getByRole('button', { name: 'Start' }).click()
    await expect(dialog.getByText(/^[1-9][\d,]* of 2,007 users$/)).toBeVisible()
    await expect(progress).toHaveAttribute('aria-valuenow', /\d+/)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog.getByRole('status')).toContainText(/^Cancelled after [\d,]+ of 2,007 users/)
    await expect(dialog.getByRole('button', { name: 'Download CSV' })).toHaveCount(0)

    // Throttling the first 8 key reads (Retry-After: 1 s), then a server error for the next 3.
    const keyList = { method: 'GET', path: '/cloudapi/v6/um/users/*/s3keys' }
    await emulator.injectFault({ ...keyList, status: 429, retryAfter: 1, times: 8 })
    await emulator.injectFault({
      ...keyList,
      status: 500,
      message: 'Key store unavailable',
      times: 3,
    })
    const keyRequests = watchKeyRequests(page)
    const started = Date.now()
    await dialog.getByRole('button', { name: 'Start again' }).click()
    await expect(dialog.getByRole('status')).toHaveText(
      /^2,004 of 2,007 users read, [\d,]+ keys\.$/,
      {
        timeout: 180_000,
      },
    )
    const seconds = (Date.now() - started) / 1000
    test.info().annotations.push({ type: 'scan of 2,007 users', description: `${seconds} s` })
    console.log(`inventory scan of 2,007 users with 8 throttled and 3 failed reads: ${seconds} s`)
    expect(keyRequests.max).toBeLessThanOrEqual(4)
    expect(keyRequests.total).toBeGreaterThanOrEqual(2007 + 8)

    // The three failures are named in the dialog and marked in the file.
    const failures = dialog.getByRole('listitem')
    await expect(failures).toHaveCount(3)
    await expect(failures.first()).toContainText('Key store unavailable')
    await expectAccessibleInBothThemes(page, 'inventory result')
    const snapshot = (await (
      await request.get(`${server.url}/__emulator/snapshot`)
    ).json()) as Snapshot
    const first = await downloadCsv(page)
    const notRead = first.rows.filter((row) => row.Result?.startsWith('not read'))
    expect(notRead.map((row) => row.Result)).toEqual(
      Array(3).fill('not read: The server answered: “Key store unavailable”'),
    )
    expect(new Set(first.rows.map((row) => row['User ID'])).size).toBe(snapshot.users.length)

    // Read the failed users again: the file is complete and matches the emulator's keys.
    await dialog.getByRole('button', { name: 'Read these users again' }).click()
    await expect(dialog.getByRole('status')).toHaveText(
      /^2,007 of 2,007 users read, [\d,]+ keys\. Every user was read\.$/,
    )
    const complete = await downloadCsv(page)
    expect(complete.rows.some((row) => row.Result?.startsWith('not read'))).toBe(false)
    const listed = complete.rows.filter((row) => row.Result === 'ok')
    expect(listed.map((row) => `${row['User ID']} ${row['Access key']}`).sort()).toEqual(
      snapshot.keys.map((key) => `${key.userId} ${key.accessKey}`).sort(),
    )
    const alice = complete.rows.filter((row) => row.Email === 'alice@example.com')
    expect(alice).toHaveLength(2)
    expect(alice[0]).toMatchObject({ User: 'Alice Anderson', Active: 'yes' })
    expect(alice.every((row) => /^\d+$/.test(row['Age (days)'] ?? ''))).toBe(true)
    expect(
      complete.rows
        .filter((row) => row.Result === 'no keys')
        .map((row) => row.Email)
        .sort(),
    ).toEqual(
      snapshot.users
        .filter((user) => !snapshot.keys.some((key) => key.userId === user.id))
        .map((user) => user.email)
        .sort(),
    )
    // Never a secret (the Cloud API sends one with every key it lists).
    for (const key of snapshot.keys) expect(complete.text).not.toContain(key.secretKey)
  })
})
