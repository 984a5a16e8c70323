import { demoUsers } from '../emulator/seed.ts'
import { expect as baseExpect, test } from './fixtures.ts'
import { signIn } from './helpers.ts'

// IONOS applies a new group privilege with a delay (terraform-provider-ionoscloud #881): the
// console waits and tries again, and a user who waits through it gets one key and its secret.
test.describe.configure({ timeout: 60_000 })
const expect = baseExpect.configure({ timeout: 15_000 })

test('the owner grants carol the privilege and generates her first key while IONOS applies it', async ({
  page,
  emulator,
  server,
  request,
}) => {
  void emulator
  const settings = await request.fetch(`${server.url}/__emulator/settings`, {
    method: 'PUT',
    data: { privilegeMs: 4000 },
    headers: { Connection: 'close' },
  })
  expect(settings.ok()).toBe(true)
  const creates: number[] = []
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname
    if (response.request().method() === 'POST' && path.endsWith('/s3keys')) {
      creates.push(response.status())
    }
  })

  await signIn(page, demoUsers.owner.email, `/users/${demoUsers.carol.id}/keys`)
  await page.getByRole('link', { name: 'Add to a group…' }).click()
  const grant = page.getByRole('dialog', { name: 'Let Carol Clark use Object Storage' })
  await grant.getByRole('button', { name: 'Add to group' }).click()
  await expect(grant).toBeHidden()
  // The dialog is on the Groups tab; the keys are one tab away.
  await page.getByRole('tab', { name: 'Object Storage Keys' }).click()

  await page.getByRole('button', { name: 'Generate key' }).first().click()
  const form = page.getByRole('dialog', { name: 'Generate a key' })
  await form.getByRole('button', { name: 'Generate' }).click()
  await expect(form.getByRole('status')).toContainText('IONOS is applying the privilege')
  await expect(
    form.getByRole('progressbar', { name: 'Waiting for IONOS to apply the privilege' }),
  ).toBeVisible()

  const secret = page.getByRole('dialog', { name: 'Save your secret key' })
  await expect(secret).toBeVisible()
  await expect(secret.getByRole('group', { name: 'Secret key' })).toBeVisible()
  await secret.getByRole('checkbox', { name: 'I have saved the secret key' }).check()
  await secret.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByText('1 of 5 keys')).toBeVisible()
  expect(creates.filter((status) => status === 202)).toHaveLength(1)
  expect(creates.filter((status) => status === 422).length).toBeGreaterThan(0)
  expect(creates.every((status) => status === 202 || status === 422)).toBe(true)
})
