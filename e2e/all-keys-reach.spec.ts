import { demoUsers } from '../emulator/seed.ts'
import { expectAccessibleInBothThemes } from './axe.ts'
import { expect, test } from './fixtures.ts'
import { signIn, submitSignInForm } from './helpers.ts'

test.describe('All keys, in German and by keyboard', () => {
  test.use({ locale: 'de-DE' })

  test('a bar of the age chart filters the table with Enter, and Space selects a key', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.goto('/users/keys')
    await submitSignInForm(page, demoUsers.owner.email, 'de')
    await expect(page.getByRole('heading', { name: 'Alle Schlüssel', level: 1 })).toBeVisible()
    await expect(page.getByText('Gerade gelesen.')).toBeVisible()
    const table = page.getByRole('table', { name: 'Alle Schlüssel des Vertrags' })
    const keys = table.getByRole('checkbox', { name: / von .* auswählen$/ })

    const bar = page.getByRole('button', { name: /^Über 365 Tage/ })
    await bar.focus()
    await page.keyboard.press('Enter')
    await expect(bar).toHaveAttribute('aria-pressed', 'true')
    // Only keys over a year old are left: every age cell (the last one of a row) says so.
    await expect(keys.first()).toBeVisible()
    const ages = await table.locator('tbody tr[data-index] td:last-child').allTextContents()
    expect(ages.length).toBeGreaterThan(0)
    for (const age of ages) expect(Number(age)).toBeGreaterThan(365)

    await keys.first().focus()
    await page.keyboard.press('Space')
    await expect(keys.first()).toBeChecked()
    const selection = page.getByRole('group', { name: '1 Schlüssel ausgewählt' })
    await expect(selection.getByRole('button', { name: 'Deaktivieren' })).toBeEnabled()

    // Enter on the chosen bar again shows every key.
    await bar.focus()
    await page.keyboard.press('Enter')
    await expect(bar).toHaveAttribute('aria-pressed', 'false')
    await expect(page.getByText(/^\d+ von \d+ Zeilen/)).toHaveText(/^(\d+) von \1 Zeilen/)
  })
})

test.describe('All keys, on a narrow phone', () => {
  test.use({ viewport: { width: 360, height: 740 } })

  test('fits 360 px without scrolling the page sideways, and axe finds nothing in either theme', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, demoUsers.owner.email, '/users/keys')
    await expect(page.getByText('Read just now.')).toBeVisible()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBe(0)
    // The table scrolls within its own frame, and the filter still works.
    await page
      .getByRole('searchbox', { name: 'Filter by name, email or access key' })
      .fill(demoUsers.dave.email)
    const table = page.getByRole('table', { name: 'All keys of the contract' })
    await expect(table.getByRole('checkbox', { name: /^Select .* of / })).toHaveCount(5)
    await expectAccessibleInBothThemes(page, 'all keys at 360 px')
  })
})

test.describe('All keys, when a user’s keys cannot be read', () => {
  test('marks the user’s row as not read, and Read again fills it with the keys', async ({
    page,
    emulator,
  }) => {
    await emulator.injectFault({
      method: 'GET',
      path: `/cloudapi/v6/um/users/${demoUsers.dave.id}/s3keys`,
      status: 500,
      times: 1,
    })
    await signIn(page, demoUsers.owner.email, '/users/keys')
    await expect(page.getByText('Read just now.')).toBeVisible()
    await expect(page.getByText('1 users could not be read.')).toBeVisible()
    const table = page.getByRole('table', { name: 'All keys of the contract' })
    const dave = table.getByRole('row').filter({ hasText: demoUsers.dave.email })
    await expect(dave).toHaveCount(1)
    await expect(dave).toContainText('Not read:')

    await dave.getByRole('button', { name: 'Read again' }).click()
    await expect(dave).toHaveCount(5)
    await expect(table.getByRole('checkbox', { name: /^Select .* of Dave/ })).toHaveCount(5)
    await expect(page.getByText('1 users could not be read.')).toHaveCount(0)
  })
})
