import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { expect as baseExpect, test as base } from './fixtures.ts'
import { DEMO_PASSWORD } from './helpers.ts'
import { startServer } from './server.ts'

/** This file's server holds 60 more users, so that the users list has pages to go through. */
const test = base.extend<object, { server: { url: string } }>({
  server: [
    async ({}, use) => {
      const server = await startServer({ EMULATOR_USERS: '60' })
      await use({ url: server.url })
      await server.stop()
    },
    { scope: 'worker', timeout: 60_000 },
  ],
})

// Whole stories with real HTTP, one key press at a time; shared CI machines can be slow.
test.describe.configure({ timeout: 60_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

// Nothing in this file uses the mouse: every step is a key press.

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, { back = false, limit = 40 } = {}) {
  const element = await target.elementHandle()
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate((wanted) => wanted === document.activeElement, element)) break
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
  }
  await element?.dispose()
  await expect(target, `reached with ${back ? 'Shift+Tab' : 'Tab'}`).toBeFocused()
}

/**
 * The focused element shows that it has focus: a ring (outline or shadow) on it or on the MUI
 * control around it, or the focused state of a text field (its thicker, coloured border).
 */
async function expectVisibleFocus(target: Locator) {
  await expect(target).toBeFocused()
  const focus = await target.evaluate((element) => {
    const control = element.closest('.Mui-focusVisible, .Mui-focused') ?? element
    const style = getComputedStyle(control)
    return {
      byKeyboard: element.matches(':focus-visible'),
      ring:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        style.boxShadow !== 'none' ||
        control.classList.contains('Mui-focused'),
    }
  })
  expect(focus, 'a visible focus indicator').toEqual({ byKeyboard: true, ring: true })
}

/** Focus is inside `dialog`, however often Tab or Shift+Tab is pressed at its edges. */
async function expectFocusTrapped(page: Page, dialog: Locator, first: Locator, last: Locator) {
  await tabTo(page, last)
  await page.keyboard.press('Tab')
  await expect(dialog.locator(':focus')).toHaveCount(1)
  await expect(first).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(last).toBeFocused()
}

/** The app's polite live region, as assistive technology finds it (not hidden by a dialog). */
const liveRegion = (page: Page) => page.getByRole('status').and(page.locator('[data-announcer]'))

async function signInWithKeyboard(page: Page, email: string) {
  await page.goto('/keys')
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  const emailField = page.getByRole('textbox', { name: 'Email' })
  await tabTo(page, emailField)
  await expectVisibleFocus(emailField)
  await page.keyboard.type(email)
  await page.keyboard.press('Tab')
  await expectVisibleFocus(page.getByRole('textbox', { name: 'Password' }))
  await page.keyboard.type(DEMO_PASSWORD)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible()
}

