import { useQuery, type Query } from '@tanstack/react-query'
import { useCallback, useMemo, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { useErrorReason } from '../../../lib/i18n/errors'
import { RetryAlert } from '../../../components/RetryAlert'
import { failedRecently } from '../../../lib/query/freshness'
import { useDeferredArrival } from '../../../lib/query/useDeferredArrival'
import { useMessages } from '../../../lib/i18n'
import { changeListQuery } from '../list-query'
import { userMessages } from '../messages'
import { userQueries } from '../queries'
import { privilegedGroupIds } from '../rules'
import { usePrefetchNextPage } from '../usePrefetchNextPage'
import { useUserListQuery } from '../useUserListQuery'
import { UsersList } from './UsersList'
import { UsersSearch } from './UsersSearch'

/**
 * The part of `/users` that depends on who is signed in (see UsersPage): the search and the
 * contract's users, one server page at a time, as a fragment of the page's column.
 */
export function UsersOfContract({ selfId }: { selfId: string }) {
  const t = useMessages(userMessages)
  const errorReason = useErrorReason()
  const { query, show } = useUserListQuery()
  const { search: listSearch } = useLocation()
  // Read once the session stands (this part waits for it); a read the sign-in began ahead that
  // failed is shown, not redone.
  const enabled = (read: Pick<Query, 'state'>) => !failedRecently(read)
  const list = useQuery({ ...userQueries.list(query), enabled })
  const groups = useQuery({ ...userQueries.allGroups(), enabled })
  const contract = useQuery({ ...userQueries.contract(), enabled })
  usePrefetchNextPage(query, list.data?.hasNext === true && !list.isPlaceholderData)
  // The groups and the contract fill in a column of every row: when they first arrive, the rows
  // render again in the background, not in one task that holds up the page.
  const groupList = useDeferredArrival(groups.data)
  const contractData = useDeferredArrival(contract.data)
  const privileged = useMemo(
    () => (groupList ? privilegedGroupIds(groupList) : groups.isError ? null : undefined),
    [groupList, groups.isError],
  )
  const onSearch = useCallback(
    (search: string) => show(changeListQuery(query, { search }), { replace: true }),
    [query, show],
  )

  const ownerEmail = contractData?.owner ?? (contract.isError ? null : undefined)

  let body: ReactNode
  if (list.isError) {
    body = (
      <RetryAlert
        message={t('loadFailed', { message: errorReason(list.error) })}
        onRetry={() => void list.refetch()}
      />
    )
  } else {
    body = (
      <UsersList
        data={list.data}
        fetching={list.isFetching}
        query={query}
        show={show}
        ownerEmail={ownerEmail}
        privileged={privileged}
        selfId={selfId}
        listSearch={listSearch}
      />
    )
  }

  return (
    <>
      <UsersSearch value={query.search} onSearch={onSearch} />
      {body}
    </>
  )
}
