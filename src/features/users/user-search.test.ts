import { describe, expect, it } from 'vitest'
import type { ListedUser, UserPage } from '../../api/users'
import { DEFAULT_LIST_QUERY } from './list-query'
import { API_MAX_LIMIT, listRequest, mergePages, pageOf, searchFilters } from './user-search'

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

describe('listRequest', () => {
  it('asks the server for exactly one page when it can page by itself', () => {
    const query = { ...DEFAULT_LIST_QUERY, page: 3, search: 'bob@' }
    expect(listRequest(query)).toEqual({
      kind: 'page',
      filter: { email: 'bob@' },
      sort: 'lastname',
      offset: 50,
      limit: 25,
    })
  })

  it('asks the same for every page of a name search, so paging through it costs nothing', () => {
    const first = listRequest({ ...DEFAULT_LIST_QUERY, search: 'ali' })
    expect(listRequest({ ...DEFAULT_LIST_QUERY, search: 'ali', page: 4 })).toEqual(first)
    expect(first).toMatchObject({ kind: 'matches', sort: 'lastname' })
  })
})

describe('mergePages', () => {
  it('merges, removes duplicates and sorts as the API does', () => {
    const byEmail = page([user('a', 'Zeta'), user('b', 'Alpha')])
    const byName = page([user('b', 'Alpha'), user('c', 'beta')])
    const merged = mergePages([byEmail, byName], 'lastname')
    expect(merged.users.map((u) => u.id)).toEqual(['b', 'c', 'a'])
    expect(merged).toMatchObject({ kind: 'matches', truncated: false })
  })

  it('keeps only the first 100 when a page of matches was cut off, and says so', () => {
    const many = Array.from({ length: API_MAX_LIMIT }, (_, i) => user(`m${i}`, `n${1000 + i}`))
    const merged = mergePages([page(many, true), page([user('x', 'a-first')])], 'lastname')
    expect(merged.users).toHaveLength(API_MAX_LIMIT)
    expect(merged.users[0]?.id).toBe('x')
    expect(merged).toMatchObject({ truncated: true })
  })
})

describe('pageOf', () => {
  const five = ['a', 'b', 'c', 'd', 'e'].map((id) => user(id, id))

  it('pages through the matches of a name search', () => {
    const data = { kind: 'matches', users: five, truncated: false } as const
    const second = pageOf(data, { page: 2, pageSize: 2 })
    expect(second.users.map((u) => u.id)).toEqual(['c', 'd'])
    expect(second).toMatchObject({ offset: 2, hasNext: true, total: 5 })
    expect(pageOf(data, { page: 3, pageSize: 2 })).toMatchObject({ hasNext: false, offset: 4 })
    expect(pageOf({ ...data, truncated: true }, { page: 1, pageSize: 2 }).total).toBeNull()
  })

  it('knows the total of a server list only on its last page', () => {
    const data = { kind: 'page', users: five, offset: 25, hasNext: true } as const
    expect(pageOf(data, { page: 2, pageSize: 25 })).toMatchObject({ total: null, hasNext: true })
    expect(pageOf({ ...data, hasNext: false }, { page: 2, pageSize: 25 }).total).toBe(30)
  })
})
