import { demoUsers } from '../emulator/seed.ts'
import { expectAccessibleInBothThemes } from './axe.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'

// The pages the stories' own axe checks do not reach (those cover sign-in, not found, not
// permitted, alice's and carol's My keys, the users list and carol's page).

test.describe.configure({ timeout: 90_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

test.describe('accessibility of every page (WCAG 2.2 A and AA, both themes)', () => {
  test('My keys at the limit of five, with a legacy and an inactive key', async ({
    page,
    emulator,
  }) => {
    void emulator
    await signIn(page, 'dave@example.com')
    await expect(page.getByText('5 of 5 keys')).toBeVisible()
    await expect(page.getByText('The limit of 5 keys is reached.', { exact: false })).toBeVisible()
    await expectAccessibleInBothThemes(page, 'my keys at the limit')
  })

  test('My keys of a user who has no keys yet', async ({ page, emulator }) => {
    void emulator
    await signIn(page, 'admin@example.com')
    await expect(page.getByText('0 of 5 keys')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Generate key' }).first()).toBeEnabled()
    await expectAccessibleInBothThemes(page, 'my keys, none yet')
  })

  test('a user’s keys page with every kind of key, as the owner', async ({ page, emulator }) => {
    void emulator
    await signIn(page, demoUsers.owner.email, `/users/${demoUsers.dave.id}/keys`)
    const table = page.getByRole('table', { name: 'Object Storage keys of Dave Davis' })
    await expect(table.getByRole('switch')).toHaveCount(5)
    await expect(page.getByRole('button', { name: 'Deactivate all keys' })).toBeVisible()
    await expectAccessibleInBothThemes(page, "dave's keys page")
  })
})
