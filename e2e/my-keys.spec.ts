import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { demoUsers } from '../emulator/seed.ts'
import { expectAccessibleInBothThemes } from './axe.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { chooseFormat, signIn } from './helpers.ts'

declare global {
  interface Window {
    /** Object URLs the page revoked (recorded by an init script). */
    revokedUrls: string[]
  }
}

// Whole stories with real HTTP and request-status polling; shared CI machines can be slow.
test.describe.configure({ timeout: 60_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

const keysTable = (page: Page) => page.getByRole('table', { name: 'Your Object Storage keys' })

/** The row of the key whose description (or access key) is `text`. */
const rowOf = (page: Page, text: string) =>
  keysTable(page).getByRole('row').filter({ hasText: text })

/** "00000Du4…Pouw", read from the row's Active switch, which names its key. */
async function shortNameOf(row: Locator): Promise<string> {
  const label = await row.getByRole('switch').getAttribute('aria-label')
  return label?.replace('Active: ', '') ?? ''
}

async function secretIsGone(page: Page, secret: string) {
  expect(await page.content()).not.toContain(secret)
  const storage = await page.evaluate(() =>
    JSON.stringify([{ ...window.localStorage }, { ...window.sessionStorage }]),
  )
  expect(storage).not.toContain(secret)
  expect(page.url()).not.toContain(secret)
  expect(decodeURIComponent(page.url())).not.toContain(secret)
}

test.describe('My keys, as alice (two keys, buckets)', () => {
  test('generates a key, shows the secret once, copies and downloads it, and forgets it', async ({
    page,
    context,
    emulator,
  }) => {
    void emulator
    await page.addInitScript(() => {
      window.revokedUrls = []
      const revoke = URL.revokeObjectURL.bind(URL)
      URL.revokeObjectURL = (url) => {
        window.revokedUrls.push(url)
        revoke(url)
      }
    })
    await signIn(page, 'alice@example.com')
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await expect(page.getByText('2 of 5 keys')).toBeVisible()

    await page.getByRole('button', { name: 'Generate key' }).click()
    const form = page.getByRole('dialog', { name: 'Generate a key' })
    await form.getByRole('textbox', { name: 'Description (optional)' }).fill('Backup job')
    await form.getByRole('button', { name: 'Generate' }).click()

    const dialog = page.getByRole('dialog', { name: 'Save your secret key' })
    await expect(dialog).toContainText('This is the only time the secret key is shown.')
    const secretGroup = dialog.getByRole('group', { name: 'Secret key' })
    await expect(secretGroup).toContainText('Hidden')
    const accessKey = (await dialog.getByRole('group', { name: 'Access key' }).innerText())
      .replace('Access key', '')
      .trim()
    expect(accessKey).toMatch(/^00000[A-Za-z0-9_-]{87}$/)

    // Copy: the clipboard gets the secret while the page still shows the mask.
    await dialog.getByRole('button', { name: 'Copy Secret key' }).click()
    const secret = await page.evaluate(() => navigator.clipboard.readText())
    expect(secret).toMatch(/^[A-Za-z0-9+/=]{40}$/)
    expect(await page.content()).not.toContain(secret)

    // Reveal, once asked.
    const show = dialog.getByRole('button', { name: 'Show secret key' })
    await show.click()
    await expect(show).toHaveAttribute('aria-pressed', 'true')
    await expect(secretGroup).toContainText(secret)

    // Download the CSV and the .env file and read what was saved (every format: credentials.spec).
    const csvDownload = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download key pair' }).click()
    const csv = await csvDownload
    // Named for the key's first eight letters and digits (a '_' or '-' in them is left out).
    const stem = `ionos-${accessKey.replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}`
    expect(csv.suggestedFilename()).toBe(`${stem}.accessKeys.csv`)
    expect(csv.url()).toMatch(/^blob:/)
    const csvText = await readFile((await csv.path()) ?? '', 'utf8')
    expect(csvText).toBe(`Access key ID,Secret access key\r\n${accessKey},${secret}\r\n`)
    // The object URL was revoked right after the click.
    expect(await page.evaluate(() => window.revokedUrls)).toEqual([csv.url()])

    await chooseFormat(dialog, '.env file (AWS and IONOS variables)')
    const envDownload = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Download key pair' }).click()
    const envText = await readFile((await (await envDownload).path()) ?? '', 'utf8')
    expect(envText.split('\n').slice(0, 4)).toEqual([
      `AWS_ACCESS_KEY_ID=${accessKey}`,
      `AWS_SECRET_ACCESS_KEY=${secret}`,
      'AWS_REGION=eu-central-3',
      'AWS_ENDPOINT_URL_S3=https://s3.eu-central-3.ionoscloud.com',
    ])

    // Neither Escape nor a click beside the dialog closes it before the user confirms.
    await page.keyboard.press('Escape')
    await page.mouse.click(5, 5)
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeDisabled()
    await dialog.getByRole('checkbox', { name: 'I have saved the secret key' }).check()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: 'Generate key' })).toBeFocused()

    // The new key is listed, provisions and becomes available; the secret is gone from the page.
    await expect(page.getByText('3 of 5 keys')).toBeVisible()
    const row = rowOf(page, 'Backup job')
    await expect(row.getByText('Available')).toBeVisible()
    await secretIsGone(page, secret)
  })

  test('switches a key off and on, edits a description, renews a secret and deletes a key', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'alice@example.com')
    const website = rowOf(page, 'Website assets')
    const name = await shortNameOf(website)
    const toggle = website.getByRole('switch', { name: `Active: ${name}` })

    // Toggle: another key stays active, so no confirmation; the result is announced (live region).
    await toggle.click()
    await expect(toggle).not.toBeChecked()
    await expect(
      page.getByRole('status').filter({ hasText: `Key ${name} is deactivated.` }),
    ).toHaveCount(1)
    await page.reload()
    await expect(toggle).not.toBeChecked()
    await toggle.click()
    await expect(toggle).toBeChecked()
    await expect(
      page.getByRole('status').filter({ hasText: `Key ${name} is active.` }),
    ).toHaveCount(1)

    // Edit the description in a small dialog.
    await website.getByRole('button', { name: `Edit description of key ${name}` }).click()
    const edit = page.getByRole('dialog', { name: 'Edit description' })
    await edit.getByRole('textbox', { name: 'Description' }).fill('Website assets (CDN)')
    await edit.getByRole('button', { name: 'Save' }).click()
    await expect(edit).toBeHidden()
    const renamed = rowOf(page, 'Website assets (CDN)')
    await expect(renamed).toBeVisible()

    // Renew: confirm that the old secret stops working, then the one-time secret dialog.
    await renamed.getByRole('button', { name: `Renew secret of key ${name}` }).click()
    const renew = page.getByRole('dialog', { name: `Renew the secret of key ${name}?` })
    await expect(renew).toContainText('The current secret stops working at once')
    await expect(renew.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await expect(renew.getByRole('group', { name: 'Access key' })).toContainText(/^Access key00000/)
    await renew.getByRole('button', { name: 'Renew secret' }).click()
    const secretDialog = page.getByRole('dialog', { name: 'Save your secret key' })
    await secretDialog.getByRole('button', { name: 'Show secret key' }).click()
    const secret = (await secretDialog.getByRole('group', { name: 'Secret key' }).innerText())
      .replace('Secret key', '')
      .trim()
    expect(secret).toMatch(/^[A-Za-z0-9+/=]{40}$/)
    await secretDialog.getByRole('checkbox', { name: 'I have saved the secret key' }).check()
    await secretDialog.getByRole('button', { name: 'Close' }).click()
    await expect(secretDialog).toBeHidden()
    await secretIsGone(page, secret)

    // The whole access key: on keyboard focus of the short one in the row, in the Delete dialog.
    const short = renamed.getByText(name, { exact: true })
    await short.focus()
    const hint = page.locator(`[id="${await short.getAttribute('aria-describedby')}"]`)
    const accessKey = (await hint.textContent()) ?? ''
    expect(accessKey).toMatch(/^00000[\w-]{15,}$/)
    await expect(short).toHaveAccessibleDescription(accessKey)

    // Delete: the dialog names the key, says it cannot be undone, and starts on Cancel.
    await renamed.getByRole('button', { name: `Delete key ${name}` }).click()
    const remove = page.getByRole('dialog', { name: `Delete key ${name}?` })
    await expect(remove).toContainText('revoked at once and cannot be restored')
    await expect(remove.getByRole('group', { name: 'Access key' })).toContainText(accessKey)
    await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await remove.getByRole('button', { name: 'Delete key' }).click()
    await expect(remove).toBeHidden()
    await expect(
      page.getByRole('status').filter({ hasText: `Key ${name} is deleted.` }),
    ).toHaveCount(1)
    await expect(page.getByText('1 of 5 keys')).toBeVisible()
    await expect(renamed).toHaveCount(0)
    // The row that opened the dialog is gone: focus goes to the list's heading.
    await expect(page.getByRole('heading', { name: 'Object Storage keys' })).toBeFocused()
  })

  test('after sign-in asks three API requests in one wave, and the endpoints only when unfolded', async ({
    page,
    emulator,
  }) => {
    void emulator
    // The order in which the API requests after the token start and finish.
    const events: string[] = []
    const isApiRequest = (url: string) =>
      /^\/(cloudapi|s3-management)\//.test(new URL(url).pathname)
    page.on('request', (request) => {
      if (isApiRequest(request.url())) events.push(`start ${new URL(request.url()).pathname}`)
    })
    page.on('requestfinished', (request) => {
      if (isApiRequest(request.url())) events.push('finish')
    })
    await signIn(page, 'alice@example.com')
    await expect(keysTable(page).getByRole('switch')).toHaveCount(2)
    await expect(page.getByRole('group', { name: 'Canonical user ID' })).toContainText(
      /[0-9a-f]{32}/,
    )
    const started = events.filter((event) => event.startsWith('start ')).map((e) => e.slice(6))
    expect(started.sort()).toEqual([
      `/cloudapi/v6/um/users/${demoUsers.alice.id}`,
      `/cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys`,
      '/s3-management/accesskeys',
    ])
    // In parallel: who the user is and their keys are all asked before the first answer is in.
    expect(events.indexOf('finish')).toBe(3)

    const endpoints = page.getByRole('button', { name: 'S3 endpoints' })
    await expect(endpoints).toHaveAttribute('aria-expanded', 'false')
    await endpoints.click()
    await expect(page.getByText('https://s3.eu-central-3.ionoscloud.com')).toBeVisible()
    expect(events).toContain('start /s3-management/regions')
    // Unfolded stays unfolded, and a reload asks for the regions with the keys.
    await page.reload()
    await expect(page.getByText('https://s3.eu-central-3.ionoscloud.com')).toBeVisible()
    await expect(page.getByRole('button', { name: 'S3 endpoints' })).toHaveAttribute(
      'aria-expanded',
      'true',
    )
  })

  test('works from the Cloud API alone and says so once when the management API fails', async ({
    page,
    emulator,
  }) => {
    await emulator.injectFault({ method: 'GET', path: '/s3-management/accesskeys', status: 500 })
    await signIn(page, 'alice@example.com')
    await expect(keysTable(page).getByRole('switch')).toHaveCount(2)
    await expect(page.getByText(/Management API could not be reached/)).toHaveCount(1)
    await expect(keysTable(page).getByRole('columnheader', { name: 'Description' })).toHaveCount(0)
  })

  test('at 360 px the keys are cards: nothing scrolls sideways and each Active switch is in reach', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.setViewportSize({ width: 360, height: 740 })
    await signIn(page, 'alice@example.com')
    const table = keysTable(page)
    await expect(table.getByRole('switch')).toHaveCount(2)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    // The container does not scroll sideways either: every card fits its width.
    const container = await table.evaluate((element) => {
      const frame = element.parentElement as HTMLElement
      return { scroll: frame.scrollWidth, client: frame.clientWidth }
    })
    expect(container.scroll).toBeLessThanOrEqual(container.client)

    const website = rowOf(page, 'Website assets')
    const name = await shortNameOf(website)
    const toggle = website.getByRole('switch', { name: `Active: ${name}` })
    await toggle.scrollIntoViewIfNeeded()
    // MUI's switch input is wider than the switch it covers: the drawn switch is what must fit.
    const drawn = await toggle.evaluate((input) => {
      const box = (input.closest('.MuiSwitch-root') as HTMLElement).getBoundingClientRect()
      return { left: box.left, right: box.right, top: box.top, bottom: box.bottom }
    })
    expect(drawn.left).toBeGreaterThanOrEqual(0)
    expect(drawn.right).toBeLessThanOrEqual(360)
    expect(drawn.bottom).toBeLessThanOrEqual(740)
    await toggle.click()
    await expect(toggle).not.toBeChecked()
    // Each card shows what its values are, and sorting stays above the cards.
    await expect(website).toContainText('Website assets')
    const remove = website.getByRole('button', { name: `Delete key ${name}` })
    await remove.scrollIntoViewIfNeeded()
    await page.screenshot({ path: test.info().outputPath('cards-360.png'), fullPage: true })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: test.info().outputPath('cards-360-dark.png'), fullPage: true })
    await expect(remove).toBeInViewport({ ratio: 1 })
    await expect(table.getByRole('button', { name: 'Created' })).toBeVisible()
  })

  test('the secret dialog keeps its hints inside, the tick hint beside its box, and names formats whole', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.setViewportSize({ width: 360, height: 740 })
    await signIn(page, 'alice@example.com')
    await page.getByRole('button', { name: 'Generate key' }).click()
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^Generate/ })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Save your secret key' })
    const copy = dialog.getByRole('button', { name: 'Copy Access key' })
    await copy.hover()
    // The hint is drawn by CSS (Hint.tsx): its bubble must end inside the dialog, not off the screen.
    const inside = await copy.evaluate((button) => {
      const bubble = button.parentElement?.querySelector('[data-title]') as HTMLElement
      const paper = button.closest('.MuiDialog-paper') as HTMLElement
      const hint = bubble.getBoundingClientRect()
      const box = paper.getBoundingClientRect()
      return { shown: hint.width > 0, left: hint.left >= box.left, right: hint.right <= box.right }
    })
    expect(inside).toEqual({ shown: true, left: true, right: true })

    // "Tick the box to close" sits right under the box it asks for, not in the footer.
    const box = dialog.getByRole('checkbox', { name: 'I have saved the secret key' })
    const hint = dialog.getByText('Tick the box to close: the secret key cannot be shown again.')
    await box.scrollIntoViewIfNeeded()
    const [boxAt, hintAt] = [await box.boundingBox(), await hint.boundingBox()]
    expect(hintAt!.y - (boxAt!.y + boxAt!.height)).toBeLessThan(8)
    await expect(dialog.locator('.MuiDialogActions-root')).not.toContainText('Tick the box')

    // The Format select shows a format's whole name, wrapped, also the longest one at 360 px.
    const format = dialog.getByRole('combobox', { name: 'Format' })
    await expect(format).toHaveText('CSV file, as the AWS console writes it')
    const longest = 'AWS CLI config profile (region and endpoint)'
    await chooseFormat(dialog, longest)
    expect(await format.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(
      true,
    )
    const [formatAt, paperAt] = [await format.boundingBox(), await dialog.boundingBox()]
    expect(formatAt!.x + formatAt!.width).toBeLessThanOrEqual(paperAt!.x + paperAt!.width)
  })

  test('passes axe in both themes on the page', async ({ page, emulator }) => {
    void emulator
    await signIn(page, 'alice@example.com')
    await expect(keysTable(page).getByRole('switch')).toHaveCount(2)
    await expectAccessibleInBothThemes(page, 'my keys')
    await page.getByRole('button', { name: 'S3 endpoints' }).click()
    await expect(page.getByText('https://s3.eu-central-3.ionoscloud.com')).toBeVisible()
    await expectAccessibleInBothThemes(page, 'my keys with the S3 endpoints unfolded')
  })

  test('passes axe in both themes in the delete, generate and secret dialogs', async ({
    page,
    emulator,
  }) => {
    void emulator
    // Six full axe runs: more than the usual time on a busy machine.
    test.setTimeout(120_000)
    await signIn(page, 'alice@example.com')
    const website = rowOf(page, 'Website assets')
    const name = await shortNameOf(website)
    await website.getByRole('button', { name: `Delete key ${name}` }).click()
    await expect(page.getByRole('dialog', { name: `Delete key ${name}?` })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'delete dialog')
    await page.getByRole('button', { name: 'Cancel' }).click()

    await page.getByRole('button', { name: 'Generate key' }).click()
    await expect(page.getByRole('dialog', { name: 'Generate a key' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'generate dialog')
    await page.getByRole('dialog').getByRole('button', { name: 'Generate' }).click()
    await expect(page.getByRole('dialog', { name: 'Save your secret key' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'secret dialog')
  })
})

test.describe('My keys, as bob (the only key, with buckets)', () => {
  test('asks before switching off the last active key', async ({ page, emulator }) => {
    void emulator
    await signIn(page, 'bob@example.com')
    const toggle = keysTable(page).getByRole('switch')
    await toggle.click()
    const confirm = page.getByRole('dialog', { name: 'Deactivate the last active key?' })
    await expect(confirm).toContainText('all access to the buckets is lost')
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await expect(toggle).toBeChecked()
    await expect(toggle).toBeFocused()
    await toggle.click()
    await confirm.getByRole('button', { name: 'Deactivate' }).click()
    await expect(toggle).not.toBeChecked()
    await page.reload()
    await expect(keysTable(page).getByRole('switch')).not.toBeChecked()
  })

  test('explains why the only key cannot be deleted and shows the server’s refusal', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'bob@example.com')
    await keysTable(page)
      .getByRole('button', { name: /^Delete key / })
      .click()
    const dialog = page.getByRole('dialog', { name: /^Delete key / })
    await expect(dialog).toContainText(
      'IONOS does not delete the only key of a user who has buckets',
    )
    await expect(dialog.getByRole('button')).toHaveText([
      'Deactivate it instead',
      'Generate a new key first',
      '', // the copy button of the whole access key (an icon)
      'Cancel',
      'Delete key',
    ])
    await dialog.getByRole('button', { name: 'Delete key' }).click()
    await expect(dialog.getByRole('alert')).toContainText(
      'This is the only key of a user who has buckets, so it cannot be deleted.',
    )
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.getByText('1 of 5 keys')).toBeVisible()

    // The way out: generate a new key first, then the old one can go.
    await keysTable(page)
      .getByRole('button', { name: /^Delete key / })
      .click()
    await dialog.getByRole('button', { name: 'Generate a new key first' }).click()
    await page
      .getByRole('dialog', { name: 'Generate a key' })
      .getByRole('button', { name: 'Generate' })
      .click()
    const secret = page.getByRole('dialog', { name: 'Save your secret key' })
    await secret.getByRole('checkbox', { name: 'I have saved the secret key' }).check()
    await secret.getByRole('button', { name: 'Close' }).click()
    await expect(page.getByText('2 of 5 keys')).toBeVisible()
  })
})

test.describe('My keys, as carol (no Object Storage privilege)', () => {
  test('explains what is missing and who can grant it, and offers no buttons that cannot work', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'carol@example.com')
    await expect(
      page.getByRole('heading', { name: 'Object Storage is not enabled for your account' }),
    ).toBeVisible()
    await expect(page.getByText(/contract owner or administrator can add you/)).toBeVisible()
    await expect(page.getByText('0 of 5 keys')).toBeVisible()
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0)
    await expectAccessibleInBothThemes(page, 'my keys without the privilege')
  })
})

test.describe('My keys, as dave (at the limit of five)', () => {
  test('disables Generate and says why, and marks the legacy and inactive keys', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'dave@example.com')
    await expect(page.getByText('5 of 5 keys')).toBeVisible()
    const generate = page.getByRole('button', { name: 'Generate key' })
    await expect(generate).toBeDisabled()
    await expect(page.getByText('The limit of 5 keys is reached.', { exact: false })).toBeVisible()
    await expect(keysTable(page).getByText('Legacy')).toHaveCount(1)
    await expect(keysTable(page).getByRole('switch', { checked: false })).toHaveCount(1)
  })
})
