import Button from '@mui/material/Button'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import type { Group } from '../../../api/groups'
import { useMessages } from '../../../lib/i18n'
import { userMessages } from '../messages'

interface UserGroupsTableProps {
  groups: readonly Group[]
  name: string
  onRemove: (group: Group) => void
}

/** The user's groups: which grant "Use Object Storage", and a way out of each. */
export function UserGroupsTable({ groups, name, onRemove }: UserGroupsTableProps) {
  const t = useMessages(userMessages)
  return (
    <TableContainer>
      <Table aria-label={t('groupsTableLabel', { name })} size="small">
        <TableHead>
          <TableRow>
            <TableCell>{t('columnGroup')}</TableCell>
            <TableCell>{t('columnGrantsObjectStorage')}</TableCell>
            <TableCell>{t('columnActions')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {groups.length === 0 ? (
            <TableRow>
              <TableCell colSpan={3}>{t('groupsEmpty', { name })}</TableCell>
            </TableRow>
          ) : (
            groups.map((group) => (
              <TableRow key={group.id}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{group.name}</TableCell>
                <TableCell>{group.s3Privilege ? t('yes') : t('no')}</TableCell>
                <TableCell>
                  <Button
                    size="small"
                    color="error"
                    onClick={() => onRemove(group)}
                    aria-label={t('removeLabel', { name, group: group.name })}
                  >
                    {t('removeAction')}
                  </Button>
                </TableCell>
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
