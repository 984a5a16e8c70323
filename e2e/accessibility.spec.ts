import { demoUsers } from '../emulator/seed.ts'
import { expectAccessibleInBothThemes } from './axe.ts'
import { expect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'

test.describe('accessibility of the shell (WCAG 2.2 A and AA, both themes)', () => {
  test('the sign-in page, with and without errors', async ({ page, emulator }) => {
    void emulator
    await page.goto('/login')
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'sign-in')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('Enter your email address.')).toBeVisible()
    await expectAccessibleInBothThemes(page, 'sign-in with field errors')
    await page.getByRole('tab', { name: 'API token' }).click()
    await expectAccessibleInBothThemes(page, 'sign-in with a token')
  })

  test('the not-found and not-permitted pages', async ({ page, emulator }) => {
    void emulator
    await signIn(page, 'alice@example.com')
    await page.goto('/no/such/page')
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'not found')
    await page.goto(`/users/${demoUsers.bob.id}/keys`)
    await expect(page.getByRole('heading', { name: 'Not permitted' })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'not permitted')
  })
})
