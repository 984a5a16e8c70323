import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { demoUsers, recordRequests, renderSignedIn, setUpEmulator } from '../../../testing/users'
import { UsersPage } from './UsersPage'

// 7 demo users and 30 generated ones: two pages of 25.
setUpEmulator({ extraUsers: 30 })

function renderUsers(at = '/users', as = 'owner@example.com') {
  const page = <UsersPage notPermitted={<h1>Not permitted</h1>} />
  return renderSignedIn(page, { as, at, route: '/users' })
}

async function findTable() {
  return screen.findByRole('table', { name: 'Users of the contract' })
}

/** The data cells of the row whose name link is `name` (found by its link: rows are many). */
function cellsOf(table: HTMLElement, name: string): string[] {
  const row = within(table).getByRole('link', { name }).closest('tr')
  return [...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent ?? '')
}

describe('UsersPage', () => {
  it('lists users with role, active state, Object Storage privilege and two-factor authentication', async () => {
    await renderUsers('/users?sort=email')
    const table = await findTable()
    await waitFor(() => expect(cellsOf(table, 'Olivia Owner')).toContain('Owner'))
    // email, role, active, Object Storage, 2FA
    expect(cellsOf(table, 'Olivia Owner')).toEqual([
      'owner@example.com',
      'Owner',
      'Yes',
      'Yes',
      'Off',
    ])
    expect(cellsOf(table, 'Adam Admin')).toEqual([
      'admin@example.com',
      'Administrator',
      'Yes',
      'Yes',
      'Off',
    ])
    expect(cellsOf(table, 'Alice Anderson')).toEqual([
      'alice@example.com',
      'User',
      'Yes',
      'Yes',
      'Off',
    ])
    expect(cellsOf(table, 'Carol Clark')).toEqual(['carol@example.com', 'User', 'Yes', 'No', 'Off'])
    expect(cellsOf(table, 'Lee Locked')).toEqual(['locked@example.com', 'User', 'No', 'No', 'Off'])
  })

  it('marks the signed-in user and links every name to the user’s keys', async () => {
    const { user, router } = await renderUsers('/users?sort=email&q=ali')
    const table = await findTable()
    expect(await within(table).findByRole('link', { name: 'Alice Anderson' })).toBeVisible()
    await user.click(within(table).getByRole('link', { name: 'Alice Anderson' }))
    expect(router.state.location.pathname).toBe(`/users/${demoUsers.alice.id}/keys`)
    expect(router.state.location.state).toEqual({ from: '?sort=email&q=ali' })
  })

  it('says which user is the one signed in', async () => {
    await renderUsers('/users?q=owner@')
    const table = await findTable()
    expect(
      await within(table).findByRole('rowheader', { name: 'Olivia Owner (you)' }),
    ).toBeVisible()
  })

  it('pages on the server, keeps the page in the URL and never asks for keys or per-user groups', async () => {
    const requests = recordRequests()
    try {
      const { user, router } = await renderUsers('/users?sort=email')
      await findTable()
      // Page 2, read ahead, is the last one: from then on page 1 knows the total too.
      expect(await screen.findByText('1–25 of 37')).toBeVisible()
      await user.click(screen.getByRole('button', { name: 'Go to the next page' }))
      expect(await screen.findByText('26–37 of 37')).toBeVisible()
      expect(router.state.location.search).toBe('?sort=email&page=2')
      expect(screen.getByRole('button', { name: 'Go to the next page' })).toBeDisabled()
      await user.click(screen.getByRole('button', { name: 'Go to the previous page' }))
      expect(await screen.findByText('1–25 of 37')).toBeVisible()
    } finally {
      requests.stop()
    }
    const perUser = requests.paths.filter((path) =>
      /s3keys|accesskeys|\/users\/[^/]+\/groups/.test(path),
    )
    expect(perUser).toEqual([])
  })

  it('shows as many users per page as chosen, from the first page, with the size in the URL', async () => {
    const { user, router } = await renderUsers('/users?sort=email&page=2')
    const table = await findTable()
    expect(await screen.findByText('26–37 of 37')).toBeVisible()
    const perPage = screen.getByRole('combobox', { name: 'Users per page:' })
    expect(perPage).toHaveValue('25')
    await user.selectOptions(perPage, '10')
    expect(await screen.findByText('1–10 of more than 10')).toBeVisible()
    expect(router.state.location.search).toBe('?sort=email&size=10')
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(11))
  })

  it('has the next page ready before it is asked for', async () => {
    const { user, queryClient } = await renderUsers('/users?sort=email')
    await findTable()
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    const requests = recordRequests()
    try {
      await user.click(screen.getByRole('button', { name: 'Go to the next page' }))
      expect(await screen.findByText('26–37 of 37')).toBeVisible()
      expect(within(await findTable()).getByRole('link', { name: /00019$/ })).toBeVisible()
    } finally {
      requests.stop()
    }
    expect(requests.paths).toEqual([])
  })

  it('searches by name after a pause, from the first page, with the search in the URL', async () => {
    const { user, router } = await renderUsers('/users?sort=email&page=2')
    await findTable()
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'carol')
    const table = await findTable()
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2))
    expect(within(table).getByRole('link', { name: 'Carol Clark' })).toBeVisible()
    expect(router.state.location.search).toBe('?q=carol&sort=email')
  })

  it('searches by email at once on Enter', async () => {
    const { user, router } = await renderUsers()
    await findTable()
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'bob@example{Enter}')
    expect(router.state.location.search).toBe('?q=bob%40example')
    const table = await findTable()
    expect(await within(table).findByRole('link', { name: 'Bob Brown' })).toBeVisible()
  })

  it('finds a user by first and last name together', async () => {
    await renderUsers('/users?q=Dave+Davis')
    const table = await findTable()
    expect(await within(table).findByRole('link', { name: 'Dave Davis' })).toBeVisible()
  })

  it('says when no user matches, and clears the search', async () => {
    const { user, router } = await renderUsers('/users?q=nobody-here')
    expect(await screen.findByText('No user matches “nobody-here”.')).toBeVisible()
    await user.click(screen.getByRole('button', { name: 'Clear search' }))
    expect(router.state.location.search).toBe('')
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('')
  })

  it('sorts by a column from its header and says so to screen readers', async () => {
    const { user, router } = await renderUsers()
    const table = await findTable()
    const nameHeader = within(table).getByRole('columnheader', { name: /Name/ })
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending')
    // Names read "first last", so the header says the order is by last name.
    expect(
      within(table).getByRole('button', { name: 'Name (by last name) (sorted A to Z)' }),
    ).toBeVisible()
    await user.click(within(table).getByRole('button', { name: 'Email' }))
    expect(router.state.location.search).toBe('?sort=email')
    const emailHeader = within(table).getByRole('columnheader', { name: /Email/ })
    expect(emailHeader).toHaveAttribute('aria-sort', 'ascending')
    expect(nameHeader).not.toHaveAttribute('aria-sort')
  })

  it('comes back to the same search and page after a user’s page and Back', async () => {
    const { user, router } = await renderUsers()
    await findTable()
    await user.type(screen.getByRole('searchbox', { name: 'Search users' }), 'example{Enter}')
    await waitFor(() => expect(router.state.location.search).toBe('?q=example'))
    await user.click(await screen.findByRole('button', { name: 'Go to the next page' }))
    expect(await screen.findByText(/^26–/)).toBeVisible()
    const table = await findTable()
    const [first] = await within(table).findAllByRole('link')
    if (!first) throw new Error('page 2 shows no user')
    await user.click(first)
    expect(await screen.findByText('Elsewhere')).toBeVisible()

    await router.navigate(-1)
    expect(await screen.findByText(/^26–/)).toBeVisible()
    expect(router.state.location.search).toBe('?q=example&page=2')
    expect(screen.getByRole('searchbox', { name: 'Search users' })).toHaveValue('example')
    expect(
      within(await findTable()).getByRole('link', { name: first.textContent ?? '' }),
    ).toBeVisible()
  })

  it('says in German that names sort by last name', async () => {
    localStorage.setItem('oskc.locale', 'de')
    try {
      await renderUsers()
      const table = await screen.findByRole('table', { name: 'Benutzer des Vertrags' })
      expect(
        within(table).getByRole('button', { name: 'Name (nach Nachname) (von A bis Z sortiert)' }),
      ).toBeVisible()
    } finally {
      localStorage.removeItem('oskc.locale')
    }
  })

  it('shows the back button’s search again when the URL changes', async () => {
    const { router } = await renderUsers('/users?q=bob')
    await findTable()
    await router.navigate('/users?q=dave')
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveValue('dave'))
  })

  it('shows the not-permitted page when the API refuses the list', async () => {
    await renderUsers('/users', demoUsers.alice.email)
    expect(await screen.findByRole('heading', { name: 'Not permitted' })).toBeVisible()
  })
})
