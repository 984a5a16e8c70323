import { cleanup, screen, waitFor, within } from '@testing-library/react'
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

/** The text of each data row's cells (the access key cell is the row header). */
function rowsOf(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent ?? ''),
    )
}

describe('KeysPanel: the list', { timeout: 20_000 }, () => {
  it('lists the keys with description, state, status and age from two parallel requests', async () => {
    const requests = recordRequests()
    try {
      await renderKeys({ as: 'alice@example.com' })
      const table = await findKeysTable()
      expect(screen.getByText('2 of 5 keys')).toBeVisible()
      const rows = rowsOf(table)
      // Newest first: the recent key has no description, the older one is "Website assets".
      expect(rows[0]?.[0]).toContain('No description')
      expect(rows[0]?.[2]).toBe('Available')
      expect(rows[0]?.[3]).toMatch(/12 days ago/)
      expect(rows[1]?.[0]).toContain('Website assets')
      expect(within(table).getAllByRole('switch', { name: /^Active: 00000/ })).toHaveLength(2)
      for (const toggle of within(table).getAllByRole('switch')) expect(toggle).toBeChecked()
      const keyCalls = requests.calls.filter((call) => /s3keys|accesskeys|regions/.test(call))
      expect(keyCalls.sort()).toEqual([
        `GET /cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys`,
        'GET /s3-management/accesskeys',
      ])
      expect(requests.maxInFlight).toBeGreaterThanOrEqual(2)
    } finally {
      requests.stop()
    }
  })

  it('shows the canonical and contract user IDs with copy buttons once keys exist', async () => {
    await renderKeys({ as: 'alice@example.com' })
    const ids = await screen.findByRole('group', { name: 'Canonical user ID' })
    expect(within(ids).getByText(/^[0-9a-f]{32}$/)).toBeVisible()
    expect(within(ids).getByRole('button', { name: 'Copy Canonical user ID' })).toBeVisible()
    const contract = screen.getByRole('group', { name: 'Contract user ID' })
    expect(within(contract).getByText(`31415926:${demoUsers.alice.id}`)).toBeVisible()
  })

  it('folds the S3 endpoints until asked, then lists them and remembers the choice', async () => {
    const requests = recordRequests()
    try {
      const { user } = await renderKeys({ as: 'alice@example.com' })
      await findKeysTable()
      const toggle = screen.getByRole('button', { name: 'S3 endpoints' })
      expect(toggle).toHaveAttribute('aria-expanded', 'false')
      expect(requests.calls.filter((call) => call.includes('/regions'))).toEqual([])
      await user.click(toggle)
      expect(await screen.findByText('https://s3.eu-central-3.ionoscloud.com')).toBeVisible()
      // Legacy keys work only with user-owned buckets: each endpoint says whether they work there.
      const endpoint = (url: string) => screen.getByText(url).closest('li')
      expect(endpoint('https://s3.eu-central-3.ionoscloud.com')).toHaveTextContent(
        'Not for legacy keys',
      )
      expect(endpoint('https://s3.eu-central-1.ionoscloud.com')).toHaveTextContent(
        'Legacy keys work here',
      )
      expect(toggle).toHaveAttribute('aria-expanded', 'true')
      expect(requests.calls).toContain('GET /s3-management/regions')
      cleanup()
      await renderKeys({ as: 'alice@example.com' })
      expect(await screen.findByRole('button', { name: 'S3 endpoints' })).toHaveAttribute(
        'aria-expanded',
        'true',
      )
    } finally {
      requests.stop()
      window.localStorage.clear()
    }
  })

  it('invites a user without keys to generate the first one and explains when the canonical ID appears', async () => {
    await renderKeys({ as: 'admin@example.com' })
    expect(await screen.findByRole('heading', { name: 'No keys yet' })).toBeVisible()
    expect(screen.getByText('0 of 5 keys')).toBeVisible()
    expect(screen.getAllByRole('button', { name: 'Generate key' })).toHaveLength(1)
    expect(
      screen.getByText('The canonical user ID appears here once the first key is generated.'),
    ).toBeVisible()
  })

  it('works from the Cloud API alone and says so once when the management API fails', async () => {
    await injectFault({ method: 'GET', path: '/s3-management/accesskeys', status: 500 })
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const table = await findKeysTable()
    expect(screen.getAllByText(/could not be reached/)).toHaveLength(1)
    expect(within(table).queryByRole('columnheader', { name: 'Description' })).toBeNull()
    expect(within(table).queryByRole('columnheader', { name: 'Status' })).toBeNull()
    expect(within(table).queryByRole('button', { name: /^Renew secret/ })).toBeNull()
    expect(within(table).getAllByRole('switch', { name: /^Active:/ })).toHaveLength(2)

    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await within(table).findByRole('columnheader', { name: 'Description' })).toBeVisible()
    expect(screen.queryByText(/could not be reached/)).toBeNull()
  })

  it('shows the error with a retry when the keys cannot be loaded, and recovers', async () => {
    const path = `/cloudapi/v6/um/users/${demoUsers.alice.id}/s3keys`
    await injectFault({ method: 'GET', path, status: 500 })
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const alert = await screen.findByText(/The keys could not be loaded/)
    expect(alert).toHaveTextContent(
      'The keys could not be loaded. The server answered: “Internal server error.”',
    )
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await findKeysTable()).toBeVisible()
  })

  it('filters by description or access key and says when nothing matches', async () => {
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const table = await findKeysTable()
    const filter = screen.getByRole('searchbox', { name: 'Filter by access key or description' })
    await user.type(filter, 'WEBSITE')
    await waitFor(() => expect(rowsOf(table)).toHaveLength(1))
    expect(rowsOf(table)[0]?.[0]).toContain('Website assets')
    await user.clear(filter)
    await user.type(filter, 'no such key')
    expect(await screen.findByText('No key matches “no such key”.')).toBeVisible()
  })

  it('sorts by the column the user picks', async () => {
    const { user } = await renderKeys({ as: 'alice@example.com' })
    const table = await findKeysTable()
    const created = within(table).getByRole('columnheader', { name: /Created/ })
    expect(created).toHaveAttribute('aria-sort', 'descending')
    await user.click(within(created).getByRole('button'))
    expect(created).toHaveAttribute('aria-sort', 'ascending')
    expect(rowsOf(table)[0]?.[0]).toContain('Website assets')
  })

  it('shows another user’s keys from the Cloud API only, without descriptions, renewal or a second copy of their IDs', async () => {
    const requests = recordRequests()
    try {
      const panel = {
        userId: demoUsers.alice.id,
        isSelf: false,
        canUseObjectStorage: true,
        ownerName: 'Alice Anderson',
      }
      await renderKeys({ as: 'admin@example.com', panel })
      const table = await findKeysTable('Object Storage keys of Alice Anderson')
      expect(within(table).queryByRole('columnheader', { name: 'Description' })).toBeNull()
      expect(within(table).queryByRole('button', { name: /^Renew secret/ })).toBeNull()
      expect(within(table).getAllByRole('button', { name: /^Delete key/ })).toHaveLength(2)
      expect(screen.queryByText(/Management API/)).toBeNull()
      // The user's page shows the canonical user ID in its header; the panel does not repeat it.
      expect(screen.queryByText(/^[0-9a-f]{32}$/)).toBeNull()
      expect(requests.calls.filter((call) => call.includes('/s3-management/'))).toEqual([])
    } finally {
      requests.stop()
    }
  })
})
