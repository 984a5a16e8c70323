import type { APIRequestContext, Page } from '@playwright/test'
import { demoKeys, demoPassword, demoUsers } from '../emulator/seed.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'
import { FRESH_CONNECTION } from './server-state.ts'

const expect = baseExpect.configure({ timeout: 15_000 })

declare global {
  interface Window {
    /** Set only if a payload ever ran as script. */
    pwned?: string
  }
}

/** Descriptions within the management API's rules (255 characters, no control characters). */
const descriptions = [
  '<script>window.pwned = "description script"</script>',
  '<img src=x onerror="window.pwned = \'description img\'">',
  // A right-to-left override: "exe.png" read backwards, the classic file-name spoof.
  'invoice-\u202Egnp.exe',
  '&lt;b&gt;not bold&lt;/b&gt; <b>nor this</b> <a href="javascript:alert(1)">link</a>',
  'x'.repeat(120) + 'https://example.com/' + 'y'.repeat(115),
]

const hostileNames = {
  carol: {
    firstname: '<img src=x onerror="window.pwned = \'name img\'">',
    lastname: '<script>window.pwned = "name script"</script>',
  },
  bob: { firstname: 'Bob', lastname: '\u202Enworb \u202Bמשתמש' },
  dave: {
    firstname: 'Maximiliane'.repeat(25),
    lastname: 'Wolfeschlegelsteinhausenbergerdorff'.repeat(8),
  },
}
const fullName = ({ firstname, lastname }: { firstname: string; lastname: string }) =>
  `${firstname} ${lastname}`

async function bearer(request: APIRequestContext, email: string): Promise<string> {
  const basic = Buffer.from(`${email}:${demoPassword}`).toString('base64')
  const response = await request.get('/auth/v1/tokens/generate', {
    headers: { Authorization: `Basic ${basic}`, ...FRESH_CONNECTION },
  })
  expect(response.ok()).toBe(true)
  return `Bearer ${((await response.json()) as { token: string }).token}`
}

/** Alice's two keys get the first two descriptions, three new keys the others. */
async function describeAliceKeys(request: APIRequestContext) {
  const headers = {
    Authorization: await bearer(request, demoUsers.alice.email),
    ...FRESH_CONNECTION,
  }
  const [first, second, ...rest] = descriptions
  for (const [id, description] of [
    [demoKeys.aliceDescribed, first],
    [demoKeys.aliceRecent, second],
  ] as const) {
    const body = { id, properties: { description } }
    const response = await request.put(`/s3-management/accesskeys/${id}`, { headers, data: body })
    expect(response.ok(), await response.text()).toBe(true)
  }
  for (const description of rest) {
    const body = { properties: { description } }
    const response = await request.post('/s3-management/accesskeys', { headers, data: body })
    expect(response.ok(), await response.text()).toBe(true)
  }
}

async function renameUsers(request: APIRequestContext) {
  for (const [name, names] of Object.entries(hostileNames)) {
    const { id } = demoUsers[name as keyof typeof hostileNames]
    const response = await request.patch(`/__emulator/users/${id}`, {
      data: names,
      headers: FRESH_CONNECTION,
    })
    expect(response.ok(), await response.text()).toBe(true)
  }
}

/** Nothing ran, nothing was injected: no script or image in the page body, no dialog. */
async function expectInert(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => window.pwned)).toBeUndefined()
  await expect(
    page.locator('body script, body img, body iframe, body a[href^="javascript"]'),
  ).toHaveCount(0)
  expect(dialogs, 'alert(), confirm() or prompt() dialogs').toEqual([])
}

/** The page itself never scrolls sideways; wide tables scroll inside their own container. */
async function expectNoPageScroll(page: Page) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 })
    await expect
      .poll(
        () =>
          page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
        { message: `horizontal page scroll at ${width} px` },
      )
      .toBeLessThanOrEqual(0)
  }
  await page.setViewportSize({ width: 1280, height: 800 })
}

function recordDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return dialogs
}

test.describe('hostile text in the data', () => {
  test('descriptions with markup, script, a right-to-left override and 255 characters show as literal text without breaking the page', async ({
    page,
    request,
    emulator,
  }) => {
    void emulator
    await describeAliceKeys(request)
    const dialogs = recordDialogs(page)
    await signIn(page, demoUsers.alice.email)
    const table = page.getByRole('table', { name: 'Your Object Storage keys' })
    await expect(table.getByRole('switch')).toHaveCount(5)
    for (const description of descriptions) {
      await expect(table.getByText(description, { exact: true })).toBeVisible()
    }
    await expectInert(page, dialogs)
    await expectNoPageScroll(page)

    // The text comes back unchanged into the edit dialog, and the dialog fits the screen too.
    const longest = descriptions.at(-1) ?? ''
    await table
      .getByRole('row')
      .filter({ hasText: longest })
      .getByRole('button', { name: /^Edit description of key / })
      .click()
    const edit = page.getByRole('dialog', { name: 'Edit description' })
    await expect(edit.getByRole('textbox', { name: 'Description' })).toHaveValue(longest)
    await expectNoPageScroll(page)
    await expectInert(page, dialogs)
  })

  test('user names with markup, script, right-to-left text and hundreds of characters show as literal text on every page that names them', async ({
    page,
    request,
    emulator,
  }) => {
    void emulator
    await renameUsers(request)
    const dialogs = recordDialogs(page)
    await signIn(page, demoUsers.owner.email, '/users')
    const users = page.getByRole('table', { name: 'Users of the contract' })
    for (const names of Object.values(hostileNames)) {
      await expect(users.getByRole('link', { name: fullName(names), exact: true })).toBeVisible()
    }
    await expectInert(page, dialogs)
    await expectNoPageScroll(page)

    // Carol's page names her in the heading, the breadcrumbs, the keys table and the dialogs.
    const carol = fullName(hostileNames.carol)
    await users.getByRole('link', { name: carol, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: carol, exact: true })).toBeVisible()
    await expect(
      page.getByRole('navigation', { name: 'Breadcrumb' }).getByText(carol, { exact: true }),
    ).toBeVisible()
    await page.getByRole('link', { name: 'Add to a group…' }).click()
    const grant = page.getByRole('dialog', { name: `Let ${carol} use Object Storage` })
    await expect(grant).toBeVisible()
    await expectInert(page, dialogs)
    await expectNoPageScroll(page)
    await grant.getByRole('button', { name: 'Cancel' }).click()

    // Dave's 560 characters without a space wrap inside the page, at both widths.
    const dave = fullName(hostileNames.dave)
    await page.goto(`/users/${demoUsers.dave.id}/keys`)
    await expect(page.getByRole('heading', { level: 1, name: dave, exact: true })).toBeVisible()
    await expect(
      page.getByRole('table', { name: `Object Storage keys of ${dave}` }).getByRole('switch'),
    ).toHaveCount(5)
    await expectNoPageScroll(page)
    await expectInert(page, dialogs)
  })

  test('a signed-in user with a very long name still gets a page that fits the screen', async ({
    page,
    request,
    emulator,
  }) => {
    void emulator
    await renameUsers(request)
    await signIn(page, demoUsers.dave.email)
    await expect(
      page.getByRole('button', { name: `Account: ${fullName(hostileNames.dave)}` }),
    ).toBeVisible()
    await expectNoPageScroll(page)
  })
})
