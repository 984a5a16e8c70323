import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { listUserKeys } from '../../../api/s3keys'
import {
  demoUsers,
  findKeysTable,
  injectFault,
  renderKeys,
  setUpEmulator,
} from '../../../testing/keys'

setUpEmulator()

const alice = demoUsers.alice.id
const create = { method: 'POST', path: '/s3-management/accesskeys' }

async function generate(user: UserEvent) {
  await findKeysTable()
  await user.click(screen.getByRole('button', { name: 'Generate key' }))
  const form = await screen.findByRole('dialog', { name: 'Generate a key' })
  await user.click(within(form).getByRole('button', { name: 'Generate' }))
  return form
}

async function aliceKeys(): Promise<string[]> {
  return (await listUserKeys(alice)).map((key) => key.id)
}

describe('GenerateKeyDialog: a create whose answer is lost', { timeout: 20_000 }, () => {
  it('tells how many keys one click made, names them, and deletes them when asked', async () => {
    // The server makes the key three times (a browser resending the POST), then the line drops.
    await injectFault({ ...create, after: true, drop: true, repeat: 3 })
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const before = await aliceKeys()
    const form = await generate(user)

    const alert = await within(form).findByRole('alert')
    const made = (await aliceKeys()).filter((key) => !before.includes(key))
    expect(made).toHaveLength(3)
    expect(alert).toHaveTextContent(/^3 keys were created, but their secrets could not be shown/)
    for (const key of made) expect(alert).toHaveTextContent(key)

    await user.click(within(alert).getByRole('button', { name: 'Delete these 3 keys' }))
    expect(
      await within(form).findByText('The 3 keys were deleted. You can generate a new one.'),
    ).toBeVisible()
    expect(await aliceKeys()).toEqual(before)
    expect(await screen.findByText('2 of 5 keys')).toBeVisible()
  })

  it('reports a success it cannot read as 1 key created, never as "not generated"', async () => {
    await injectFault({ ...create, after: true, garble: true })
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const before = await aliceKeys()
    const form = await generate(user)

    const alert = await within(form).findByRole('alert')
    const [made] = (await aliceKeys()).filter((key) => !before.includes(key))
    expect(alert).toHaveTextContent(
      `1 key was created, but its secret could not be shown: ${made}.`,
    )
    expect(alert).not.toHaveTextContent(/not generated/)
    expect(await screen.findByText('3 of 5 keys')).toBeVisible()
  })

  it('says no key was created when the list, read again, shows none', async () => {
    await injectFault({ ...create, drop: true })
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const form = await generate(user)
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      /^No key was created: IONOS gave no clear answer, and your list, read again, shows no new key\. The IONOS API could not be reached/,
    )
  })
})
