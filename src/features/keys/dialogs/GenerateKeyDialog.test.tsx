import type { QueryClient } from '@tanstack/react-query'
import { screen, waitFor, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import {
  demoUsers,
  findKeysTable,
  injectFault,
  recordRequests,
  renderKeys,
  setUpEmulator,
} from '../../../testing/keys'

setUpEmulator()

/** Everything a page keeps: the DOM, web storage and both react-query caches. */
function pageState(queryClient: QueryClient): string {
  const queries = queryClient.getQueryCache().getAll()
  const mutations = queryClient.getMutationCache().getAll()
  return [
    document.documentElement.outerHTML,
    JSON.stringify({ ...window.sessionStorage }),
    JSON.stringify({ ...window.localStorage }),
    JSON.stringify(queries.map((query) => query.state.data)),
    JSON.stringify(mutations.map((mutation) => mutation.state.data)),
    window.location.href,
  ].join('\n')
}

async function openGenerate(user: UserEvent) {
  await findKeysTable()
  await user.click(screen.getByRole('button', { name: 'Generate key' }))
  return screen.findByRole('dialog', { name: 'Generate a key' })
}

describe('GenerateKeyDialog and the one-time secret', { timeout: 20_000 }, () => {
  it('generates a described key and shows its secret once, masked until the user asks', async () => {
    const { user, queryClient } = await renderKeys({ as: 'alice@example.com' })
    const form = await openGenerate(user)
    await user.type(
      within(form).getByRole('textbox', { name: 'Description (optional)' }),
      'CI deploy',
    )
    await user.click(within(form).getByRole('button', { name: 'Generate' }))

    const dialog = await screen.findByRole('dialog', { name: 'Save your secret key' })
    expect(dialog).toHaveTextContent(/only time the secret key is shown/)
    const secretGroup = within(dialog).getByRole('group', { name: 'Secret key' })
    expect(secretGroup).toHaveTextContent('Hidden')
    await user.click(within(dialog).getByRole('button', { name: 'Copy Secret key' }))
    const secret = await navigator.clipboard.readText()
    expect(secret).toMatch(/^[A-Za-z0-9+/=]{40}$/)
    expect(secretGroup).not.toHaveTextContent(secret)
    expect(pageState(queryClient)).not.toContain(secret)

    const show = within(dialog).getByRole('button', { name: 'Show secret key' })
    await user.click(show)
    expect(show).toHaveAttribute('aria-pressed', 'true')
    expect(secretGroup).toHaveTextContent(secret)

    // Neither Escape nor the Close button end it before the user confirms.
    await user.keyboard('{Escape}')
    expect(screen.getByRole('dialog', { name: 'Save your secret key' })).toBeVisible()
    const close = within(dialog).getByRole('button', { name: 'Close' })
    expect(close).toBeDisabled()
    await user.click(within(dialog).getByRole('checkbox', { name: 'I have saved the secret key' }))
    await user.click(close)

    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('button', { name: 'Generate key' })).toHaveFocus()
    const table = await findKeysTable()
    expect(await within(table).findByText('CI deploy')).toBeVisible()
    expect(screen.getByText('3 of 5 keys')).toBeVisible()
    await waitFor(() => expect(pageState(queryClient)).not.toContain(secret))
  })

  it('checks the description before sending it', async () => {
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const form = await openGenerate(user)
    const field = within(form).getByRole('textbox', { name: 'Description (optional)' })
    const requests = recordRequests()
    try {
      await user.click(field)
      await user.paste('x'.repeat(256))
      expect(field).toHaveAccessibleDescription('Use at most 255 characters (now 256).')
      await user.click(within(form).getByRole('button', { name: 'Generate' }))
      await user.clear(field)
      await user.paste('tab\there')
      expect(field).toHaveAccessibleDescription(
        'Remove line breaks, tabs and other control characters.',
      )
      await user.keyboard('{Enter}')
      expect(requests.calls.filter((call) => call.startsWith('POST'))).toEqual([])
    } finally {
      requests.stop()
    }
    expect(screen.getByRole('dialog', { name: 'Generate a key' })).toBeVisible()
  })

  it('says the key was created when the answer is lost after the server made it, and lists it', async () => {
    await injectFault({
      method: 'POST',
      path: '/s3-management/accesskeys',
      drop: true,
      after: true,
    })
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const form = await openGenerate(user)
    await user.click(within(form).getByRole('button', { name: 'Generate' }))
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      /^1 key was created, but its secret could not be shown: /,
    )
    await user.click(within(form).getByRole('button', { name: 'Cancel' }))
    expect(await screen.findByText('3 of 5 keys')).toBeVisible()
  })

  it('shows the server’s refusal and keeps the dialog open', async () => {
    await injectFault({
      method: 'POST',
      path: '/s3-management/accesskeys',
      status: 422,
      message: 'A maximum of five keys per user can be generated.',
    })
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const form = await openGenerate(user)
    await user.click(within(form).getByRole('button', { name: 'Generate' }))
    // (The privilege refusal is waited out instead: privilege/GenerateAfterGrant.test.tsx.)
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The key was not generated. The server answered: “A maximum of five keys per user can be generated.”',
    )
    expect(screen.getByText('2 of 5 keys')).toBeVisible()
  })

  it('generates a key for another user through the Cloud API, without a description', async () => {
    const panel = { userId: demoUsers.bob.id, isSelf: false, canUseObjectStorage: true }
    const { user } = await renderKeys({ as: 'admin@example.com', panel })
    await findKeysTable(/^Object Storage keys of/)
    await user.click(screen.getByRole('button', { name: 'Generate key' }))
    const form = await screen.findByRole('dialog', { name: 'Generate a key' })
    expect(within(form).queryByRole('textbox')).toBeNull()
    await user.click(within(form).getByRole('button', { name: 'Generate' }))
    const dialog = await screen.findByRole('dialog', { name: 'Save your secret key' })
    expect(within(dialog).getByRole('button', { name: 'Download key pair' })).toBeVisible()
    expect(await screen.findByText('2 of 5 keys')).toBeVisible()
  })

  it('renews a secret after confirming that the old one stops working', async () => {
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const table = await findKeysTable()
    const [renew] = within(table).getAllByRole('button', { name: /^Renew secret of key / })
    if (!renew) throw new Error('no renew button')
    await user.click(renew)
    const confirm = await screen.findByRole('dialog', { name: /^Renew the secret of key 00000/ })
    expect(confirm).toHaveTextContent(/current secret stops working at once/)
    expect(within(confirm).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.click(within(confirm).getByRole('button', { name: 'Renew secret' }))
    const dialog = await screen.findByRole('dialog', { name: 'Save your secret key' })
    await user.click(within(dialog).getByRole('checkbox', { name: 'I have saved the secret key' }))
    await user.click(within(dialog).getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(renew).toHaveFocus()
  })

  it('edits a description and announces it', async () => {
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const table = await findKeysTable()
    const edit = within(table).getAllByRole('button', { name: /^Edit description of key / })
    await user.click(edit[1] ?? edit[0] ?? table)
    const dialog = await screen.findByRole('dialog', { name: 'Edit description' })
    const field = within(dialog).getByRole('textbox', { name: 'Description' })
    expect(field).toHaveValue('Website assets')
    await user.clear(field)
    await user.type(field, 'Website assets (CDN){Enter}')
    expect(await screen.findByText(/^The description of key 00000.* is saved\.$/)).toBeVisible()
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(within(table).getByText('Website assets (CDN)')).toBeVisible()
  })
})
