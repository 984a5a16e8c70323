import { listUsers, type ListedUser, type UserListParams, type UserPage } from '../../api/users'
import type { SortField, UserListQuery } from './list-query'

/** The Cloud API's largest page. */
export const API_MAX_LIMIT = 100

export interface UserListResult {
  users: ListedUser[]
  offset: number
  hasNext: boolean
  /** How many users match, when that is known (the API never says; see below). */
  total: number | null
  /** A name search matched more users than it can list; the first 100 are shown. */
  truncated: boolean
}

type Filter = Pick<UserListParams, 'email' | 'firstname' | 'lastname'>

/**
 * Which `filter.*` requests answer a search. The Cloud API filters one property per parameter and
 * ANDs them (contains, case-insensitive), so "email or name" cannot be one request:
 * - text with "@" is an email: one request, paged exactly by the server;
 * - other text may be any part of a name or of an email ("ali", "anderson", "jdoe"): one request
 *   per property, in parallel, merged; "Alice Anderson" also asks first AND last name.
 * Each of those returns at most one API page (100), so a search stays one round trip (~tens of
 * ms with 10,000 users) instead of crawling the contract; past 100 matches the table says to
 * narrow the search.
 */
export function searchFilters(search: string): Filter[] {
  const text = search.trim()
  if (text === '') return [{}]
  if (text.includes('@')) return [{ email: text }]
  const filters: Filter[] = [{ email: text }, { firstname: text }, { lastname: text }]
  const [first, ...rest] = text.split(/\s+/)
  if (first !== undefined && rest.length > 0) {
    filters.push({ firstname: first, lastname: rest.join(' ') })
  }
  return filters
}

export async function fetchUserList(
  query: UserListQuery,
  signal?: AbortSignal,
): Promise<UserListResult> {
  const filters = searchFilters(query.search)
  const orderBy = query.sort
  const [only] = filters
  if (filters.length === 1 && only !== undefined) {
    const offset = (query.page - 1) * query.pageSize
    const page = await listUsers({ ...only, offset, limit: query.pageSize, orderBy }, signal)
    const total = page.hasNext ? null : offset + page.items.length
    return { users: page.items, offset, hasNext: page.hasNext, total, truncated: false }
  }
  const pages = await Promise.all(
    filters.map((filter) =>
      listUsers({ ...filter, offset: 0, limit: API_MAX_LIMIT, orderBy }, signal),
    ),
  )
  return mergePages(pages, query)
}

/**
 * One list from several first pages sorted the same way. The first 100 of the merged,
 * de-duplicated list are exact: a user missing from a truncated page sorts after that page's 100
 * users. Beyond that nothing is certain, so nothing is shown.
 */
export function mergePages(
  pages: readonly UserPage[],
  query: Pick<UserListQuery, 'page' | 'sort'> & { pageSize: number },
): UserListResult {
  const byId = new Map<string, ListedUser>()
  for (const page of pages) for (const user of page.items) byId.set(user.id, user)
  const merged = [...byId.values()].sort(compareBy(query.sort))
  const truncated = pages.some((page) => page.hasNext)
  const available = truncated ? merged.slice(0, API_MAX_LIMIT) : merged
  const offset = (query.page - 1) * query.pageSize
  return {
    users: available.slice(offset, offset + query.pageSize),
    offset,
    hasNext: offset + query.pageSize < available.length,
    total: truncated ? null : available.length,
    truncated,
  }
}

// The order the Cloud API uses for `orderBy`: case-insensitive, ascending.
function compareBy(field: SortField) {
  return (left: ListedUser, right: ListedUser) => {
    const [a, b] = [left[field].toLowerCase(), right[field].toLowerCase()]
    if (a !== b) return a < b ? -1 : 1
    return left.id < right.id ? -1 : left.id > right.id ? 1 : 0
  }
}
