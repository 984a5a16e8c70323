import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { injectFault } from '../../../testing/emulator'
import { demoUsers, setUpEmulator } from '../../../testing/users'
import { renderUser } from '../../../testing/user-page'

setUpEmulator()

describe('UserKeysPage', () => {
  it('shows the user’s name, email, role and canonical user ID with a copy button', async () => {
    await renderUser(demoUsers.alice.id)
    expect(await screen.findByRole('heading', { level: 1, name: 'Alice Anderson' })).toBeVisible()
    expect(screen.getByText('alice@example.com')).toBeVisible()
    expect(await screen.findByText('User')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Copy canonical user ID' })).toBeVisible()
    expect(screen.getByText('May use Object Storage')).toBeVisible()
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' })
    expect(within(breadcrumb).getByRole('link', { name: 'Users & groups' })).toHaveAttribute(
      'href',
      '/users',
    )
  })

  it('names the contract owner as owner and tells the panel when the page is the viewer’s own', async () => {
    await renderUser(demoUsers.owner.id, demoUsers.owner.email)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Olivia Owner (you)' }),
    ).toBeVisible()
    expect(await screen.findByText('Owner')).toBeVisible()
    expect(screen.getByText('Self')).toBeVisible()
  })

  it('explains a missing privilege and grants it through a group that has “Use Object Storage”', async () => {
    const { user } = await renderUser(demoUsers.carol.id)
    expect(await screen.findByText('Appears after the first key is generated.')).toBeVisible()
    expect(
      await screen.findByRole('heading', { name: 'Carol Clark cannot use Object Storage yet' }),
    ).toBeVisible()
    expect(screen.getByText('May not use Object Storage')).toBeVisible()

    // The keys tab leads to the Groups tab, where the dialog opens at once.
    await user.click(screen.getByRole('link', { name: 'Add to a group…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Let Carol Clark use Object Storage' })
    const choices = await within(dialog).findByRole('radiogroup', {
      name: 'Groups with “Use Object Storage”',
    })
    const radios = await within(choices).findAllByRole('radio')
    expect(radios.map((radio) => radio.closest('label')?.textContent)).toEqual([
      'Object Storage users',
      'Backup operators',
    ])
    await waitFor(() => expect(radios[0]).toHaveFocus())
    await user.click(within(dialog).getByRole('radio', { name: 'Backup operators' }))
    await user.click(within(dialog).getByRole('button', { name: 'Add to group' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(screen.getByRole('tab', { name: 'Groups' })).toHaveAttribute('aria-selected', 'true')
    const table = screen.getByRole('table', { name: 'Groups of Carol Clark' })
    expect(within(table).getByRole('row', { name: /Backup operators Yes/ })).toBeVisible()
    await user.click(screen.getByRole('tab', { name: 'Object Storage Keys' }))
    expect(await screen.findByText('May use Object Storage')).toBeVisible()
    expect(screen.queryByRole('heading', { name: /cannot use Object Storage/ })).toBeNull()
    // Said politely through the live region (the snackbar shows it too, without a role).
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Carol Clark is now in “Backup operators” and can use Object Storage.',
      ),
    )

    // The first key brings the canonical user ID, and the header shows it without a reload.
    await user.click(screen.getByRole('button', { name: 'Generate probe key' }))
    expect(await screen.findByRole('button', { name: 'Copy canonical user ID' })).toBeVisible()
  })

  it('shows the server’s message when adding to the group fails, and keeps the dialog open', async () => {
    const { user } = await renderUser(demoUsers.carol.id)
    await user.click(await screen.findByRole('link', { name: 'Add to a group…' }))
    const dialog = await screen.findByRole('dialog')
    await within(dialog).findAllByRole('radio')
    await injectFault({
      method: 'POST',
      path: '/cloudapi/v6/um/groups/*/users',
      status: 422,
      message: 'The group is being changed by another request.',
    })
    await user.click(within(dialog).getByRole('button', { name: 'Add to group' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The group is being changed by another request.',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    const table = screen.getByRole('table', { name: 'Groups of Carol Clark' })
    expect(within(table).queryByText('Backup operators')).toBeNull()
  })

  it('shows “user not found” with a way back for an unknown or unreadable id', async () => {
    await renderUser('00000000-0000-4000-8000-0000000000ff')
    expect(await screen.findByRole('heading', { name: 'User not found' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Go to Users & groups' })).toHaveAttribute(
      'href',
      '/users',
    )
  })

  it('treats an id that is not a user id as not found', async () => {
    await renderUser('not-a-user')
    expect(await screen.findByRole('heading', { name: 'User not found' })).toBeVisible()
  })

  it('says when the groups cannot be read, and lets the server decide about keys', async () => {
    await injectFault({
      method: 'GET',
      path: `/cloudapi/v6/um/users/${demoUsers.carol.id}/groups`,
      status: 500,
    })
    const { user } = await renderUser(demoUsers.carol.id)
    expect(await screen.findByText(/The user’s groups could not be loaded/)).toBeVisible()
    expect(screen.getByText('May use Object Storage')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('May not use Object Storage')).toBeVisible()
  })

  it('shows the not-permitted page when the API refuses (403)', async () => {
    await renderUser(demoUsers.bob.id, demoUsers.alice.email)
    expect(await screen.findByRole('heading', { name: 'Not permitted' })).toBeVisible()
  })
})
