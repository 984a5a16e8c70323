import type { Page } from '@playwright/test'
import { expect as baseExpect, test } from './fixtures.ts'
import { signIn, submitSignInForm } from './helpers.ts'

test.describe.configure({ timeout: 60_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

/** The seeded "Website assets" key of alice was created on 3 June 2024, 08:15 UTC. */
const WEBSITE_KEY_CREATED = new Date('2024-06-03T08:15:00Z')

const keysTable = (page: Page, name: string) => page.getByRole('table', { name })

test.describe('a browser that prefers German', () => {
  test.use({ locale: 'de-DE' })

  test('shows the console in German, with dates, ages and numbers the German way', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.goto('/keys')
    await expect(page.getByRole('heading', { name: 'Anmelden' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await submitSignInForm(page, 'alice@example.com', 'de')

    await expect(page.getByRole('heading', { level: 1, name: 'Meine Schlüssel' })).toBeVisible()
    await expect(page.getByText('2 von 5 Schlüsseln')).toBeVisible()
    const table = keysTable(page, 'Ihre Object-Storage-Schlüssel')
    const website = table.getByRole('row').filter({ hasText: 'Website assets' })
    // "03.06.2024", as Intl writes a German medium date.
    const germanDate = new Intl.DateTimeFormat('de', { dateStyle: 'medium' }).format(
      WEBSITE_KEY_CREATED,
    )
    expect(germanDate).toBe('03.06.2024')
    await expect(website.locator('time')).toHaveText(germanDate)
    await expect(website).toContainText(/vor \d+ (Monaten|Jahren)/)
    const recent = table.getByRole('row').filter({ hasNotText: 'Website assets' }).last()
    await expect(recent).toContainText(/vor \d+ Tagen/)
    await expect(website.getByRole('switch', { name: /^Aktiv: / })).toBeChecked()
  })
})

test.describe('switching the language', () => {
  test('changes the page at once and is remembered after a reload', async ({ page, emulator }) => {
    void emulator
    await signIn(page, 'alice@example.com')
    await expect(page.getByText('2 of 5 keys')).toBeVisible()
    const website = keysTable(page, 'Your Object Storage keys')
      .getByRole('row')
      .filter({ hasText: 'Website assets' })
    await expect(website.locator('time')).toHaveText('Jun 3, 2024')

    await page.getByRole('button', { name: 'Language: EN (English)' }).click()
    await page.getByRole('menuitemradio', { name: 'Deutsch' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    await expect(page.getByRole('heading', { level: 1, name: 'Meine Schlüssel' })).toBeVisible()
    await expect(page.getByText('2 von 5 Schlüsseln')).toBeVisible()
    const germanRow = keysTable(page, 'Ihre Object-Storage-Schlüssel')
      .getByRole('row')
      .filter({ hasText: 'Website assets' })
    await expect(germanRow.locator('time')).toHaveText('03.06.2024')

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Meine Schlüssel' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')

    await page.getByRole('button', { name: 'Sprache: DE (Deutsch)' }).click()
    await expect(page.getByRole('menuitemradio', { name: 'Deutsch' })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    await page.getByRole('menuitemradio', { name: 'English' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'My keys' })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'My keys' })).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })
})
