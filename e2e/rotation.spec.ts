import type { Locator, Page } from '@playwright/test'
import { demoUsers } from '../emulator/seed.ts'
import { expectAccessibleInBothThemes } from './axe.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { signIn, submitSignInForm } from './helpers.ts'

// Whole rotations with real HTTP, provisioning and reloads; shared CI machines can be slow.
test.describe.configure({ timeout: 90_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

const ownTable = (page: Page) => page.getByRole('table', { name: 'Your Object Storage keys' })
const rowOf = (table: Locator, text: string) => table.getByRole('row').filter({ hasText: text })
/** A key's Active switch, also while the wizard hides the page from assistive technology. */
const switchOf = (page: Page, name: string) =>
  page.getByRole('switch', { name: `Active: ${name}`, includeHidden: true })
const wizard = (page: Page) => page.getByRole('dialog', { name: /^Rotate key / })

/** "00000Du4…Pouw", read from the row's Active switch, which names its key. */
async function shortNameOf(row: Locator): Promise<string> {
  const label = await row.getByRole('switch').getAttribute('aria-label')
  return label?.replace('Active: ', '') ?? ''
}

async function expectStep(page: Page, heading: string) {
  const step = wizard(page).getByRole('heading', { name: heading })
  await expect(step).toBeVisible()
  // Each step is announced: focus moves to its heading.
  await expect(step).toBeFocused()
}

/** The new key pair from the secret step (the secret revealed); returns both values. */
async function readNewPair(dialog: Locator) {
  const accessKey = (await dialog.getByRole('group', { name: 'Access key' }).innerText())
    .replace('Access key', '')
    .trim()
  await dialog.getByRole('button', { name: 'Show secret key' }).click()
  const secret = (await dialog.getByRole('group', { name: 'Secret key' }).innerText())
    .replace('Secret key', '')
    .trim()
  expect(secret).toMatch(/^[A-Za-z0-9+/=]{40}$/)
  return { accessKey, short: `${accessKey.slice(0, 8)}…${accessKey.slice(-4)}`, secret }
}

async function secretIsGone(page: Page, secret: string) {
  expect(await page.content()).not.toContain(secret)
  const storage = await page.evaluate(() =>
    JSON.stringify([{ ...window.localStorage }, { ...window.sessionStorage }]),
  )
  expect(storage).not.toContain(secret)
  expect(decodeURIComponent(page.url())).not.toContain(secret)
}

/** Ticks "saved" on the secret step and goes on. */
async function leaveSecretStep(dialog: Locator) {
  const next = dialog.getByRole('button', { name: 'Next' })
  await expect(next).toBeDisabled()
  await dialog.getByRole('checkbox', { name: 'I have saved the new secret key' }).check()
  await next.click()
}

async function confirmSwitched(page: Page) {
  await expectStep(page, 'Step 2 of 4: Switch your applications')
  const dialog = wizard(page)
  await expect(dialog).toContainText('The new secret is not shown again')
  await dialog.getByRole('checkbox', { name: 'My applications now use the new key' }).check()
  await dialog.getByRole('button', { name: 'Next' }).click()
}

test.describe('Rotation on My keys, as alice', () => {
  test('replaces a key: new key and secret, switch, deactivate, delete the old one', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'alice@example.com')
    const table = ownTable(page)
    const website = rowOf(table, 'Website assets')
    const old = await shortNameOf(website)
    // The key is over 90 days old: the list suggests rotating it.
    await expect(website.getByText('Over 90 days old: rotate it')).toBeVisible()
    await website.getByRole('button', { name: `Rotate key ${old}` }).click()

    const dialog = wizard(page)
    await expect(dialog).toHaveAccessibleName(`Rotate key ${old}`)
    await expectStep(page, 'Step 1 of 4: Generate a new key')
    // The new key keeps the old one's description.
    await expect(dialog.getByRole('textbox', { name: 'Description (optional)' })).toHaveValue(
      'Website assets',
    )
    await expectAccessibleInBothThemes(page, 'rotation wizard')
    await dialog.getByRole('button', { name: 'Generate new key' }).click()

    await expect(dialog).toContainText('it is shown only this once')
    const fresh = await readNewPair(dialog)
    // Escape does not close the wizard while the secret is unsaved.
    await page.keyboard.press('Escape')
    await expect(dialog).toBeVisible()
    await leaveSecretStep(dialog)
    await secretIsGone(page, fresh.secret)

    await confirmSwitched(page)
    await expectStep(page, 'Step 3 of 4: Deactivate the old key')
    await dialog.getByRole('button', { name: 'Deactivate old key' }).click()

    await expectStep(page, 'Step 4 of 4: Delete the old key (optional)')
    await expect(switchOf(page, old)).not.toBeChecked()
    await dialog.getByRole('button', { name: 'Delete old key' }).click()

    await expectStep(page, 'Rotation finished')
    await expect(dialog).toContainText(`Key ${fresh.short} replaces key ${old}, which is deleted.`)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog).toBeHidden()

    await expect(page.getByText('2 of 5 keys')).toBeVisible()
    await expect(rowOf(table, old)).toHaveCount(0)
    const replacement = rowOf(table, fresh.short)
    await expect(replacement).toContainText('Website assets')
    await expect(replacement.getByRole('switch')).toBeChecked()
    // Finished: nothing about the rotation is left in the tab's storage.
    const stored = await page.evaluate(() => Object.keys(window.sessionStorage))
    expect(stored.filter((name) => name.includes('rotation'))).toEqual([])
    await secretIsGone(page, fresh.secret)
  })

  test('resumes after a reload at the right step, without the secret, and after "Continue later"', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'alice@example.com')
    const table = ownTable(page)
    const recent = rowOf(table, 'No description')
    const old = await shortNameOf(recent)
    await expect(recent.getByText(/rotate it/)).toHaveCount(0)
    await recent.getByRole('button', { name: `Rotate key ${old}` }).click()
    const dialog = wizard(page)
    await dialog.getByRole('button', { name: 'Generate new key' }).click()
    const fresh = await readNewPair(dialog)

    // Reload on the secret step: the wizard comes back there, says the secret is not kept.
    await page.reload()
    await expectStep(page, 'Step 1 of 4: Generate a new key')
    // The resumed step's heading has focus: a ring in the theme's colour, not the browser's black.
    const ring = await wizard(page)
      .getByRole('heading', { name: 'Step 1 of 4: Generate a new key' })
      .evaluate((heading) => {
        const probe = document.createElement('span')
        probe.style.color = 'var(--mui-palette-primary-main)'
        document.body.append(probe)
        const primary = getComputedStyle(probe).color
        probe.remove()
        const style = getComputedStyle(heading)
        return { style: style.outlineStyle, color: style.outlineColor, primary }
      })
    expect(ring.style).toBe('solid')
    expect(ring.color).toBe(ring.primary)
    await expect(dialog).toContainText(
      `the secret of the new key ${fresh.short} is not shown again: the console never keeps a secret`,
    )
    await expect(dialog.getByRole('group', { name: 'Secret key' })).toHaveCount(0)
    await expect(dialog.getByRole('button', { name: 'Download key pair' })).toHaveCount(0)
    await secretIsGone(page, fresh.secret)
    await dialog.getByRole('button', { name: 'I saved it, continue' }).click()

    // "Continue later" keeps the place; a banner offers to go on.
    await expectStep(page, 'Step 2 of 4: Switch your applications')
    await dialog.getByRole('button', { name: 'Continue later' }).click()
    await expect(dialog).toBeHidden()
    const banner = page.getByRole('alert').filter({ hasText: `The rotation of key ${old}` })
    await expect(banner).toBeVisible()
    await page.reload()
    await expect(banner).toBeVisible()
    await banner.getByRole('button', { name: 'Continue rotation' }).click()
    await confirmSwitched(page)

    // Reload on the deactivate step: it resumes there and the old key is still active.
    await expectStep(page, 'Step 3 of 4: Deactivate the old key')
    await page.reload()
    await expectStep(page, 'Step 3 of 4: Deactivate the old key')
    await expect(switchOf(page, old)).toBeChecked()
    await dialog.getByRole('button', { name: 'Deactivate old key' }).click()
    await expectStep(page, 'Step 4 of 4: Delete the old key (optional)')
    await dialog.getByRole('button', { name: 'Keep it inactive' }).click()
    await expect(dialog).toContainText(`which stays inactive`)
    await dialog.getByRole('button', { name: 'Close' }).click()

    await expect(page.getByText('3 of 5 keys')).toBeVisible()
    await expect(switchOf(page, old)).not.toBeChecked()
    await expect(switchOf(page, fresh.short)).toBeChecked()
    await expect(banner).toHaveCount(0)
    await page.reload()
    await expect(page.getByText('3 of 5 keys')).toBeVisible()
    await expect(dialog).toHaveCount(0)
  })
})

