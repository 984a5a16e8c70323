import Link from '@mui/material/Link'
import Skeleton from '@mui/material/Skeleton'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import { memo, type MouseEvent } from 'react'
import { Link as RouterLink, useNavigate } from 'react-router'
import type { ListedUser } from '../../../api/users'
import { paths } from '../../../app/pages'
import { useMessages } from '../../../lib/i18n'
import { userMessages } from '../messages'
import { displayName, mayUseObjectStorage, roleOf } from '../rules'
import { Email } from './Email'
import { RoleChip, TwoFactorText, YesNo } from './UserFacts'

export interface RowContext {
  /** The contract owner's email; undefined while it loads. */
  ownerEmail: string | null | undefined
  /** Groups with "Use Object Storage"; undefined while loading, null when unknown. */
  privileged: ReadonlySet<string> | null | undefined
  /** The signed-in user, marked "(you)". */
  selfId: string
  /** The list's URL search (`?q=…`), handed to the user's page for its way back. */
  listSearch: string
}

/**
 * The name is a real link (keyboard, middle click, "open in new tab"); a click anywhere else in
 * the row follows it too. The link carries the list's URL state so "back" returns to this page.
 */
export const UserRow = memo(function UserRow({
  user,
  ownerEmail,
  privileged,
  selfId,
  listSearch,
}: RowContext & { user: ListedUser }) {
  const t = useMessages(userMessages)
  const navigate = useNavigate()
  const to = paths.user({ userId: user.id, tab: 'keys' })
  const state = { from: listSearch }

  const openRow = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null
    if (target?.closest('a, button') || window.getSelection()?.toString()) return
    void navigate(to, { state })
  }

  return (
    <TableRow hover onClick={openRow} sx={{ cursor: 'pointer' }}>
      <TableCell component="th" scope="row">
        <Link component={RouterLink} to={to} state={state} sx={{ fontWeight: 500 }}>
          {displayName(user)}
        </Link>
        {user.id === selfId && ` ${t('you')}`}
      </TableCell>
      <TableCell>
        <Email address={user.email} />
      </TableCell>
      <TableCell>
        {ownerEmail === undefined && user.administrator ? (
          <Skeleton width={80} />
        ) : (
          <RoleChip role={roleOf(user, ownerEmail ?? null)} />
        )}
      </TableCell>
      <TableCell>
        <YesNo value={user.active} />
      </TableCell>
      <TableCell>
        {privileged === undefined && !user.administrator ? (
          <Skeleton width={40} />
        ) : (
          <YesNo
            value={
              privileged === null && !user.administrator
                ? null
                : mayUseObjectStorage(user, user.groupIds, privileged ?? new Set())
            }
          />
        )}
      </TableCell>
      <TableCell>
        <TwoFactorText user={user} />
      </TableCell>
    </TableRow>
  )
})
