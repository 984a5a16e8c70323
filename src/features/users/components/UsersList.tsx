import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import LinearProgress from '@mui/material/LinearProgress'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import { useDeferredValue } from 'react'
import { PageLoading } from '../../../components/PageLoading'
import { useMessages } from '../../../lib/i18n'
import { useKnownTotal } from '../known-total'
import { changeListQuery, type UserListQuery } from '../list-query'
import { userMessages } from '../messages'
import type { UserListResult } from '../user-search'
import { UsersPagination } from './UsersPagination'
import { UsersTable } from './UsersTable'
import type { RowContext } from './UserRow'

interface UsersListProps extends RowContext {
  /** The page of users, once read. */
  data: UserListResult | undefined
  /** A read is under way (the next page, a refresh). */
  fetching: boolean
  query: UserListQuery
  show: (query: UserListQuery) => void
}

/** The table of one page of users, with its paging; mounted once the signed-in user is known. */
export function UsersList({ data, fetching, query, show, ...table }: UsersListProps) {
  const t = useMessages(userMessages)
  // Another page of up to 100 rows renders in the background, in slices, so the page stays
  // responsive. The first renders with the page around it, in the same transition: rendered
  // apart, on a slow phone (bench/slow-load.ts), the rows came about 150 ms later.
  const result = useDeferredValue(data)
  const total = useKnownTotal(query)

  if (result === undefined) return <PageLoading label={t('loadingUsers')} />
  const empty =
    result.offset > 0 ? (
      <Stack spacing={1} sx={{ alignItems: 'center' }}>
        <span>{t('pageEmpty')}</span>
        <Button onClick={() => show({ ...query, page: 1 })}>{t('firstPage')}</Button>
      </Stack>
    ) : query.search ? (
      t('noMatches', { search: query.search })
    ) : (
      t('noUsers')
    )
  return (
    <Paper variant="outlined" sx={{ overflow: 'hidden' }}>
      <LinearProgress aria-hidden sx={{ visibility: fetching ? 'visible' : 'hidden', height: 2 }} />
      {result.truncated && (
        <Alert severity="info" sx={{ borderRadius: 0 }}>
          {t('truncated')}
        </Alert>
      )}
      <UsersTable
        users={result.users}
        sort={query.sort}
        onSort={(sort) => show(changeListQuery(query, { sort }))}
        busy={fetching}
        empty={empty}
        {...table}
      />
      {(result.users.length > 0 || result.offset === 0) && (
        <UsersPagination
          result={result}
          knownTotal={total}
          page={query.page}
          pageSize={query.pageSize}
          onPage={(page) => show({ ...query, page })}
          onPageSize={(pageSize) => show(changeListQuery(query, { pageSize }))}
        />
      )}
    </Paper>
  )
}