test.describe('Rotation on a 360 px wide screen', () => {
  test('fits: no sideways scrolling in the wizard, the secret step included', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.setViewportSize({ width: 360, height: 740 })
    await signIn(page, 'alice@example.com')
    const row = rowOf(ownTable(page), 'Website assets')
    await row.getByRole('button', { name: /^Rotate key / }).click()
    const dialog = wizard(page)
    const fits = () =>
      page.evaluate(() => {
        const paper = document.querySelector('[role="dialog"]')
        // Text kept for screen readers only (the step names on a phone) is clipped, not shown.
        const shown = (element: Element) => {
          for (let at: Element | null = element; at && at !== paper; at = at.parentElement) {
            if (getComputedStyle(at).clip !== 'auto') return false
          }
          return true
        }
        const overflowing = [...(paper?.querySelectorAll('*') ?? [])].filter(
          (element) =>
            element.scrollWidth > element.clientWidth + 1 &&
            element.clientWidth > 0 &&
            shown(element),
        )
        return {
          page: document.documentElement.scrollWidth,
          overflowing: overflowing.map((element) => element.className.toString().slice(0, 60)),
        }
      })
    expect(await fits()).toEqual({ page: 360, overflowing: [] })
    await dialog.getByRole('button', { name: 'Generate new key' }).click()
    await expect(dialog.getByRole('button', { name: 'Download key pair' })).toBeVisible()
    expect(await fits()).toEqual({ page: 360, overflowing: [] })
  })
})

