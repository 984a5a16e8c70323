/**
 * What the users list shows, as it lives in the URL (`?page=2&q=ali&sort=email&size=50`), so a
 * reload or a shared link shows the same page. Defaults are left out of the URL; anything
 * unreadable falls back to its default instead of failing.
 */
export const PAGE_SIZES = [10, 25, 50, 100] as const
export type PageSize = (typeof PAGE_SIZES)[number]

/** The Cloud API sorts ascending only, by one property; these are the ones the table offers. */
export const SORT_FIELDS = ['lastname', 'email'] as const
export type SortField = (typeof SORT_FIELDS)[number]

export interface UserListQuery {
  /** 1-based. */
  page: number
  pageSize: PageSize
  search: string
  sort: SortField
}

export const DEFAULT_LIST_QUERY: UserListQuery = {
  page: 1,
  pageSize: 25,
  search: '',
  sort: 'lastname',
}

// Far beyond any contract; it only keeps the offset a number the API accepts (int32).
const MAX_PAGE = 100_000

export function readListQuery(params: URLSearchParams): UserListQuery {
  const page = Number(params.get('page'))
  const size = Number(params.get('size'))
  const sort = params.get('sort')
  return {
    page: Number.isInteger(page) && page >= 1 && page <= MAX_PAGE ? page : DEFAULT_LIST_QUERY.page,
    pageSize: PAGE_SIZES.find((option) => option === size) ?? DEFAULT_LIST_QUERY.pageSize,
    search: (params.get('q') ?? '').trim(),
    sort: SORT_FIELDS.find((field) => field === sort) ?? DEFAULT_LIST_QUERY.sort,
  }
}

export function writeListQuery(query: UserListQuery): URLSearchParams {
  const params = new URLSearchParams()
  if (query.search !== '') params.set('q', query.search)
  if (query.sort !== DEFAULT_LIST_QUERY.sort) params.set('sort', query.sort)
  if (query.pageSize !== DEFAULT_LIST_QUERY.pageSize) params.set('size', String(query.pageSize))
  if (query.page !== DEFAULT_LIST_QUERY.page) params.set('page', String(query.page))
  return params
}

/** A new search, sort order or page size starts again on the first page. */
export function changeListQuery(
  query: UserListQuery,
  change: Partial<Omit<UserListQuery, 'page'>>,
): UserListQuery {
  return { ...query, ...change, page: 1 }
}
