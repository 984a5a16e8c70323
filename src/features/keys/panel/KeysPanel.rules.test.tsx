import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  control,
  demoUsers,
  findKeysTable,
  injectFault,
  renderKeys,
  setUpEmulator,
} from '../../../testing/keys'

setUpEmulator()

describe('KeysPanel: IONOS’s rules', { timeout: 20_000 }, () => {
  it('disables Generate at five keys and says why, and marks the legacy key', async () => {
    await renderKeys({ as: 'dave@example.com' })
    const table = await findKeysTable()
    expect(screen.getByText('5 of 5 keys')).toBeVisible()
    const generate = screen.getByRole('button', { name: 'Generate key' })
    expect(generate).toBeDisabled()
    expect(generate).toHaveAccessibleDescription(
      'The limit of 5 keys is reached. Delete a key to generate a new one.',
    )
    expect(within(table).getAllByText('Legacy')).toHaveLength(1)
    const switches = within(table).getAllByRole('switch')
    expect(switches.filter((toggle) => !(toggle as HTMLInputElement).checked)).toHaveLength(1)
  })

  it('switches a key off at once while another stays active, and announces it', async () => {
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const table = await findKeysTable()
    const [first] = within(table).getAllByRole('switch')
    if (!first) throw new Error('no switch')
    const name = first.getAttribute('aria-label')?.replace('Active: ', '') ?? ''
    await user.click(first)
    expect(first).not.toBeChecked()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await screen.findByText(`Key ${name} is deactivated.`)).toBeVisible()
    expect(first).not.toBeChecked()
  })

  it('asks before switching off the last active key and explains that bucket access is lost', async () => {
    const { user } = await renderKeys({ as: 'bob@example.com' })
    const table = await findKeysTable()
    const toggle = within(table).getByRole('switch')
    await user.click(toggle)
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate the last active key?' })
    expect(dialog).toHaveTextContent(/all access to the buckets is lost/)
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(toggle).toBeChecked()

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(toggle).toBeChecked()
    expect(toggle).toHaveFocus()

    await user.click(toggle)
    const again = await screen.findByRole('dialog', { name: 'Deactivate the last active key?' })
    await user.click(within(again).getByRole('button', { name: 'Deactivate' }))
    await waitFor(() => expect(toggle).not.toBeChecked())
    expect(await screen.findByText(/is deactivated\.$/)).toBeVisible()
  })

  it('moves the switch back and names the key when the server refuses', async () => {
    await injectFault({
      method: 'PUT',
      path: `/cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys/*`,
      status: 422,
      message: 'The key is locked by a running operation.',
    })
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const table = await findKeysTable()
    const [first] = within(table).getAllByRole('switch')
    if (!first) throw new Error('no switch')
    const name = first.getAttribute('aria-label')?.replace('Active: ', '') ?? ''
    await user.click(first)
    expect(first).not.toBeChecked()
    expect(
      await screen.findByText(
        `Key ${name} could not be deactivated and stays active. The server answered: “The key is locked by a running operation.”`,
      ),
    ).toBeVisible()
    expect(first).toBeChecked()
  })

  it('explains the rule for the only key, offers the ways out first and shows the server’s refusal', async () => {
    const { user } = await renderKeys({ as: 'bob@example.com' })
    const table = await findKeysTable()
    await user.click(within(table).getByRole('button', { name: /^Delete key / }))
    const dialog = await screen.findByRole('dialog', { name: /^Delete key 00000/ })
    expect(dialog).toHaveTextContent(/only key of a user who has buckets/)
    expect(dialog).toHaveTextContent(/cannot be restored/)
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    const buttons = within(dialog)
      .getAllByRole('button')
      .map((button) => button.getAttribute('aria-label') ?? button.textContent)
    expect(buttons).toEqual([
      'Deactivate it instead',
      'Generate a new key first',
      expect.stringMatching(/^Copy access key 00000/),
      'Cancel',
      'Delete key',
    ])

    await user.click(within(dialog).getByRole('button', { name: 'Delete key' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      /^The key was not deleted\. The server answered: “This is the only key of a user who has buckets/,
    )
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(within(table).getAllByRole('row')).toHaveLength(2)
    expect(screen.getByText('1 of 5 keys')).toBeVisible()
  })

  it('offers to deactivate the only key instead of deleting it, with the same confirmation', async () => {
    const { user } = await renderKeys({ as: 'bob@example.com' })
    const table = await findKeysTable()
    await user.click(within(table).getByRole('button', { name: /^Delete key / }))
    const dialog = await screen.findByRole('dialog', { name: /^Delete key/ })
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate it instead' }))
    const confirm = await screen.findByRole('dialog', { name: 'Deactivate the last active key?' })
    await waitFor(() =>
      expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus(),
    )
    await user.click(within(confirm).getByRole('button', { name: 'Deactivate' }))
    expect(await screen.findByText(/is deactivated\.$/)).toBeVisible()
    expect(within(table).getByRole('switch')).not.toBeChecked()
  })

  it('deletes the only key once the user has no buckets, and announces it', async () => {
    await control('PUT', `/users/${demoUsers.bob.id}/buckets`, { count: 0 })
    const { user } = await renderKeys({ as: 'bob@example.com' })
    const table = await findKeysTable()
    await user.click(within(table).getByRole('button', { name: /^Delete key / }))
    const dialog = await screen.findByRole('dialog', { name: /^Delete key/ })
    await user.click(within(dialog).getByRole('button', { name: 'Delete key' }))
    expect(await screen.findByText(/^Key 00000.* is deleted\.$/)).toBeVisible()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await screen.findByRole('heading', { name: 'No keys yet' })).toBeVisible()
    expect(screen.getByText('0 of 5 keys')).toBeVisible()
  })

  it('tells a user without the privilege what is missing and who can grant it, with no buttons', async () => {
    await renderKeys({ as: 'carol@example.com' })
    expect(
      await screen.findByRole('heading', {
        name: 'Object Storage is not enabled for your account',
      }),
    ).toBeVisible()
    expect(screen.getByText(/A contract owner or administrator can add you/)).toBeVisible()
    expect(await screen.findByText('0 of 5 keys')).toBeVisible()
    expect(screen.queryByRole('button')).toBeNull()
    // The page ends with what to do next.
    const last = await screen.findByText(/^What to do: ask an administrator of your contract/)
    expect(last).toHaveTextContent('“Use Object Storage”')
    expect(last.parentElement?.lastElementChild).toBe(last)
  })

  it('shows another user’s keys without any action when that user lacks the privilege', async () => {
    const panel = {
      userId: demoUsers.alice.id,
      isSelf: false,
      canUseObjectStorage: false,
      ownerName: 'Alice Anderson',
    }
    await renderKeys({ as: 'owner@example.com', panel })
    const table = await findKeysTable('Object Storage keys of Alice Anderson')
    expect(screen.queryByRole('button', { name: 'Generate key' })).toBeNull()
    expect(within(table).queryByRole('button', { name: /^Delete key/ })).toBeNull()
    for (const toggle of within(table).getAllByRole('switch')) expect(toggle).toBeDisabled()
  })

  it('says that descriptions are the owner’s only where another user has keys to describe', async () => {
    const note = /only available to the key’s owner/
    const carol = { userId: demoUsers.carol.id, isSelf: false, canUseObjectStorage: false }
    await renderKeys({ as: 'owner@example.com', panel: { ...carol, ownerName: 'Carol Clark' } })
    expect(await screen.findByText('0 of 5 keys')).toBeVisible()
    expect(screen.queryByText(note)).toBeNull()
  })
})