test.describe('the console without a mouse', () => {
  test('signs in, generates a key, copies and downloads the secret and confirms saving it', async ({
    page,
    context,
    emulator,
  }) => {
    void emulator
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await signInWithKeyboard(page, 'alice@example.com')
    await expect(page.getByText('2 of 5 keys')).toBeVisible()

    const generate = page.getByRole('button', { name: 'Generate key' })
    await tabTo(page, generate)
    await expectVisibleFocus(generate)
    await page.keyboard.press('Enter')
    const form = page.getByRole('dialog', { name: 'Generate a key' })
    const description = form.getByRole('textbox', { name: 'Description (optional)' })
    await expect(description).toBeFocused()
    await page.keyboard.type('Keyboard job')
    await expectFocusTrapped(
      page,
      form,
      description,
      form.getByRole('button', { name: 'Generate' }),
    )
    await page.keyboard.press('Enter')

    const dialog = page.getByRole('dialog', { name: 'Save your secret key' })
    await expect(dialog).toBeVisible()
    const copy = dialog.getByRole('button', { name: 'Copy Secret key' })
    await tabTo(page, copy)
    await expectVisibleFocus(copy)
    await page.keyboard.press('Enter')
    await expect(liveRegion(page)).toHaveText(/^Secret key copied\./)
    const secret = await page.evaluate(() => navigator.clipboard.readText())
    expect(secret).toMatch(/^[A-Za-z0-9+/=]{40}$/)
    // The announcement says what happened, never the value.
    await expect(liveRegion(page)).not.toContainText(secret)

    const download = dialog.getByRole('button', { name: 'Download key pair' })
    await tabTo(page, download)
    await expectVisibleFocus(download)
    const saved = page.waitForEvent('download')
    await page.keyboard.press('Enter')
    const file = await readFile((await (await saved).path()) ?? '', 'utf8')
    expect(file).toContain(secret)

    // Escape does not close the dialog before the user confirms.
    await page.keyboard.press('Escape')
    await expect(dialog).toBeVisible()
    const confirm = dialog.getByRole('checkbox', { name: 'I have saved the secret key' })
    await tabTo(page, confirm)
    await expectVisibleFocus(confirm)
    await page.keyboard.press('Space')
    await expect(confirm).toBeChecked()
    const close = dialog.getByRole('button', { name: 'Close' })
    await expectFocusTrapped(
      page,
      dialog,
      dialog.getByRole('button', { name: 'Copy Access key' }),
      close,
    )
    await expectVisibleFocus(close)
    await page.keyboard.press('Enter')

    await expect(dialog).toBeHidden()
    // Focus goes back to the button that opened the dialog.
    await expectVisibleFocus(generate)
    await expect(page.getByText('3 of 5 keys')).toBeVisible()
  })

  test('switches a key off and on and deletes it, and each result is announced', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signInWithKeyboard(page, 'alice@example.com')
    const table = page.getByRole('table', { name: 'Your Object Storage keys' })
    const row = table.getByRole('row').filter({ hasText: 'Website assets' })
    const toggle = row.getByRole('switch')
    await expect(toggle).toBeChecked()
    const name = ((await toggle.getAttribute('aria-label')) ?? '').replace('Active: ', '')

    await tabTo(page, toggle)
    await expectVisibleFocus(toggle)
    await page.keyboard.press('Space')
    await expect(toggle).not.toBeChecked()
    await expect(liveRegion(page)).toHaveText(`Key ${name} is deactivated.`)
    await page.keyboard.press('Space')
    await expect(toggle).toBeChecked()
    await expect(liveRegion(page)).toHaveText(`Key ${name} is active.`)

    // Escape closes the delete dialog and focus returns to the row's Delete button.
    const remove = row.getByRole('button', { name: `Delete key ${name}` })
    await tabTo(page, remove)
    await expectVisibleFocus(remove)
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: `Delete key ${name}?` })
    const cancel = dialog.getByRole('button', { name: 'Cancel' })
    await expect(cancel).toBeFocused()
    const confirm = dialog.getByRole('button', { name: 'Delete key' })
    // The first stop is the copy button beside the whole access key.
    const copy = dialog.getByRole('button', { name: `Copy access key ${name}` })
    await expectFocusTrapped(page, dialog, copy, confirm)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expectVisibleFocus(remove)

    await page.keyboard.press('Enter')
    await expect(cancel).toBeFocused()
    await page.keyboard.press('Tab')
    await expectVisibleFocus(confirm)
    await page.keyboard.press('Enter')
    await expect(dialog).toBeHidden()
    await expect(liveRegion(page)).toHaveText(`Key ${name} is deleted.`)
    await expect(page.getByText('1 of 5 keys')).toBeVisible()
    // The row that opened the dialog is gone: focus is on the list's heading.
    await expect(page.getByRole('heading', { name: 'Object Storage keys' })).toBeFocused()
  })

  test('reaches the users list through the navigation and pages through it', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signInWithKeyboard(page, 'owner@example.com')
    const navigation = page.getByRole('navigation', { name: 'Main navigation' })
    const myKeys = navigation.getByRole('link', { name: 'My keys' })
    await tabTo(page, myKeys)
    await expectVisibleFocus(myKeys)
    await expect(myKeys).toHaveAttribute('aria-current', 'page')
    // Links of a navigation, one Tab stop each (not tabs with arrow keys: they open other pages).
    await page.keyboard.press('Tab')
    const users = navigation.getByRole('link', { name: 'Users & groups' })
    await expectVisibleFocus(users)
    await page.keyboard.press('Enter')
    await expect(users).toHaveAttribute('aria-current', 'page')
    await expect(myKeys).not.toHaveAttribute('aria-current', 'page')
    await expect(page.getByRole('heading', { level: 1, name: 'Users & groups' })).toBeVisible()

    const table = page.getByRole('table', { name: 'Users of the contract' })
    const range = page.getByText(/^\d+–\d+ of /)
    await expect(range).toHaveText('1–25 of more than 25')
    const firstUser = table.getByRole('link').first()
    const firstName = await firstUser.innerText()

    const next = page.getByRole('button', { name: 'Go to the next page' })
    const previous = page.getByRole('button', { name: 'Go to the previous page' })
    await tabTo(page, next)
    await expectVisibleFocus(next)
    await page.keyboard.press('Enter')
    // The page after it is read ahead and turns out to be the last: the total shows without a click.
    await expect(range).toHaveText('26–50 of 67')
    await expect(table.getByRole('link').first()).not.toHaveText(firstName)
    await expect(next).toBeFocused()
    // On the last page Next is disabled: focus moves to Previous, not back to the page's start.
    await page.keyboard.press('Enter')
    await expect(range).toHaveText('51–67 of 67')
    await expect(next).toBeDisabled()
    await expectVisibleFocus(previous)

    await page.keyboard.press('Enter')
    await expect(range).toHaveText(/^26–50 of /)
    await expect(previous).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(range).toHaveText(/^1–25 of /)
    await expect(table.getByRole('link').first()).toHaveText(firstName)
    await expectVisibleFocus(next)

    // A user's page opens from the list with Enter on the name.
    await tabTo(page, firstUser, { back: true, limit: 60 })
    await expectVisibleFocus(firstUser)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1 })).toContainText(firstName)
  })
})
