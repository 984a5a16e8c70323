import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { injectFault } from '../../../testing/emulator'
import { getUserGroups } from '../../../api/users'
import { demoUsers, setUpEmulator } from '../../../testing/users'
import { renderUser } from '../../../testing/user-page'

setUpEmulator()

const groupsOf = async (userId: string) => (await getUserGroups(userId)).map((group) => group.name)

describe('a user’s page has tabs', () => {
  it('shows Object Storage Keys, selected, and Groups, each a link to its own URL', async () => {
    await renderUser(demoUsers.bob.id)
    const tabs = await screen.findByRole('tablist', { name: 'Parts of the user’s page' })
    const keys = within(tabs).getByRole('tab', { name: 'Object Storage Keys' })
    const groups = within(tabs).getByRole('tab', { name: 'Groups' })
    expect(keys).toHaveAttribute('aria-selected', 'true')
    expect(keys).toHaveAttribute('href', `/users/${demoUsers.bob.id}/keys`)
    expect(groups).toHaveAttribute('aria-selected', 'false')
    expect(groups).toHaveAttribute('href', `/users/${demoUsers.bob.id}/groups`)
    expect(screen.getByRole('tabpanel', { name: 'Object Storage Keys' })).toContainElement(
      screen.getByRole('region', { name: 'Keys probe' }),
    )
  })

  it('moves to Groups with the arrow keys and opens it with Enter', async () => {
    const { user, router } = await renderUser(demoUsers.bob.id)
    const keys = await screen.findByRole('tab', { name: 'Object Storage Keys' })
    await user.click(keys)
    await user.keyboard('{ArrowRight}')
    const groups = screen.getByRole('tab', { name: 'Groups' })
    expect(groups).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(router.state.location.pathname).toBe(`/users/${demoUsers.bob.id}/groups`)
    const panel = await screen.findByRole('tabpanel', { name: 'Groups' })
    expect(await within(panel).findByRole('table', { name: 'Groups of Bob Brown' })).toBeVisible()
    expect(groups).toHaveAttribute('aria-selected', 'true')
  })
})

describe('the Groups tab', () => {
  it('lists the user’s groups and which of them grant “Use Object Storage”', async () => {
    await renderUser(demoUsers.carol.id, undefined, 'groups')
    const table = await screen.findByRole('table', { name: 'Groups of Carol Clark' })
    expect(within(table).getByRole('row', { name: /^Developers No/ })).toBeVisible()
    expect(screen.getByText('Carol Clark cannot use Object Storage yet')).toBeVisible()
  })

  it('says that an administrator needs no group', async () => {
    await renderUser(demoUsers.admin.id, demoUsers.owner.email, 'groups')
    expect(await screen.findByText('Adam Admin is in no group.')).toBeVisible()
    expect(
      screen.getByText(
        'Adam Admin is an administrator and may use Object Storage without a group.',
      ),
    ).toBeVisible()
  })

  it('warns that leaving the only group with the privilege ends new keys, and removes bob when confirmed', async () => {
    const { user } = await renderUser(demoUsers.bob.id, undefined, 'groups')
    await user.click(
      await screen.findByRole('button', { name: 'Remove Bob Brown from “Object Storage users”' }),
    )
    const dialog = await screen.findByRole('dialog', {
      name: 'Remove Bob Brown from “Object Storage users”?',
    })
    expect(dialog).toHaveTextContent(
      '“Object Storage users” is the only group that lets Bob Brown use Object Storage. Without it, Bob Brown can no longer generate keys.',
    )
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus(),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }))

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await screen.findByText('Bob Brown is in no group.')).toBeVisible()
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Bob Brown is no longer in “Object Storage users”.',
      ),
    )
    expect(await groupsOf(demoUsers.bob.id)).toEqual([])
  })

  it('says that a group without the privilege leaves the keys alone', async () => {
    const { user } = await renderUser(demoUsers.carol.id, undefined, 'groups')
    await user.click(
      await screen.findByRole('button', { name: 'Remove Carol Clark from “Developers”' }),
    )
    const dialog = await screen.findByRole('dialog', {
      name: 'Remove Carol Clark from “Developers”?',
    })
    expect(dialog).toHaveTextContent(
      '“Developers” does not grant “Use Object Storage”: Carol Clark’s Object Storage keys are not affected.',
    )
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await groupsOf(demoUsers.carol.id)).toEqual(['Developers'])
  })

  it('shows the server’s refusal in the dialog and keeps the user in the group', async () => {
    const { user } = await renderUser(demoUsers.alice.id, undefined, 'groups')
    await user.click(
      await screen.findByRole('button', {
        name: 'Remove Alice Anderson from “Object Storage users”',
      }),
    )
    const dialog = await screen.findByRole('dialog')
    await injectFault({
      method: 'DELETE',
      path: '/cloudapi/v6/um/groups/*/users/*',
      status: 422,
      message: 'The group is being changed by another request.',
    })
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The group is being changed by another request.',
    )
    expect(await groupsOf(demoUsers.alice.id)).toEqual(['Object Storage users'])
  })
})