test.describe('Rotation in German, on a phone and wider', () => {
  test.use({ locale: 'de-DE' })

  test('names its steps without breaking a word: on a phone the heading names the current step', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.goto('/keys')
    await submitSignInForm(page, 'alice@example.com', 'de')
    const table = page.getByRole('table', { name: 'Ihre Object-Storage-Schlüssel' })
    await rowOf(table, 'Website assets')
      .getByRole('button', { name: /^Schlüssel .* rotieren$/ })
      .click()
    const dialog = page.getByRole('dialog', { name: /^Schlüssel .* rotieren$/ })
    const steps = dialog.getByRole('list', { name: 'Schritte der Rotation' })
    const labels = steps.getByText(/^(Neuen|Anwendungen|Alten)/)
    await expect(labels).toHaveCount(4)
    /** The labels whose words do not fit their box (a word is never broken to make it fit). */
    const overflowing = () =>
      labels.evaluateAll((elements) =>
        elements
          .filter((element) => element.scrollWidth > element.clientWidth + 1)
          .map((element) => element.textContent),
      )

    await page.setViewportSize({ width: 768, height: 900 })
    for (const label of await labels.all()) await expect(label).toBeVisible()
    expect(await overflowing()).toEqual([])
    const breaks = await labels.evaluateAll((elements) =>
      elements.map((element) => getComputedStyle(element).overflowWrap),
    )
    expect(breaks).toEqual(['normal', 'normal', 'normal', 'normal'])

    await page.setViewportSize({ width: 360, height: 740 })
    for (const label of await labels.all()) await expect(label).not.toBeInViewport()
    await expect(
      dialog.getByRole('heading', { name: 'Schritt 1 von 4: Neuen Schlüssel erzeugen' }),
    ).toBeVisible()
    // The steps keep their names for screen readers.
    await expect(steps.getByRole('listitem')).toHaveText([
      /Neuen Schlüssel erzeugen/,
      /Anwendungen umstellen/,
      /Alten Schlüssel deaktivieren/,
      /Alten Schlüssel löschen \(optional\)/,
    ])
  })
})

