import type { BrowserContext, Page } from '@playwright/test'
import { demoKeys, demoUsers } from '../emulator/seed.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'
import { notice } from './notice.ts'
import { expectKeysAsOnServer, serverKey, serverState, shortName } from './server-state.ts'

const expect = baseExpect.configure({ timeout: 15_000 })

const ownKeys = (page: Page) => page.getByRole('table', { name: 'Your Object Storage keys' })

/** Messages that would tell the user something failed. */
const FAILURE = /could not|was not|not confirm|no longer exists|went wrong/

/**
 * A second tab of the same browser, signed in on its own (each tab keeps its session in its own
 * sessionStorage). It fails the test on page errors and console errors, as the first tab does.
 */
async function secondTab(context: BrowserContext, problems: string[]): Promise<Page> {
  const tab = await context.newPage()
  tab.on('pageerror', (error) => problems.push(`second tab, page error: ${error.message}`))
  tab.on('console', (message) => {
    const text = message.text()
    if (message.type() === 'error' && !text.startsWith('Failed to load resource: the server')) {
      problems.push(`second tab, console error: ${text}`)
    }
  })
  await signIn(tab, demoUsers.alice.email)
  return tab
}

/** The user returns to a tab after a while: its data is stale and the tab becomes visible. */
async function comeBackTo(tab: Page) {
  await tab.clock.fastForward(31_000) // past the console's 30 s staleTime
  await tab.bringToFront()
  await tab.evaluate(() => document.dispatchEvent(new Event('visibilitychange', { bubbles: true })))
}

async function expectBothAsOnServer(tabs: Page[], request: Parameters<typeof serverState>[0]) {
  for (const tab of tabs) {
    await expectKeysAsOnServer(ownKeys(tab), request, demoUsers.alice.id, { descriptions: true })
  }
}

test.describe('the same keys in two tabs', () => {
  test('a key switched off in one tab and deleted in the other is gone from both, and neither tab reports a failure', async ({
    page: first,
    context,
    request,
    emulator,
  }) => {
    void emulator
    const problems: string[] = []
    await first.clock.install()
    await signIn(first, demoUsers.alice.email)
    const second = await secondTab(context, problems)
    const key = shortName(serverKey(await serverState(request), demoKeys.aliceDescribed).accessKey)

    await first.bringToFront()
    // The first tab reads its list again once the switch has settled; that is done before the
    // second tab acts, so what the first tab shows afterwards is what it read before the delete.
    const settled = first.waitForResponse(
      (response) =>
        response.request().method() === 'GET' &&
        new URL(response.url()).pathname.endsWith('/s3keys'),
    )
    await ownKeys(first)
      .getByRole('switch', { name: `Active: ${key}` })
      .click()
    await expect(notice(first, `Key ${key} is deactivated.`)).toBeVisible()
    await settled

    // The second tab still shows the key switched on, and deletes it.
    await second.bringToFront()
    await expect(ownKeys(second).getByRole('switch', { name: `Active: ${key}` })).toBeChecked()
    await ownKeys(second)
      .getByRole('button', { name: `Delete key ${key}` })
      .click()
    await second
      .getByRole('dialog', { name: `Delete key ${key}?` })
      .getByRole('button', { name: 'Delete key' })
      .click()
    await expect(notice(second, `Key ${key} is deleted.`)).toBeVisible()

    // The first tab learns of it when the user comes back to it.
    await expect(ownKeys(first).getByRole('switch')).toHaveCount(2)
    await comeBackTo(first)
    await expect(ownKeys(first).getByRole('switch')).toHaveCount(1)
    await expectBothAsOnServer([first, second], request)
    for (const tab of [first, second]) {
      await expect(
        tab.getByRole('alert').or(tab.getByRole('status')).filter({ hasText: FAILURE }),
      ).toHaveCount(0)
    }
    expect(problems).toEqual([])
  })

  test('a key deleted in one tab and switched in the other: the other tab says it is gone and drops it', async ({
    page: first,
    context,
    request,
    emulator,
  }) => {
    void emulator
    const problems: string[] = []
    await signIn(first, demoUsers.alice.email)
    const second = await secondTab(context, problems)
    const key = shortName(serverKey(await serverState(request), demoKeys.aliceDescribed).accessKey)

    await first.bringToFront()
    await ownKeys(first)
      .getByRole('button', { name: `Delete key ${key}` })
      .click()
    await first
      .getByRole('dialog', { name: `Delete key ${key}?` })
      .getByRole('button', { name: 'Delete key' })
      .click()
    await expect(ownKeys(first).getByRole('switch')).toHaveCount(1)

    await second.bringToFront()
    await ownKeys(second)
      .getByRole('switch', { name: `Active: ${key}` })
      .click()
    await expect(notice(second, 'no longer exists')).toContainText(
      `Key ${key} no longer exists: it was deleted elsewhere, for example in another tab.`,
    )
    await expect(ownKeys(second).getByRole('switch')).toHaveCount(1)
    // Not the message for a refusal, which would claim the key "stays active".
    await expect(second.getByText(/stays active/)).toHaveCount(0)
    await expectBothAsOnServer([first, second], request)
    expect(problems).toEqual([])
  })

  test('a description edited in one tab and a switch in the other: each tab shows both changes when the user comes back', async ({
    page: first,
    context,
    request,
    emulator,
  }) => {
    void emulator
    const problems: string[] = []
    await first.clock.install()
    await signIn(first, demoUsers.alice.email)
    const second = await secondTab(context, problems)
    const key = shortName(serverKey(await serverState(request), demoKeys.aliceDescribed).accessKey)

    await first.bringToFront()
    await ownKeys(first)
      .getByRole('button', { name: `Edit description of key ${key}` })
      .click()
    const edit = first.getByRole('dialog', { name: 'Edit description' })
    await edit.getByRole('textbox', { name: 'Description' }).fill('Edited in the first tab')
    await edit.getByRole('button', { name: 'Save' }).click()
    await expect(edit).toBeHidden()

    await second.bringToFront()
    await ownKeys(second)
      .getByRole('switch', { name: `Active: ${key}` })
      .click()
    await expect(notice(second, `Key ${key} is deactivated.`)).toBeVisible()

    await comeBackTo(first)
    await expect(ownKeys(first).getByRole('switch', { name: `Active: ${key}` })).not.toBeChecked()
    await comeBackTo(second)
    await expect(ownKeys(second).getByText('Edited in the first tab')).toBeVisible()
    await expectBothAsOnServer([first, second], request)
    for (const tab of [first, second]) {
      await expect(
        tab.getByRole('alert').or(tab.getByRole('status')).filter({ hasText: FAILURE }),
      ).toHaveCount(0)
    }
    expect(problems).toEqual([])
  })
})
