import { describe, expect, it } from 'vitest'
import { keyQueries, keySource } from './queries'

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
