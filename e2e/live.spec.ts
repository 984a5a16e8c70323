import { readFile } from 'node:fs/promises'
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { demoPassword, demoUsers } from '../emulator/seed.ts'
import { expect as baseExpect, test as base } from './fixtures.ts'
import { signIn, waitForTheApp } from './helpers.ts'
import { startLiveSetup, type LiveSetup } from './live.ts'
import { expectKeysAsOnServer, serverKey, serverState, type ServerKey } from './server-state.ts'

// `IONOS=live npm start` in front of an HTTPS stand-in for IONOS (see e2e/live.ts): the whole
// story of a key, as alice on My keys and as the owner on a user's keys page, with the stand-in's
// store checked after each step; then the server's log of it all. One worker, in this order.
const test = base.extend<object, { live: LiveSetup }>({
  live: [
    async ({}, use) => {
      const live = await startLiveSetup()
      await use(live)
      await live.stop()
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ live }, use) => use(live.console.url),
})
test.describe.configure({ mode: 'serial', timeout: 120_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

/** What the stories saw that must never be in the server's log. */
const secrets = new Set<string>()
const typed = new Set<string>()

async function serverKeyOf(ionos: APIRequestContext, accessKey: string) {
  let found: ServerKey | undefined
  await expect(async () => {
    found = (await serverState(ionos)).keys.find((key) => key.accessKey === accessKey)
    expect(found, `the key ${accessKey} on the server`).toBeDefined()
  }).toPass({ timeout: 15_000 })
  return found as ServerKey
}

/** Waits until the stand-in's copy of key `id` is as `expected` says. */
async function expectOnServer(ionos: APIRequestContext, id: string, expected: Partial<ServerKey>) {
  await expect(async () => {
    expect(serverKey(await serverState(ionos), id)).toMatchObject(expected)
  }).toPass({ timeout: 15_000 })
}

/** Saves the secret of the open one-time dialog through its download, and closes the dialog. */
async function saveSecretByDownload(page: Page): Promise<{ accessKey: string; secret: string }> {
  const dialog = page.getByRole('dialog', { name: 'Save your secret key' })
  await expect(dialog).toBeVisible()
  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download key pair' }).click()
  const csv = await readFile((await (await download).path()) ?? '', 'utf8')
  const [, line] = csv.split('\r\n')
  const [accessKey = '', secret = ''] = (line ?? '').split(',')
  expect(secret).toMatch(/^[A-Za-z0-9+/=]{40}$/)
  secrets.add(secret)
  await dialog.getByRole('checkbox', { name: 'I have saved the secret key' }).check()
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(dialog).toBeHidden()
  return { accessKey, secret }
}

async function rememberToken(page: Page) {
  const token = await page.evaluate(() => sessionStorage.getItem('oskc.session'))
  expect(token).toBeTruthy()
  secrets.add(token ?? '')
}

/**
 * Generate a key (its secret saved via the download), switch it off and on, describe it and renew
 * its secret (the management API lets only a key's owner do that, so only in `own` keys), and
 * delete it, in `table`, which lists the keys of `userId`; the stand-in's store checked each time.
 */
async function keyStory(
  page: Page,
  ionos: APIRequestContext,
  { table, userId, own }: { table: Locator; userId: string; own: boolean },
) {
  await expectKeysAsOnServer(table, ionos, userId)
  const description = own ? `Live backup ${userId.slice(-4)}` : ''
  const renamed = `${description} (nightly)`
  if (own) typed.add(description).add(renamed)

  await page.getByRole('button', { name: 'Generate key' }).first().click()
  const form = page.getByRole('dialog', { name: 'Generate a key' })
  if (own) await form.getByRole('textbox', { name: 'Description (optional)' }).fill(description)
  await form.getByRole('button', { name: 'Generate' }).click()
  const first = await saveSecretByDownload(page)
  const created = await serverKeyOf(ionos, first.accessKey)
  expect(created).toMatchObject({ userId, secretKey: first.secret, description, active: true })
  await expectKeysAsOnServer(table, ionos, userId, { descriptions: own })

  const row = table.getByRole('row').filter({ hasText: first.accessKey })
  const name = (await row.getByRole('switch').getAttribute('aria-label'))?.replace('Active: ', '')
  const toggle = row.getByRole('switch', { name: `Active: ${name}` })
  await toggle.click()
  await expect(
    page.getByRole('status').filter({ hasText: `Key ${name} is deactivated.` }),
  ).toHaveCount(1)
  await expectOnServer(ionos, created.id, { active: false })
  await toggle.click()
  await expect(page.getByRole('status').filter({ hasText: `Key ${name} is active.` })).toHaveCount(
    1,
  )
  await expectOnServer(ionos, created.id, { active: true })

  if (own) {
    await row.getByRole('button', { name: `Edit description of key ${name}` }).click()
    const edit = page.getByRole('dialog', { name: 'Edit description' })
    await edit.getByRole('textbox', { name: 'Description' }).fill(renamed)
    await edit.getByRole('button', { name: 'Save' }).click()
    await expect(edit).toBeHidden()
    await expect(row).toContainText(renamed)
    await expectOnServer(ionos, created.id, { description: renamed })

    await row.getByRole('button', { name: `Renew secret of key ${name}` }).click()
    const renew = page.getByRole('dialog', { name: `Renew the secret of key ${name}?` })
    await renew.getByRole('button', { name: 'Renew secret' }).click()
    const second = await saveSecretByDownload(page)
    expect(second.secret).not.toBe(first.secret)
    await expectOnServer(ionos, created.id, { secretKey: second.secret })
  }

  await row.getByRole('button', { name: `Delete key ${name}` }).click()
  const remove = page.getByRole('dialog', { name: `Delete key ${name}?` })
  await remove.getByRole('button', { name: 'Delete key' }).click()
  await expect(remove).toBeHidden()
  await expect(page.getByRole('status').filter({ hasText: `Key ${name} is deleted.` })).toHaveCount(
    1,
  )
  await expect(async () => {
    const state = await serverState(ionos)
    expect(state.keys.some((key) => key.id === created.id)).toBe(false)
  }).toPass({ timeout: 15_000 })
  await expectKeysAsOnServer(table, ionos, userId)
}

test.describe('IONOS=live npm start against an HTTPS stand-in for IONOS', () => {
  test('the sign-in page does not mention the demo accounts, and no emulator answers', async ({
    page,
    live,
  }) => {
    await page.goto('/login')
    await waitForTheApp(page)
    await page.getByRole('textbox', { name: 'Email' }).fill('someone@example.com')
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    await expect(page.getByRole('note')).toHaveCount(0)
    await expect(page.locator('body')).not.toContainText('alice@example.com')

    const before = live.ionos.requestCount()
    const snapshot = await page.request.get('/__emulator/snapshot')
    expect(snapshot.headers()['content-type']).toMatch(/^text\/html/)
    expect(live.ionos.requestCount()).toBe(before)
  })

  test('alice signs in and generates, switches, describes, renews and deletes a key on My keys', async ({
    page,
    live,
  }) => {
    await signIn(page, demoUsers.alice.email)
    await rememberToken(page)
    await expect(page.getByText('2 of 5 keys')).toBeVisible()
    const table = page.getByRole('table', { name: 'Your Object Storage keys' })
    await keyStory(page, live.ionosRequest, { table, userId: demoUsers.alice.id, own: true })
  })

  test("the owner does the same with a key of their own, and with one of bob's on his keys page", async ({
    page,
    live,
  }) => {
    await signIn(page, demoUsers.owner.email)
    await rememberToken(page)
    const own = page.getByRole('table', { name: 'Your Object Storage keys' })
    await keyStory(page, live.ionosRequest, { table: own, userId: demoUsers.owner.id, own: true })

    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Users & groups' })
      .click()
    const users = page.getByRole('table', { name: 'Users of the contract' })
    await users.getByRole('link', { name: 'Bob Brown' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Bob Brown' })).toBeVisible()
    await expect(page.getByText('1 of 5 keys')).toBeVisible()
    const bobs = page.getByRole('table', { name: 'Object Storage keys of Bob Brown' })
    await keyStory(page, live.ionosRequest, { table: bobs, userId: demoUsers.bob.id, own: false })
  })

  test('the server logged each request of the stories in one line, and no credential, secret or body', async ({
    live,
  }) => {
    const log = live.console.log()
    const lines = log.trimEnd().split('\n')
    const requests = lines.filter((line) => /^[A-Z]+ \//.test(line))
    for (const line of requests) {
      expect(line).toMatch(
        /^(GET|POST|PUT|DELETE) \/(cloudapi\/v6|auth\/v1|s3-management)\/[^\s?]* \d{3} \d+ ms$/,
      )
    }
    // The stories' requests are there: a sign-in, a key generated for bob by the owner, a renewal.
    expect(requests).toContainEqual(expect.stringMatching(/^GET \/auth\/v1\/tokens\/generate 200 /))
    expect(requests).toContainEqual(
      expect.stringMatching(
        new RegExp(`^POST /cloudapi/v6/um/users/${demoUsers.bob.id}/s3keys 202 `),
      ),
    )
    expect(requests).toContainEqual(
      expect.stringMatching(/^PUT \/s3-management\/accesskeys\/[^/]+\/renew 200 /),
    )

    const basic = (email: string) => Buffer.from(`${email}:${demoPassword}`).toString('base64')
    const forbidden = [
      ...secrets,
      ...typed,
      basic(demoUsers.alice.email),
      basic(demoUsers.owner.email),
      'Bearer',
      'Basic ',
      'eyJ', // the start of every JWT
      'secretKey',
    ]
    // Two tokens; alice's and the owner's first and renewed secrets; the one of bob's new key.
    expect(secrets.size).toBe(7)
    for (const text of forbidden) expect(log, 'the server log').not.toContain(text)
    expect(log.toLowerCase()).not.toContain('authorization')
  })
})
