import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addUserToGroup } from '../../../api/groups'
import { listUserKeys } from '../../../api/s3keys'
import { demoGroups } from '../../../testing/emulator'
import { control, demoUsers, renderKeys, setUpEmulator } from '../../../testing/keys'

setUpEmulator()

const carol = demoUsers.carol
const panel = { userId: carol.id, isSelf: false, canUseObjectStorage: true, ownerName: 'Carol' }

async function grantCarolWithDelay(privilegeMs: number) {
  expect((await control('PUT', '/settings', { privilegeMs })).ok).toBe(true)
  await addUserToGroup(demoGroups.objectStorageUsers.id, carol.id)
}

async function generate(user: Awaited<ReturnType<typeof renderKeys>>['user']) {
  await user.click((await screen.findAllByRole('button', { name: 'Generate key' }))[0]!)
  const form = await screen.findByRole('dialog', { name: 'Generate a key' })
  await user.click(within(form).getByRole('button', { name: 'Generate' }))
  return form
}

describe('generating a key while IONOS applies a new privilege', { timeout: 20_000 }, () => {
  it('waits with a progress indicator and tries again until the key is made', async () => {
    const { user } = await renderKeys({ as: demoUsers.owner.email, panel })
    await grantCarolWithDelay(1500)
    const form = await generate(user)
    expect(await within(form).findByRole('status')).toHaveTextContent(
      /IONOS is applying the privilege/,
    )
    expect(
      within(form).getByRole('progressbar', { name: 'Waiting for IONOS to apply the privilege' }),
    ).toBeVisible()
    expect(
      await screen.findByRole('dialog', { name: 'Save your secret key' }, { timeout: 10_000 }),
    ).toBeVisible()
    expect(await listUserKeys(carol.id)).toHaveLength(1)
  })

  it('stops at Cancel, and no key is made', async () => {
    const { user } = await renderKeys({ as: demoUsers.owner.email, panel })
    await grantCarolWithDelay(60_000)
    const form = await generate(user)
    await within(form).findByRole('status')
    await user.click(within(form).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog', { name: 'Generate a key' })).not.toBeInTheDocument()
    expect(await listUserKeys(carol.id)).toEqual([])
  })
})
