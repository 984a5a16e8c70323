import Box from '@mui/material/Box'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TableSortLabel from '@mui/material/TableSortLabel'
import type { ReactNode } from 'react'
import type { ListedUser } from '../../../api/users'
import { visuallyHidden } from '../../../components/visuallyHidden'
import { useMessages } from '../../../lib/i18n'
import type { SortField } from '../list-query'
import { userMessages, type UserMessageKey } from '../messages'
import { UserRow, type RowContext } from './UserRow'

interface UsersTableProps extends RowContext {
  users: readonly ListedUser[]
  sort: SortField
  onSort: (field: SortField) => void
  busy: boolean
  /** Shown in place of rows when there are none. */
  empty: ReactNode
}

// The name shows "first last" but the API sorts by last name: the header says so.
const COLUMNS: { label: UserMessageKey; sort?: SortField; order?: UserMessageKey }[] = [
  { label: 'columnName', sort: 'lastname', order: 'columnNameOrder' },
  { label: 'columnEmail', sort: 'email' },
  { label: 'columnRole' },
  { label: 'columnActive' },
  { label: 'columnObjectStorage' },
  { label: 'columnTwoFactor' },
]

export function UsersTable({ users, sort, onSort, busy, empty, ...context }: UsersTableProps) {
  const t = useMessages(userMessages)
  return (
    <TableContainer>
      <Table aria-label={t('tableLabel')} aria-busy={busy} size="small">
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => {
              const active = column.sort !== undefined && column.sort === sort
              return (
                <TableCell key={column.label} sortDirection={active ? 'asc' : false}>
                  {column.sort === undefined ? (
                    t(column.label)
                  ) : (
                    <SortableHeader
                      label={t(column.label)}
                      order={column.order && t(column.order)}
                      active={active}
                      hint={t('sortedAscending')}
                      onClick={() => column.sort && onSort(column.sort)}
                    />
                  )}
                </TableCell>
              )
            })}
          </TableRow>
        </TableHead>
        <TableBody>
          {users.length === 0 ? (
            <TableRow>
              <TableCell colSpan={COLUMNS.length} sx={{ py: 4, textAlign: 'center' }}>
                {empty}
              </TableCell>
            </TableRow>
          ) : (
            users.map((user) => <UserRow key={user.id} user={user} {...context} />)
          )}
        </TableBody>
      </Table>
    </TableContainer>
  )
}

// The API sorts ascending only, so a header either sorts A to Z or already does.
function SortableHeader(props: {
  label: string
  order?: string | undefined
  active: boolean
  hint: string
  onClick: () => void
}) {
  return (
    <TableSortLabel active={props.active} direction="asc" onClick={props.onClick}>
      {props.label}
      {props.order && (
        <Box component="span" sx={{ ml: 0.5, fontWeight: 'normal', color: 'text.secondary' }}>
          ({props.order})
        </Box>
      )}
      {/* For screen readers only (aria-sort says the same; this also names the order). */}
      {props.active && <span style={visuallyHidden}> {props.hint}</span>}
    </TableSortLabel>
  )
}
