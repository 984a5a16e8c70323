import { expect, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'demo'

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, path = '/keys') {
  await page.goto(path)
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByRole('textbox', { name: 'Email' }).fill(email)
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible()
}
