import { listUsers, type ListedUser, type UserListParams, type UserPage } from '../../api/users'
import type { SortField, UserListQuery } from './list-query'

/** The Cloud API's largest page. */
export const API_MAX_LIMIT = 100

type Filter = Pick<UserListParams, 'email' | 'firstname' | 'lastname'>

/**
 * Which `filter.*` requests answer a search. The Cloud API filters one property per parameter and
 * ANDs them (contains, case-insensitive), so "email or name" cannot be one request:
 * - no text, or text with "@" (an email): one request per page, paged exactly by the server;
 * - other text may be any part of a name or of an email ("ali", "anderson", "jdoe"): one request
 *   per property, in parallel, merged; "Alice Anderson" also asks first AND last name.
 * Each of those asks for one API page (100), so a search is one round trip (tens of ms with
 * 10,000 users) instead of a crawl through the contract; past 100 matches the list says to narrow
 * the search. Paging through those matches needs no further request.
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

/** Exactly what the list's query function asks the API for (and so the query's key). */
export type UserListRequest =
  | { kind: 'page'; filter: Filter; sort: SortField; offset: number; limit: number }
  | { kind: 'matches'; filters: Filter[]; sort: SortField }

export function listRequest(query: UserListQuery): UserListRequest {
  const filters = searchFilters(query.search)
  const [only] = filters
  if (filters.length === 1 && only !== undefined) {
    const offset = (query.page - 1) * query.pageSize
    return { kind: 'page', filter: only, sort: query.sort, offset, limit: query.pageSize }
  }
  return { kind: 'matches', filters, sort: query.sort }
}

/** One page from the server, or every match of a merged search (at most 100). */
export type UserListData =
  | { kind: 'page'; users: ListedUser[]; offset: number; hasNext: boolean }
  | { kind: 'matches'; users: ListedUser[]; truncated: boolean }

export async function fetchUserList(
  request: UserListRequest,
  signal?: AbortSignal,
): Promise<UserListData> {
  const orderBy = request.sort
  if (request.kind === 'page') {
    const { filter, offset, limit } = request
    const page = await listUsers({ ...filter, offset, limit, orderBy }, signal)
    return { kind: 'page', users: page.items, offset, hasNext: page.hasNext }
  }
  const pages = await Promise.all(
    request.filters.map((filter) =>
      listUsers({ ...filter, offset: 0, limit: API_MAX_LIMIT, orderBy }, signal),
    ),
  )
  return mergePages(pages, request.sort)
}

/**
 * One list from several first pages sorted the same way. The first 100 of the merged,
 * de-duplicated list are exact: a user missing from a cut-off page sorts after that page's 100
 * users. Beyond that nothing is certain, so nothing is shown.
 */
export function mergePages(pages: readonly UserPage[], sort: SortField): UserListData {
  const byId = new Map<string, ListedUser>()
  for (const page of pages) for (const user of page.items) byId.set(user.id, user)
  const merged = [...byId.values()].sort(compareBy(sort))
  const truncated = pages.some((page) => page.hasNext)
  return { kind: 'matches', users: truncated ? merged.slice(0, API_MAX_LIMIT) : merged, truncated }
}

/** What the table shows. */
export interface UserListResult {
  users: ListedUser[]
  offset: number
  hasNext: boolean
  /** How many users match, when that is known (the API never says). */
  total: number | null
  /** A name search matched more users than it lists. */
  truncated: boolean
}

export function pageOf(
  data: UserListData,
  query: { page: number; pageSize: number },
): UserListResult {
  if (data.kind === 'page') {
    const { users, offset, hasNext } = data
    const total = hasNext ? null : offset + users.length
    return { users, offset, hasNext, total, truncated: false } satisfies UserListResult
  }
  const offset = (query.page - 1) * query.pageSize
  return {
    users: data.users.slice(offset, offset + query.pageSize),
    offset,
    hasNext: offset + query.pageSize < data.users.length,
    total: data.truncated ? null : data.users.length,
    truncated: data.truncated,
  } satisfies UserListResult
}

// The order the Cloud API uses for `orderBy`: case-insensitive, ascending.
function compareBy(field: SortField) {
  return (left: ListedUser, right: ListedUser) => {
    const [a, b] = [left[field].toLowerCase(), right[field].toLowerCase()]
    if (a !== b) return a < b ? -1 : 1
    return left.id < right.id ? -1 : left.id > right.id ? 1 : 0
  }
}
