import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { useQuery, type Query } from '@tanstack/react-query'
import { useCallback, useMemo, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { useErrorReason } from '../../../lib/i18n/errors'
import { PageLoading } from '../../../components/PageLoading'
import { RetryAlert } from '../../../components/RetryAlert'
import { failedRecently } from '../../../lib/query/freshness'
import { useDeferredArrival } from '../../../lib/query/useDeferredArrival'
import { useMessages } from '../../../lib/i18n'
import { useKnownIdentity } from '../../../lib/session'
import { isForbiddenError } from '../errors'
import { InventoryExport } from '../inventory/InventoryExport'
import { changeListQuery } from '../list-query'
import { userMessages } from '../messages'
import { userQueries } from '../queries'
import { privilegedGroupIds } from '../rules'
import { usePrefetchNextPage } from '../usePrefetchNextPage'
import { useUserListQuery } from '../useUserListQuery'
import { UsersList } from './UsersList'
import { UsersSearch } from './UsersSearch'

/**
 * `/users`: the contract's users, one server page at a time. Heading and introduction do not
 * depend on who is signed in: they are in the page's pre-rendered HTML, and the rest waits until
 * the identity is known.
 */
export function UsersPage({ notPermitted }: { notPermitted: ReactNode }) {
  const t = useMessages(userMessages)
  const errorReason = useErrorReason()
  const identity = useKnownIdentity()
  const { query, show } = useUserListQuery()
  const { search: listSearch } = useLocation()
  const identityKnown = identity !== undefined
  // Read once the session stands; a read the sign-in began ahead that failed is shown, not redone.
  const enabled = (read: Pick<Query, 'state'>) => identityKnown && !failedRecently(read)
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

  // Until the identity is known the page is as pre-rendered, whatever the reads begun ahead of it
  // (see the app's warm-up) brought: hydration needs that first render to match the HTML.
  if (identityKnown && [list.error, groups.error].some(isForbiddenError)) return notPermitted
  const ownerEmail = contractData?.owner ?? (contract.isError ? null : undefined)

  let body: ReactNode
  if (!identityKnown) {
    // Its own placeholder: the search appears above the list's, and this one, moved down by it,
    // would count as a layout shift; gone and replaced, it does not.
    body = <PageLoading key="identity" label={t('loadingUsers')} />
  } else if (list.isError) {
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
        selfId={identity.userId}
        listSearch={listSearch}
      />
    )
  }

  return (
    <Stack spacing={3}>
      <Stack spacing={1}>
        <Typography variant="h1">{t('title')}</Typography>
        <Typography color="text.secondary">{t('intro')}</Typography>
        {identity && <InventoryExport />}
      </Stack>
      {identity && <UsersSearch value={query.search} onSearch={onSearch} />}
      {body}
    </Stack>
  )
}
