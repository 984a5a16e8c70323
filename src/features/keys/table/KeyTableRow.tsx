import IconButton from '@mui/material/IconButton'
import Stack from '@mui/material/Stack'
import TableCell from '@mui/material/TableCell'
import TableRow from '@mui/material/TableRow'
import Typography from '@mui/material/Typography'
import AutorenewOutlined from '@mui/icons-material/AutorenewOutlined'
import DeleteOutlined from '@mui/icons-material/DeleteOutlined'
import EditOutlined from '@mui/icons-material/EditOutlined'
import SyncAltOutlined from '@mui/icons-material/SyncAltOutlined'
import { memo, type ReactNode } from 'react'
import { Hint } from '../../../components/Hint'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'
import { hygieneMessages } from '../hygiene/messages'
import type { KeyAbility, ListAbilities } from '../model/abilities'
import { shortAccessKey } from '../rules'
import { AccessKeyCell } from './AccessKeyCell'
import { ActiveCell } from './ActiveCell'
import { CreatedCell } from './CreatedCell'
import { StatusCell } from './StatusCell'

export interface KeyActions {
  /** False when it asks first instead (the last active key): the switch then stays as it is. */
  onToggle: (key: KeyRow, active: boolean) => boolean
  onDelete: (key: KeyRow) => void
  onEdit: (key: KeyRow) => void
  onRenew: (key: KeyRow) => void
  onRotate: (key: KeyRow) => void
}

interface KeyTableRowProps {
  keyRow: KeyRow
  /** Which columns the table has. */
  list: ListAbilities
  /** What the viewer may do with this key. */
  can: KeyAbility
  actions: KeyActions
}

interface IconActionProps {
  label: string
  onClick: () => void
  icon: ReactNode
  disabled?: boolean
  /** Why a disabled button does nothing: its hint says so. */
  why?: string | undefined
}

/** An icon button named by its label; a disabled one keeps its tooltip through a wrapper. */
function IconAction({ label, onClick, icon, disabled = false, why }: IconActionProps) {
  const button = (
    <IconButton aria-label={label} onClick={onClick} disabled={disabled}>
      {icon}
    </IconButton>
  )
  // The last column: the hint opens towards the start, so it stays inside a narrow screen.
  if (!disabled) {
    return (
      <Hint title={label} align="end">
        {button}
      </Hint>
    )
  }
  return (
    <Hint title={why ? `${label}: ${why}` : label} align="end" describeChild>
      <span>{button}</span>
    </Hint>
  )
}

export const KeyTableRow = memo(function KeyTableRow({
  keyRow,
  list,
  can,
  actions,
}: KeyTableRowProps) {
  const t = useMessages(keyMessages)
  const tr = useMessages(hygieneMessages)
  const name = shortAccessKey(keyRow.accessKey)
  const rotateWhy = can.rotateBlock === null ? undefined : tr(can.rotateBlock)
  return (
    <TableRow hover>
      <TableCell component="th" scope="row">
        <AccessKeyCell keyRow={keyRow} />
      </TableCell>
      {list.describes && (
        <TableCell data-label={t('columnDescription')} sx={{ minWidth: 160, maxWidth: 320 }}>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
            {keyRow.description ? (
              <Typography component="span" sx={{ overflowWrap: 'anywhere' }}>
                {keyRow.description}
              </Typography>
            ) : (
              <Typography component="span" color="text.secondary">
                {t('noDescription')}
              </Typography>
            )}
            {can.edits && (
              <IconAction
                label={t('editLabel', { key: name })}
                onClick={() => actions.onEdit(keyRow)}
                icon={<EditOutlined fontSize="small" />}
              />
            )}
          </Stack>
        </TableCell>
      )}
      <TableCell data-label={t('columnActive')}>
        <ActiveCell
          keyRow={keyRow}
          name={name}
          disabled={!can.toggles}
          onToggle={(active) => actions.onToggle(keyRow, active)}
        />
      </TableCell>
      {list.describes && (
        <TableCell data-label={t('columnStatus')}>
          <StatusCell keyRow={keyRow} />
        </TableCell>
      )}
      <TableCell data-label={t('columnCreated')} sx={{ whiteSpace: 'nowrap' }}>
        <CreatedCell keyRow={keyRow} canRotate={can.hasButtons && can.rotateBlock === null} />
      </TableCell>
      {/* A key IONOS is deleting takes no more changes: its row offers none. */}
      {list.acts && !can.hasButtons && <TableCell />}
      {can.hasButtons && (
        <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
          <IconAction
            label={tr('rotateLabel', { key: name })}
            onClick={() => actions.onRotate(keyRow)}
            icon={<SyncAltOutlined />}
            disabled={can.rotateBlock !== null}
            why={rotateWhy}
          />
          {can.offersRenew && (
            <IconAction
              label={t('renewLabel', { key: name })}
              onClick={() => actions.onRenew(keyRow)}
              icon={<AutorenewOutlined />}
              disabled={!can.renews}
            />
          )}
          <IconAction
            label={t('deleteLabel', { key: name })}
            onClick={() => actions.onDelete(keyRow)}
            icon={<DeleteOutlined />}
          />
        </TableCell>
      )}
    </TableRow>
  )
})
