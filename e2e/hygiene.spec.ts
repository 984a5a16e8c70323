import type { Page } from '@playwright/test'
import { demoUsers } from '../emulator/seed.ts'
import { expect as baseExpect, test as base } from './fixtures.ts'
import { signIn } from './helpers.ts'
import { startServer } from './server.ts'

/** This file's workers get a server whose emulator holds 2,000 more users (each with keys). */
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
  test('flags keys older than 90 days with a hint to rotate, and only those', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'dave@example.com')
    const table = page.getByRole('table', { name: 'Your Object Storage keys' })
    await expect(table.getByRole('switch')).toHaveCount(5)
    // Legacy (2023), inactive (May 2024) and November 2024 are old; 40 and 3 days are not.
    await expect(table.getByText('Over 90 days old: rotate it')).toHaveCount(3)
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
      lines.filter({ hasText: 'not deactivated. The key store is being maintained' }),
    ).toHaveCount(1)
    await expect(lines.filter({ hasText: ': deactivated' })).toHaveCount(1)
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
