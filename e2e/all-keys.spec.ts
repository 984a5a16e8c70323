import type { APIRequestContext, Page } from '@playwright/test'
import { demoUsers } from '../emulator/seed.ts'
import { expectAccessibleInBothThemes } from './axe.ts'
import { expect, test } from './fixtures.ts'
import { DEMO_PASSWORD, signIn } from './helpers.ts'

const basic = (email: string) =>
  `Basic ${Buffer.from(`${email}:${DEMO_PASSWORD}`).toString('base64')}`

/** What the server says of a user's keys (access key → active, created), asked as the owner. */
async function serverKeys(request: APIRequestContext, userId: string) {
  const answer = await request.get(`/cloudapi/v6/um/users/${userId}/s3keys?depth=1`, {
    headers: { Authorization: basic(demoUsers.owner.email) },
  })
  expect(answer.ok()).toBe(true)
  const body = (await answer.json()) as {
    items: { id: string; properties: { active: boolean }; metadata: { createdDate: string } }[]
  }
  return body.items.map((key) => ({
    accessKey: key.id,
    active: key.properties.active,
    created: new Date(key.metadata.createdDate),
  }))
}

const allKeys = (page: Page) => page.getByRole('table', { name: 'All keys of the contract' })

async function openAllKeys(page: Page) {
  await signIn(page, demoUsers.owner.email, '/users/keys')
  await expect(page.getByRole('heading', { name: 'All keys', level: 1 })).toBeVisible()
  await expect(page.getByText('Read just now.')).toBeVisible()
}

test.describe('All keys, as the owner', () => {
  test('finds the owner of an access key from its first characters, and says when nobody has it', async ({
    page,
    request,
    emulator,
  }) => {
    void emulator
    const [bobKey] = await serverKeys(request, demoUsers.bob.id)
    await openAllKeys(page)
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'All keys' })
      .isVisible()
    const lookup = page.getByRole('searchbox', { name: 'Find the owner of an access key' })
    await lookup.fill(bobKey?.accessKey.slice(0, 12) ?? '')
    const found = page.getByRole('status').filter({ hasText: 'belongs to' })
    await expect(found).toContainText(`${bobKey?.accessKey} belongs to Bob`)
    await expect(found).toContainText(demoUsers.bob.email)
    await found.getByRole('link', { name: /Bob/ }).click()
    await expect(page).toHaveURL(new RegExp(`/users/${demoUsers.bob.id}/keys$`))

    await page.goBack()
    await lookup.fill('ZZZZNOSUCHKEY')
    await expect(
      page.getByText('No user of this contract has an access key starting with “ZZZZNOSUCHKEY”.'),
    ).toBeVisible()
    await expectAccessibleInBothThemes(page, 'all keys')
  })

  test('filters to keys older than 90 days and deactivates them in bulk, the server agreeing per key', async ({
    page,
    request,
    emulator,
  }) => {
    void emulator
    await openAllKeys(page)
    await page.getByRole('combobox', { name: 'State' }).click()
    await page.getByRole('option', { name: 'Active', exact: true }).click()
    await page.getByRole('checkbox', { name: 'Only keys older than' }).check()
    const table = allKeys(page)
    // The owner's, alice's older one, bob's only one, dave's legacy and November keys.
    await expect(table.getByRole('checkbox', { name: /^Select .* of / })).toHaveCount(5)
    await table.getByRole('checkbox', { name: 'Select all 5 shown keys' }).check()
    await page
      .getByRole('group', { name: '5 keys selected' })
      .getByRole('button', { name: 'Deactivate' })
      .click()

    const dialog = page.getByRole('dialog', { name: 'Deactivate 5 keys?' })
    // The guard of a user's page: bob (and the owner) are left without an active key.
    await expect(dialog.getByRole('alert')).toContainText(/left without an active key.*Bob/)
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await dialog.getByRole('button', { name: 'Deactivate 5' }).click()
    await expect(page.getByRole('dialog', { name: 'Result' }).getByRole('status')).toContainText(
      /keys done/,
    )
    const result = page.getByRole('dialog', { name: 'Result' })
    const lines = await result
      .getByRole('list', { name: 'Keys' })
      .getByRole('listitem')
      .allTextContents()
    expect(lines).toHaveLength(5)

    const day = 86_400_000
    let deactivated = 0
    for (const user of [demoUsers.owner, demoUsers.alice, demoUsers.bob, demoUsers.dave]) {
      for (const key of await serverKeys(request, user.id)) {
        const line = lines.find((text) => text.startsWith(key.accessKey))
        const old = Date.now() - key.created.getTime() > 91 * day
        if (!old) {
          expect(line, key.accessKey).toBeUndefined()
          continue
        }
        if (line?.includes(': done')) {
          expect(key.active, `${key.accessKey} said done`).toBe(false)
          deactivated++
        } else if (line?.includes(': failed')) {
          expect(key.active, `${key.accessKey} said failed`).toBe(true)
        }
      }
    }
    expect(deactivated).toBeGreaterThanOrEqual(4)
    await result.getByRole('button', { name: 'Close' }).click()
    // The list was read again from the server: no old key is active any more.
    await expect(table.getByRole('checkbox', { name: /^Select .* of / })).toHaveCount(
      5 - deactivated,
    )
  })
})

test.describe('All keys, as a regular user', () => {
  test('is not permitted, is not in the navigation, and sends no administrator request', async ({
    page,
    emulator,
  }) => {
    void emulator
    const asked: string[] = []
    page.on('request', (request) => {
      const url = new URL(request.url())
      const adminRead =
        /^\/cloudapi\/v6\/um\/(users|groups)\/?$/.test(url.pathname) ||
        (url.pathname.includes('/s3keys') && !url.pathname.includes(demoUsers.alice.id))
      if (adminRead || /AllKeys/i.test(url.pathname)) asked.push(url.pathname)
    })
    await signIn(page, demoUsers.alice.email, '/users/keys')
    await expect(page.getByRole('heading', { name: 'Not permitted' })).toBeVisible()
    const navigation = page.getByRole('navigation', { name: 'Main navigation' })
    await expect(navigation.getByRole('link', { name: 'My keys' })).toBeVisible()
    await expect(navigation.getByRole('link', { name: 'All keys' })).toHaveCount(0)
    await page.reload()
    await expect(page.getByRole('heading', { name: 'Not permitted' })).toBeVisible()
    expect(asked).toEqual([])
  })
})
