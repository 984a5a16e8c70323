import type { Locator, Page } from '@playwright/test'
import { demoUsers } from '../emulator/seed.ts'
import { expectAccessibleInBothThemes } from './axe.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { chooseFormat, DEMO_PASSWORD, signIn } from './helpers.ts'

// The dialogs that the stories' own axe checks do not reach (those cover the generate, secret and
// delete dialogs, the grant dialog, the offboarding dialog and the inventory result), each
// checked for WCAG 2.2 A and AA in the light and the dark theme.

// Several axe runs per test, two per state: more than the usual time on a busy machine.
test.describe.configure({ timeout: 120_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

const ownKeys = (page: Page) => page.getByRole('table', { name: 'Your Object Storage keys' })

/** "00000Du4…Pouw", read from the row's Active switch, which names its key. */
async function shortNameOf(row: Locator): Promise<string> {
  const label = await row.getByRole('switch').getAttribute('aria-label')
  return label?.replace('Active: ', '') ?? ''
}

test.describe('accessibility of the dialogs (WCAG 2.2 A and AA, both themes)', () => {
  test('edit description, renew, and the renewed secret with the documented regions', async ({
    page,
    emulator,
  }) => {
    // Without /regions the key-pair files use the documented regions, and say so.
    await emulator.injectFault({
      method: 'GET',
      path: '/s3-management/regions',
      status: 500,
      times: 20,
    })
    await signIn(page, 'alice@example.com')
    const row = ownKeys(page).getByRole('row').filter({ hasText: 'Website assets' })
    const name = await shortNameOf(row)

    await row.getByRole('button', { name: `Edit description of key ${name}` }).click()
    const edit = page.getByRole('dialog', { name: 'Edit description' })
    await expect(edit.getByRole('textbox', { name: 'Description' })).toHaveValue('Website assets')
    await expectAccessibleInBothThemes(page, 'edit description')
    await edit.getByRole('button', { name: 'Cancel' }).click()
    await expect(edit).toBeHidden()

    await row.getByRole('button', { name: `Renew secret of key ${name}` }).click()
    const renew = page.getByRole('dialog', { name: `Renew the secret of key ${name}?` })
    await expect(renew.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await expectAccessibleInBothThemes(page, 'renew confirmation')
    await renew.getByRole('button', { name: 'Renew secret' }).click()

    const secret = page.getByRole('dialog', { name: 'Save your secret key' })
    await expect(secret).toContainText('so the documented list is offered')
    await chooseFormat(secret, 'rclone remote')
    await secret.getByRole('button', { name: 'Download key pair' }).click()
    await expect(secret.getByRole('status')).toContainText('.rclone.conf')
    await expectAccessibleInBothThemes(page, 'renewed secret with a downloaded rclone remote')
  })

  test('the last-key warning and the only key’s delete dialog with the server’s refusal', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'bob@example.com')
    const table = ownKeys(page)
    await table.getByRole('switch').click()
    const warning = page.getByRole('dialog', { name: 'Deactivate the last active key?' })
    await expect(warning.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await expectAccessibleInBothThemes(page, 'deactivate the last active key')
    await warning.getByRole('button', { name: 'Cancel' }).click()
    await expect(warning).toBeHidden()

    await table.getByRole('button', { name: /^Delete key / }).click()
    const remove = page.getByRole('dialog', { name: /^Delete key / })
    await remove.getByRole('button', { name: 'Delete key' }).click()
    await expect(remove.getByRole('alert')).toContainText('cannot be deleted')
    await expectAccessibleInBothThemes(page, 'delete the only key, refused')
  })

  test('every step of a rotation after the first', async ({ page, emulator }) => {
    void emulator
    await signIn(page, 'alice@example.com')
    const row = ownKeys(page).getByRole('row').filter({ hasText: 'Website assets' })
    await row.getByRole('button', { name: /^Rotate key / }).click()
    const wizard = page.getByRole('dialog', { name: /^Rotate key / })
    const step = (heading: string) => wizard.getByRole('heading', { name: heading })

    await wizard.getByRole('button', { name: 'Generate new key' }).click()
    await expect(wizard).toContainText('it is shown only this once')
    await expectAccessibleInBothThemes(page, 'rotation: the new secret')
    await wizard.getByRole('checkbox', { name: 'I have saved the new secret key' }).check()
    await wizard.getByRole('button', { name: 'Next' }).click()

    await expect(step('Step 2 of 4: Switch your applications')).toBeFocused()
    await expectAccessibleInBothThemes(page, 'rotation: switch the applications')
    await wizard.getByRole('checkbox', { name: 'My applications now use the new key' }).check()
    await wizard.getByRole('button', { name: 'Next' }).click()

    await expect(step('Step 3 of 4: Deactivate the old key')).toBeFocused()
    await expect(wizard.getByRole('button', { name: 'Deactivate old key' })).toBeEnabled()
    await expectAccessibleInBothThemes(page, 'rotation: deactivate the old key')
    await wizard.getByRole('button', { name: 'Deactivate old key' }).click()

    await expect(step('Step 4 of 4: Delete the old key (optional)')).toBeFocused()
    await expectAccessibleInBothThemes(page, 'rotation: delete the old key')
    await wizard.getByRole('button', { name: 'Delete old key' }).click()

    await expect(step('Rotation finished')).toBeFocused()
    await expectAccessibleInBothThemes(page, 'rotation finished')
  })

  test('the first step of a rotation at the limit, which asks to make room', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'dave@example.com')
    const newest = ownKeys(page).getByRole('row').nth(1)
    await newest.getByRole('button', { name: /^Rotate key / }).click()
    const wizard = page.getByRole('dialog', { name: /^Rotate key / })
    await expect(wizard).toContainText('There are 5 keys, the most IONOS allows')
    await expect(wizard.getByRole('button', { name: /^Delete inactive key / })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'rotation: make room')
  })

  test('the key inventory before and after a scan', async ({ page, emulator }) => {
    void emulator
    await signIn(page, demoUsers.owner.email, '/users')
    await page.getByRole('button', { name: 'Export key inventory' }).click()
    const dialog = page.getByRole('dialog', { name: 'Key inventory' })
    await expect(dialog.getByRole('button', { name: 'Start' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'inventory, not started')
    await dialog.getByRole('button', { name: 'Start' }).click()
    await expect(dialog.getByRole('status')).toContainText(/^7 of 7 users read, \d+ keys\./)
    await expect(dialog.getByRole('button', { name: 'Download CSV' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'inventory, every user read')
  })

  test('the re-sign-in dialog over the page', async ({ page, emulator }) => {
    await signIn(page, 'alice@example.com')
    // The token is refused once, as if it had expired while the page was open.
    await emulator.injectFault({
      method: 'PUT',
      path: '/cloudapi/v6/um/users/*/s3keys/*',
      status: 401,
    })
    await ownKeys(page).getByRole('switch').first().click()
    const dialog = page.getByRole('dialog', { name: 'Sign in again to continue' })
    await expect(dialog.getByRole('textbox', { name: 'Email' })).toHaveValue('alice@example.com')
    await expectAccessibleInBothThemes(page, 're-sign-in')
    // Signing in again completes the switch.
    await dialog.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD)
    await dialog.getByRole('button', { name: 'Sign in' }).click()
    await expect(dialog).toBeHidden()
    await expect(ownKeys(page).getByRole('switch').first()).not.toBeChecked()
  })

  test('the language, theme and account menus', async ({ page, emulator }) => {
    void emulator
    await signIn(page, 'alice@example.com')
    const language = page.getByRole('button', { name: /^Language:/ })
    await language.click()
    await expect(page.getByRole('menuitemradio', { name: 'English' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'language menu')
    await page.keyboard.press('Escape')
    await expect(language).toBeFocused()

    const theme = page.getByRole('button', { name: /^Theme \(now:/ })
    await theme.click()
    await expect(page.getByRole('menuitemradio', { name: 'Dark theme' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'theme menu')
    await page.keyboard.press('Escape')
    await expect(theme).toBeFocused()

    const account = page.getByRole('button', { name: 'Account: Alice Anderson' })
    await account.click()
    await expect(page.getByRole('menuitem', { name: 'Sign out' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'account menu')
    await page.keyboard.press('Escape')
    await expect(account).toBeFocused()
  })
})
