import type { Page } from '@playwright/test'
import { demoUsers } from '../emulator/seed.ts'
import { expectAccessibleInBothThemes } from './axe.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'

// Whole stories with real HTTP and request-status polling; shared CI machines can be slow.
test.describe.configure({ timeout: 60_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

/** Opens a user from the list through search and the name link, as a person would. */
async function openUser(page: Page, search: string, name: string) {
  await page.goto('/users')
  await page.getByRole('searchbox', { name: 'Search users' }).fill(search)
  await page.getByRole('searchbox', { name: 'Search users' }).press('Enter')
  const table = page.getByRole('table', { name: 'Users of the contract' })
  await table.getByRole('link', { name }).click()
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible()
}

const keysTable = (page: Page, owner: string) =>
  page.getByRole('table', { name: `Object Storage keys of ${owner}` })

async function generateKey(page: Page) {
  // With no keys yet the empty state offers the same button again.
  await page.getByRole('button', { name: 'Generate key' }).first().click()
  const form = page.getByRole('dialog', { name: 'Generate a key' })
  await form.getByRole('button', { name: 'Generate' }).click()
  const secret = page.getByRole('dialog', { name: 'Save your secret key' })
  await expect(secret).toBeVisible()
  await secret.getByRole('checkbox', { name: 'I have saved the secret key' }).check()
  await secret.getByRole('button', { name: 'Close' }).click()
  await expect(secret).toBeHidden()
}

for (const viewer of ['owner', 'admin'] as const) {
  const { email } = demoUsers[viewer]

  test.describe(`users and their keys, as the ${viewer}`, () => {
    test('lists the users from the navigation and keeps the search on reload and after Back', async ({
      page,
      emulator,
    }) => {
      void emulator
      await signIn(page, email)
      await page
        .getByRole('navigation', { name: 'Main navigation' })
        .getByRole('link', { name: 'Users & groups' })
        .click()
      const table = page.getByRole('table', { name: 'Users of the contract' })
      await expect(table.getByRole('link', { name: 'Carol Clark' })).toBeVisible()
      const carol = table.getByRole('row').filter({ hasText: 'carol@example.com' })
      await expect(carol.getByRole('cell')).toHaveText([
        'carol@example.com',
        'User',
        'Yes',
        'No',
        'Off',
      ])
      await expect(page.getByText('1–7 of 7')).toBeVisible()

      await page.getByRole('searchbox', { name: 'Search users' }).fill('anders')
      await expect(page).toHaveURL(/\/users\?q=anders$/)
      await expect(table.getByRole('row')).toHaveCount(2)
      await page.reload()
      await expect(page.getByRole('searchbox', { name: 'Search users' })).toHaveValue('anders')
      await expect(table.getByRole('link', { name: 'Alice Anderson' })).toBeVisible()
      await expect(table.getByRole('row')).toHaveCount(2)

      await table.getByRole('button', { name: 'Email' }).click()
      await expect(page).toHaveURL(/\/users\?q=anders&sort=email$/)
      await expect(table.getByRole('button', { name: /^Name \(by last name\)/ })).toBeVisible()

      // A user's page and the browser's Back: the same search and order as before.
      await table.getByRole('link', { name: 'Alice Anderson' }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Alice Anderson' })).toBeVisible()
      await page.goBack()
      await expect(page).toHaveURL(/\/users\?q=anders&sort=email$/)
      await expect(page.getByRole('searchbox', { name: 'Search users' })).toHaveValue('anders')
      await expect(table.getByRole('link', { name: 'Alice Anderson' })).toBeVisible()
    })

    test("manages alice's keys: toggle, generate, delete", async ({ page, emulator }) => {
      void emulator
      await signIn(page, email)
      await openUser(page, 'alice', 'Alice Anderson')
      const header = page.getByRole('region', { name: 'Alice Anderson' })
      await expect(header.getByText('alice@example.com')).toBeVisible()
      await expect(header.getByText('User', { exact: true })).toBeVisible()
      await expect(header.getByRole('button', { name: 'Copy canonical user ID' })).toBeVisible()
      await expect(page.getByText('2 of 5 keys')).toBeVisible()

      const table = keysTable(page, 'Alice Anderson')
      const first = table.getByRole('switch').first()
      await expect(first).toBeChecked()
      await first.click()
      await expect(first).not.toBeChecked()
      await expect(page.getByRole('status').filter({ hasText: /is deactivated/ })).toHaveCount(1)

      await generateKey(page)
      await expect(page.getByText('3 of 5 keys')).toBeVisible()

      await table
        .getByRole('button', { name: /^Delete key/ })
        .last()
        .click()
      const confirm = page.getByRole('dialog', { name: /^Delete key .*\?$/ })
      await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
      await confirm.getByRole('button', { name: 'Delete key' }).click()
      await expect(confirm).toBeHidden()
      await expect(page.getByText('2 of 5 keys')).toBeVisible()

      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click()
      await expect(page).toHaveURL(/\/users\?q=alice$/)
    })

    test("explains bob's only key: the last active key and the key a user with buckets keeps", async ({
      page,
      emulator,
    }) => {
      void emulator
      await signIn(page, email)
      await openUser(page, 'bob@example.com', 'Bob Brown')
      await expect(page.getByText('1 of 5 keys')).toBeVisible()
      const table = keysTable(page, 'Bob Brown')

      await table.getByRole('switch').click()
      const deactivate = page.getByRole('dialog', { name: 'Deactivate the last active key?' })
      await expect(deactivate).toBeVisible()
      await deactivate.getByRole('button', { name: 'Cancel' }).click()
      await expect(table.getByRole('switch')).toBeChecked()

      await table.getByRole('button', { name: /^Delete key/ }).click()
      const confirm = page.getByRole('dialog', { name: /^Delete key/ })
      await expect(confirm.getByText(/This is the only key/)).toBeVisible()
      await expect(confirm.getByRole('button', { name: 'Deactivate it instead' })).toBeVisible()
      await confirm.getByRole('button', { name: 'Delete key' }).click()
      // The server refuses, and says why in its own words.
      await expect(confirm.getByRole('alert')).toContainText(
        'This is the only key of a user who has buckets, so it cannot be deleted.',
      )
      await confirm.getByRole('button', { name: 'Cancel' }).click()
      await expect(page.getByText('1 of 5 keys')).toBeVisible()
    })

    test('gives carol the Object Storage privilege, then generates her first key', async ({
      page,
      emulator,
    }) => {
      void emulator
      await signIn(page, email)
      await openUser(page, 'carol', 'Carol Clark')
      const header = page.getByRole('region', { name: 'Carol Clark' })
      await expect(header.getByText('Appears after the first key is generated.')).toBeVisible()
      await expect(
        page.getByRole('heading', { name: 'Carol Clark cannot use Object Storage yet' }),
      ).toBeVisible()
      await expect(page.getByRole('button', { name: 'Generate key' })).toBeHidden()

      await page.getByRole('link', { name: 'Add to a group…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Let Carol Clark use Object Storage' })
      const groups = dialog.getByRole('radio')
      await expect(groups).toHaveCount(2)
      await expect(dialog.getByRole('radio', { name: 'Object Storage users' })).toBeFocused()
      await expect(dialog.getByRole('radio', { name: 'Developers' })).toHaveCount(0)
      await dialog.getByRole('button', { name: 'Add to group' }).click()
      await expect(dialog).toBeHidden()
      await expect(page.getByRole('status').filter({ hasText: /is now in/ })).toHaveCount(1)
      // The dialog lives on the Groups tab now; the keys tab no longer warns.
      await expect(page).toHaveURL(/\/groups$/)
      await page.getByRole('tab', { name: 'Object Storage Keys' }).click()
      await expect(page.getByRole('heading', { name: /cannot use Object Storage/ })).toBeHidden()

      await generateKey(page)
      await expect(page.getByText('1 of 5 keys')).toBeVisible()
      await expect(header.getByRole('button', { name: 'Copy canonical user ID' })).toBeVisible()
    })

    test('shows dave at the five-key limit before the server would refuse', async ({
      page,
      emulator,
    }) => {
      void emulator
      await signIn(page, email)
      await openUser(page, 'dave', 'Dave Davis')
      await expect(page.getByText('5 of 5 keys')).toBeVisible()
      await expect(page.getByRole('button', { name: 'Generate key' })).toBeDisabled()
      await expect(
        page.getByText('The limit of 5 keys is reached. Delete a key to generate a new one.'),
      ).toBeVisible()
    })

    test('shows "user not found" for an unknown user id, with a way back', async ({
      page,
      emulator,
    }) => {
      void emulator
      await signIn(page, email, '/users/00000000-0000-4000-8000-0000000000ff/keys')
      await expect(page.getByRole('heading', { name: 'User not found' })).toBeVisible()
      await page.getByRole('link', { name: 'Go to Users & groups' }).click()
      await expect(page).toHaveURL(/\/users$/)
    })
  })
}

test.describe('accessibility of users and groups (WCAG 2.2 A and AA, both themes)', () => {
  test('the list, a user without the privilege and the grant dialog', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, demoUsers.owner.email, '/users')
    const table = page.getByRole('table', { name: 'Users of the contract' })
    await expect(table.getByRole('link', { name: 'Carol Clark' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'the users list')

    await table.getByRole('link', { name: 'Carol Clark' }).click()
    await expect(page.getByRole('link', { name: 'Add to a group…' })).toBeVisible()
    await expectAccessibleInBothThemes(page, "carol's page")

    await page.getByRole('link', { name: 'Add to a group…' }).click()
    await expect(page.getByRole('radio', { name: 'Object Storage users' })).toBeFocused()
    await expectAccessibleInBothThemes(page, 'the grant dialog')
  })
})

test.describe('users and groups on a 360 px wide screen', () => {
  test('the list and a user’s page scroll their tables inside their containers, and the pager fits', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.setViewportSize({ width: 360, height: 740 })
    await signIn(page, demoUsers.admin.email, '/users')
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth)
    const users = page.getByRole('table', { name: 'Users of the contract' })
    await expect(users.getByRole('link', { name: 'Dave Davis' })).toBeVisible()
    expect(await pageWidth()).toBeLessThanOrEqual(360)
    // The pager fits: its buttons wrap to a line of their own instead of scrolling out of sight.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    for (const name of ['Go to the previous page', 'Go to the next page']) {
      await expect(page.getByRole('button', { name })).toBeInViewport({ ratio: 1 })
    }
    await expect(page.getByText(/^1–\d+ of \d+$/)).toBeInViewport({ ratio: 1 })

    await users.getByRole('link', { name: 'Dave Davis' }).click()
    await expect(keysTable(page, 'Dave Davis').getByRole('switch')).toHaveCount(5)
    expect(await pageWidth()).toBeLessThanOrEqual(360)
  })
})

