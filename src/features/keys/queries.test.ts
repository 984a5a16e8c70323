import { QueryClient } from '@tanstack/react-query'
import { describe, expect, it } from 'vitest'
import { keyQueries, keySource, prefetchOwnKeys } from './queries'

describe('keySource', () => {
  it('asks the management API only for the signed-in user’s own keys, with the privilege', () => {
    expect(keySource('u1', true, true)).toEqual({ userId: 'u1', management: 'ask' })
    expect(keySource('u1', false, true)).toEqual({ userId: 'u1', management: 'not-asked' })
    expect(keySource('u1', true, false)).toEqual({ userId: 'u1', management: 'not-asked' })
  })
})

describe('keyQueries', () => {
  it('keys a user’s list from general to specific, with everything the query reads', () => {
    const { queryKey } = keyQueries.list({ userId: 'u1', management: 'ask' })
    expect(queryKey).toEqual(['keys', 'u1', 'list', { management: 'ask' }])
    expect(queryKey.slice(0, 3)).toEqual(keyQueries.lists('u1'))
    expect(keyQueries.lists('u1').slice(0, 2)).toEqual(keyQueries.ofUser('u1'))
  })
})

describe('prefetchOwnKeys', () => {
  const listKey = keyQueries.list({ userId: 'u1', management: 'ask' }).queryKey
  // The requests themselves fail here (no emulator); what is kept in the cache is the point.
  const offline = () => new QueryClient({ defaultOptions: { queries: { retry: false } } })

  it('takes back a list it started for a session that did not begin', () => {
    const client = offline()
    const undo = prefetchOwnKeys(client, 'u1', true)
    expect(client.getQueryState(listKey)).toBeDefined()
    undo()
    expect(client.getQueryState(listKey)).toBeUndefined()
  })

  it('leaves a list that was already shown (a failed sign-in over the page) in place', () => {
    const client = offline()
    client.setQueryData(listKey, { keys: [], management: 'used' })
    prefetchOwnKeys(client, 'u1', true)()
    expect(client.getQueryData(listKey)).toEqual({ keys: [], management: 'used' })
  })
})
