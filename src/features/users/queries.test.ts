import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { readListQuery } from './list-query'
import { prefetchUsersPage, userQueries } from './queries'

describe('prefetchUsersPage', () => {
  // The requests themselves fail here (no emulator); what is kept in the cache is the point.
  const offline = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const secondPage = userQueries.list(readListQuery(new URLSearchParams('page=2'))).queryKey
  const reads = [secondPage, userQueries.allGroups().queryKey, userQueries.contract().queryKey]

  it('starts the reads of the list the URL names, with the groups and the contract', () => {
    const client = offline()
    prefetchUsersPage(client, '?page=2')
    for (const queryKey of reads) expect(client.getQueryState(queryKey)).toBeDefined()
    expect(client.getQueryCache().getAll()).toHaveLength(3)
  })

  it('takes back what it started for a session that did not begin, and leaves what was shown', () => {
    const client = offline()
    const contract = { contractNumber: 31_000_000, owner: 'owner@example.com', status: 'BILLABLE' }
    client.setQueryData(userQueries.contract().queryKey, contract)
    const undo = prefetchUsersPage(client, '?page=2')
    undo()
    expect(client.getQueryState(secondPage)).toBeUndefined()
    expect(client.getQueryState(userQueries.allGroups().queryKey)).toBeUndefined()
    expect(client.getQueryData(userQueries.contract().queryKey)).toEqual(contract)
  })
})