test.describe('users and groups, as a regular user', () => {
  test('has no navigation entry, and a direct URL is not permitted', async ({ page, emulator }) => {
    void emulator
    await signIn(page, demoUsers.alice.email, '/users')
    await expect(page.getByRole('heading', { name: 'Not permitted' })).toBeVisible()
    const navigation = page.getByRole('navigation', { name: 'Main navigation' })
    await expect(navigation.getByRole('link', { name: 'My keys' })).toBeVisible()
    await expect(navigation.getByRole('link', { name: 'Users & groups' })).toHaveCount(0)
    await page.goto(`/users/${demoUsers.carol.id}/keys`)
    await expect(page.getByRole('heading', { name: 'Not permitted' })).toBeVisible()
  })
})

test.describe('Users & groups, opened by a sign-in', () => {
  test('asks who is signed in and everything the page shows in one wave', async ({
    page,
    emulator,
  }) => {
    // IONOS takes a round trip and more to confirm who signed in; the emulator on loopback answers
    // within a millisecond, sooner than the page's code arrives, which made "one wave" a race the
    // emulator won on a quiet machine. With IONOS's time the test asks what matters: the page's
    // reads do not wait for that confirmation.
    await emulator.injectFault({
      method: 'GET',
      path: `/cloudapi/v6/um/users/${demoUsers.admin.id}`,
      delayMs: 500,
    })
    // The order in which the API requests after the token start and finish.
    const events: string[] = []
    const isApiRequest = (url: string) => new URL(url).pathname.startsWith('/cloudapi/')
    page.on('request', (request) => {
      if (isApiRequest(request.url())) events.push(`start ${new URL(request.url()).pathname}`)
    })
    page.on('requestfinished', (request) => {
      if (isApiRequest(request.url())) events.push('finish')
    })
    // An email search is one request; the warm-up reads the list the URL names.
    await signIn(page, demoUsers.admin.email, '/users?q=carol%40example.com')
    const table = page.getByRole('table', { name: 'Users of the contract' })
    await expect(table.getByRole('link', { name: 'Carol Clark' })).toBeVisible()
    await expect(table.getByRole('row')).toHaveCount(2)

    const firstWave = events.slice(0, events.indexOf('finish'))
    expect(firstWave.sort()).toEqual([
      'start /cloudapi/v6/contracts',
      'start /cloudapi/v6/um/groups',
      'start /cloudapi/v6/um/users',
      `start /cloudapi/v6/um/users/${demoUsers.admin.id}`,
    ])
    expect(
      events.filter((event) => event.startsWith('start ')),
      'each read once',
    ).toHaveLength(4)
  })
})
