import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query'
import { getContract } from '../../api/contracts'
import { listGroups } from '../../api/groups'
import { getUser, getUserGroups } from '../../api/users'
import { readAhead } from '../../lib/query/readAhead'
import { readListQuery, type UserListQuery } from './list-query'
import { fetchUserList, listRequest, pageOf } from './user-search'

/** Server state of the users feature; keys go from general to specific under `['users']`. */
export const userQueries = {
  all: () => ['users'] as const,
  lists: () => [...userQueries.all(), 'list'] as const,
  /**
   * One page of the list. The key holds what is asked of the API: a server page, or (for a name
   * search) all matches, which every page of that search shares. The previous page stays on
   * screen while the next one loads, so the table does not jump.
   */
  list: (query: UserListQuery) => {
    const request = listRequest(query)
    return queryOptions({
      queryKey: [...userQueries.lists(), request] as const,
      queryFn: ({ signal }) => fetchUserList(request, signal),
      select: (data) => pageOf(data, query),
      placeholderData: keepPreviousData,
    })
  },
  detail: (userId: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'detail', userId] as const,
      queryFn: ({ signal }) => getUser(userId, signal),
    }),
  /** The groups one user is in (with their privileges), for that user's page. */
  groupsOf: (userId: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'detail', userId, 'groups'] as const,
      queryFn: ({ signal }) => getUserGroups(userId, signal),
    }),
  /** Every group of the contract: which grant "Use Object Storage", and where to add a user. */
  allGroups: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'groups'] as const,
      queryFn: ({ signal }) => listGroups(signal),
    }),
  /** The contract names its owner; it changes practically never. */
  contract: () =>
    queryOptions({
      queryKey: [...userQueries.all(), 'contract'] as const,
      queryFn: ({ signal }) => getContract(signal),
      staleTime: 10 * 60_000,
    }),
}

/**
 * What `/users` reads first, for the list the URL's query names (`?page=2&q=ali`), started before
 * the page renders (see the app's warm-up). Returns how to take it back if the session does not
 * begin; what was already cached is left alone.
 */
export function prefetchUsersPage(client: QueryClient, urlQuery: string): () => void {
  const undo = [
    readAhead(client, userQueries.list(readListQuery(new URLSearchParams(urlQuery)))),
    readAhead(client, userQueries.allGroups()),
    readAhead(client, userQueries.contract()),
  ]
  return () => undo.forEach((take) => take())
}
