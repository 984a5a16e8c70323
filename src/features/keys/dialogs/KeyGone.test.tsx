import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { deleteAccessKey, listAccessKeys } from '../../../api/access-keys'
import {
  control,
  findKeysTable,
  injectFault,
  renderKeys,
  setUpEmulator,
} from '../../../testing/keys'

setUpEmulator()

/** Alice's newer key, the first row: its edit and renew buttons. */
async function firstRowButton(name: RegExp) {
  const table = await findKeysTable()
  const [button] = within(table).getAllByRole('button', { name })
  if (!button) throw new Error(`no button ${String(name)}`)
  return { table, button, key: (button.getAttribute('aria-label') ?? '').split(' ').at(-1) ?? '' }
}

describe('Key dialogs when the key no longer exists', { timeout: 20_000 }, () => {
  it('says the key no longer exists, keeps the typed description to copy, and refreshes the list', async () => {
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const { table, button, key } = await firstRowButton(/^Edit description of key/)
    await user.click(button)
    const dialog = await screen.findByRole('dialog', { name: 'Edit description' })
    await user.type(within(dialog).getByRole('textbox'), 'CI deploys')
    // Deleted elsewhere (another tab) while the dialog is open, and gone by the time of Save.
    const [recent] = (await listAccessKeys()).filter((k) => k.description === '')
    await deleteAccessKey(recent?.id ?? '')
    await expect.poll(async () => (await listAccessKeys()).length).toBe(1)

    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(`Key ${key} no longer exists`)
    expect(alert).toHaveTextContent('Your description was not saved. It is still in the field')
    expect(within(dialog).getByRole('textbox')).toHaveValue('CI deploys')
    expect(
      within(alert).getByRole('button', { name: 'Copy the description you typed' }),
    ).toBeVisible()
    expect(within(dialog).getByRole('button', { name: 'Save' })).toBeDisabled()
    // The list was read again: the deleted key's row is gone (behind the dialog), the dialog stays.
    const rows = () => within(table).getAllByRole('row', { hidden: true })
    await waitFor(() => expect(rows()).toHaveLength(2))
    expect(screen.getByRole('dialog', { name: 'Edit description' })).toBeVisible()

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.getByRole('heading', { name: /keys/i })).toHaveFocus())
  })

  it('does not renew a key that is being deleted, says it no longer exists and shows it being deleted', async () => {
    await control('PUT', '/settings', { destroyingMs: 600_000 })
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const { table, button, key } = await firstRowButton(/^Renew secret of key/)
    await user.click(button)
    const dialog = await screen.findByRole('dialog', { name: `Renew the secret of key ${key}?` })
    const [recent] = (await listAccessKeys()).filter((k) => k.description === '')
    await deleteAccessKey(recent?.id ?? '')

    await user.click(within(dialog).getByRole('button', { name: 'Renew secret' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(`Key ${key} no longer exists`)
    expect(alert).toHaveTextContent('No secret was renewed.')
    expect(within(dialog).getByRole('button', { name: 'Renew secret' })).toBeDisabled()
    expect(await within(table).findByText('Being deleted')).toBeVisible()
    const renewOf = { name: `Renew secret of key ${key}`, hidden: true }
    expect(within(table).queryByRole('button', renewOf)).toBeNull()
  })
})

describe('A refusal in a key dialog', { timeout: 20_000 }, () => {
  it("quotes the server's words as the server's, as text", async () => {
    await injectFault({
      method: 'PUT',
      path: '/s3-management/accesskeys/*',
      status: 422,
      message: '<b>Descriptions</b> & such are refused',
    })
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const { button } = await firstRowButton(/^Edit description of key/)
    await user.click(button)
    const dialog = await screen.findByRole('dialog', { name: 'Edit description' })
    await user.type(within(dialog).getByRole('textbox'), 'CI deploys')
    await user.click(within(dialog).getByRole('button', { name: 'Save' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(
      'The description was not saved. The server answered: “<b>Descriptions</b> & such are refused”',
    )
    expect(alert.querySelector('b')).toBeNull()
    expect(within(dialog).getByRole('textbox')).toHaveValue('CI deploys')
  })
})
