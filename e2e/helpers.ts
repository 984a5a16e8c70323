import { expect, type Locator, type Page } from '@playwright/test'

export const DEMO_PASSWORD = 'demo'

/** The sign-in form's labels in each language the console speaks. */
const SIGN_IN_FORM = {
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
  de: { email: 'E-Mail', password: 'Passwort', submit: 'Anmelden' },
} as const
type FormLanguage = keyof typeof SIGN_IN_FORM

/** Types a demo account's email and password into the sign-in form, without sending it. */
export async function fillSignInForm(page: Page, email: string, language: FormLanguage = 'en') {
  const labels = SIGN_IN_FORM[language]
  await page.getByRole('textbox', { name: labels.email }).fill(email)
  await page.getByRole('textbox', { name: labels.password }).fill(DEMO_PASSWORD)
}

/** Fills in the sign-in form for a demo account and sends it. */
export async function submitSignInForm(page: Page, email: string, language: FormLanguage = 'en') {
  await fillSignInForm(page, email, language)
  await page.getByRole('button', { name: SIGN_IN_FORM[language].submit }).click()
}

/** Signs in through the login form, as a person would. */
export async function signIn(page: Page, email: string, path = '/keys') {
  await page.goto(path)
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await submitSignInForm(page, email)
  await expect(page.getByRole('button', { name: /^Account:/ })).toBeVisible()
}

/** React has taken over the page: its handlers are on the form (React keeps them on the node). */
export async function waitForTheApp(page: Page) {
  await page.waitForFunction(() => {
    const form = document.querySelector('form')
    return form !== null && Object.keys(form).some((key) => key.startsWith('__react'))
  })
}

/** Chooses a credential format by its name in the secret dialog's Format select (MUI's own). */
export async function chooseFormat(dialog: Locator, name: string) {
  await dialog.getByRole('combobox', { name: 'Format' }).click()
  await dialog.page().getByRole('option', { name, exact: true }).click()
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveText(name)
}
