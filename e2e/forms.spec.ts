import type { Locator, Page } from '@playwright/test'
import { demoUsers } from '../emulator/seed.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'
import { recordRequests } from './server-state.ts'

// Sign-in's empty fields and malformed email: session.spec.ts. Here: what it does not cover.
const expect = baseExpect.configure({ timeout: 15_000 })

const ownKeys = (page: Page) => page.getByRole('table', { name: 'Your Object Storage keys' })

/** Requests that could change something (the page may still read data in the background). */
const changes = (requests: string[]) => requests.filter((call) => !call.startsWith('GET '))

/**
 * The description rules the management API applies (255 characters, no control characters),
 * each said next to the field; neither the button nor Enter sends anything.
 */
async function expectDescriptionRefused(page: Page, field: Locator, submit: Locator) {
  const requests = recordRequests(page)
  await field.fill('d'.repeat(256))
  await expect(field).toHaveAccessibleDescription('Use at most 255 characters (now 256).')
  await submit.click()
  await field.fill('tab\tinside')
  await expect(field).toHaveAccessibleDescription(
    'Remove line breaks, tabs and other control characters.',
  )
  await field.press('Enter')
  await field.fill('bell\u0007inside')
  await expect(field).toHaveAccessibleDescription(
    'Remove line breaks, tabs and other control characters.',
  )
  await submit.click()
  expect(changes(requests), 'requests sent for refused input').toEqual([])
}

test.describe('forms refuse bad input next to the field and send nothing', () => {
  test('the generate dialog refuses a description that is too long or has control characters', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, demoUsers.alice.email)
    await expect(ownKeys(page).getByRole('switch')).toHaveCount(2)
    await page.getByRole('button', { name: 'Generate key' }).click()
    const form = page.getByRole('dialog', { name: 'Generate a key' })
    await expectDescriptionRefused(
      page,
      form.getByRole('textbox', { name: 'Description (optional)' }),
      form.getByRole('button', { name: 'Generate' }),
    )
    await expect(form).toBeVisible()
    await expect(page.getByText('2 of 5 keys')).toBeVisible()
  })

  test('the edit dialog refuses a description that is too long or has control characters', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, demoUsers.alice.email)
    await ownKeys(page)
      .getByRole('row')
      .filter({ hasText: 'Website assets' })
      .getByRole('button', { name: /^Edit description of key / })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Edit description' })
    await expectDescriptionRefused(
      page,
      dialog.getByRole('textbox', { name: 'Description' }),
      dialog.getByRole('button', { name: 'Save' }),
    )
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(ownKeys(page).getByText('Website assets', { exact: true })).toBeVisible()
  })

  test('sign-in refuses a missing email and a malformed API token next to the field', async ({
    page,
    emulator,
  }) => {
    void emulator
    const requests = recordRequests(page)
    await page.goto('/login')
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
    const beforeSubmit = requests.length
    await page.getByRole('textbox', { name: 'Password' }).fill('demo')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription(
      'Enter your email address.',
    )

    await page.getByRole('tab', { name: 'API token' }).click()
    const token = page.getByRole('textbox', { name: 'API token' })
    for (const malformed of ['not-a-token', 'a.b.c', `${'x'.repeat(40)}.${'y'.repeat(80)}.z`]) {
      await token.fill(malformed)
      await page.getByRole('button', { name: 'Sign in' }).click()
      await expect(token).toHaveAccessibleDescription(
        'This is not an IONOS API token. Copy the whole token from the DCD Token Manager.',
      )
    }
    const sent = requests.slice(beforeSubmit).filter((call) => !call.startsWith('GET /assets/'))
    expect(sent, 'requests sent for refused input').toEqual([])
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  })
})
