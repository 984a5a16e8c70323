import { expect, test } from './fixtures.ts'
import { demoUsers } from '../emulator/seed.ts'
import { signIn } from './helpers.ts'

test.describe('the console shell', () => {
  test('moves between the pages through the navigation and keeps a deep link on reload', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'owner@example.com')
    const navigation = page.getByRole('navigation', { name: 'Main navigation' })

    await navigation.getByRole('link', { name: 'Users & groups' }).click()
    await expect(page).toHaveURL(/\/users$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Users & groups' })).toBeVisible()

    await navigation.getByRole('link', { name: 'My keys' }).click()
    await expect(page).toHaveURL(/\/keys$/)
    await expect(page.getByRole('heading', { level: 1, name: 'My keys' })).toBeVisible()

    const deepLink = `/users/${demoUsers.alice.id}/keys`
    await page.goto(deepLink)
    await page.reload()
    await expect(page).toHaveURL(new RegExp(`${deepLink}$`))
    await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible()
  })

  test('redirects the root to My keys and shows a not-found page for an unknown path', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'owner@example.com', '/')
    await expect(page).toHaveURL(/\/keys$/)
    await page.goto('/no/such/page')
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await page.getByRole('link', { name: 'Go to My keys' }).click()
    await expect(page).toHaveURL(/\/keys$/)
  })

  test('a theme chosen from the menu shows at once and is remembered after a reload', async ({
    page,
    emulator,
  }) => {
    void emulator
    await page.emulateMedia({ colorScheme: 'light' })
    await signIn(page, 'owner@example.com')
    const html = page.locator('html')
    await expect(html).toHaveAttribute('data-color-scheme', 'light')

    // One choice in the menu changes what the user sees, and the menu marks it as current.
    await page.getByRole('button', { name: 'Theme (now: Theme follows the system)' }).click()
    await page.getByRole('menuitemradio', { name: 'Dark theme' }).click()
    await expect(html).toHaveAttribute('data-color-scheme', 'dark')
    await page.getByRole('button', { name: 'Theme (now: Dark theme)' }).click()
    await expect(page.getByRole('menuitemradio', { name: 'Dark theme' })).toHaveAttribute(
      'aria-checked',
      'true',
    )
    await page.keyboard.press('Escape')

    await page.reload()
    await expect(html).toHaveAttribute('data-color-scheme', 'dark')
  })
})
