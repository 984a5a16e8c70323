import Chip from '@mui/material/Chip'
import CircularProgress from '@mui/material/CircularProgress'
import Tooltip from '@mui/material/Tooltip'
import { useMessages } from '../../../lib/i18n'
import type { KeyRow } from '../join'
import { keyMessages } from '../messages'

const COLOR = {
  PROVISIONING: 'info',
  AVAILABLE: 'success',
  FAILED: 'error',
  DESTROYING: 'warning',
} as const

export function StatusCell({ keyRow }: { keyRow: KeyRow }) {
  const t = useMessages(keyMessages)
  const { status, statusMessage } = keyRow
  if (status === null) return <>{t('statusUnknown')}</>
  const settling = status === 'PROVISIONING' || status === 'DESTROYING'
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      color={COLOR[status]}
      label={t(`status${status}`)}
      icon={settling ? <CircularProgress size={12} color="inherit" aria-hidden /> : undefined}
    />
  )
  if (!statusMessage) return chip
  return (
    <Tooltip title={statusMessage} describeChild>
      {chip}
    </Tooltip>
  )
}
