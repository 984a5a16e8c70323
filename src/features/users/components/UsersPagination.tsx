import TablePagination from '@mui/material/TablePagination'
import { useMessages } from '../../../lib/i18n'
import { PAGE_SIZES, type PageSize } from '../list-query'
import { userMessages } from '../messages'
import type { UserListResult } from '../user-search'

interface UsersPaginationProps {
  result: UserListResult
  page: number
  pageSize: PageSize
  onPage: (page: number) => void
  onPageSize: (pageSize: PageSize) => void
}

/** The API has no total: "26–50 of more than 50" until the last page tells the real count. */
export function UsersPagination(props: UsersPaginationProps) {
  const t = useMessages(userMessages)
  const { result, pageSize } = props
  const count = result.hasNext ? (result.total ?? -1) : result.offset + result.users.length
  const labels = {
    first: t('firstPage'),
    last: t('lastPage'),
    next: t('nextPage'),
    previous: t('previousPage'),
  }
  return (
    <TablePagination
      component="div"
      count={count}
      page={props.page - 1}
      rowsPerPage={pageSize}
      rowsPerPageOptions={PAGE_SIZES}
      onPageChange={(_event, page) => props.onPage(page + 1)}
      onRowsPerPageChange={(event) => {
        const size = PAGE_SIZES.find((option) => option === Number(event.target.value))
        if (size !== undefined) props.onPageSize(size)
      }}
      labelRowsPerPage={t('usersPerPage')}
      labelDisplayedRows={({ from, to, count: total }) =>
        total === -1
          ? t('displayedRowsMore', { from, to })
          : t('displayedRows', { from, to, count: total })
      }
      getItemAriaLabel={(type) => labels[type]}
      slotProps={{ displayedRows: { 'aria-live': 'polite' } }}
    />
  )
}
