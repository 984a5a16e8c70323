import { describe, expect, it } from 'vitest'
import type { ListedUser, UserPage } from '../../api/users'
import { DEFAULT_LIST_QUERY } from './list-query'
import { API_MAX_LIMIT, mergePages, searchFilters } from './user-search'

function user(id: string, lastname: string, email = `${id}@example.com`): ListedUser {
  return {
    id,
    firstname: '',
    lastname,
    email,
    administrator: false,
    forceSecAuth: false,
    secAuthActive: false,
    s3CanonicalUserId: null,
    active: true,
    groupIds: [],
  }
}

const page = (items: ListedUser[], hasNext = false): UserPage => ({
  items,
  offset: 0,
  limit: API_MAX_LIMIT,
  hasNext,
  hasPrev: false,
})

describe('searchFilters', () => {
  it('lists everyone without a search', () => {
    expect(searchFilters('  ')).toEqual([{}])
  })

  it('searches the email alone when the text has an @', () => {
    expect(searchFilters(' alice@ex ')).toEqual([{ email: 'alice@ex' }])
  })

  it('searches email, first name and last name for other text', () => {
    expect(searchFilters('ali')).toEqual([
      { email: 'ali' },
      { firstname: 'ali' },
      { lastname: 'ali' },
    ])
  })

  it('also matches a full name as first name and last name', () => {
    expect(searchFilters('Alice  Anderson')).toContainEqual({
      firstname: 'Alice',
      lastname: 'Anderson',
    })
  })
})

describe('mergePages', () => {
  const query = { ...DEFAULT_LIST_QUERY, pageSize: 2 as const }

  it('merges, removes duplicates and sorts as the API does', () => {
    const byEmail = page([user('a', 'Zeta'), user('b', 'Alpha')])
    const byName = page([user('b', 'Alpha'), user('c', 'beta')])
    const result = mergePages([byEmail, byName], { ...query, pageSize: 10 })
    expect(result.users.map((u) => u.id)).toEqual(['b', 'c', 'a'])
    expect(result).toMatchObject({ hasNext: false, total: 3, truncated: false })
  })

  it('pages through the merged list', () => {
    const all = page(['a', 'b', 'c', 'd', 'e'].map((id) => user(id, id)))
    expect(mergePages([all], { ...query, page: 2 }).users.map((u) => u.id)).toEqual(['c', 'd'])
    expect(mergePages([all], { ...query, page: 3 })).toMatchObject({ hasNext: false, offset: 4 })
  })

  it('lists only the first 100 when a page of matches was cut off, and says so', () => {
    const many = Array.from({ length: API_MAX_LIMIT }, (_, i) => user(`m${i}`, `n${1000 + i}`))
    const result = mergePages([page(many, true), page([user('x', 'a-first')])], {
      ...query,
      pageSize: 100,
    })
    expect(result.users).toHaveLength(API_MAX_LIMIT)
    expect(result.users[0]?.id).toBe('x')
    expect(result).toMatchObject({ truncated: true, total: null, hasNext: false })
  })
})
