import { describe, expect, it } from 'vitest'
import type { ListedUser } from '../../api/users'
import { knownTotal } from './known-total'
import type { UserListData, UserListRequest } from './user-search'

const users = (count: number) => Array.from({ length: count }, () => ({}) as ListedUser)
const request = (offset: number, change: Partial<UserListRequest> = {}): UserListRequest =>
  ({ kind: 'page', filter: {}, sort: 'lastname', offset, limit: 25, ...change }) as UserListRequest
const entry = (req: UserListRequest, data: UserListData) => [['users', 'list', req], data] as const

describe('knownTotal', () => {
  const lastPage = entry(request(25), {
    kind: 'page',
    users: users(12),
    offset: 25,
    hasNext: false,
  })
  const firstPage = entry(request(0), { kind: 'page', users: users(25), offset: 0, hasNext: true })

  it('takes the total from the last page of the same list, for every page of it', () => {
    expect(knownTotal([firstPage, lastPage], request(0))).toBe(37)
  })

  it('knows nothing until the last page was read', () => {
    expect(knownTotal([firstPage], request(0))).toBeNull()
  })

  it('does not take the total of another search, order or page size', () => {
    expect(knownTotal([lastPage], request(0, { sort: 'email' }))).toBeNull()
    expect(knownTotal([lastPage], request(0, { limit: 10 }))).toBeNull()
    expect(knownTotal([lastPage], request(0, { filter: { email: 'ali' } }))).toBeNull()
  })
})
