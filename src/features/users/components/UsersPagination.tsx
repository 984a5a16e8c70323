import IconButton, { type IconButtonProps } from '@mui/material/IconButton'
import TablePagination from '@mui/material/TablePagination'
import { forwardRef, useId } from 'react'
import { Hint } from '../../../components/Hint'
import { useMessages } from '../../../lib/i18n'
import { PAGE_SIZES, type PageSize } from '../list-query'
import { userMessages } from '../messages'
import type { UserListResult } from '../user-search'

interface UsersPaginationProps {
  result: UserListResult
  /** The total another page of the same list told (see known-total). */
  knownTotal: number | null
  page: number
  pageSize: PageSize
  onPage: (page: number) => void
  onPageSize: (pageSize: PageSize) => void
}

/**
 * The API has no total: "26–50 of more than 50" until the last page tells the real count, which
 * every page of that list shows from then on.
 *
 * MUI's menu select and the tooltips of its page buttons each measure themselves when they mount
 * and render again at once, in the task that shows the first rows; they made it about half as long
 * again. So the page size is the browser's own select (which opens the phone's own picker), and
 * the buttons' hints are CSS (`Hint`).
 */
export function UsersPagination(props: UsersPaginationProps) {
  const t = useMessages(userMessages)
  const labelId = useId()
  const { result, pageSize } = props
  const count = result.hasNext
    ? (result.total ?? props.knownTotal ?? -1)
    : result.offset + result.users.length
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
      // At 360 px the size, the range and the buttons do not fit one line: the buttons wrap to
      // a line of their own at its end, instead of scrolling out of sight.
      sx={{
        '& .MuiTablePagination-toolbar': {
          flexWrap: 'wrap',
          pl: { xs: 1, sm: 2 },
          // MUI's toolbar gives them a fixed margin in a rule as specific as a single `&`.
          '& .MuiTablePagination-actions': { marginLeft: 'auto' },
        },
      }}
      slots={{ actions: { previousButton: PageButton, nextButton: PageButton } }}
      slotProps={{
        displayedRows: { 'aria-live': 'polite' },
        // A native select is not named by MUI's labelId; aria-labelledby names it.
        select: { native: true, labelId, inputProps: { 'aria-labelledby': labelId } },
      }}
    />
  )
}

/** A page button with its name as a hint; MUI gives it `title` for its own tooltip. */
const PageButton = forwardRef<HTMLButtonElement, IconButtonProps & { title: string }>(
  function PageButton({ title, ...button }, ref) {
    return (
      <Hint title={title}>
        <IconButton {...button} ref={ref} />
      </Hint>
    )
  },
)
