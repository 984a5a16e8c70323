import { expect, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'demo'

/** Types a demo account's email and password into the sign-in form, without sending it. */
export async function fillSignInForm(page: Page, email: string) {
  await page.getByRole('textbox', { name: 'Email' }).fill(email)
  await page.getByRole('textbox', { name: 'Password' }).fill(DEMO_PASSWORD)
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, path = '/keys') {
  await page.goto(path)
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await fillSignInForm(page, email)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible()
}