test.describe('Rotation at the limit, as dave', () => {
  test('explains the limit, deletes an inactive key first, and keeps an active key throughout', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'dave@example.com')
    await expect(page.getByText('5 of 5 keys')).toBeVisible()
    const table = ownTable(page)
    const inactive = table
      .getByRole('row')
      .filter({ has: page.getByRole('switch', { checked: false }) })
    const inactiveName = await shortNameOf(inactive)
    // The inactive key cannot be rotated (there is nothing to switch off).
    await expect(inactive.getByRole('button', { name: /^Rotate key / })).toBeDisabled()
    const newest = table.getByRole('row').nth(1)
    const old = await shortNameOf(newest)
    await newest.getByRole('button', { name: `Rotate key ${old}` }).click()

    const dialog = wizard(page)
    await expectStep(page, 'Step 1 of 4: Generate a new key')
    await expect(dialog).toContainText('There are 5 keys, the most IONOS allows')
    await expect(dialog.getByRole('button', { name: 'Generate new key' })).toHaveCount(0)
    await dialog.getByRole('button', { name: `Delete inactive key ${inactiveName}` }).click()
    await expect(page.getByText('4 of 5 keys')).toBeVisible()
    await dialog.getByRole('button', { name: 'Generate new key' }).click()
    const fresh = await readNewPair(dialog)
    await leaveSecretStep(dialog)
    await confirmSwitched(page)
    await dialog.getByRole('button', { name: 'Deactivate old key' }).click()
    await dialog.getByRole('button', { name: 'Keep it inactive' }).click()
    await dialog.getByRole('button', { name: 'Close' }).click()

    await expect(page.getByText('5 of 5 keys')).toBeVisible()
    await expect(rowOf(table, inactiveName)).toHaveCount(0)
    await expect(switchOf(page, old)).not.toBeChecked()
    await expect(switchOf(page, fresh.short)).toBeChecked()
    await expect(table.getByRole('switch', { checked: true })).toHaveCount(4)
  })
})

test.describe('Rotation on a user’s Object Storage Keys tab, as the owner', () => {
  test('rotates bob’s only key through the Cloud API', async ({ page, emulator }) => {
    void emulator
    await signIn(page, 'owner@example.com', `/users/${demoUsers.bob.id}/keys`)
    const table = page.getByRole('table', { name: 'Object Storage keys of Bob Brown' })
    const row = table.getByRole('row').nth(1)
    const old = await shortNameOf(row)
    await row.getByRole('button', { name: `Rotate key ${old}` }).click()
    const dialog = wizard(page)
    await expect(dialog.getByRole('textbox')).toHaveCount(0)
    await dialog.getByRole('button', { name: 'Generate new key' }).click()
    const fresh = await readNewPair(dialog)
    await leaveSecretStep(dialog)
    await confirmSwitched(page)
    await dialog.getByRole('button', { name: 'Deactivate old key' }).click()
    await dialog.getByRole('button', { name: 'Delete old key' }).click()
    await expect(dialog).toContainText(`Key ${fresh.short} replaces key ${old}, which is deleted.`)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(table.getByRole('switch')).toHaveCount(1)
    await expect(switchOf(page, fresh.short)).toBeChecked()
  })
})
