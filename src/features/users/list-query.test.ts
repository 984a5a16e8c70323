import { describe, expect, it } from 'vitest'
import { changeListQuery, DEFAULT_LIST_QUERY, readListQuery, writeListQuery } from './list-query'

const read = (search: string) => readListQuery(new URLSearchParams(search))

describe('the users list in the URL', () => {
  it('reads page, search, sort and page size', () => {
    expect(read('?page=3&q=ali&sort=email&size=50')).toEqual({
      page: 3,
      pageSize: 50,
      search: 'ali',
      sort: 'email',
    })
  })

  it('falls back to the defaults for anything it cannot read', () => {
    expect(read('?page=0&size=7&sort=password&q=')).toEqual(DEFAULT_LIST_QUERY)
    expect(read('?page=2.5')).toEqual(DEFAULT_LIST_QUERY)
    expect(read('?page=-1')).toEqual(DEFAULT_LIST_QUERY)
    expect(read('?page=99999999999')).toEqual(DEFAULT_LIST_QUERY)
  })

  it('leaves the defaults out, so the plain list is just /users', () => {
    expect(writeListQuery(DEFAULT_LIST_QUERY).toString()).toBe('')
    const query = { page: 2, pageSize: 100, search: 'bob', sort: 'email' } as const
    expect(writeListQuery(query).toString()).toBe('q=bob&sort=email&size=100&page=2')
  })

  it('round-trips what it writes', () => {
    const query = { page: 4, pageSize: 10, search: 'Anna Becker', sort: 'lastname' } as const
    expect(readListQuery(writeListQuery(query))).toEqual(query)
  })

  it('starts again on the first page when the search, order or page size changes', () => {
    const onPage3 = { ...DEFAULT_LIST_QUERY, page: 3 }
    expect(changeListQuery(onPage3, { search: 'ali' })).toMatchObject({ page: 1, search: 'ali' })
    expect(changeListQuery(onPage3, { sort: 'email' }).page).toBe(1)
    expect(changeListQuery(onPage3, { pageSize: 50 }).page).toBe(1)
  })
})
